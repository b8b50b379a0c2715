#include <QJsonArray>
#include <QTest>

#include "db/sqlquery.h"
#include "db/sqltime.h"
#include "repositories/notificationrepository.h"
#include "settings/teamsettings.h"
#include "tasks/healthchecktask.h"
#include "testdatabase.h"

using namespace Bfs;

namespace {

const QDateTime kNow =
    QDateTime::fromString(QStringLiteral("2026-06-01T10:00:00Z"), Qt::ISODate).toUTC();

TaskOutcome runHealthCheck(const Test::TestDatabase &db)
{
    HealthCheckTask task;
    TaskContext context;
    context.database = db.database();
    context.dataDir = db.dataDir();
    context.now = kNow;
    return task.run(context);
}

void setSetting(const DatabasePtr &database, const char *key, const char *value)
{
    QVERIFY(
        TeamSettings(database).setValue(QString::fromLatin1(key), QString::fromLatin1(value)).ok());
}

// Thresholds no machine reaches, so only the condition under test alerts.
void relaxThresholds(const DatabasePtr &database)
{
    setSetting(database, "health.max_disk_percent", "100");
    setSetting(database, "health.max_memory_percent", "100");
}

void insertPost(const DatabasePtr &database, const QString &status, const QDateTime &changedAt)
{
    SqlQuery query(
        database->connection(),
        QStringLiteral("INSERT INTO content_library (week_start, kind, title, status, created_at, "
                       "updated_at, status_changed_at) VALUES ('2026-06-01', 'image', 'A post', ?, "
                       "?, ?, ?)"));
    query.bind(status)
        .bind(toSqlTime(changedAt))
        .bind(toSqlTime(changedAt))
        .bind(toSqlTime(changedAt));
    QVERIFY(query.exec().ok());
}

void insertRun(const DatabasePtr &database, const QString &status, const QDateTime &startedAt)
{
    SqlQuery query(
        database->connection(),
        QStringLiteral("INSERT INTO orchestrator_runs (task, triggered_by, host, started_at, "
                       "finished_at, status, message) VALUES ('check_designs', 'schedule', 'h', ?, "
                       "?, ?, 'boom')"));
    query.bind(toSqlTime(startedAt)).bind(toSqlTime(startedAt)).bind(status);
    QVERIFY(query.exec().ok());
}

} // namespace

class TstHealthCheck final : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase_data();
    void healthyTeamGetsNoAlert();
    void alertsOnEachExceededThreshold_data();
    void alertsOnEachExceededThreshold();
    void alertIsKeptInTheApp();
    void postsStuckInAutomatedStageAlert();
    void postsWaitingOnPeopleAreNotStuck();
    void recentFailedRunsAlert();
};

void TstHealthCheck::initTestCase_data()
{
    Test::addEngineRows();
}

void TstHealthCheck::healthyTeamGetsNoAlert()
{
    BFS_OPEN_TEST_DATABASE(db);
    relaxThresholds(db.database());

    const TaskOutcome outcome = runHealthCheck(db);

    QCOMPARE(outcome.status, RunStatus::Success);
    QCOMPARE(outcome.message, QStringLiteral("healthy"));
    QCOMPARE(outcome.details.value(QStringLiteral("integrity")).toString(), QStringLiteral("ok"));
    QVERIFY(outcome.details.contains(QStringLiteral("database_mb")));
    QVERIFY(outcome.details.contains(QStringLiteral("disk_percent")));
    QVERIFY(outcome.details.contains(QStringLiteral("memory_percent")));
    QVERIFY(NotificationRepository(db.database()).recent(10)->isEmpty());
}

void TstHealthCheck::alertsOnEachExceededThreshold_data()
{
    QTest::addColumn<QByteArray>("key");
    QTest::addColumn<QString>("alertWord");
    QTest::newRow("disk") << QByteArray("health.max_disk_percent") << QStringLiteral("disk");
    QTest::newRow("memory") << QByteArray("health.max_memory_percent") << QStringLiteral("memory");
    QTest::newRow("database size")
        << QByteArray("health.max_database_mb") << QStringLiteral("database is");
}

void TstHealthCheck::alertsOnEachExceededThreshold()
{
    QFETCH(QByteArray, key);
    QFETCH(QString, alertWord);
    BFS_OPEN_TEST_DATABASE(db);
    relaxThresholds(db.database());
    setSetting(db.database(), key.constData(), "-1");

    const TaskOutcome outcome = runHealthCheck(db);

    QCOMPARE(outcome.status, RunStatus::Success);
    QCOMPARE(outcome.itemsProcessed, 1);
    QVERIFY2(outcome.message.contains(alertWord), qPrintable(outcome.message));
}

void TstHealthCheck::alertIsKeptInTheApp()
{
    BFS_OPEN_TEST_DATABASE(db);
    relaxThresholds(db.database());
    setSetting(db.database(), "health.max_disk_percent", "-1");

    runHealthCheck(db);

    const auto notifications = NotificationRepository(db.database()).recent(10);
    QVERIFY(notifications.ok());
    QCOMPARE(notifications->size(), 1);
    QVERIFY(notifications->first().title.startsWith(QStringLiteral("Health check")));
    QVERIFY(notifications->first().body.contains(QStringLiteral("disk")));
}

void TstHealthCheck::postsStuckInAutomatedStageAlert()
{
    BFS_OPEN_TEST_DATABASE(db);
    relaxThresholds(db.database());
    insertPost(db.database(), QStringLiteral("approved"), kNow.addSecs(-5 * 3600));
    insertPost(db.database(), QStringLiteral("approved"), kNow.addSecs(-1 * 3600));

    const TaskOutcome outcome = runHealthCheck(db);

    QCOMPARE(outcome.details.value(QStringLiteral("stuck_posts")).toInt(), 1);
    QVERIFY2(outcome.message.contains(QStringLiteral("1 post(s) stuck")),
             qPrintable(outcome.message));
}

void TstHealthCheck::postsWaitingOnPeopleAreNotStuck()
{
    BFS_OPEN_TEST_DATABASE(db);
    relaxThresholds(db.database());
    insertPost(db.database(), QStringLiteral("pending_approval"), kNow.addSecs(-30 * 3600));

    const TaskOutcome outcome = runHealthCheck(db);

    QCOMPARE(outcome.details.value(QStringLiteral("stuck_posts")).toInt(), 0);
    QCOMPARE(outcome.message, QStringLiteral("healthy"));
}

void TstHealthCheck::recentFailedRunsAlert()
{
    BFS_OPEN_TEST_DATABASE(db);
    relaxThresholds(db.database());
    insertRun(db.database(), QStringLiteral("failed"), kNow.addSecs(-10 * 60));
    insertRun(db.database(), QStringLiteral("failed"), kNow.addSecs(-10 * 3600));

    const TaskOutcome outcome = runHealthCheck(db);

    QCOMPARE(outcome.details.value(QStringLiteral("failed_runs")).toInt(), 1);
    QVERIFY2(outcome.message.contains(QStringLiteral("check_designs")),
             qPrintable(outcome.message));
}

QTEST_GUILESS_MAIN(TstHealthCheck)
#include "tst_healthcheck.moc"
