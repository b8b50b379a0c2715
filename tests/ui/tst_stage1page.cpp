#include <QAbstractItemModelTester>
#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QTableView>
#include <QtTest>

#include "models/postlistmodel.h"
#include "pages/stage1page.h"
#include "repositories/postrepository.h"
#include "repositories/statushistoryrepository.h"
#include "testdatabase.h"
#include "uitestsupport.h"
#include "widgets/decisionrunner.h"
#include "widgets/postqueue.h"
#include "widgets/rejectbar.h"

using namespace Bfs;
using namespace Bfs::Ui;

class TstStage1Page final : public QObject
{
    Q_OBJECT

public:
    static void initMain() { Test::isolateDesktopSettings(); }

private slots:

    void initTestCase_data() { Test::addEngineRows(); }

    void reviewsQueueFromKeyboardAlone();
    void bulkApprovesSelectedPosts();
    void refusesApprovalWhileCaptionOverLimit();
    void staleApprovalNamesWhoChangedThePost();

private:
    static std::unique_ptr<Stage1Page> openPage(const Test::TestDatabase &db, int expectedRows);
    static PostStatus statusOf(const DatabasePtr &database, qint64 id);
};

std::unique_ptr<Stage1Page> TstStage1Page::openPage(const Test::TestDatabase &db, int expectedRows)
{
    auto page = std::make_unique<Stage1Page>(UiContext{db.database(), db.dataDir(), nullptr});
    new QAbstractItemModelTester(
        page->queue()->model(), QAbstractItemModelTester::FailureReportingMode::QtTest, page.get());
    page->resize(1200, 800);
    page->show();
    page->activateWindow();
    if (!QTest::qWaitForWindowActive(page.get())) {
        return nullptr;
    }
    page->refresh();
    if (!QTest::qWaitFor([&] { return page->queue()->model()->rowCount() == expectedRows; },
                         5000)) {
        return nullptr;
    }
    page->queue()->view()->setFocus();
    return page;
}

PostStatus TstStage1Page::statusOf(const DatabasePtr &database, qint64 id)
{
    const auto post = PostRepository(database).find(id);
    return post ? post->status : PostStatus::PendingApproval;
}

void TstStage1Page::reviewsQueueFromKeyboardAlone()
{
    BFS_OPEN_TEST_DATABASE(db);
    const auto ids = Test::insertPosts(db.database(),
                                       {Test::sampleImagePost(QStringLiteral("First")),
                                        Test::sampleImagePost(QStringLiteral("Second")),
                                        Test::sampleImagePost(QStringLiteral("Third"))});
    QCOMPARE(ids.size(), 3);
    auto page = openPage(db, 3);
    QVERIFY(page);
    QTableView *view = page->queue()->view();

    QTest::keyClick(view, Qt::Key_A);
    QTRY_COMPARE_WITH_TIMEOUT(statusOf(db.database(), ids[0]), PostStatus::PendingDesign, 5000);
    QTRY_COMPARE(page->queue()->model()->rowCount(), 2);

    QTest::keyClick(view, Qt::Key_R);
    auto *reason = page->findChild<QComboBox *>(QStringLiteral("rejectReason"));
    QVERIFY(reason);
    QTRY_VERIFY(reason->hasFocus());
    QTest::keyClick(reason, Qt::Key_Down);
    const QString chosenCode = reason->currentData().toString();
    QVERIFY(!chosenCode.isEmpty());
    QTest::keyClick(reason, Qt::Key_Tab);
    auto *comment = page->findChild<QLineEdit *>(QStringLiteral("rejectComment"));
    QVERIFY(comment->hasFocus());
    QTest::keyClicks(comment, QStringLiteral("Wrong office"));
    QTest::keyClick(comment, Qt::Key_Return);
    QTRY_COMPARE_WITH_TIMEOUT(statusOf(db.database(), ids[1]), PostStatus::Rejected, 5000);
    const auto history = StatusHistoryRepository(db.database()).forPost(ids[1]);
    QVERIFY(history);
    QCOMPARE(history->constLast().reasonCode, chosenCode);
    QCOMPARE(history->constLast().comment, QStringLiteral("Wrong office"));

    QTRY_VERIFY(page->decisions()->canUndo() && !page->decisions()->isBusy());
    QVERIFY(view->hasFocus());
    QTest::keyClick(view, Qt::Key_Z, Qt::ControlModifier);
    QTRY_COMPARE_WITH_TIMEOUT(statusOf(db.database(), ids[1]), PostStatus::PendingApproval, 5000);
    QTRY_COMPARE(page->queue()->model()->rowCount(), 2);
    QCOMPARE(statusOf(db.database(), ids[0]), PostStatus::PendingDesign);
}

