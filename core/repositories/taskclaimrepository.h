#pragma once

#include <optional>

#include <QDateTime>
#include <QString>

#include "db/database.h"
#include "result.h"

namespace Bfs {

// What one process asks for when it wants to run a task: the slot (a due
// time, or a unique key for a manual run) and who is asking.
struct ClaimRequest
{
    QString task;
    // The due time of a scheduled run; invalid for a manual run.
    QDateTime dueAt;
    QString holder;
    QString host;
    QString trigger;
    // "Now" as the caller's clock sees it: the database's clock on a server.
    QDateTime now;
    int leaseSeconds = 60;
};

struct Claim
{
    enum class Outcome {
        // The caller holds the slot and must run it; runId is its run row.
        Claimed,
        // The slot already ran (success, failed or skipped).
        AlreadyDone,
        // Another live run of this task holds a lease until busyUntil.
        Busy,
    };

    Outcome outcome = Outcome::Busy;
    qint64 runId = 0;
    QString claimKey;
    // A run of this slot whose holder died, now marked interrupted.
    qint64 interruptedRunId = 0;
    QDateTime busyUntil;
    QString busyHolder;
};

// Exactly-once execution across processes on one database. A claim row per
// (task, due time) is taken in one transaction that also serialises every
// claim of the same task (BEGIN IMMEDIATE on SQLite, an advisory lock on
// PostgreSQL), so a task never runs twice at once and a due time runs once.
// The holder renews its lease while running; a claim whose lease expired
// belongs to a dead process and is taken over.
// TODO: finished claim rows (~400 a day) are never pruned; prune before they slow claiming.
class TaskClaimRepository final
{
public:
    explicit TaskClaimRepository(DatabasePtr database);

    [[nodiscard]] Result<Claim> claim(const ClaimRequest &request);

    // Extends the lease; false when the caller no longer holds the claim.
    [[nodiscard]] Result<bool> renew(const QString &task,
                                     const QString &claimKey,
                                     const QString &holder,
                                     const QDateTime &leaseExpiresAt);

    // Whether a due time already ran to an end (success, failed or skipped),
    // and if not, until when a live holder's lease runs (invalid if none).
    struct SlotState
    {
        bool done = false;
        QDateTime liveLeaseUntil;
    };

    [[nodiscard]] Result<SlotState> slotState(const QString &task,
                                              const QDateTime &dueAt,
                                              const QDateTime &now) const;

    // Marks every run still "running" whose lease expired before `now` as
    // interrupted (its process died); returns how many.
    [[nodiscard]] Result<int> interruptExpired(const QDateTime &now);

    // When this orchestrator first saw the task, recording `now` the first
    // time; due times before it are never "missed".
    [[nodiscard]] Result<QDateTime> firstSeen(const QString &task, const QDateTime &now);

    static QString claimKey(const QDateTime &dueAt, const QDateTime &now);

private:
    [[nodiscard]] VoidResult lockTask(const QString &task);
    [[nodiscard]] Result<std::optional<Claim>> checkBusy(const ClaimRequest &request);
    [[nodiscard]] Result<qint64> insertRun(const ClaimRequest &request);

    DatabasePtr m_database;
};

} // namespace Bfs
