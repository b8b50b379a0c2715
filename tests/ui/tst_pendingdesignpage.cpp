#include <QAbstractItemModelTester>
#include <QDir>
#include <QDropEvent>
#include <QImage>
#include <QLabel>
#include <QMimeData>
#include <QTableView>
#include <QUrl>
#include <QtTest>

#include "models/postlistmodel.h"
#include "pages/pendingdesignpage.h"
#include "repositories/postrepository.h"
#include "testdatabase.h"
#include "uitestsupport.h"
#include "widgets/postqueue.h"

using namespace Bfs;
using namespace Bfs::Ui;

class TstPendingDesignPage final : public QObject
{
    Q_OBJECT

public:
    static void initMain() { Test::isolateDesktopSettings(); }

private slots:

    void initTestCase_data() { Test::addEngineRows(); }

    void droppedImagesCompleteTheDesign();
    void dropOfANonImageIsReported();

private:
    static std::unique_ptr<PendingDesignPage> openPage(const Test::TestDatabase &db,
                                                       int expectedRows);
    static QString writeImage(const QString &dir, const QString &name, QSize size);
    // Drags `file` onto the first row of the queue, as a file manager would.
    static bool dropOnFirstRow(PendingDesignPage *page, const QString &file);
    static std::optional<Post> find(const DatabasePtr &database, qint64 id);
};

std::unique_ptr<PendingDesignPage> TstPendingDesignPage::openPage(const Test::TestDatabase &db,
                                                                  int expectedRows)
{
    auto page = std::make_unique<PendingDesignPage>(
        UiContext{db.database(), db.dataDir(), nullptr});
    new QAbstractItemModelTester(page->findChild<PostQueue *>()->model(),
                                 QAbstractItemModelTester::FailureReportingMode::QtTest,
                                 page.get());
    page->resize(1000, 700);
    page->show();
    if (!QTest::qWaitForWindowExposed(page.get())) {
        return nullptr;
    }
    page->refresh();
    PostQueue *queue = page->findChild<PostQueue *>();
    if (!QTest::qWaitFor([&] { return queue->model()->rowCount() == expectedRows; }, 5000)) {
        return nullptr;
    }
    return page;
}

QString TstPendingDesignPage::writeImage(const QString &dir, const QString &name, QSize size)
{
    QImage image(size, QImage::Format_RGB32);
    image.fill(Qt::darkCyan);
    const QString file = QDir(dir).filePath(name);
    return image.save(file) ? file : QString();
}

bool TstPendingDesignPage::dropOnFirstRow(PendingDesignPage *page, const QString &file)
{
    QTableView *view = page->findChild<PostQueue *>()->view();
    const QPoint target = view->visualRect(view->model()->index(0, 0)).center();
    QMimeData mime;
    mime.setUrls({QUrl::fromLocalFile(file)});
    QDragEnterEvent enter(target, Qt::CopyAction, &mime, Qt::LeftButton, Qt::NoModifier);
    QApplication::sendEvent(view->viewport(), &enter);
    if (!enter.isAccepted()) {
        return false;
    }
    QDropEvent drop(QPointF(target), Qt::CopyAction, &mime, Qt::LeftButton, Qt::NoModifier);
    QApplication::sendEvent(view->viewport(), &drop);
    return drop.isAccepted();
}

std::optional<Post> TstPendingDesignPage::find(const DatabasePtr &database, qint64 id)
{
    auto post = PostRepository(database).find(id);
    return post ? std::optional<Post>(*post) : std::nullopt;
}

void TstPendingDesignPage::droppedImagesCompleteTheDesign()
{
    BFS_OPEN_TEST_DATABASE(db);
    Post post = Test::sampleImagePost(QStringLiteral("Designer's choice"));
    post.platforms = {Platform::Facebook, Platform::Stories};
    post.captions = {{Platform::Facebook, QStringLiteral("Come by")},
                     {Platform::Stories, QStringLiteral("Swipe up")}};
    post.imageSizes = {ImageSize::Square, ImageSize::Portrait};
    post.status = PostStatus::PendingDesign;
    const auto ids = Test::insertPosts(db.database(), {post});
    QCOMPARE(ids.size(), 1);
    auto page = openPage(db, 1);
    QVERIFY(page);
    QTemporaryDir drops;
    auto *message = page->findChild<QLabel *>(QStringLiteral("designMessage"));

    // A tall file fills the portrait size; the square one is still missing.
    QVERIFY(dropOnFirstRow(page.get(),
                           writeImage(drops.path(), QStringLiteral("tall.png"), {270, 480})));
    QTRY_VERIFY_WITH_TIMEOUT(find(db.database(), ids[0])->images.contains(ImageSize::Portrait),
                             5000);
    QCOMPARE(find(db.database(), ids[0])->status, PostStatus::PendingDesign);
    QTRY_VERIFY(message->text().contains(QStringLiteral("Image stored")));

    QTRY_COMPARE(page->findChild<PostQueue *>()->model()->rowCount(), 1);
    QVERIFY(
        dropOnFirstRow(page.get(), writeImage(drops.path(), QStringLiteral("sq.png"), {400, 400})));
    QTRY_COMPARE_WITH_TIMEOUT(
        find(db.database(), ids[0])->status, PostStatus::DesignComplete, 5000);
    QTRY_VERIFY(message->text().contains(QStringLiteral("ready for Stage 2")));
    QTRY_COMPARE(page->findChild<PostQueue *>()->model()->rowCount(), 0);
    const QImage stored(find(db.database(), ids[0])->images.value(ImageSize::Square));
    QCOMPARE(stored.size(), QSize(400, 400));
}

void TstPendingDesignPage::dropOfANonImageIsReported()
{
    BFS_OPEN_TEST_DATABASE(db);
    Post post = Test::sampleImagePost(QStringLiteral("Not a picture"));
    post.status = PostStatus::PendingDesign;
    const auto ids = Test::insertPosts(db.database(), {post});
    auto page = openPage(db, 1);
    QVERIFY(page);
    QTemporaryDir drops;
    QFile text(QDir(drops.path()).filePath(QStringLiteral("notes.txt")));
    QVERIFY(text.open(QIODevice::WriteOnly));
    text.write("not an image");
    text.close();
    auto *message = page->findChild<QLabel *>(QStringLiteral("designMessage"));

    QVERIFY(dropOnFirstRow(page.get(), text.fileName()));
    QTRY_VERIFY_WITH_TIMEOUT(
        !message->text().isEmpty() && !message->text().startsWith(QStringLiteral("Storing")), 5000);
    QCOMPARE(find(db.database(), ids[0])->status, PostStatus::PendingDesign);
    QVERIFY(find(db.database(), ids[0])->images.isEmpty());
}

QTEST_MAIN(TstPendingDesignPage)
#include "tst_pendingdesignpage.moc"
