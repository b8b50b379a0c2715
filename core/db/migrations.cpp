#include "migrations.h"

#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QRegularExpression>
#include <QSqlQuery>

#include "logging.h"
#include "sqlquery.h"
#include "sqltime.h"
#include "transaction.h"

namespace Bfs {

namespace {

// Any fixed number; it only has to be the same in every process.
constexpr int kMigrationLockKey = 0x42F5;

struct MigrationFile
{
    int version;
    QString name;
    QString path;
};

QList<MigrationFile> migrationFiles()
{
    static const QRegularExpression pattern(QStringLiteral("^(\\d{4})_(\\w+)\\.sql$"));
    QList<MigrationFile> files;
    const QDir directory(QStringLiteral(":/bfs/migrations"));
    const QStringList names = directory.entryList(
        {QStringLiteral("*.sql")}, QDir::Files, QDir::Name);
    for (const QString &fileName : names) {
        const auto match = pattern.match(fileName);
        if (match.hasMatch()) {
            files.append(
                {match.captured(1).toInt(), match.captured(2), directory.filePath(fileName)});
        }
    }
    return files;
}

QString readScript(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        return {};
    }
    return QString::fromUtf8(file.readAll());
}

} // namespace

Migrations::Migrations(const QSqlDatabase &connection, DatabaseEngine engine)
    : m_connection(connection)
    , m_engine(engine)
{}

int Migrations::latestVersion()
{
    const auto files = migrationFiles();
    return files.isEmpty() ? 0 : files.last().version;
}

int Migrations::currentVersion() const
{
    if (!m_connection.tables().contains(QStringLiteral("schema_migrations"))) {
        return 0;
    }
    SqlQuery query(m_connection,
                   QStringLiteral("SELECT COALESCE(MAX(version), 0) FROM schema_migrations"));
    const auto version = query.scalar();
    return version ? version->toInt() : 0;
}

VoidResult Migrations::checkNotNewer() const
{
    const int current = currentVersion();
    if (current > latestVersion()) {
        return makeError(ErrorCode::SchemaTooNew,
                         QStringLiteral("the database schema is version %1, newer than this build "
                                        "understands (%2); update BFS Marketing")
                             .arg(current)
                             .arg(latestVersion()));
    }
    return {};
}

VoidResult Migrations::migrate()
{
    if (auto checked = checkNotNewer(); !checked) {
        return checked;
    }

    // Desktops starting together must not race to create the same tables;
    // on PostgreSQL an advisory lock serialises them (SQLite's write lock
    // already does).
    const bool postgres = m_engine == DatabaseEngine::PostgreSql;
    if (postgres) {
        SqlQuery lock(m_connection,
                      QStringLiteral("SELECT pg_advisory_lock(%1)").arg(kMigrationLockKey));
        if (auto locked = lock.exec(); !locked) {
            return locked;
        }
    }
    const VoidResult result = migrateLocked();
    if (postgres) {
        SqlQuery unlock(m_connection,
                        QStringLiteral("SELECT pg_advisory_unlock(%1)").arg(kMigrationLockKey));
        (void)unlock.exec();
    }
    return result;
}

VoidResult Migrations::migrateLocked()
{
    if (auto created = ensureVersionTable(); !created) {
        return created;
    }

    for (const MigrationFile &file : migrationFiles()) {
        if (file.version <= currentVersion()) {
            continue;
        }
        if (auto applied = apply(file.version, file.name, readScript(file.path)); !applied) {
            return applied;
        }
    }
    return {};
}

VoidResult Migrations::ensureVersionTable()
{
    SqlQuery create(m_connection,
                    QStringLiteral("CREATE TABLE IF NOT EXISTS schema_migrations ("
                                   "version INTEGER PRIMARY KEY, name TEXT NOT NULL, "
                                   "applied_at TEXT NOT NULL)"));
    return create.exec();
}

VoidResult Migrations::apply(int version, const QString &name, const QString &script)
{
    Transaction transaction(m_connection, m_engine);
    if (auto begun = transaction.begin(); !begun) {
        return begun;
    }

    // Another process may have applied it while we waited for the lock.
    SqlQuery already(m_connection,
                     QStringLiteral("SELECT COUNT(*) FROM schema_migrations WHERE version = ?"));
    already.bind(version);
    const auto count = already.scalar();
    if (!count) {
        return count.error();
    }
    if (count->toInt() > 0) {
        return {};
    }

    for (const QString &statement : statements(script)) {
        SqlQuery query(m_connection, statement);
        if (auto done = query.exec(); !done) {
            qCCritical(lcMigrations)
                << "migration" << version << name << "failed:" << done.errorDetail();
            return makeError(ErrorCode::DatabaseError,
                             QStringLiteral("migration %1 (%2) failed: %3")
                                 .arg(version)
                                 .arg(name, done.errorDetail()));
        }
    }

    SqlQuery record(
        m_connection,
        QStringLiteral(
            "INSERT INTO schema_migrations (version, name, applied_at) VALUES (?, ?, ?)"));
    record.bind(version).bind(name).bind(toSqlTime(QDateTime::currentDateTimeUtc()));
    if (auto recorded = record.exec(); !recorded) {
        return recorded;
    }
    qCInfo(lcMigrations) << "applied migration" << version << name;
    return transaction.commit();
}

QStringList Migrations::statements(const QString &script) const
{
    const bool sqlite = m_engine == DatabaseEngine::Sqlite;
    QString text;
    const QStringList lines = script.split(QLatin1Char('\n'));
    for (const QString &line : lines) {
        if (!line.trimmed().startsWith(QLatin1String("--"))) {
            text += line + QLatin1Char('\n');
        }
    }
    text.replace(QLatin1String("${ID}"),
                 sqlite ? QLatin1String("INTEGER PRIMARY KEY AUTOINCREMENT")
                        : QLatin1String("BIGSERIAL PRIMARY KEY"));
    text.replace(QLatin1String("${BIGINT}"),
                 sqlite ? QLatin1String("INTEGER") : QLatin1String("BIGINT"));
    text.replace(QLatin1String("${REAL}"),
                 sqlite ? QLatin1String("REAL") : QLatin1String("DOUBLE PRECISION"));

    QStringList result;
    const QStringList parts = text.split(QLatin1Char(';'));
    for (const QString &part : parts) {
        if (!part.trimmed().isEmpty()) {
            result.append(part.trimmed());
        }
    }
    return result;
}

} // namespace Bfs
