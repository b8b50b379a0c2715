#pragma once

#include <QJsonObject>
#include <QStringList>

#include "task.h"

namespace Bfs {

class TeamSettings;

// health_check: database size and integrity, disk and memory use, posts
// stuck in an automated stage, failed runs and critical log lines since the
// previous check. Problems go out as one alert through the notifier and
// into the app's notifications table. The run itself succeeds unless the
// checks cannot be made; alerts are its findings, not its failure.
class HealthCheckTask final : public Task
{
public:
    QString name() const override;
    QString defaultSchedule() const override;
    QString description() const override;
    TaskOutcome run(TaskContext &context) override;

private:
    struct Findings
    {
        QJsonObject details;
        QStringList alerts;
    };

    static VoidResult checkDatabase(const TaskContext &context,
                                    const TeamSettings &settings,
                                    Findings &findings);
    static void checkDisk(const TaskContext &context,
                          const TeamSettings &settings,
                          Findings &findings);
    static void checkMemory(const TeamSettings &settings, Findings &findings);
    static VoidResult checkStuckPosts(const TaskContext &context,
                                      const TeamSettings &settings,
                                      Findings &findings);
    static VoidResult checkFailedRuns(const TaskContext &context,
                                      const QDateTime &since,
                                      Findings &findings);
    static void checkLogErrors(const TaskContext &context,
                               const QDateTime &since,
                               Findings &findings);
    static void sendAlert(const TaskContext &context, const QStringList &alerts);
};

} // namespace Bfs