void TstStage1Page::bulkApprovesSelectedPosts()
{
    BFS_OPEN_TEST_DATABASE(db);
    QList<Post> posts;
    for (int i = 0; i < 5; ++i) {
        posts.append(Test::sampleImagePost(QStringLiteral("Post %1").arg(i)));
    }
    const auto ids = Test::insertPosts(db.database(), posts);
    auto page = openPage(db, 5);
    QVERIFY(page);

    QTest::keyClick(page->queue()->view(), Qt::Key_A, Qt::ControlModifier);
    QCOMPARE(page->queue()->selectedPosts().size(), 5);
    QTest::keyClick(page->queue()->view(), Qt::Key_A);

    for (const qint64 id : ids) {
        QTRY_COMPARE_WITH_TIMEOUT(statusOf(db.database(), id), PostStatus::PendingDesign, 5000);
    }
    QTRY_COMPARE(page->queue()->model()->rowCount(), 0);
}

void TstStage1Page::refusesApprovalWhileCaptionOverLimit()
{
    BFS_OPEN_TEST_DATABASE(db);
    const auto ids = Test::insertPosts(db.database(),
                                       {Test::sampleImagePost(QStringLiteral("Long"))});
    auto page = openPage(db, 1);
    QVERIFY(page);
    auto *twitter = page->findChild<QPlainTextEdit *>(QStringLiteral("caption_twitter"));
    QVERIFY(twitter);
    twitter->setPlainText(QString(300, QLatin1Char('x')));
    auto *length = page->findChild<QLabel *>(QStringLiteral("length_twitter"));
    QCOMPARE(length->text(), QStringLiteral("300 / 280"));

    page->queue()->view()->setFocus();
    QTest::keyClick(page->queue()->view(), Qt::Key_A);

    auto *message = page->findChild<QLabel *>(QStringLiteral("reviewMessage"));
    QVERIFY(message->isVisible());
    QVERIFY2(message->text().contains(QStringLiteral("280")), qPrintable(message->text()));
    QVERIFY(!page->decisions()->isBusy());
    QCOMPARE(statusOf(db.database(), ids[0]), PostStatus::PendingApproval);
}

void TstStage1Page::staleApprovalNamesWhoChangedThePost()
{
    BFS_OPEN_TEST_DATABASE(db);
    const auto ids = Test::insertPosts(db.database(),
                                       {Test::sampleImagePost(QStringLiteral("Race"))});
    auto page = openPage(db, 1);
    QVERIFY(page);

    const DatabasePtr otherDesktop = db.openAnother();
    QVERIFY(otherDesktop);
    const Post before = *PostRepository(otherDesktop).find(ids[0]);
    QMap<Platform, QString> captions = before.captions;
    captions[Platform::Facebook] = QStringLiteral("Alice's better caption");
    QVERIFY(PostRepository(otherDesktop)
                .updateCaptions(ids[0], before.version, captions, QStringLiteral("Alice")));

    QTest::keyClick(page->queue()->view(), Qt::Key_A);

    auto *message = page->findChild<QLabel *>(QStringLiteral("reviewMessage"));
    QTRY_VERIFY_WITH_TIMEOUT(message->text().contains(QStringLiteral("Alice")), 5000);
    QCOMPARE(statusOf(db.database(), ids[0]), PostStatus::PendingApproval);
    auto *facebook = page->findChild<QPlainTextEdit *>(QStringLiteral("caption_facebook"));
    QTRY_COMPARE(facebook->toPlainText(), QStringLiteral("Alice's better caption"));

    // The reloaded copy is current, so a second try goes through.
    QTest::keyClick(page->queue()->view(), Qt::Key_A);
    QTRY_COMPARE_WITH_TIMEOUT(statusOf(db.database(), ids[0]), PostStatus::PendingDesign, 5000);
}

QTEST_MAIN(TstStage1Page)
#include "tst_stage1page.moc"
