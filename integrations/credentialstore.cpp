#include "credentialstore.h"

#include <QEventLoop>
#include <QTimer>

#include <qt6keychain/keychain.h>

#include "httplogging.h"

namespace Bfs {

namespace {

const QString kServiceName = QStringLiteral("bfs-marketing");

// A keychain that never answers must not hang a run.
constexpr int kKeychainTimeoutMs = 10000;

// QtKeychain reports a missing Secret Service as OtherError or
// NoBackendAvailable, with texts like "Cannot autolaunch D-Bus".
bool meansNoKeychain(QKeychain::Error error, const QString &text)
{
    return error == QKeychain::NoBackendAvailable || error == QKeychain::NotImplemented
           || text.contains(QLatin1String("D-Bus"), Qt::CaseInsensitive)
           || text.contains(QLatin1String("DBus"), Qt::CaseInsensitive)
           || text.contains(QLatin1String("org.freedesktop.secrets"));
}

// Runs a job to its end in a local loop; false when it did not answer.
bool runJob(QKeychain::Job &job)
{
    QEventLoop loop;
    QTimer::singleShot(kKeychainTimeoutMs, &loop, &QEventLoop::quit);
    bool finished = false;
    QObject::connect(&job, &QKeychain::Job::finished, &loop, [&] {
        finished = true;
        loop.quit();
    });
    job.setAutoDelete(false);
    job.start();
    if (!finished) {
        loop.exec();
    }
    return finished;
}

// A process with no session bus cannot reach a keychain; asking would
// only wait for QtKeychain to find that out. BFS_KEYCHAIN=off does the
// same on purpose (tests, servers).
bool keychainConfigured()
{
    if (qEnvironmentVariable("BFS_KEYCHAIN") == QLatin1String("off")) {
        return false;
    }
    return !qEnvironmentVariableIsEmpty("DBUS_SESSION_BUS_ADDRESS");
}

} // namespace

const QString CredentialStore::kAnthropicKey = QStringLiteral("anthropic.api_key");
const QString CredentialStore::kOpenAiKey = QStringLiteral("openai.api_key");
const QString CredentialStore::kGraphSecret = QStringLiteral("graph.client_secret");
const QString CredentialStore::kTeamsWebhook = QStringLiteral("teams.webhook_url");
const QString CredentialStore::kMetricoolToken = QStringLiteral("metricool.token");
const QString CredentialStore::kDatabasePassword = QStringLiteral("database.password");

CredentialStore::CredentialStore()
    : m_keychainAvailable(keychainConfigured())
{}

QStringList CredentialStore::keys()
{
    return {
        kAnthropicKey, kOpenAiKey, kGraphSecret, kTeamsWebhook, kMetricoolToken, kDatabasePassword};
}

QString CredentialStore::environmentVariable(const QString &key)
{
    if (key == kAnthropicKey) {
        return QStringLiteral("BFS_ANTHROPIC_API_KEY");
    }
    if (key == kOpenAiKey) {
        return QStringLiteral("BFS_OPENAI_API_KEY");
    }
    if (key == kGraphSecret) {
        return QStringLiteral("BFS_GRAPH_CLIENT_SECRET");
    }
    if (key == kTeamsWebhook) {
        return QStringLiteral("BFS_TEAMS_WEBHOOK_URL");
    }
    if (key == kMetricoolToken) {
        return QStringLiteral("BFS_METRICOOL_TOKEN");
    }
    if (key == kDatabasePassword) {
        return QStringLiteral("PGPASSWORD");
    }
    return {};
}

Result<QString> CredentialStore::readKeychain(const QString &key)
{
    if (!m_keychainAvailable) {
        return makeError(ErrorCode::Unsupported, QStringLiteral("no keychain on this machine"));
    }

    QKeychain::ReadPasswordJob job(kServiceName);
    job.setKey(key);
    if (!runJob(job)) {
        m_keychainAvailable = false;
        return makeError(ErrorCode::Timeout, QStringLiteral("the keychain did not answer"));
    }
    if (job.error() == QKeychain::NoError) {
        return job.textData();
    }
    if (job.error() == QKeychain::EntryNotFound) {
        return QString();
    }
    if (meansNoKeychain(job.error(), job.errorString())) {
        qCInfo(lcCredentials) << "No keychain service on this machine; using environment variables";
        m_keychainAvailable = false;
    }
    return makeError(ErrorCode::Unsupported, job.errorString());
}

CredentialSource CredentialStore::source(const QString &key)
{
    const Result<QString> stored = readKeychain(key);
    if (stored.ok() && !stored->isEmpty()) {
        return CredentialSource::Keychain;
    }
    const QString variable = environmentVariable(key);
    if (!variable.isEmpty() && !qEnvironmentVariableIsEmpty(variable.toLatin1().constData())) {
        return CredentialSource::Environment;
    }
    return CredentialSource::Missing;
}

QString CredentialStore::read(const QString &key)
{
    const Result<QString> stored = readKeychain(key);
    if (stored.ok() && !stored->isEmpty()) {
        return *stored;
    }
    const QString variable = environmentVariable(key);
    return variable.isEmpty() ? QString() : qEnvironmentVariable(variable.toLatin1().constData());
}

VoidResult CredentialStore::write(const QString &key, const QString &secret)
{
    if (!m_keychainAvailable) {
        return makeError(ErrorCode::Unsupported,
                         QStringLiteral("no keychain on this machine; set %1 in the service's "
                                        "environment instead")
                             .arg(environmentVariable(key)));
    }

    QKeychain::WritePasswordJob job(kServiceName);
    job.setKey(key);
    job.setTextData(secret);
    if (!runJob(job)) {
        return makeError(ErrorCode::Timeout, QStringLiteral("the keychain did not answer"));
    }
    if (job.error() != QKeychain::NoError) {
        m_keychainAvailable = !meansNoKeychain(job.error(), job.errorString());
        return makeError(ErrorCode::Unsupported,
                         QStringLiteral("the keychain refused: %1").arg(job.errorString()));
    }
    qCInfo(lcCredentials).noquote() << QStringLiteral("Stored %1 in the keychain").arg(key);
    return {};
}

VoidResult CredentialStore::clear(const QString &key)
{
    if (!m_keychainAvailable) {
        return makeError(ErrorCode::Unsupported, QStringLiteral("no keychain on this machine"));
    }

    QKeychain::DeletePasswordJob job(kServiceName);
    job.setKey(key);
    if (!runJob(job)) {
        return makeError(ErrorCode::Timeout, QStringLiteral("the keychain did not answer"));
    }
    if (job.error() != QKeychain::NoError && job.error() != QKeychain::EntryNotFound) {
        return makeError(ErrorCode::Unsupported,
                         QStringLiteral("the keychain refused: %1").arg(job.errorString()));
    }
    return {};
}

} // namespace Bfs
