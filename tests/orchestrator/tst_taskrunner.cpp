#include <memory>

#include <QSignalSpy>
#include <QTest>

#include "db/sqlquery.h"
#include "db/sqltime.h"
#include "orchestrator.h"
#include "repositories/runrepository.h"
#include "repositories/taskclaimrepository.h"
#include "settings/settingsregistry.h"
#include "settings/teamsettings.h"
#include "taskregistry.h"
#include "testdatabase.h"

using namespace Bfs;

namespace {

const QString kTestTask = QStringLiteral("test_sleep");

// A clock the test moves by hand.
struct TestClock
{
    std::shared_ptr<QDateTime> now = std::make_shared<QDateTime>(
        QDateTime::fromString(QStringLiteral("2026-06-01T10:00:30Z"), Qt::ISODate).toUTC());

    Clock clock() const
    {
        return [now = now] {
            return *now;
        };
    }

    void advanceMinutes(int minutes) { *now = now->addSecs(minutes * 60); }
};

// Leaves only the test task (and `keep`) enabled, so the tasks of SPEC.md
// do not run inside these tests.
void enableOnly(const DatabasePtr &database, const QStringList &keep)
{
    TeamSettings settings(database);
    for (const QString &task : TaskRegistry::names()) {
        if (SettingsRegistry::find(taskEnabledSettingKey(task)) && !keep.contains(task)) {
            QVERIFY(settings.setValue(taskEnabledSettingKey(task), QStringLiteral("false")).ok());
        }
    }
}

QList<OrchestratorRun> runsOf(const DatabasePtr &database, const QString &task)
{
    const auto runs = RunRepository(database).recent(100, task);
    return runs ? *runs : QList<OrchestratorRun>();
}

} // namespace

class TstTaskRunner final : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void initTestCase_data();
    void dueTimesBeforeFirstStartAreNeverMissed();
    void missedRunsCatchUpOnceWithTheLatestSlot();
    void scheduledRunRecordsStartAndEnd();
    void manualRunReportsProgressAndHistory();
    void taskNeverOverlapsItself();
    void cancellationIsPrompt();
    void deadHoldersRunIsInterruptedAndRetried();
    void invalidScheduleIsReportedByNameOthersRun();
    void placeholderTasksFailAsNotImplemented();
    void pausedOrchestratorRunsNothingScheduled();
};

void TstTaskRunner::initTestCase()
{
    qputenv("BFS_TEST_TASKS", "1");
    qputenv("BFS_TEST_TASK_SCHEDULE", "hourly :00");
    qputenv("BFS_TEST_TASK_SLEEP_MS", "100");
    QVERIFY(TaskRegistry::contains(kTestTask));
}

void TstTaskRunner::initTestCase_data()
{
    Test::addEngineRows();
}

void TstTaskRunner::dueTimesBeforeFirstStartAreNeverMissed()
{
    BFS_OPEN_TEST_DATABASE(db);
    TestClock clock;

    const auto plan = Planner(db.database(), clock.clock()).plan();

    QVERIFY(plan.ok());
    QVERIFY(plan->due.isEmpty());
    QVERIFY(plan->nextWake.isValid());
    QVERIFY(plan->nextWake > *clock.now);
}

void TstTaskRunner::missedRunsCatchUpOnceWithTheLatestSlot()
{
    BFS_OPEN_TEST_DATABASE(db);
    enableOnly(db.database(), {});
    TestClock clock;
    QVERIFY(Planner(db.database(), clock.clock()).plan().ok());
    clock.advanceMinutes(3 * 60);

    Orchestrator orchestrator(db.database(), db.dataDir(), clock.clock());
    QSignalSpy finished(&orchestrator, &Orchestrator::runFinished);
    QSignalSpy done(&orchestrator, &Orchestrator::dueRunsFinished);
    orchestrator.runDueOnce();
    QTRY_COMPARE_WITH_TIMEOUT(done.size(), 1, 10000);

    const QList<OrchestratorRun> runs = runsOf(db.database(), kTestTask);
    QCOMPARE(runs.size(), 1);
    QCOMPARE(runs.first().dueAt,
             QDateTime::fromString(QStringLiteral("2026-06-01T13:00:00Z"), Qt::ISODate));
    QCOMPARE(runs.first().status, QStringLiteral("success"));
    QCOMPARE(runs.first().trigger, QStringLiteral("schedule"));
}

