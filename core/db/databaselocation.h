#pragma once

#include <QString>

#include "result.h"

namespace Bfs {

enum class DatabaseEngine {
    Sqlite,
    PostgreSql,
};

// Where the team's data lives, parsed from `--database` / BFS_DATABASE:
// `sqlite:PATH` or `postgresql://USER@HOST:PORT/DB`. The password never comes
// from the URL's text in logs: describe() leaves it out.
struct DatabaseLocation
{
    DatabaseEngine engine = DatabaseEngine::Sqlite;
    QString sqlitePath;
    QString host;
    int port = 5432;
    QString user;
    QString password;
    QString databaseName;

    QString describe() const;

    // An empty url means the embedded default: `bfs-marketing.sqlite` in dataDir.
    static Result<DatabaseLocation> parse(const QString &url, const QString &dataDir);
};

} // namespace Bfs
