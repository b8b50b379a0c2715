#include "commandcontext.h"

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

    const auto location = DatabaseLocation::parse(m_databaseUrl, m_dataDir);
    if (!location) {
        usageError(location.errorDetail());
        return location.error();
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
