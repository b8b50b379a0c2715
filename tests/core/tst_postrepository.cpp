#include <QTest>

#include "repositories/postrepository.h"
#include "testdatabase.h"
#include "testposts.h"

using namespace Bfs;

class TstPostRepository final : public QObject
{
    Q_OBJECT

private slots:

    void initTestCase_data() { Test::addEngineRows(); }

    void storesCaptionsExactly_data();
    void storesCaptionsExactly();
    void readsBackEveryFieldAndOwner();
    void filtersByStatusWeekAndSearch();
    void pagesThroughLargeLists();
    void refusesStaleCaptionEdit();
    void refusesUnknownOffice();
};

void TstPostRepository::storesCaptionsExactly_data()
{
    QTest::addColumn<QString>("caption");
    QTest::newRow("emoji") << QStringLiteral(
        "Save smarter 💰🎄 this season 👨‍👩‍👧‍👦");
    QTest::newRow("right-to-left") << QStringLiteral("وفر المال هذا الموسم — חסכו כסף העונה");
    QTest::newRow("quotes") << QStringLiteral("It's \"time\" to `plan` — don't wait; 'really'");
    QTest::newRow("sql-looking") << QStringLiteral(
        "'); DROP TABLE content_library; -- and 1=1 OR ''='");
    QTest::newRow("json-looking") << QStringLiteral("{\"captions\": [\"not\", \"json\"]}\\n");
    QTest::newRow("10000 characters") << QString(10000, QChar(0x00E9));
    QTest::newRow("newlines and tabs") << QStringLiteral("line one\nline two\r\n\tindented");
}

void TstPostRepository::storesCaptionsExactly()
{
    QFETCH(QString, caption);
    BFS_OPEN_TEST_DATABASE(db);
    Post post = Test::samplePost(PostKind::Image, caption.left(200));
    post.captions[Platform::Facebook] = caption;

    const qint64 id = Test::insertPost(db.database(), post);
    QVERIFY(id > 0);

    const auto stored = PostRepository(db.openAnother()).find(id);
    QVERIFY2(stored, qPrintable(stored.errorDetail()));
    QCOMPARE(stored->captions.value(Platform::Facebook), caption);
    QCOMPARE(stored->title, caption.left(200));
}

void TstPostRepository::readsBackEveryFieldAndOwner()
{
    BFS_OPEN_TEST_DATABASE(db);
    const Post post = Test::samplePost(PostKind::Video);
    const qint64 id = Test::insertPost(db.database(), post);

    const auto stored = PostRepository(db.database()).find(id);
    QVERIFY2(stored, qPrintable(stored.errorDetail()));
    QCOMPARE(stored->kind, PostKind::Video);
    QCOMPARE(stored->status, PostStatus::PendingApproval);
    QCOMPARE(stored->weekStart, QDate(2026, 12, 7));
    QCOMPARE(stored->offices, QStringList{QStringLiteral("Erie")});
    QCOMPARE(stored->platforms, post.platforms);
    QCOMPARE(stored->videoConcept, post.videoConcept);
    QCOMPARE(stored->videoScript, post.videoScript);
    QCOMPARE(stored->version, 1);
    QVERIFY(stored->createdAt.isValid());
    QCOMPARE(stored->createdAt.timeSpec(), Qt::UTC);
}

void TstPostRepository::filtersByStatusWeekAndSearch()
{
    BFS_OPEN_TEST_DATABASE(db);
    Test::insertPost(db.database(),
                     Test::samplePost(PostKind::Image, QStringLiteral("Fraud awareness week")));
    Post other = Test::samplePost(PostKind::Video, QStringLiteral("Meet the Erie team"));
    other.weekStart = QDate(2026, 12, 14);
    Test::insertPost(db.database(), other);

    PostRepository posts(db.database());
    PostFilter byWeek;
    byWeek.weekStart = QDate(2026, 12, 14);
    QCOMPARE(posts.list(byWeek)->size(), 1);

    PostFilter bySearch;
    bySearch.search = QStringLiteral("FRAUD");
    QCOMPARE(posts.list(bySearch)->first().title, QStringLiteral("Fraud awareness week"));

    PostFilter byKind;
    byKind.kind = PostKind::Video;
    QCOMPARE(*posts.count(byKind), 1);
    QCOMPARE(posts.countByStatus()->value(PostStatus::PendingApproval), 2);
}

void TstPostRepository::pagesThroughLargeLists()
{
    BFS_OPEN_TEST_DATABASE(db);
    for (int i = 0; i < 25; ++i) {
        Test::insertPost(db.database(),
                         Test::samplePost(PostKind::Image, QStringLiteral("Post %1").arg(i)));
    }

    PostFilter page;
    page.limit = 10;
    page.offset = 20;
    const auto posts = PostRepository(db.database()).list(page);
    QVERIFY(posts);
    QCOMPARE(posts->size(), 5);
    QCOMPARE(posts->first().title, QStringLiteral("Post 20"));
}

void TstPostRepository::refusesStaleCaptionEdit()
{
    BFS_OPEN_TEST_DATABASE(db);
    const qint64 id = Test::insertPost(db.database(), Test::samplePost(PostKind::Image));
    PostRepository mine(db.database());
    PostRepository theirs(db.openAnother());

    QVERIFY(theirs.updateCaptions(
        id, 1, {{Platform::Facebook, QStringLiteral("Their edit")}}, QStringLiteral("Dana")));
    const auto stale = mine.updateCaptions(
        id, 1, {{Platform::Facebook, QStringLiteral("My edit")}}, QStringLiteral("Sam"));

    QVERIFY(!stale);
    QCOMPARE(stale.errorCode(), ErrorCode::StaleVersion);
    QVERIFY2(stale.errorDetail().contains(QLatin1String("changed by Dana at")),
             qPrintable(stale.errorDetail()));
    QCOMPARE(mine.find(id)->captions.value(Platform::Facebook), QStringLiteral("Their edit"));
}

void TstPostRepository::refusesUnknownOffice()
{
    BFS_OPEN_TEST_DATABASE(db);
    Post post = Test::samplePost(PostKind::Image);
    post.offices = {QStringLiteral("Atlantis")};

    const auto id = PostRepository(db.database()).insert(post);

    QVERIFY(!id);
    QVERIFY(id.errorDetail().contains(QLatin1String("Atlantis")));
    QCOMPARE(*PostRepository(db.database()).count({}), 0);
}

QTEST_GUILESS_MAIN(TstPostRepository)
#include "tst_postrepository.moc"
