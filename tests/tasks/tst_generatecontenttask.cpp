#include <QtTest>

#include "repositories/officerepository.h"
#include "repositories/postrepository.h"
#include "settings/teamsettings.h"
#include "taskfixture.h"
#include "tasks/generatecontenttask.h"
#include "tasks/taskhelpers.h"

using namespace Bfs;

namespace {

// A Thursday: the coming week starts on Monday 2026-12-07.
const QDateTime kThursday(QDate(2026, 12, 3), QTime(16, 0), Qt::UTC);
const QDate kWeek(2026, 12, 7);

QList<Post> postsOfWeek(const DatabasePtr &database)
{
    PostFilter filter;
    filter.weekStart = kWeek;
    const auto posts = PostRepository(database).list(filter);
    return posts ? *posts : QList<Post>{};
}

} // namespace

class TstGenerateContentTask final : public QObject
{
    Q_OBJECT

private slots:

    void initTestCase_data() { Bfs::Test::addEngineRows(); }

    void makesTheWeekWithTheSpecMix();
    void secondRunNeverMakesASecondBatch_data();
    void secondRunNeverMakesASecondBatch();
    void topsUpAWeekThatWasCutShort();
    void comingWeekIsTheMondayOnOrAfterToday_data();
    void comingWeekIsTheMondayOnOrAfterToday();
};

void TstGenerateContentTask::makesTheWeekWithTheSpecMix()
{
    BFS_TASK_FIXTURE(fixture);
    QVERIFY(TeamSettings(fixture.database())
                .setValue(QStringLiteral("team.time_zone"), QStringLiteral("UTC")));
    GenerateContentTask task;

    const TaskOutcome outcome = fixture.run(task, kThursday);

    QVERIFY2(outcome.status == RunStatus::Success, qPrintable(outcome.message));
    QCOMPARE(outcome.itemsProcessed, 65);
    const QList<Post> posts = postsOfWeek(fixture.database());
    QCOMPARE(posts.size(), 65);
    QCOMPARE(fixture.countWithStatus(PostStatus::PendingApproval), 65);
    int videos = 0;
    int brand = 0;
    QMap<QString, int> perOffice;
    QSet<QString> accounts;
    for (const Post &post : posts) {
        videos += post.kind == PostKind::Video ? 1 : 0;
        // Exactly one owner: an office or a brand account.
        QCOMPARE(post.offices.size() + post.accounts.size(), 1);
        QVERIFY(!post.captions.isEmpty());
        brand += post.offices.isEmpty() ? 1 : 0;
        for (const QString &office : post.offices) {
            perOffice[office] += 1;
        }
        for (const QString &account : post.accounts) {
            accounts.insert(account);
        }
    }
    QCOMPARE(videos, 13);
    QCOMPARE(brand, 12);
    QCOMPARE(accounts.size(), 4);
    QCOMPARE(perOffice.size(), 26);
    for (auto it = perOffice.cbegin(); it != perOffice.cend(); ++it) {
        QVERIFY2(it.value() == 2 || it.value() == 3, qPrintable(it.key()));
    }
    QCOMPARE(fixture.notificationCount(QStringLiteral("info")), 1);
}

void TstGenerateContentTask::secondRunNeverMakesASecondBatch_data()
{
    QTest::addColumn<bool>("force");
    QTest::newRow("scheduled") << false;
    QTest::newRow("forced") << true;
}

void TstGenerateContentTask::secondRunNeverMakesASecondBatch()
{
    QFETCH(bool, force);
    BFS_TASK_FIXTURE(fixture);
    GenerateContentTask task;
    QCOMPARE(fixture.run(task, kThursday).itemsProcessed, 65);

    const TaskOutcome second = fixture.run(task, kThursday.addSecs(3600), force);

    QCOMPARE(second.status, RunStatus::Success);
    QCOMPARE(second.itemsProcessed, 0);
    QVERIFY2(second.message.contains(QLatin1String("nothing to add")), qPrintable(second.message));
    QCOMPARE(postsOfWeek(fixture.database()).size(), 65);
}

void TstGenerateContentTask::topsUpAWeekThatWasCutShort()
{
    BFS_TASK_FIXTURE(fixture);
    GenerateContentTask task;
    QCOMPARE(fixture.run(task, kThursday).itemsProcessed, 65);
    // A run that died after 45 posts: the 20 newest are gone.
    QVERIFY(fixture.exec(QStringLiteral("DELETE FROM content_library WHERE id > 45")));

    const TaskOutcome outcome = fixture.run(task, kThursday, true);

    QVERIFY2(outcome.status == RunStatus::Success, qPrintable(outcome.message));
    QCOMPARE(outcome.itemsProcessed, 20);
    const QList<Post> posts = postsOfWeek(fixture.database());
    QCOMPARE(posts.size(), 65);
    QMap<QString, int> perOffice;
    int videos = 0;
    for (const Post &post : posts) {
        videos += post.kind == PostKind::Video ? 1 : 0;
        for (const QString &office : post.offices) {
            perOffice[office] += 1;
        }
    }
    QCOMPARE(videos, 13);
    QCOMPARE(perOffice.size(), 26);
    for (auto it = perOffice.cbegin(); it != perOffice.cend(); ++it) {
        QVERIFY2(it.value() >= 2 && it.value() <= 3, qPrintable(it.key()));
    }
}

void TstGenerateContentTask::comingWeekIsTheMondayOnOrAfterToday_data()
{
    QTest::addColumn<QDateTime>("now");
    QTest::addColumn<QDate>("week");
    QTest::newRow("monday 06:00 is this week")
        << QDateTime(QDate(2026, 12, 7), QTime(6, 0), Qt::UTC) << QDate(2026, 12, 7);
    QTest::newRow("thursday is next monday") << kThursday << QDate(2026, 12, 7);
    QTest::newRow("sunday night is tomorrow")
        << QDateTime(QDate(2026, 12, 6), QTime(23, 30), Qt::UTC) << QDate(2026, 12, 7);
    QTest::newRow("tuesday is next monday")
        << QDateTime(QDate(2026, 12, 8), QTime(0, 1), Qt::UTC) << QDate(2026, 12, 14);
}

void TstGenerateContentTask::comingWeekIsTheMondayOnOrAfterToday()
{
    QFETCH(QDateTime, now);
    QFETCH(QDate, week);

    QCOMPARE(comingWeekStart(now, QTimeZone::utc()), week);
}

QTEST_MAIN(TstGenerateContentTask)
#include "tst_generatecontenttask.moc"
