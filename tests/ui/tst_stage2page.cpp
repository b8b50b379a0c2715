#include <QAbstractItemModelTester>
#include <QComboBox>
#include <QDir>
#include <QImage>
#include <QLabel>
#include <QLineEdit>
#include <QTableView>
#include <QtTest>

#include "models/postlistmodel.h"
#include "pages/stage2page.h"
#include "repositories/postrepository.h"
#include "repositories/statushistoryrepository.h"
#include "testdatabase.h"
#include "uitestsupport.h"
#include "widgets/decisionrunner.h"
#include "widgets/postqueue.h"

using namespace Bfs;
using namespace Bfs::Ui;

class TstStage2Page final : public QObject
{
    Q_OBJECT

public:
    static void initMain() { Test::isolateDesktopSettings(); }

private slots:

    void initTestCase_data() { Test::addEngineRows(); }

    void previewsEachPlatformWithItsImageSize();
    void reviewsDesignsFromKeyboardAlone();
    void asksForNewImagesWithAComment();
    void bulkApprovesSelectedDesigns();

private:
    static QList<qint64> insertDesigned(const Test::TestDatabase &db, const QStringList &titles);
    static std::unique_ptr<Stage2Page> openPage(const Test::TestDatabase &db, int expectedRows);
    static PostStatus statusOf(const DatabasePtr &database, qint64 id);
};

// Designed posts for Facebook (square) and Stories (portrait), with real
// PNG files of both sizes in the data dir.
QList<qint64> TstStage2Page::insertDesigned(const Test::TestDatabase &db, const QStringList &titles)
{
    QDir(db.dataDir()).mkpath(QStringLiteral("images"));
    QMap<ImageSize, QString> images;
    for (const ImageSize size : {ImageSize::Square, ImageSize::Portrait}) {
        QImage image(imageWidth(size) / 4, imageHeight(size) / 4, QImage::Format_RGB32);
        image.fill(size == ImageSize::Square ? Qt::darkBlue : Qt::darkGreen);
        const QString file = QStringLiteral("images/%1.png").arg(imageSizeKey(size));
        if (!image.save(QDir(db.dataDir()).filePath(file))) {
            return {};
        }
        images.insert(size, file);
    }
    QList<Post> posts;
    for (const QString &title : titles) {
        Post post = Test::sampleImagePost(title);
        post.platforms = {Platform::Facebook, Platform::Stories};
        post.captions = {{Platform::Facebook, title + QStringLiteral(" on Facebook")},
                         {Platform::Stories, title + QStringLiteral(" in Stories")}};
        post.imageSizes = {ImageSize::Square, ImageSize::Portrait};
        post.images = images;
        post.status = PostStatus::DesignComplete;
        posts.append(post);
    }
    return Test::insertPosts(db.database(), posts);
}

