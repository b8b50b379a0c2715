#pragma once

#include <QString>
#include <QStringList>

#include "result.h"

namespace Bfs {

// Where a secret came from, for "credentials status".
enum class CredentialSource {
    Missing,
    Keychain,
    Environment,
};

// The services' secrets, kept in the OS keychain through QtKeychain under
// the service name "bfs-marketing" (keys like "anthropic.api_key"). On a
// machine without a keychain service (no D-Bus session on a headless
// server) reads fall back to the BFS_* environment variables of API.md and
// writes fail: a secret is never written in plain text anywhere.
//
// Calls block in a local event loop while the keychain answers, so they
// belong on a worker thread or in a command-line command.
class CredentialStore final
{
public:
    static const QString kAnthropicKey;
    static const QString kOpenAiKey;
    static const QString kGraphSecret;
    static const QString kTeamsWebhook;
    static const QString kMetricoolToken;
    static const QString kDatabasePassword;

    CredentialStore();

    // Every key the app knows.
    static QStringList keys();
    // The environment variable read when the keychain is absent, or empty.
    static QString environmentVariable(const QString &key);

    // The secret, or an empty string when it is set nowhere.
    [[nodiscard]] QString read(const QString &key);
    [[nodiscard]] CredentialSource source(const QString &key);
    [[nodiscard]] VoidResult write(const QString &key, const QString &secret);
    [[nodiscard]] VoidResult clear(const QString &key);

    // False once the keychain has answered that there is no service to ask.
    bool keychainAvailable() const { return m_keychainAvailable; }

private:
    Result<QString> readKeychain(const QString &key);

    bool m_keychainAvailable = true;
};

} // namespace Bfs