void TstTaskRunner::scheduledRunRecordsStartAndEnd()
{
    BFS_OPEN_TEST_DATABASE(db);
    enableOnly(db.database(), {});
    TestClock clock;
    QVERIFY(Planner(db.database(), clock.clock()).plan().ok());
    clock.advanceMinutes(60);

    Orchestrator orchestrator(db.database(), db.dataDir(), clock.clock());
    QSignalSpy started(&orchestrator, &Orchestrator::runStarted);
    QSignalSpy finished(&orchestrator, &Orchestrator::runFinished);
    orchestrator.start();
    QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 1, 10000);

    const auto report = finished.first().first().value<RunReport>();
    QCOMPARE(started.size(), 1);
    QCOMPARE(report.kind, RunReport::Kind::Ran);
    const auto run = RunRepository(db.database()).find(report.runId);
    QVERIFY(run.ok());
    QCOMPARE(run->status, QStringLiteral("success"));
    QVERIFY(!run->host.isEmpty());
    QVERIFY(run->startedAt.isValid());
    QVERIFY(run->finishedAt >= run->startedAt);
    QCOMPARE(run->itemsProcessed, 1);
    QVERIFY(orchestrator.nextWake().isValid());
}

void TstTaskRunner::manualRunReportsProgressAndHistory()
{
    BFS_OPEN_TEST_DATABASE(db);
    TestClock clock;
    Orchestrator orchestrator(db.database(), db.dataDir(), clock.clock());
    QSignalSpy progress(&orchestrator, &Orchestrator::runProgress);
    QSignalSpy finished(&orchestrator, &Orchestrator::runFinished);

    QVERIFY(orchestrator.runNow(kTestTask, RunTrigger::Tray));
    QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 1, 10000);

    QVERIFY(progress.size() > 0);
    QCOMPARE(progress.last().at(0).toString(), kTestTask);
    QCOMPARE(progress.last().at(1).toInt(), progress.last().at(2).toInt());
    const QList<OrchestratorRun> runs = runsOf(db.database(), kTestTask);
    QCOMPARE(runs.size(), 1);
    QCOMPARE(runs.first().trigger, QStringLiteral("tray"));
    QVERIFY(!runs.first().dueAt.isValid());
}

void TstTaskRunner::taskNeverOverlapsItself()
{
    BFS_OPEN_TEST_DATABASE(db);
    qputenv("BFS_TEST_TASK_SLEEP_MS", "5000");
    TestClock clock;
    Orchestrator orchestrator(db.database(), db.dataDir(), clock.clock());
    QSignalSpy started(&orchestrator, &Orchestrator::runStarted);
    QSignalSpy finished(&orchestrator, &Orchestrator::runFinished);
    QVERIFY(orchestrator.runNow(kTestTask, RunTrigger::Manual));
    QTRY_COMPARE_WITH_TIMEOUT(started.size(), 1, 10000);

    const bool secondHere = orchestrator.runNow(kTestTask, RunTrigger::Manual);
    ClaimRequest elsewhere{kTestTask,
                           {},
                           QStringLiteral("other-process"),
                           QStringLiteral("other-host"),
                           QStringLiteral("cli"),
                           *clock.now,
                           60};
    const auto secondElsewhere = TaskClaimRepository(db.openAnother()).claim(elsewhere);
    orchestrator.cancel(kTestTask);
    QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 1, 5000);
    qputenv("BFS_TEST_TASK_SLEEP_MS", "100");

    QVERIFY(!secondHere);
    QVERIFY(secondElsewhere.ok());
    QCOMPARE(secondElsewhere->outcome, Claim::Outcome::Busy);
    QCOMPARE(runsOf(db.database(), kTestTask).size(), 1);
}

void TstTaskRunner::cancellationIsPrompt()
{
    BFS_OPEN_TEST_DATABASE(db);
    qputenv("BFS_TEST_TASK_SLEEP_MS", "30000");
    TestClock clock;
    Orchestrator orchestrator(db.database(), db.dataDir(), clock.clock());
    QSignalSpy started(&orchestrator, &Orchestrator::runStarted);
    QSignalSpy stopped(&orchestrator, &Orchestrator::stopped);
    QVERIFY(orchestrator.runNow(kTestTask, RunTrigger::Manual));
    QTRY_COMPARE_WITH_TIMEOUT(started.size(), 1, 10000);

    QElapsedTimer elapsed;
    elapsed.start();
    orchestrator.stop();
    QTRY_COMPARE_WITH_TIMEOUT(stopped.size(), 1, 2000);
    qputenv("BFS_TEST_TASK_SLEEP_MS", "100");

    QVERIFY(elapsed.elapsed() < 1000);
    QCOMPARE(runsOf(db.database(), kTestTask).first().status, QStringLiteral("interrupted"));
}

