#include "databaselocation.h"

#include <QDir>
#include <QUrl>

namespace Bfs {

namespace {

constexpr auto kDefaultSqliteFile = "bfs-marketing.sqlite";

Result<DatabaseLocation> parseSqlite(const QString &url, const QString &dataDir)
{
    QString path = url.mid(int(qstrlen("sqlite:")));
    if (path.startsWith(QLatin1String("//"))) {
        path = QUrl(url).toLocalFile();
    }
    if (path.isEmpty()) {
        return makeError(ErrorCode::InvalidArgument,
                         QStringLiteral("database URL \"%1\" names no SQLite file").arg(url));
    }

    DatabaseLocation location;
    location.engine = DatabaseEngine::Sqlite;
    location.sqlitePath = QDir(dataDir).absoluteFilePath(path);
    return location;
}

Result<DatabaseLocation> parsePostgres(const QString &text)
{
    const QUrl url(text, QUrl::StrictMode);
    const QString databaseName = url.path().mid(1);
    if (!url.isValid() || url.host().isEmpty() || databaseName.isEmpty()
        || databaseName.contains(QLatin1Char('/'))) {
        return makeError(ErrorCode::InvalidArgument,
                         QStringLiteral("database URL \"%1\" is not of the form "
                                        "postgresql://USER@HOST:PORT/DATABASE")
                             .arg(url.toDisplayString(QUrl::RemovePassword)));
    }

    DatabaseLocation location;
    location.engine = DatabaseEngine::PostgreSql;
    location.host = url.host();
    location.port = url.port(5432);
    location.user = url.userName();
    location.password = url.password();
    location.databaseName = databaseName;
    return location;
}

} // namespace

QString DatabaseLocation::describe() const
{
    if (engine == DatabaseEngine::Sqlite) {
        return QStringLiteral("sqlite:%1").arg(sqlitePath);
    }
    const QString userPart = user.isEmpty() ? QString() : user + QLatin1Char('@');
    return QStringLiteral("postgresql://%1%2:%3/%4")
        .arg(userPart, host)
        .arg(port)
        .arg(databaseName);
}

Result<DatabaseLocation> DatabaseLocation::parse(const QString &url, const QString &dataDir)
{
    if (url.isEmpty()) {
        return parseSqlite(QStringLiteral("sqlite:") + QLatin1String(kDefaultSqliteFile), dataDir);
    }
    if (url.startsWith(QLatin1String("sqlite:"))) {
        return parseSqlite(url, dataDir);
    }
    if (url.startsWith(QLatin1String("postgresql://"))
        || url.startsWith(QLatin1String("postgres://"))) {
        return parsePostgres(url);
    }
    return makeError(ErrorCode::InvalidArgument,
                     QStringLiteral("database URL \"%1\" is neither sqlite:PATH nor "
                                    "postgresql://USER@HOST:PORT/DATABASE")
                         .arg(url.section(QLatin1Char('@'), -1)));
}

} // namespace Bfs
