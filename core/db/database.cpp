#include "database.h"

#include <QAtomicInteger>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSqlError>
#include <QSqlQuery>
#include <QStringList>
#include <QThread>
#include <QThreadStorage>

#include "logging.h"
#include "migrations.h"
#include "sqlquery.h"

namespace Bfs {

namespace {

// Connections this thread opened; removed when the thread ends.
struct ThreadConnections
{
    QStringList names;

    ~ThreadConnections()
    {
        for (const QString &name : std::as_const(names)) {
            QSqlDatabase::database(name, false).close();
            QSqlDatabase::removeDatabase(name);
        }
    }
};

QThreadStorage<ThreadConnections *> s_threadConnections;
QAtomicInteger<int> s_nextDatabaseSerial = 0;

constexpr int kSqliteBusyTimeoutMs = 10000;

VoidResult checkSqliteFile(const QString &path)
{
    const QFileInfo file(path);
    const QFileInfo directory(file.absolutePath());
    if (!directory.exists()) {
        return makeError(ErrorCode::Io,
                         QStringLiteral("folder %1 does not exist").arg(directory.filePath()));
    }
    if (!directory.isWritable()) {
        return makeError(ErrorCode::Io,
                         QStringLiteral("folder %1 is not writable").arg(directory.filePath()));
    }
    if (!file.exists() || file.size() == 0) {
        return {};
    }

    QFile handle(path);
    if (!handle.open(QIODevice::ReadOnly)) {
        return makeError(ErrorCode::Io,
                         QStringLiteral("cannot read %1: %2").arg(path, handle.errorString()));
    }
    if (handle.read(16) != QByteArray("SQLite format 3\0", 16)) {
        return makeError(ErrorCode::NotADatabase,
                         QStringLiteral("%1 is not a SQLite database").arg(path));
    }
    if (!file.isWritable()) {
        return makeError(ErrorCode::Io, QStringLiteral("%1 is read-only").arg(path));
    }
    return {};
}

VoidResult applySqlitePragmas(const QSqlDatabase &connection)
{
    const QStringList pragmas = {
        QStringLiteral("PRAGMA busy_timeout = %1").arg(kSqliteBusyTimeoutMs),
        QStringLiteral("PRAGMA journal_mode = WAL"),
        QStringLiteral("PRAGMA synchronous = NORMAL"),
        QStringLiteral("PRAGMA foreign_keys = ON"),
    };
    for (const QString &pragma : pragmas) {
        QSqlQuery query(connection);
        if (!query.exec(pragma)) {
            return databaseError(query.lastError(), pragma);
        }
    }
    return {};
}

VoidResult applyPostgresSession(const QSqlDatabase &connection)
{
    QSqlQuery query(connection);
    if (!query.exec(QStringLiteral("SET TIME ZONE 'UTC'"))) {
        return databaseError(query.lastError(), QStringLiteral("setting the session time zone"));
    }
    return {};
}

} // namespace

Database::Database(const DatabaseLocation &location)
    : m_location(location)
    , m_connectionPrefix(
          QStringLiteral("bfs-db-%1-").arg(s_nextDatabaseSerial.fetchAndAddRelaxed(1)))
{}

Database::~Database()
{
    // Only this thread's connection can be removed here; other threads
    // remove theirs when they end.
    const QString name = m_connectionPrefix + QString::number(quintptr(QThread::currentThreadId()));
    if (s_threadConnections.hasLocalData()) {
        s_threadConnections.localData()->names.removeAll(name);
    }
    if (QSqlDatabase::contains(name)) {
        QSqlDatabase::database(name, false).close();
        QSqlDatabase::removeDatabase(name);
    }
}

Result<std::shared_ptr<Database>> Database::open(const DatabaseLocation &location)
{
    if (auto checked = probe(location); !checked) {
        return checked.error();
    }

    std::shared_ptr<Database> database(new Database(location));
    const auto connection = database->openConnection();
    if (!connection) {
        return connection.error();
    }

    Migrations migrations(*connection, location.engine);
    if (auto migrated = migrations.migrate(); !migrated) {
        return migrated.error();
    }
    qCInfo(lcDb) << "opened" << location.describe() << "at schema version"
                 << migrations.currentVersion();
    return database;
}

VoidResult Database::probe(const DatabaseLocation &location)
{
    if (location.engine == DatabaseEngine::Sqlite) {
        if (auto checked = checkSqliteFile(location.sqlitePath); !checked) {
            return checked.error();
        }
        if (!QFileInfo::exists(location.sqlitePath)) {
            return {};
        }
    }

    Database scratch(location);
    const auto connection = scratch.openConnection();
    if (!connection) {
        return connection.error();
    }
    return Migrations(*connection, location.engine).checkNotNewer();
}

QSqlDatabase Database::connection() const
{
    const QString name = m_connectionPrefix + QString::number(quintptr(QThread::currentThreadId()));
    if (QSqlDatabase::contains(name)) {
        return QSqlDatabase::database(name, false);
    }

    const auto opened = openConnection();
    if (!opened) {
        qCCritical(lcDb) << "cannot open a connection to" << describe() << opened.errorDetail();
        return QSqlDatabase::database(name, false);
    }
    return *opened;
}

Result<QSqlDatabase> Database::openConnection() const
{
    const QString name = m_connectionPrefix + QString::number(quintptr(QThread::currentThreadId()));
    const bool sqlite = m_location.engine == DatabaseEngine::Sqlite;
    QSqlDatabase connection = QSqlDatabase::addDatabase(
        sqlite ? QStringLiteral("QSQLITE") : QStringLiteral("QPSQL"), name);
    if (!s_threadConnections.hasLocalData()) {
        s_threadConnections.setLocalData(new ThreadConnections);
    }
    s_threadConnections.localData()->names.append(name);

    if (sqlite) {
        connection.setDatabaseName(m_location.sqlitePath);
        connection.setConnectOptions(
            QStringLiteral("QSQLITE_BUSY_TIMEOUT=%1").arg(kSqliteBusyTimeoutMs));
    } else {
        connection.setHostName(m_location.host);
        connection.setPort(m_location.port);
        connection.setUserName(m_location.user);
        connection.setPassword(m_location.password);
        connection.setDatabaseName(m_location.databaseName);
        connection.setConnectOptions(QStringLiteral("connect_timeout=5"));
    }

    if (!connection.open()) {
        return makeError(ErrorCode::DatabaseUnavailable,
                         QStringLiteral("cannot open %1: %2")
                             .arg(describe(), connection.lastError().text().simplified()));
    }
    const auto session = sqlite ? applySqlitePragmas(connection) : applyPostgresSession(connection);
    if (!session) {
        const bool notOurs = session.errorDetail().contains(QLatin1String("not a database"));
        return makeError(notOurs ? ErrorCode::NotADatabase : ErrorCode::DatabaseUnavailable,
                         QStringLiteral("%1: %2").arg(describe(), session.errorDetail()));
    }
    return connection;
}

QDateTime Database::currentTime() const
{
    if (engine() == DatabaseEngine::Sqlite) {
        return QDateTime::currentDateTimeUtc();
    }
    SqlQuery query(connection(), QStringLiteral("SELECT now()"));
    const auto now = query.scalar();
    if (!now) {
        qCWarning(lcDb) << "reading the server clock failed, using the local clock:"
                        << now.errorDetail();
        return QDateTime::currentDateTimeUtc();
    }
    return now->toDateTime().toUTC();
}

int Database::schemaVersion() const
{
    return Migrations(connection(), engine()).currentVersion();
}

} // namespace Bfs