void TstTaskRunner::deadHoldersRunIsInterruptedAndRetried()
{
    BFS_OPEN_TEST_DATABASE(db);
    enableOnly(db.database(), {});
    TestClock clock;
    QVERIFY(Planner(db.database(), clock.clock()).plan().ok());
    clock.advanceMinutes(60);
    const QDateTime slot = QDateTime::fromString(QStringLiteral("2026-06-01T11:00:00Z"),
                                                 Qt::ISODate);
    ClaimRequest dead{kTestTask,
                      slot,
                      QStringLiteral("dead-process"),
                      QStringLiteral("gone"),
                      QStringLiteral("schedule"),
                      *clock.now,
                      60};
    const auto claimed = TaskClaimRepository(db.database()).claim(dead);
    QVERIFY(claimed.ok());
    QCOMPARE(claimed->outcome, Claim::Outcome::Claimed);

    *clock.now = clock.now->addSecs(50);
    const auto whileAlive = Planner(db.database(), clock.clock()).plan();
    *clock.now = clock.now->addSecs(15);
    Orchestrator orchestrator(db.database(), db.dataDir(), clock.clock());
    QSignalSpy done(&orchestrator, &Orchestrator::dueRunsFinished);
    orchestrator.runDueOnce();
    QTRY_COMPARE_WITH_TIMEOUT(done.size(), 1, 10000);

    QVERIFY(whileAlive.ok());
    QVERIFY(whileAlive->due.isEmpty());
    const auto attempts = RunRepository(db.database()).forDueTime(kTestTask, slot);
    QVERIFY(attempts.ok());
    QCOMPARE(attempts->size(), 2);
    QCOMPARE(attempts->at(0).status, QStringLiteral("interrupted"));
    QCOMPARE(attempts->at(1).status, QStringLiteral("success"));
}

void TstTaskRunner::invalidScheduleIsReportedByNameOthersRun()
{
    BFS_OPEN_TEST_DATABASE(db);
    enableOnly(db.database(), {QStringLiteral("health_check")});
    QVERIFY(TeamSettings(db.database())
                .setValue(scheduleSettingKey(QStringLiteral("health_check")),
                          QStringLiteral("every banana"))
                .ok());
    TestClock clock;
    QVERIFY(Planner(db.database(), clock.clock()).plan().ok());
    clock.advanceMinutes(60);

    Orchestrator orchestrator(db.database(), db.dataDir(), clock.clock());
    QSignalSpy problems(&orchestrator, &Orchestrator::scheduleProblem);
    QSignalSpy done(&orchestrator, &Orchestrator::dueRunsFinished);
    orchestrator.runDueOnce();
    QTRY_COMPARE_WITH_TIMEOUT(done.size(), 1, 10000);

    QCOMPARE(problems.size(), 1);
    QCOMPARE(problems.first().at(0).toString(), QStringLiteral("health_check"));
    QVERIFY(problems.first().at(1).toString().contains(QStringLiteral("schedule.health_check")));
    QVERIFY(runsOf(db.database(), QStringLiteral("health_check")).isEmpty());
    QCOMPARE(runsOf(db.database(), kTestTask).size(), 1);
}

void TstTaskRunner::placeholderTasksFailAsNotImplemented()
{
    BFS_OPEN_TEST_DATABASE(db);
    PlaceholderTask task(
        QStringLiteral("weekly_analytics"), QStringLiteral("weekly FRI 17:00"), QString());
    TaskContext context;
    context.database = db.database();

    const TaskOutcome outcome = task.run(context);

    QCOMPARE(outcome.status, RunStatus::Failed);
    QCOMPARE(outcome.message, QStringLiteral("not implemented"));
    QCOMPARE(TaskRegistry::names().size(), 12);
}

void TstTaskRunner::pausedOrchestratorRunsNothingScheduled()
{
    BFS_OPEN_TEST_DATABASE(db);
    enableOnly(db.database(), {});
    TestClock clock;
    QVERIFY(Planner(db.database(), clock.clock()).plan().ok());
    QVERIFY(
        TeamSettings(db.database())
            .setValue(QString::fromLatin1(SettingKeys::kOrchestratorPaused), QStringLiteral("true"))
            .ok());
    clock.advanceMinutes(10);

    const auto plan = Planner(db.database(), clock.clock()).plan();

    QVERIFY(plan.ok());
    QVERIFY(plan->paused);
    QVERIFY(plan->due.isEmpty());
}

QTEST_GUILESS_MAIN(TstTaskRunner)
#include "tst_taskrunner.moc"
