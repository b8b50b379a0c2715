#include "taskcommands.h"

#include <QCoreApplication>
#include <QEventLoop>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include "clock.h"
#include "orchestrator.h"
#include "planner.h"
#include "repositories/runrepository.h"
#include "settings/teamsettings.h"
#include "taskregistry.h"
#include "terminationwatcher.h"

namespace Bfs::App {

namespace {

constexpr int kDefaultRunLimit = 20;

QJsonValue jsonTime(const QDateTime &time)
{
    return time.isValid() ? QJsonValue(time.toUTC().toString(Qt::ISODateWithMs)) : QJsonValue();
}

QString humanTime(const QDateTime &time, const QTimeZone &zone)
{
    return time.isValid() ? time.toTimeZone(zone).toString(QStringLiteral("yyyy-MM-dd HH:mm t"))
                          : QStringLiteral("-");
}

void printJson(CommandContext &context, const QJsonArray &array)
{
    context.out() << QString::fromUtf8(QJsonDocument(array).toJson(QJsonDocument::Indented));
}

QJsonObject runJson(const OrchestratorRun &run)
{
    return {{QStringLiteral("id"), run.id},
            {QStringLiteral("task"), run.task},
            {QStringLiteral("trigger"), run.trigger},
            {QStringLiteral("host"), run.host},
            {QStringLiteral("due_at"), jsonTime(run.dueAt)},
            {QStringLiteral("started_at"), jsonTime(run.startedAt)},
            {QStringLiteral("finished_at"), jsonTime(run.finishedAt)},
            {QStringLiteral("status"), run.status},
            {QStringLiteral("items"), run.itemsProcessed},
            {QStringLiteral("cost_cents"), run.costCents},
            {QStringLiteral("message"), run.message},
            {QStringLiteral("details"), run.details}};
}

QString reportLine(const RunReport &report)
{
    switch (report.kind) {
    case RunReport::Kind::Ran:
        return QStringLiteral("%1: %2 (run %3, %4 item(s)) %5")
            .arg(report.request.task, runStatusKey(report.status))
            .arg(report.runId)
            .arg(report.itemsProcessed)
            .arg(report.message);
    case RunReport::Kind::Busy:
        return QStringLiteral("%1: skipped, %2").arg(report.request.task, report.message);
    case RunReport::Kind::AlreadyDone:
        return QStringLiteral("%1: %2").arg(report.request.task, report.message);
    case RunReport::Kind::Error:
        return QStringLiteral("%1: could not run: %2").arg(report.request.task, report.message);
    }
    return {};
}

int exitCodeFor(const RunReport &report)
{
    if (report.kind == RunReport::Kind::Busy) {
        return ExitBusy;
    }
    if (report.kind != RunReport::Kind::Ran) {
        return ExitFailed;
    }
    const bool fine = report.status == RunStatus::Success || report.status == RunStatus::Skipped;
    return fine ? ExitSuccess : ExitFailed;
}

int runTask(CommandContext &context)
{
    if (context.positional().size() != 1) {
        return context.usageError(
            QStringLiteral("task takes one task name (see bfs-marketing tasks)"));
    }
    const QString name = context.positional().first();
    if (!TaskRegistry::contains(name)) {
        return context.usageError(
            QStringLiteral("there is no task named %1 (see bfs-marketing tasks)").arg(name));
    }
    const auto database = context.database();
    if (!database) {
        return ExitUsage;
    }

    Orchestrator orchestrator(*database, context.dataDir(), databaseClock(*database));
    QEventLoop loop;
    RunReport result;
    QObject::connect(&orchestrator,
                     &Orchestrator::runProgress,
                     &loop,
                     [&context](const QString &, int done, int total, const QString &text) {
                         if (context.verbose()) {
                             context.out()
                                 << "  " << done << "/" << total << " " << text << Qt::endl;
                         }
                     });
    QObject::connect(
        &orchestrator, &Orchestrator::runFinished, &loop, [&](const RunReport &report) {
            result = report;
            loop.quit();
        });
    orchestrator.runNow(name, RunTrigger::Cli, context.isSet(QStringLiteral("force")));
    loop.exec();

    (result.kind == RunReport::Kind::Ran ? context.out() : context.err())
        << reportLine(result) << Qt::endl;
    return exitCodeFor(result);
}

QJsonObject taskJson(const TaskStatus &status)
{
    QJsonObject object{
        {QStringLiteral("name"), status.name},
        {QStringLiteral("description"), status.description},
        {QStringLiteral("schedule"), status.scheduleText},
        {QStringLiteral("enabled"), status.enabled},
        {QStringLiteral("next_due"), jsonTime(status.nextDue)},
        {QStringLiteral("last_status"), status.lastRun ? status.lastRun->status : QJsonValue()},
        {QStringLiteral("last_run"), status.lastRun ? runJson(*status.lastRun) : QJsonValue()}};
    if (!status.scheduleError.isEmpty()) {
        object.insert(QStringLiteral("schedule_error"), status.scheduleError);
    }
    return object;
}

void printTaskLine(CommandContext &context, const TaskStatus &status, const QTimeZone &zone)
{
    QString next = status.enabled ? humanTime(status.nextDue, zone) : QStringLiteral("off");
    if (!status.scheduleError.isEmpty()) {
        next = QStringLiteral("off (invalid schedule)");
    }
    const QString last = status.lastRun ? QStringLiteral("%1 %2: %3")
                                              .arg(humanTime(status.lastRun->startedAt, zone),
                                                   status.lastRun->status,
                                                   status.lastRun->message)
                                        : QStringLiteral("never run");
    context.out() << QStringLiteral("%1 %2 %3 %4")
                         .arg(status.name, -24)
                         .arg(status.scheduleText, -26)
                         .arg(next, -24)
                         .arg(last)
                  << "\n";
    if (!status.scheduleError.isEmpty()) {
        context.out() << "    " << status.scheduleError << "\n";
    }
}

int listTasks(CommandContext &context)
{
    const auto database = context.database();
    if (!database) {
        return ExitUsage;
    }
    const auto statuses = Planner(*database, databaseClock(*database)).statuses();
    if (!statuses) {
        context.err() << "bfs-marketing: " << statuses.errorDetail() << Qt::endl;
        return ExitFailed;
    }
    if (context.json()) {
        QJsonArray array;
        for (const TaskStatus &status : *statuses) {
            array.append(taskJson(status));
        }
        printJson(context, array);
        return ExitSuccess;
    }
    const QTimeZone zone = Planner::teamTimeZone(TeamSettings(*database));
    context.out() << QStringLiteral("%1 %2 %3 %4")
                         .arg(QStringLiteral("TASK"), -24)
                         .arg(QStringLiteral("SCHEDULE"), -26)
                         .arg(QStringLiteral("NEXT DUE"), -24)
                         .arg(QStringLiteral("LAST RUN"))
                  << "\n";
    for (const TaskStatus &status : *statuses) {
        printTaskLine(context, status, zone);
    }
    return ExitSuccess;
}

int listRuns(CommandContext &context)
{
    int limit = kDefaultRunLimit;
    if (context.isSet(QStringLiteral("limit"))) {
        bool ok = false;
        limit = context.value(QStringLiteral("limit")).toInt(&ok);
        if (!ok || limit < 1) {
            return context.usageError(QStringLiteral("--limit takes a positive whole number"));
        }
    }
    const auto database = context.database();
    if (!database) {
        return ExitUsage;
    }
    const auto runs = RunRepository(*database).recent(limit, context.value(QStringLiteral("task")));
    if (!runs) {
        context.err() << "bfs-marketing: " << runs.errorDetail() << Qt::endl;
        return ExitFailed;
    }
    QJsonArray array;
    for (const OrchestratorRun &run : *runs) {
        if (context.json()) {
            array.append(runJson(run));
            continue;
        }
        context.out() << QStringLiteral("%1 %2 %3 %4 %5 %6 item(s) %7")
                             .arg(run.id, 6)
                             .arg(run.startedAt.toString(Qt::ISODate),
                                  run.task,
                                  run.trigger,
                                  run.status)
                             .arg(run.itemsProcessed)
                             .arg(run.message)
                      << "\n";
    }
    if (context.json()) {
        printJson(context, array);
    }
    return ExitSuccess;
}

int runHeadless(CommandContext &context)
{
    const auto database = context.database();
    if (!database) {
        return ExitUsage;
    }
    Orchestrator orchestrator(*database, context.dataDir(), databaseClock(*database));
    TerminationWatcher watcher;
    bool recordingFailed = false;
    QObject::connect(
        &orchestrator, &Orchestrator::runFinished, &orchestrator, [&](const RunReport &report) {
            recordingFailed = recordingFailed || report.kind == RunReport::Kind::Error;
            context.out() << reportLine(report) << Qt::endl;
        });
    QObject::connect(
        &watcher, &TerminationWatcher::terminationRequested, &orchestrator, &Orchestrator::stop);
    QObject::connect(&orchestrator,
                     &Orchestrator::stopped,
                     QCoreApplication::instance(),
                     &QCoreApplication::quit);
    QObject::connect(&orchestrator,
                     &Orchestrator::dueRunsFinished,
                     QCoreApplication::instance(),
                     &QCoreApplication::quit);

    if (context.isSet(QStringLiteral("once"))) {
        orchestrator.runDueOnce();
    } else {
        orchestrator.start();
    }
    QCoreApplication::exec();
    // Task failures are in the run history; only runs that could not even be
    // recorded make the process fail.
    return recordingFailed ? ExitFailed : ExitSuccess;
}

} // namespace

Command taskCommand()
{
    return {QStringLiteral("task"),
            QStringLiteral("Run one task once now and print its result"),
            QStringLiteral("NAME"),
            [](QCommandLineParser &parser) {
                parser.addOption(
                    {QStringLiteral("force"),
                     QStringLiteral(
                         "Run even if not due or already done; safety checks still apply.")});
            },
            runTask};
}

Command tasksCommand()
{
    return {QStringLiteral("tasks"),
            QStringLiteral("Each task: schedule, next due time, last run and status"),
            QString(),
            nullptr,
            listTasks};
}

Command runsCommand()
{
    return {QStringLiteral("runs"),
            QStringLiteral("Recent orchestrator runs"),
            QString(),
            [](QCommandLineParser &parser) {
                parser.addOption({QStringLiteral("limit"),
                                  QStringLiteral("How many runs (default 20)."),
                                  QStringLiteral("N")});
                parser.addOption({QStringLiteral("task"),
                                  QStringLiteral("Only this task's runs."),
                                  QStringLiteral("NAME")});
            },
            listRuns};
}

Command headlessCommand()
{
    return {
        QStringLiteral("headless"),
        QStringLiteral("Run the orchestrator without a window"),
        QString(),
        [](QCommandLineParser &parser) {
            parser.addOption({QStringLiteral("headless"), QStringLiteral("Run without a window.")});
            parser.addOption(
                {QStringLiteral("once"), QStringLiteral("Run every task due now, then exit.")});
        },
        runHeadless};
}

} // namespace Bfs::App