std::unique_ptr<Stage2Page> TstStage2Page::openPage(const Test::TestDatabase &db, int expectedRows)
{
    auto page = std::make_unique<Stage2Page>(UiContext{db.database(), db.dataDir(), nullptr});
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

PostStatus TstStage2Page::statusOf(const DatabasePtr &database, qint64 id)
{
    const auto post = PostRepository(database).find(id);
    return post ? post->status : PostStatus::PendingApproval;
}

void TstStage2Page::previewsEachPlatformWithItsImageSize()
{
    BFS_OPEN_TEST_DATABASE(db);
    QCOMPARE(insertDesigned(db, {QStringLiteral("Open house")}).size(), 1);
    auto page = openPage(db, 1);
    QVERIFY(page);

    QLabel *square = nullptr;
    QLabel *portrait = nullptr;
    QTRY_VERIFY_WITH_TIMEOUT(
        [&] {
            const auto labels = page->findChildren<QLabel *>();
            for (QLabel *label : labels) {
                if (label->accessibleName() == QStringLiteral("Facebook image")) {
                    square = label;
                } else if (label->accessibleName() == QStringLiteral("Stories image")) {
                    portrait = label;
                }
            }
            return square && portrait && !square->pixmap().isNull() && !portrait->pixmap().isNull();
        }(),
        5000);
    QCOMPARE(square->pixmap().width(), square->pixmap().height());
    QVERIFY(portrait->pixmap().height() > portrait->pixmap().width() * 3 / 2);
    const auto captions = page->findChildren<QLabel *>();
    const bool captionShown = std::any_of(captions.cbegin(), captions.cend(), [](QLabel *label) {
        return label->isVisible() && label->text() == QStringLiteral("Open house in Stories");
    });
    QVERIFY(captionShown);
}

void TstStage2Page::reviewsDesignsFromKeyboardAlone()
{
    BFS_OPEN_TEST_DATABASE(db);
    const auto ids = insertDesigned(db, {QStringLiteral("First"), QStringLiteral("Second")});
    QCOMPARE(ids.size(), 2);
    auto page = openPage(db, 2);
    QVERIFY(page);
    QTableView *view = page->queue()->view();

    QTest::keyClick(view, Qt::Key_A);
    QTRY_COMPARE_WITH_TIMEOUT(statusOf(db.database(), ids[0]), PostStatus::Approved, 5000);
    QTRY_COMPARE(page->queue()->model()->rowCount(), 1);

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
    QTest::keyClicks(comment, QStringLiteral("Logo is cut off"));
    QTest::keyClick(comment, Qt::Key_Return);
    QTRY_COMPARE_WITH_TIMEOUT(statusOf(db.database(), ids[1]), PostStatus::Rejected, 5000);
    const auto history = StatusHistoryRepository(db.database()).forPost(ids[1]);
    QVERIFY(history);
    QCOMPARE(history->constLast().reasonCode, chosenCode);
    QCOMPARE(history->constLast().comment, QStringLiteral("Logo is cut off"));
    QTRY_COMPARE(page->queue()->model()->rowCount(), 0);

    QTRY_VERIFY(page->decisions()->canUndo() && !page->decisions()->isBusy());
    QVERIFY(view->hasFocus());
    QTest::keyClick(view, Qt::Key_Z, Qt::ControlModifier);
    QTRY_COMPARE_WITH_TIMEOUT(statusOf(db.database(), ids[1]), PostStatus::DesignComplete, 5000);
    QTRY_COMPARE(page->queue()->model()->rowCount(), 1);
    QCOMPARE(page->queue()->currentPost()->id, ids[1]);
    QCOMPARE(statusOf(db.database(), ids[0]), PostStatus::Approved);
}

void TstStage2Page::asksForNewImagesWithAComment()
{
    BFS_OPEN_TEST_DATABASE(db);
    const auto ids = insertDesigned(db, {QStringLiteral("Redo")});
    auto page = openPage(db, 1);
    QVERIFY(page);
    auto *comment = page->findChild<QLineEdit *>(QStringLiteral("rejectComment"));
    QVERIFY(comment);

    // Without a comment the designer would not know what to change.
    QTest::keyClick(page->queue()->view(), Qt::Key_N);
    QTRY_VERIFY(comment->hasFocus());
    QTest::keyClick(comment, Qt::Key_Return);
    QVERIFY(comment->isVisible());
    QCOMPARE(statusOf(db.database(), ids[0]), PostStatus::DesignComplete);

    QTest::keyClicks(comment, QStringLiteral("Use the summer photo"));
    QTest::keyClick(comment, Qt::Key_Return);
    QTRY_COMPARE_WITH_TIMEOUT(statusOf(db.database(), ids[0]), PostStatus::PendingDesign, 5000);
    const auto history = StatusHistoryRepository(db.database()).forPost(ids[0]);
    QVERIFY(history);
    QCOMPARE(history->constLast().comment, QStringLiteral("Use the summer photo"));
    QTRY_COMPARE(page->queue()->model()->rowCount(), 0);
    auto *message = page->findChild<QLabel *>(QStringLiteral("reviewMessage"));
    QTRY_VERIFY(message->isVisible());
}

void TstStage2Page::bulkApprovesSelectedDesigns()
{
    BFS_OPEN_TEST_DATABASE(db);
    const auto ids = insertDesigned(
        db, {QStringLiteral("One"), QStringLiteral("Two"), QStringLiteral("Three")});
    auto page = openPage(db, 3);
    QVERIFY(page);

    QTest::keyClick(page->queue()->view(), Qt::Key_A, Qt::ControlModifier);
    QCOMPARE(page->queue()->selectedPosts().size(), 3);
    QTest::keyClick(page->queue()->view(), Qt::Key_A);

    for (const qint64 id : ids) {
        QTRY_COMPARE_WITH_TIMEOUT(statusOf(db.database(), id), PostStatus::Approved, 5000);
    }
    QTRY_COMPARE(page->queue()->model()->rowCount(), 0);
}

QTEST_MAIN(TstStage2Page)
#include "tst_stage2page.moc"
