#include "taskclaimrepository.h"

#include "db/sqlquery.h"
#include "db/sqltime.h"
#include "db/transaction.h"

namespace Bfs {

namespace {

const QString kInterruptedMessage = QStringLiteral(
    "interrupted: the process running it stopped before it finished");

bool isFinishedStatus(const QString &status)
{
    return status == QLatin1String("success") || status == QLatin1String("failed")
           || status == QLatin1String("skipped");
}

VoidResult markInterrupted(const QSqlDatabase &connection, qint64 runId, const QDateTime &now)
{
    SqlQuery query(connection,
                   QStringLiteral("UPDATE orchestrator_runs SET status = 'interrupted', "
                                  "finished_at = ?, message = ? "
                                  "WHERE id = ? AND status = 'running'"));
    query.bind(toSqlTime(now)).bind(kInterruptedMessage).bind(runId);
    return query.exec();
}

} // namespace

TaskClaimRepository::TaskClaimRepository(DatabasePtr database)
    : m_database(std::move(database))
{}

QString TaskClaimRepository::claimKey(const QDateTime &dueAt, const QDateTime &now)
{
    // Manual runs have no due time; their key can never equal a due time's.
    return dueAt.isValid() ? toSqlTime(dueAt).toString()
                           : QStringLiteral("manual ") + toSqlTime(now).toString();
}

Result<Claim> TaskClaimRepository::claim(const ClaimRequest &request)
{
    const QSqlDatabase connection = m_database->connection();
    Transaction transaction(connection, m_database->engine());
    if (auto begun = transaction.begin(); !begun) {
        return begun.error();
    }
    if (auto locked = lockTask(request.task); !locked) {
        return locked.error();
    }
    auto busy = checkBusy(request);
    if (!busy) {
        return busy.error();
    }
    if (busy->has_value()) {
        return **busy;
    }

    Claim claim;
    claim.outcome = Claim::Outcome::Claimed;
    claim.claimKey = claimKey(request.dueAt, request.now);
    SqlQuery existing(connection,
                      QStringLiteral("SELECT c.run_id, r.status FROM task_claims c "
                                     "LEFT JOIN orchestrator_runs r ON r.id = c.run_id "
                                     "WHERE c.task = ? AND c.due_at = ?"));
    existing.bind(request.task).bind(claim.claimKey);
    if (auto done = existing.exec(); !done) {
        return done.error();
    }
    const bool exists = existing.next();
    if (exists && isFinishedStatus(existing.value(1).toString())) {
        claim.outcome = Claim::Outcome::AlreadyDone;
        return claim;
    }
    if (exists && existing.value(1).toString() == QLatin1String("running")) {
        claim.interruptedRunId = existing.value(0).toLongLong();
        if (auto marked = markInterrupted(connection, claim.interruptedRunId, request.now);
            !marked) {
            return marked.error();
        }
    }

    const auto runId = insertRun(request);
    if (!runId) {
        return runId.error();
    }
    claim.runId = *runId;
    SqlQuery write(
        connection,
        exists
            ? QStringLiteral("UPDATE task_claims SET holder = ?, lease_expires_at = ?, run_id = ? "
                             "WHERE task = ? AND due_at = ?")
            : QStringLiteral("INSERT INTO task_claims (holder, lease_expires_at, run_id, task, "
                             "due_at) VALUES (?, ?, ?, ?, ?)"));
    write.bind(request.holder)
        .bind(toSqlTime(request.now.addSecs(request.leaseSeconds)))
        .bind(claim.runId)
        .bind(request.task)
        .bind(claim.claimKey);
    if (auto done = write.exec(); !done) {
        return done.error();
    }
    if (auto committed = transaction.commit(); !committed) {
        return committed.error();
    }
    return claim;
}

VoidResult TaskClaimRepository::lockTask(const QString &task)
{
    // SQLite's BEGIN IMMEDIATE already holds the one write lock.
    if (m_database->engine() != DatabaseEngine::PostgreSql) {
        return {};
    }
    SqlQuery query(m_database->connection(),
                   QStringLiteral("SELECT pg_advisory_xact_lock(hashtext(?))"));
    query.bind(QString(QStringLiteral("bfs.task_claims.") + task));
    return query.exec();
}

Result<std::optional<Claim>> TaskClaimRepository::checkBusy(const ClaimRequest &request)
{
    SqlQuery query(
        m_database->connection(),
        QStringLiteral("SELECT c.holder, c.lease_expires_at FROM task_claims c "
                       "JOIN orchestrator_runs r ON r.id = c.run_id "
                       "WHERE c.task = ? AND r.status = 'running' AND c.lease_expires_at > ? "
                       "ORDER BY c.lease_expires_at DESC LIMIT 1"));
    query.bind(request.task).bind(toSqlTime(request.now));
    if (auto done = query.exec(); !done) {
        return done.error();
    }
    if (!query.next()) {
        return std::optional<Claim>();
    }
    Claim busy;
    busy.outcome = Claim::Outcome::Busy;
    busy.busyHolder = query.value(0).toString();
    busy.busyUntil = fromSqlTime(query.value(1));
    return std::optional<Claim>(busy);
}

Result<qint64> TaskClaimRepository::insertRun(const ClaimRequest &request)
{
    SqlQuery query(
        m_database->connection(),
        QStringLiteral(
            "INSERT INTO orchestrator_runs (task, triggered_by, host, due_at, started_at, "
            "status) VALUES (?, ?, ?, ?, ?, 'running') RETURNING id"));
    query.bind(request.task)
        .bind(request.trigger)
        .bind(request.host)
        .bind(toSqlTime(request.dueAt))
        .bind(toSqlTime(request.now));
    const auto id = query.scalar();
    if (!id) {
        return id.error();
    }
    return id->toLongLong();
}

Result<bool> TaskClaimRepository::renew(const QString &task,
                                        const QString &claimKey,
                                        const QString &holder,
                                        const QDateTime &leaseExpiresAt)
{
    SqlQuery query(m_database->connection(),
                   QStringLiteral("UPDATE task_claims SET lease_expires_at = ? "
                                  "WHERE task = ? AND due_at = ? AND holder = ?"));
    query.bind(toSqlTime(leaseExpiresAt)).bind(task).bind(claimKey).bind(holder);
    if (auto done = query.exec(); !done) {
        return done.error();
    }
    return query.rowsAffected() == 1;
}

Result<TaskClaimRepository::SlotState> TaskClaimRepository::slotState(const QString &task,
                                                                      const QDateTime &dueAt,
                                                                      const QDateTime &now) const
{
    SqlQuery query(m_database->connection(),
                   QStringLiteral("SELECT r.status, c.lease_expires_at "
                                  "FROM task_claims c "
                                  "LEFT JOIN orchestrator_runs r ON r.id = c.run_id "
                                  "WHERE c.task = ? AND c.due_at = ?"));
    query.bind(task).bind(claimKey(dueAt, now));
    if (auto done = query.exec(); !done) {
        return done.error();
    }
    SlotState state;
    if (query.next()) {
        const QString status = query.value(0).toString();
        const QDateTime lease = fromSqlTime(query.value(1));
        state.done = isFinishedStatus(status);
        if (status == QLatin1String("running") && lease > now) {
            state.liveLeaseUntil = lease;
        }
    }
    return state;
}

Result<int> TaskClaimRepository::interruptExpired(const QDateTime &now)
{
    SqlQuery query(
        m_database->connection(),
        QStringLiteral("UPDATE orchestrator_runs SET status = 'interrupted', finished_at = ?, "
                       "message = ? WHERE status = 'running' AND id IN "
                       "(SELECT run_id FROM task_claims WHERE lease_expires_at <= ?)"));
    query.bind(toSqlTime(now)).bind(kInterruptedMessage).bind(toSqlTime(now));
    if (auto done = query.exec(); !done) {
        return done.error();
    }
    return query.rowsAffected();
}

Result<QDateTime> TaskClaimRepository::firstSeen(const QString &task, const QDateTime &now)
{
    SqlQuery insert(m_database->connection(),
                    QStringLiteral("INSERT INTO task_state (task, first_seen_at) VALUES (?, ?) "
                                   "ON CONFLICT (task) DO NOTHING"));
    insert.bind(task).bind(toSqlTime(now));
    if (auto done = insert.exec(); !done) {
        return done.error();
    }

    SqlQuery select(m_database->connection(),
                    QStringLiteral("SELECT first_seen_at FROM task_state WHERE task = ?"));
    select.bind(task);
    const auto seen = select.scalar();
    if (!seen) {
        return seen.error();
    }
    return fromSqlTime(*seen);
}

} // namespace Bfs
