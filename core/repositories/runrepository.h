#pragma once

#include <QDateTime>
#include <QHash>
#include <QList>

#include "db/database.h"
#include "domain/records.h"
#include "result.h"

namespace Bfs {

// The run history in orchestrator_runs: a row is written when a run starts
// (status "running", by TaskClaimRepository::claim) and finished here.
class RunRepository final
{
public:
    explicit RunRepository(DatabasePtr database);

    // Records how a run ended. Only a run still "running" changes: a run
    // that another process already marked interrupted keeps that status.
    [[nodiscard]] Result<bool> finish(const OrchestratorRun &run);

    // Newest first; an empty task means every task.
    [[nodiscard]] Result<QList<OrchestratorRun>> recent(int limit, const QString &task = {}) const;
    [[nodiscard]] Result<OrchestratorRun> find(qint64 id) const;

    // The newest run of each task, by task name.
    [[nodiscard]] Result<QHash<QString, OrchestratorRun>> latestPerTask() const;

    // Runs that ended failed or interrupted since `since`, newest first.
    [[nodiscard]] Result<QList<OrchestratorRun>> failedSince(const QDateTime &since) const;

    // Runs of one task and due time (every attempt, oldest first).
    [[nodiscard]] Result<QList<OrchestratorRun>> forDueTime(const QString &task,
                                                            const QDateTime &dueAt) const;

private:
    DatabasePtr m_database;
};

} // namespace Bfs
