#include <QtTest>

#include "taskfixture.h"
#include "tasks/checkapprovalstask.h"

using namespace Bfs;

class TstCheckApprovalsTask final : public QObject
{
    Q_OBJECT

private slots:

    void initTestCase_data() { Bfs::Test::addEngineRows(); }

    void remindsAndEscalatesOncePerThreshold();
};

void TstCheckApprovalsTask::remindsAndEscalatesOncePerThreshold()
{
    BFS_TASK_FIXTURE(fixture);
    QVERIFY(fixture.addPost(PostKind::Image, QStringLiteral("Budget tips")) > 0);
    QVERIFY(fixture.addPost(PostKind::Video, QStringLiteral("Meet the team")) > 0);
    const QDateTime created = QDateTime::currentDateTimeUtc();
    CheckApprovalsTask task;

    QCOMPARE(fixture.run(task, created.addSecs(3600)).itemsProcessed, 0);
    QCOMPARE(fixture.notificationCount(), 0);

    const TaskOutcome reminded = fixture.run(task, created.addSecs(25 * 3600));
    QCOMPARE(reminded.itemsProcessed, 2);
    QCOMPARE(fixture.notificationCount(QStringLiteral("reminder")), 1);

    QCOMPARE(fixture.run(task, created.addSecs(26 * 3600)).itemsProcessed, 0);
    QCOMPARE(fixture.notificationCount(QStringLiteral("reminder")), 1);

    const TaskOutcome escalated = fixture.run(task, created.addSecs(49 * 3600));
    QCOMPARE(escalated.itemsProcessed, 2);
    QCOMPARE(escalated.details.value(QLatin1String("escalations")).toInt(), 2);
    QCOMPARE(fixture.notificationCount(QStringLiteral("escalation")), 1);

    QCOMPARE(fixture.run(task, created.addSecs(60 * 3600)).itemsProcessed, 0);
    QCOMPARE(fixture.notificationCount(), 2);
}

QTEST_MAIN(TstCheckApprovalsTask)
#include "tst_checkapprovalstask.moc"
