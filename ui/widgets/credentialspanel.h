#pragma once

#include <QHash>
#include <QWidget>

class QGridLayout;
class QLabel;
class QLineEdit;

namespace Bfs::Ui {

// The services' secrets: where each one comes from now (keychain,
// environment, missing) and a password field to store a new one in the OS
// keychain. A stored secret is never shown again. Keychain calls run on
// the database pool because QtKeychain waits for the keychain service.
class CredentialsPanel final : public QWidget
{
    Q_OBJECT

public:
    explicit CredentialsPanel(QWidget *parent = nullptr);

    Q_DISABLE_COPY_MOVE(CredentialsPanel)

    void refresh();

private:
    void store(const QString &key);

    QHash<QString, QLabel *> m_sources;
    QHash<QString, QLineEdit *> m_edits;
    QLabel *m_message = nullptr;
};

} // namespace Bfs::Ui
