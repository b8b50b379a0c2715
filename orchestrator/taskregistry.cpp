#include "taskregistry.h"

#include "tasks/backupapprovedpoststask.h"
#include "tasks/checkapprovalstask.h"
#include "tasks/checkdesignstask.h"
#include "tasks/createvideofolderstask.h"
#include "tasks/generatecontenttask.h"
#include "tasks/generatependingimagestask.h"
#include "tasks/healthchecktask.h"
#include "tasks/notifydesignerstask.h"
#include "tasks/publishtometricooltask.h"
#include "tasks/syncsharepointvideostask.h"
#include "tasks/testsleeptask.h"
#include "tasks/weeklyanalyticstask.h"

namespace Bfs {

namespace {

template<typename T>
TaskRegistry::Entry entryFor()
{
    const T task;
    return {task.name(), task.defaultSchedule(), task.description(), [] {
                return std::make_unique<T>();
            }};
}

TaskRegistry::Entry placeholder(const char *name, const char *schedule, const char *description)
{
    const QString taskName = QString::fromLatin1(name);
    const QString taskSchedule = QString::fromLatin1(schedule);
    const QString taskDescription = QString::fromUtf8(description);
    return {taskName, taskSchedule, taskDescription, [=] {
                return std::make_unique<PlaceholderTask>(taskName, taskSchedule, taskDescription);
            }};
}

// One line per task of SPEC.md, in its order. A built task replaces its
// placeholder line with entryFor<ItsTask>().
QList<TaskRegistry::Entry> buildEntries()
{
    QList<TaskRegistry::Entry> entries = {
        entryFor<GenerateContentTask>(),
        entryFor<GeneratePendingImagesTask>(),
        entryFor<PublishToMetricoolTask>(),
        entryFor<CheckApprovalsTask>(),
        entryFor<NotifyDesignersTask>(),
        entryFor<CheckDesignsTask>(),
        entryFor<CreateVideoFoldersTask>(),
        entryFor<SyncSharePointVideosTask>(),
        entryFor<BackupApprovedPostsTask>(),
        entryFor<WeeklyAnalyticsTask>(),
        entryFor<HealthCheckTask>(),
    };
    if (qEnvironmentVariableIntValue("BFS_TEST_TASKS") == 1) {
        entries.append(entryFor<TestSleepTask>());
    }
    return entries;
}

} // namespace

const QList<TaskRegistry::Entry> &TaskRegistry::entries()
{
    static const QList<Entry> entries = buildEntries();
    return entries;
}

QStringList TaskRegistry::names()
{
    QStringList names;
    for (const Entry &entry : entries()) {
        names.append(entry.name);
    }
    return names;
}

bool TaskRegistry::contains(const QString &name)
{
    return names().contains(name);
}

std::unique_ptr<Task> TaskRegistry::create(const QString &name)
{
    for (const Entry &entry : entries()) {
        if (entry.name == name) {
            return entry.create();
        }
    }
    return nullptr;
}

QString TaskRegistry::defaultSchedule(const QString &name)
{
    for (const Entry &entry : entries()) {
        if (entry.name == name) {
            return entry.defaultSchedule;
        }
    }
    return {};
}

PlaceholderTask::PlaceholderTask(const QString &name,
                                 const QString &schedule,
                                 const QString &description)
    : m_name(name)
    , m_schedule(schedule)
    , m_description(description)
{}

TaskOutcome PlaceholderTask::run(TaskContext &context)
{
    Q_UNUSED(context)
    return TaskOutcome::failed(QStringLiteral("not implemented"));
}

} // namespace Bfs
