#include "runrepository.h"

#include <QJsonDocument>

#include "db/sqlquery.h"
#include "db/sqltime.h"

namespace Bfs {

namespace {

const QString kColumns = QStringLiteral(
    "id, task, triggered_by, host, due_at, started_at, finished_at, "
    "status, items_processed, cost_cents, message, details");

OrchestratorRun readRun(const SqlQuery &query)
{
    OrchestratorRun run;
    run.id = query.value(0).toLongLong();
    run.task = query.value(1).toString();
    run.trigger = query.value(2).toString();
    run.host = query.value(3).toString();
    run.dueAt = fromSqlTime(query.value(4));
    run.startedAt = fromSqlTime(query.value(5));
    run.finishedAt = fromSqlTime(query.value(6));
    run.status = query.value(7).toString();
    run.itemsProcessed = query.value(8).toInt();
    run.costCents = query.value(9).toInt();
    run.message = query.value(10).toString();
    run.details = QJsonDocument::fromJson(query.value(11).toString().toUtf8()).object();
    return run;
}

Result<QList<OrchestratorRun>> readRuns(SqlQuery &query)
{
    if (auto done = query.exec(); !done) {
        return done.error();
    }
    QList<OrchestratorRun> runs;
    while (query.next()) {
        runs.append(readRun(query));
    }
    return runs;
}

} // namespace

RunRepository::RunRepository(DatabasePtr database)
    : m_database(std::move(database))
{}

Result<bool> RunRepository::finish(const OrchestratorRun &run)
{
    SqlQuery query(m_database->connection(),
                   QStringLiteral("UPDATE orchestrator_runs SET status = ?, finished_at = ?, "
                                  "items_processed = ?, cost_cents = ?, message = ?, details = ? "
                                  "WHERE id = ? AND status = 'running'"));
    query.bind(run.status)
        .bind(toSqlTime(run.finishedAt))
        .bind(run.itemsProcessed)
        .bind(run.costCents)
        .bind(run.message)
        .bind(QString::fromUtf8(QJsonDocument(run.details).toJson(QJsonDocument::Compact)))
        .bind(run.id);
    if (auto done = query.exec(); !done) {
        return done.error();
    }
    return query.rowsAffected() == 1;
}

Result<QList<OrchestratorRun>> RunRepository::recent(int limit, const QString &task) const
{
    SqlQuery query(m_database->connection(),
                   QStringLiteral("SELECT %1 FROM orchestrator_runs WHERE (? = '' OR task = ?) "
                                  "ORDER BY started_at DESC, id DESC LIMIT ?")
                       .arg(kColumns));
    query.bind(task).bind(task).bind(limit);
    return readRuns(query);
}

Result<OrchestratorRun> RunRepository::find(qint64 id) const
{
    SqlQuery query(m_database->connection(),
                   QStringLiteral("SELECT %1 FROM orchestrator_runs WHERE id = ?").arg(kColumns));
    query.bind(id);
    auto runs = readRuns(query);
    if (!runs) {
        return runs.error();
    }
    if (runs->isEmpty()) {
        return makeError(ErrorCode::NotFound, QStringLiteral("no run %1").arg(id));
    }
    return runs->first();
}

Result<QHash<QString, OrchestratorRun>> RunRepository::latestPerTask() const
{
    SqlQuery query(m_database->connection(),
                   QStringLiteral("SELECT %1 FROM orchestrator_runs WHERE id IN "
                                  "(SELECT MAX(id) FROM orchestrator_runs GROUP BY task)")
                       .arg(kColumns));
    const auto runs = readRuns(query);
    if (!runs) {
        return runs.error();
    }
    QHash<QString, OrchestratorRun> latest;
    for (const OrchestratorRun &run : *runs) {
        latest.insert(run.task, run);
    }
    return latest;
}

Result<QList<OrchestratorRun>> RunRepository::failedSince(const QDateTime &since) const
{
    SqlQuery query(m_database->connection(),
                   QStringLiteral("SELECT %1 FROM orchestrator_runs "
                                  "WHERE status IN ('failed', 'interrupted') AND started_at >= ? "
                                  "ORDER BY started_at DESC, id DESC")
                       .arg(kColumns));
    query.bind(toSqlTime(since));
    return readRuns(query);
}

Result<QList<OrchestratorRun>> RunRepository::forDueTime(const QString &task,
                                                         const QDateTime &dueAt) const
{
    SqlQuery query(m_database->connection(),
                   QStringLiteral("SELECT %1 FROM orchestrator_runs WHERE task = ? AND due_at = ? "
                                  "ORDER BY id")
                       .arg(kColumns));
    query.bind(task).bind(toSqlTime(dueAt));
    return readRuns(query);
}

} // namespace Bfs
