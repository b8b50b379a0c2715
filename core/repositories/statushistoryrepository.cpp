#include "statushistoryrepository.h"

#include "db/sqlquery.h"
#include "db/sqltime.h"

namespace Bfs {

namespace {

const QString kColumns = QStringLiteral(
    "id, post_id, from_status, to_status, changed_by, changed_at, stage, reason_code, comment");

StatusChange readChange(const SqlQuery &query)
{
    StatusChange change;
    change.id = query.value(0).toLongLong();
    change.postId = query.value(1).toLongLong();
    change.fromStatus = query.value(2).toString();
    change.toStatus = query.value(3).toString();
    change.changedBy = query.value(4).toString();
    change.changedAt = fromSqlTime(query.value(5));
    change.stage = query.value(6).toString();
    change.reasonCode = query.value(7).toString();
    change.comment = query.value(8).toString();
    return change;
}

Result<QList<StatusChange>> readAll(SqlQuery &query)
{
    if (auto done = query.exec(); !done) {
        return done.error();
    }
    QList<StatusChange> changes;
    while (query.next()) {
        changes.append(readChange(query));
    }
    return changes;
}

} // namespace

StatusHistoryRepository::StatusHistoryRepository(DatabasePtr database)
    : m_database(std::move(database))
{}

VoidResult StatusHistoryRepository::append(const StatusChange &change)
{
    SqlQuery query(
        m_database->connection(),
        QStringLiteral("INSERT INTO status_history (post_id, from_status, to_status, changed_by, "
                       "changed_at, stage, reason_code, comment) VALUES (?, ?, ?, ?, ?, ?, ?, ?)"));
    query.bind(change.postId)
        .bind(change.fromStatus)
        .bind(change.toStatus)
        .bind(change.changedBy)
        .bind(toSqlTime(change.changedAt))
        .bind(change.stage)
        .bind(change.reasonCode)
        .bind(change.comment);
    return query.exec();
}

Result<QList<StatusChange>> StatusHistoryRepository::forPost(qint64 postId) const
{
    SqlQuery query(m_database->connection(),
                   QStringLiteral("SELECT ") + kColumns
                       + QStringLiteral(" FROM status_history WHERE post_id = ? ORDER BY id"));
    query.bind(postId);
    return readAll(query);
}

Result<QList<StatusChange>> StatusHistoryRepository::since(const QDateTime &since) const
{
    SqlQuery query(
        m_database->connection(),
        QStringLiteral("SELECT ") + kColumns
            + QStringLiteral(" FROM status_history WHERE changed_at >= ? ORDER BY changed_at, id"));
    query.bind(toSqlTime(since));
    return readAll(query);
}

} // namespace Bfs
