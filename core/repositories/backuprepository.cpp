#include "backuprepository.h"

#include "db/sqlquery.h"
#include "db/sqltime.h"

namespace Bfs {

namespace {

const QString kSelectBackups = QStringLiteral(
    "SELECT id, post_id, remote_path, content_hash, backed_up_at FROM backups ");

BackupRecord readRecord(const SqlQuery &query)
{
    BackupRecord record;
    record.id = query.value(0).toLongLong();
    record.postId = query.value(1).toLongLong();
    record.remotePath = query.value(2).toString();
    record.contentHash = query.value(3).toString();
    record.backedUpAt = fromSqlTime(query.value(4));
    return record;
}

} // namespace

BackupRepository::BackupRepository(DatabasePtr database)
    : m_database(std::move(database))
{}

Result<qint64> BackupRepository::add(const BackupRecord &record)
{
    const QDateTime at = record.backedUpAt.isValid() ? record.backedUpAt
                                                     : m_database->currentTime();
    SqlQuery query(m_database->connection(),
                   QStringLiteral("INSERT INTO backups (post_id, remote_path, content_hash, "
                                  "backed_up_at) VALUES (?, ?, ?, ?) RETURNING id"));
    query.bind(record.postId).bind(record.remotePath).bind(record.contentHash).bind(toSqlTime(at));
    const auto id = query.scalar();
    if (!id) {
        return id.error();
    }
    return id->toLongLong();
}

Result<std::optional<BackupRecord>> BackupRepository::latestFor(qint64 postId) const
{
    SqlQuery query(m_database->connection(),
                   kSelectBackups + QStringLiteral("WHERE post_id = ? ORDER BY id DESC LIMIT 1"));
    query.bind(postId);
    if (auto done = query.exec(); !done) {
        return done.error();
    }
    if (!query.next()) {
        return std::optional<BackupRecord>();
    }
    return std::optional<BackupRecord>(readRecord(query));
}

Result<QList<BackupRecord>> BackupRepository::forPost(qint64 postId) const
{
    SqlQuery query(m_database->connection(),
                   kSelectBackups + QStringLiteral("WHERE post_id = ? ORDER BY id"));
    query.bind(postId);
    if (auto done = query.exec(); !done) {
        return done.error();
    }
    QList<BackupRecord> records;
    while (query.next()) {
        records.append(readRecord(query));
    }
    return records;
}

Result<int> BackupRepository::count() const
{
    SqlQuery query(m_database->connection(), QStringLiteral("SELECT COUNT(*) FROM backups"));
    const auto total = query.scalar();
    if (!total) {
        return total.error();
    }
    return total->toInt();
}

} // namespace Bfs
