#pragma once

#include "page.h"

class QLabel;
class QLineEdit;
class QPushButton;
class QTableWidget;
class QTabWidget;

namespace Bfs::Ui {

class CredentialsPanel;
class OfficesPanel;

// Settings: the database (SQLite file or PostgreSQL URL, with "Test
// connection"), this desktop's reviewer name, every team setting
// (schedules, thresholds, rejection reasons, best posting times), offices
// and brand accounts, and the services' credentials (keychain only).
class SettingsPage final : public Page
{
    Q_OBJECT

public:
    explicit SettingsPage(const UiContext &context, QWidget *parent = nullptr);

    Q_DISABLE_COPY_MOVE(SettingsPage)

    QString pageKey() const override { return QStringLiteral("settings"); }

    QString title() const override { return tr("Settings"); }

    void refresh() override;

    // The database URL this desktop opens at start when neither --database
    // nor BFS_DATABASE says otherwise; empty means the data dir's SQLite file.
    static QString savedDatabaseUrl();

    QTableWidget *teamTable() const { return m_team; }

    QLineEdit *reviewerEdit() const { return m_reviewer; }

public slots:
    void save();

signals:
    // Every change of a save() reached its store (or failed, with a message).
    void saved(bool ok);

private:
    QWidget *createDatabaseTab();
    QWidget *createTeamTab();
    void testConnection();
    void showTeamValues(const QList<QPair<QString, QString>> &values);
    void setMessage(const QString &text, bool problem);

    QTabWidget *m_tabs = nullptr;
    QLineEdit *m_databaseUrl = nullptr;
    QPushButton *m_testConnection = nullptr;
    QLabel *m_connectionResult = nullptr;
    QLineEdit *m_reviewer = nullptr;
    QTableWidget *m_team = nullptr;
    OfficesPanel *m_offices = nullptr;
    CredentialsPanel *m_credentials = nullptr;
    QLabel *m_message = nullptr;
    QHash<QString, QString> m_loadedTeamValues;
};

} // namespace Bfs::Ui
