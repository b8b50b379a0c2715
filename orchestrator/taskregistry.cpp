#include "taskregistry.h"

#include "tasks/healthchecktask.h"
#include "tasks/testsleeptask.h"

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
        placeholder("generate_content", "weekly MON 06:00", "Posts for the coming week"),
        placeholder("generate_pending_images",
                    "daily 06:00,12:00,18:00",
                    "Images for pending_design posts"),
        placeholder("publish_to_metricool", "hourly :00", "Schedule approved posts on Metricool"),
        placeholder(
            "check_approvals", "hourly :15", "Remind and escalate waiting Stage 1 approvals"),
        placeholder(
            "notify_designers", "daily 06:00,12:00,18:00", "Tell designers about manual designs"),
        placeholder("check_designs", "daily 06:45,12:45,18:45", "Tell reviewers designs are ready"),
        placeholder("create_video_folders", "every 5m", "Folders for posts waiting for clips"),
        placeholder("sync_sharepoint_videos", "every 15m", "Find new clips in the video folders"),
        placeholder("backup_approved_posts", "daily 23:00", "Back up approved posts"),
        placeholder("weekly_analytics", "weekly FRI 17:00", "Weekly pipeline report"),
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
