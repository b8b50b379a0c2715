#pragma once

#include <QMap>

#include "page.h"

class QGridLayout;
class QLabel;
class QPushButton;

namespace Bfs {
struct TaskStatus;
}

namespace Bfs::Ui {

// The day at a glance: posts per status, the automation banners ("N posts
// pending design — Generate Now", "N approved — Schedule Now"), the next
// runs, recent failures, health, sync problems and the latest notifications.
class DashboardPage final : public Page
{
    Q_OBJECT

public:
    explicit DashboardPage(const UiContext &context, QWidget *parent = nullptr);

    Q_DISABLE_COPY_MOVE(DashboardPage)

    QString pageKey() const override { return QStringLiteral("dashboard"); }

    QString title() const override { return tr("Dashboard"); }

    void refresh() override;

    struct Snapshot;

private:
    void setupWidgets();
    QWidget *createBanner(QLabel **label, QPushButton **button, const QString &buttonText);
    void connectSignals();
    void show(const Snapshot &snapshot);
    void showNextRuns(const QList<Bfs::TaskStatus> &statuses);
    void runTask(const QString &task);

    QGridLayout *m_counts = nullptr;
    QMap<PostStatus, QLabel *> m_countLabels;
    QWidget *m_designBanner = nullptr;
    QLabel *m_designText = nullptr;
    QPushButton *m_generate = nullptr;
    QWidget *m_approvedBanner = nullptr;
    QLabel *m_approvedText = nullptr;
    QPushButton *m_schedule = nullptr;
    QLabel *m_nextRuns = nullptr;
    QLabel *m_failures = nullptr;
    QLabel *m_health = nullptr;
    QLabel *m_notifications = nullptr;
    bool m_loading = false;
};

} // namespace Bfs::Ui
