#pragma once

#include <QJsonObject>
#include <QList>

#include "domain/records.h"
#include "task.h"

namespace Bfs {

// weekly_analytics: the pipeline over the seven days before context.now,
// computed from status_history: posts generated against the target,
// Stage 1 and Stage 2 approval rates (percent of decisions), the top five
// rejection reasons, mean hours spent in each status, bottlenecks (statuses
// whose mean wait passes approvals.reminder_hours) and run health. Kept in
// analytics_history under the Monday of the week in progress (a re-run
// replaces that week's row) and sent as a readable summary.
class WeeklyAnalyticsTask final : public Task
{
public:
    QString name() const override;
    QString defaultSchedule() const override;
    QString description() const override;
    TaskOutcome run(TaskContext &context) override;

private:
    [[nodiscard]] static Result<QJsonObject> decisions(const TaskContext &context,
                                                       const QList<StatusChange> &changes);
    [[nodiscard]] static Result<QJsonObject> stageTimes(const TaskContext &context,
                                                        const QList<StatusChange> &changes);
    [[nodiscard]] static Result<QJsonObject> health(const TaskContext &context,
                                                    const QDateTime &since);
    static QString summary(const AnalyticsReport &report);
};

} // namespace Bfs
