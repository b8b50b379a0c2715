#include <memory>
#include <vector>

#include <QDir>
#include <QMap>
#include <QProcess>
#include <QTest>

#include "db/sqlquery.h"
#include "db/sqltime.h"
#include "repositories/runrepository.h"
#include "settings/settingsregistry.h"
#include "settings/teamsettings.h"
#include "testdatabase.h"

using namespace Bfs;

namespace {

const QString kTestTask = QStringLiteral("test_sleep");
const QString kHealthCheck = QStringLiteral("health_check");
constexpr int kProcesses = 4;
constexpr int kRounds = 3;
constexpr int kProcessTimeoutMs = 60000;

QDateTime utc(const char *iso)
{
    return QDateTime::fromString(QString::fromLatin1(iso), Qt::ISODate).toUTC();
}

// Settings of the eleven tasks: only `keep` stays enabled.
void enableOnly(const DatabasePtr &database, const QStringList &keep)
{
    const QStringList tasks = {QStringLiteral("generate_content"),
                               QStringLiteral("generate_pending_images"),
                               QStringLiteral("publish_to_metricool"),
                               QStringLiteral("check_approvals"),
                               QStringLiteral("notify_designers"),
                               QStringLiteral("check_designs"),
                               QStringLiteral("create_video_folders"),
                               QStringLiteral("sync_sharepoint_videos"),
                               QStringLiteral("backup_approved_posts"),
                               QStringLiteral("weekly_analytics"),
                               kHealthCheck};
    TeamSettings settings(database);
    for (const QString &task : tasks) {
        const QString value = keep.contains(task) ? QStringLiteral("true")
                                                  : QStringLiteral("false");
        QVERIFY(settings.setValue(taskEnabledSettingKey(task), value).ok());
    }
}

// One `bfs-marketing --headless --once` with the test-only hooks.
std::unique_ptr<QProcess> startHeadless(const Test::TestDatabase &db,
                                        const QDateTime &now,
                                        int sleepMs,
                                        const QString &schedule,
                                        int index)
{
    const QString dataDir = QDir(db.dataDir()).filePath(QStringLiteral("process-%1").arg(index));
    QDir().mkpath(dataDir);
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.insert(QStringLiteral("BFS_TEST_NOW"), now.toString(Qt::ISODateWithMs));
    environment.insert(QStringLiteral("BFS_TEST_TASKS"), QStringLiteral("1"));
    environment.insert(QStringLiteral("BFS_TEST_TASK_SLEEP_MS"), QString::number(sleepMs));
    environment.insert(QStringLiteral("BFS_TEST_TASK_SCHEDULE"), schedule);

    auto process = std::make_unique<QProcess>();
    process->setProcessEnvironment(environment);
    process->setProcessChannelMode(QProcess::MergedChannels);
    process->start(QStringLiteral(BFS_MARKETING_EXECUTABLE),
                   {QStringLiteral("--headless"),
                    QStringLiteral("--once"),
                    QStringLiteral("--database"),
                    db.url(),
                    QStringLiteral("--data-dir"),
                    dataDir});
    return process;
}

void runTogether(const Test::TestDatabase &db,
                 const QDateTime &now,
                 int count,
                 const QString &schedule)
{
    std::vector<std::unique_ptr<QProcess>> processes;
    for (int i = 0; i < count; ++i) {
        processes.push_back(startHeadless(db, now, 200, schedule, i));
    }
    for (const auto &process : processes) {
        QVERIFY(process->waitForFinished(kProcessTimeoutMs));
        const QByteArray output = process->readAll();
        QVERIFY2(process->exitStatus() == QProcess::NormalExit && process->exitCode() == 0,
                 output.constData());
    }
}

// due_at → statuses of every run of the task.
QMap<QString, QStringList> runsByDueTime(const DatabasePtr &database, const QString &task)
{
    QMap<QString, QStringList> runs;
    SqlQuery query(
        database->connection(),
        QStringLiteral("SELECT due_at, status FROM orchestrator_runs WHERE task = ? ORDER BY id"));
    query.bind(task);
    if (query.exec().ok()) {
        while (query.next()) {
            runs[fromSqlTime(query.value(0)).toString(Qt::ISODate)].append(
                query.value(1).toString());
        }
    }
    return runs;
}

int runningCount(const DatabasePtr &database, const QString &task)
{
    SqlQuery query(
        database->connection(),
        QStringLiteral(
            "SELECT COUNT(*) FROM orchestrator_runs WHERE task = ? AND status = 'running'"));
    query.bind(task);
    const auto count = query.scalar();
    return count ? count->toInt() : -1;
}

} // namespace

class TstExactlyOnce final : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase_data();
    void eachDueTimeRunsOnceAmongFourProcesses();
    void killedProcessRunIsInterruptedAndRunAgain();
};

void TstExactlyOnce::initTestCase_data()
{
    Test::addEngineRows();
}

void TstExactlyOnce::eachDueTimeRunsOnceAmongFourProcesses()
{
    BFS_OPEN_TEST_DATABASE(db);
    enableOnly(db.database(), {kHealthCheck});
    const QString schedule = QStringLiteral("every 10m");
    const QDateTime firstStart = utc("2026-06-01T10:00:30Z");
    runTogether(db, firstStart, 1, schedule);
    QVERIFY(runsByDueTime(db.database(), kTestTask).isEmpty());

    for (int round = 1; round <= kRounds; ++round) {
        runTogether(db, firstStart.addSecs(round * 31 * 60), kProcesses, schedule);
    }

    for (const QString &task : {kTestTask, kHealthCheck}) {
        const QMap<QString, QStringList> runs = runsByDueTime(db.database(), task);
        QCOMPARE(runs.size(), kRounds);
        for (auto run = runs.cbegin(); run != runs.cend(); ++run) {
            QCOMPARE(run.value(), QStringList{QStringLiteral("success")});
        }
    }
}

void TstExactlyOnce::killedProcessRunIsInterruptedAndRunAgain()
{
    BFS_OPEN_TEST_DATABASE(db);
    enableOnly(db.database(), {});
    const QString schedule = QStringLiteral("hourly :00");
    runTogether(db, utc("2026-06-01T09:30:30Z"), 1, schedule);

    const auto victim = startHeadless(db, utc("2026-06-01T10:05:00Z"), 60000, schedule, 10);
    QTRY_COMPARE_WITH_TIMEOUT(runningCount(db.database(), kTestTask), 1, 20000);
    victim->kill();
    QVERIFY(victim->waitForFinished(kProcessTimeoutMs));
    QCOMPARE(victim->exitStatus(), QProcess::CrashExit);
    // Three minutes later by the test clock, the victim's 60 s lease has expired.
    runTogether(db, utc("2026-06-01T10:08:00Z"), 1, schedule);

    const auto attempts =
        RunRepository(db.database()).forDueTime(kTestTask, utc("2026-06-01T10:00:00Z"));
    QVERIFY(attempts.ok());
    QCOMPARE(attempts->size(), 2);
    QCOMPARE(attempts->at(0).status, QStringLiteral("interrupted"));
    QCOMPARE(attempts->at(1).status, QStringLiteral("success"));
}

QTEST_GUILESS_MAIN(TstExactlyOnce)
#include "tst_exactlyonce.moc"
