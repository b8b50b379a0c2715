#include "commandcontext.h"

#include "credentialstore.h"
#include "settings/teamsettings.h"

namespace Bfs::App {

CommandContext::CommandContext(const QCommandLineParser &parser,
                               const QStringList &positional,
                               const QString &dataDir,
                               const QString &databaseUrl)
    : m_parser(parser)
    , m_positional(positional)
    , m_dataDir(dataDir)
    , m_databaseUrl(databaseUrl)
    , m_out(stdout)
    , m_err(stderr)
{}

Result<DatabasePtr> CommandContext::database()
{
    if (m_database) {
        return m_database;
    }

    auto location = DatabaseLocation::parse(m_databaseUrl, m_dataDir);
    if (!location) {
        usageError(location.errorDetail());
        return location.error();
    }
    // A server password lives in the keychain like the services' secrets.
    if (location->engine == DatabaseEngine::PostgreSql && location->password.isEmpty()
        && qEnvironmentVariableIsEmpty("PGPASSWORD")) {
        location.value().password = CredentialStore().read(CredentialStore::kDatabasePassword);
    }
    auto opened = Database::open(*location);
    if (!opened) {
        usageError(opened.errorDetail());
        return opened.error();
    }
    if (auto seeded = TeamSettings(*opened).seedDefaults(); !seeded) {
        usageError(seeded.errorDetail());
        return seeded.error();
    }
    m_database = *opened;
    return m_database;
}

int CommandContext::usageError(const QString &reason)
{
    m_err << "bfs-marketing: " << reason << Qt::endl;
    return ExitUsage;
}

} // namespace Bfs::App
