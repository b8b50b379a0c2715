#include <QAbstractItemModelTester>
#include <QListView>
#include <QSortFilterProxyModel>
#include <QUndoStack>
#include <QtTest>

#include "repositories/postrepository.h"
#include "repositories/releaserepository.h"
#include "testdatabase.h"
#include "uitestsupport.h"
#include "videos/sortertreemodel.h"
#include "videos/sortertreeview.h"
#include "videos/sorterview.h"
#include "videos/unsortedclipmodel.h"
#include "videos/videosorter.h"
#include "videotestsupport.h"

using namespace Bfs;
using namespace Bfs::Ui;
using namespace Qt::StringLiterals;
using Level = SorterTreeModel::Level;

namespace {

constexpr int kTimeoutMs = 10000;

const QStringList kClipNames = {QStringLiteral("Erie_Reels.mp4"),
                                QStringLiteral("Fort Wayne_TikTok.mp4"),
                                QStringLiteral("Erie_Shorts.mp4")};

qint64 addRelease(const DatabasePtr &database, qint64 postId, const QString &name)
{
    const auto id = ReleaseRepository(database).insert({0, postId, name, {}, {}, {}});
    return id ? *id : 0;
}

PostStatus statusOf(const DatabasePtr &database, qint64 postId)
{
    const auto post = PostRepository(database).find(postId);
    return post ? post->status : PostStatus::Rejected;
}

} // namespace

class TstVideoSorter final : public QObject
{
    Q_OBJECT

public:
    static void initMain() { Test::isolateDesktopSettings(); }

private slots:

    void initTestCase_data() { Test::addEngineRows(); }

    void dropOnEachTreeLevelPlacesTheClip_data();
    void dropOnEachTreeLevelPlacesTheClip();
    void dragThroughTheViewsSortsAndUnsorts();
    void multiClipDropSortsAllAndMovesPostToLibrary();
    void dropOnAnotherPostIsRefusedWithItsReason();
    void undoAndRedoRestoreEveryPlacement();
    void dropOnPostWithSeveralReleasesAsksWhichOne();

private:
    static bool dropOn(VideoSorter &sorter,
                       const QList<qint64> &clipIds,
                       const QModelIndex &target);
};

bool TstVideoSorter::dropOn(VideoSorter &sorter,
                            const QList<qint64> &clipIds,
                            const QModelIndex &target)
{
    QModelIndexList indexes;
    for (const qint64 id : clipIds) {
        indexes.append(sorter.unsortedModel()->indexOfClip(id));
    }
    std::unique_ptr<QMimeData> mime(sorter.unsortedModel()->mimeData(indexes));
    SorterTreeModel *tree = sorter.treeModel();
    return mime && tree->canDropMimeData(mime.get(), Qt::MoveAction, -1, 0, target)
           && tree->dropMimeData(mime.get(), Qt::MoveAction, -1, 0, target);
}

void TstVideoSorter::dropOnEachTreeLevelPlacesTheClip_data()
{
    QTest::addColumn<int>("level");
    QTest::addColumn<QString>("office");
    QTest::addColumn<QString>("platform");

    // Office and platform come from the file name unless the drop names them.
    QTest::newRow("post, making its first release") << int(Level::Post) << u"Erie"_s << u"Reels"_s;
    QTest::newRow("release") << int(Level::Release) << u"Erie"_s << u"Reels"_s;
    QTest::newRow("office") << int(Level::Office) << u"Fort Wayne"_s << u"Reels"_s;
    QTest::newRow("platform") << int(Level::Platform) << u"Fort Wayne"_s << u"TikTok"_s;
}

void TstVideoSorter::dropOnEachTreeLevelPlacesTheClip()
{
    QFETCH(int, level);
    QFETCH(QString, office);
    QFETCH(QString, platform);
    BFS_OPEN_TEST_DATABASE(db);
    QList<qint64> clips;
    const qint64 postId = Test::insertVideoPost(
        db.database(), u"Harbour walk"_s, {u"Erie"_s, u"Fort Wayne"_s}, kClipNames, &clips);
    QVERIFY(postId != 0);
    const bool onPost = Level(level) == Level::Post;
    const qint64 releaseId = onPost ? 0 : addRelease(db.database(), postId, u"Launch"_s);

    VideoSorter sorter(db.database());
    QAbstractItemModelTester unsortedTester(sorter.unsortedModel());
    QAbstractItemModelTester treeTester(sorter.treeModel());
    sorter.reload();
    QTRY_COMPARE_WITH_TIMEOUT(sorter.unsortedModel()->rowCount(), 3, kTimeoutMs);

    SorterTreeModel *tree = sorter.treeModel();
    QModelIndex target = tree->findNode(Level::Post, postId);
    if (!onPost) {
        target = tree->findNode(Level::Release, releaseId, target);
    }
    if (Level(level) >= Level::Office) {
        target = tree->findNode(
            Level::Office, Test::officeId(db.database(), u"Fort Wayne"_s), target);
    }
    if (Level(level) == Level::Platform) {
        target = tree->findPlatform(target, u"TikTok"_s);
    }
    QVERIFY(target.isValid());
    QVERIFY(dropOn(sorter, {clips.at(0)}, target));
    QTRY_VERIFY_WITH_TIMEOUT(!sorter.isBusy(), kTimeoutMs);

    const VideoClip placed = Test::clipNow(db.database(), clips.at(0));
    const auto releases = ReleaseRepository(db.database()).forPost(postId);
    QCOMPARE(releases->size(), 1);
    QCOMPARE(placed.releaseId, releases->constFirst().id);
    QCOMPARE(releases->constFirst().name, onPost ? u"Release 1"_s : u"Launch"_s);
    QCOMPARE(placed.officeName, office);
    QCOMPARE(placed.platform, platform);
    QCOMPARE(sorter.unsortedModel()->rowCount(), 2);
    QVERIFY(!sorter.unsortedModel()->indexOfClip(clips.at(0)).isValid());
    QVERIFY(tree->findNode(Level::Clip, clips.at(0)).isValid());
}

void TstVideoSorter::dragThroughTheViewsSortsAndUnsorts()
{
    BFS_OPEN_TEST_DATABASE(db);
    QList<qint64> clips;
    const qint64 postId = Test::insertVideoPost(
        db.database(), u"Harbour walk"_s, {u"Erie"_s}, kClipNames, &clips);
    const qint64 releaseId = addRelease(db.database(), postId, u"Launch"_s);
    SorterView view(db.database());
    view.resize(1100, 700);
    view.show();
    QVERIFY(QTest::qWaitForWindowExposed(&view));
    view.reload();
    QTRY_COMPARE_WITH_TIMEOUT(view.grid()->model()->rowCount(), 3, kTimeoutMs);

    // Two clips selected in the grid, dropped on the release row of the tree.
    QAbstractItemModel *grid = view.grid()->model();
    std::unique_ptr<QMimeData> mime(grid->mimeData({grid->index(0, 0), grid->index(2, 0)}));
    const QModelIndex release = view.sorter()->treeModel()->findNode(Level::Release, releaseId);
    view.tree()->scrollTo(release);
    const QPoint at = view.tree()->visualRect(release).center();
    QDragEnterEvent enter(at, Qt::MoveAction, mime.get(), Qt::LeftButton, Qt::NoModifier);
    QApplication::sendEvent(view.tree()->viewport(), &enter);
    QDragMoveEvent move(at, Qt::MoveAction, mime.get(), Qt::LeftButton, Qt::NoModifier);
    QApplication::sendEvent(view.tree()->viewport(), &move);
    QVERIFY(move.isAccepted());
    QDropEvent drop(QPointF(at), Qt::MoveAction, mime.get(), Qt::LeftButton, Qt::NoModifier);
    QApplication::sendEvent(view.tree()->viewport(), &drop);
    QTRY_COMPARE_WITH_TIMEOUT(grid->rowCount(), 1, kTimeoutMs);
    QCOMPARE(Test::clipNow(db.database(), clips.at(0)).releaseId, releaseId);
    QCOMPARE(Test::clipNow(db.database(), clips.at(2)).releaseId, releaseId);

    // One of them dragged from the tree back onto the grid.
    QTRY_VERIFY_WITH_TIMEOUT(!view.sorter()->isBusy(), kTimeoutMs);
    SorterTreeModel *tree = view.sorter()->treeModel();
    std::unique_ptr<QMimeData> back(tree->mimeData({tree->findNode(Level::Clip, clips.at(2))}));
    const QPoint empty(view.grid()->viewport()->width() - 5, view.grid()->viewport()->height() - 5);
    QDragEnterEvent enterGrid(empty, Qt::MoveAction, back.get(), Qt::LeftButton, Qt::NoModifier);
    QApplication::sendEvent(view.grid()->viewport(), &enterGrid);
    QDragMoveEvent moveGrid(empty, Qt::MoveAction, back.get(), Qt::LeftButton, Qt::NoModifier);
    QApplication::sendEvent(view.grid()->viewport(), &moveGrid);
    QVERIFY(moveGrid.isAccepted());
    QDropEvent dropGrid(QPointF(empty), Qt::MoveAction, back.get(), Qt::LeftButton, Qt::NoModifier);
    QApplication::sendEvent(view.grid()->viewport(), &dropGrid);
    QTRY_COMPARE_WITH_TIMEOUT(grid->rowCount(), 2, kTimeoutMs);
    QCOMPARE(Test::clipNow(db.database(), clips.at(2)).releaseId, 0);
    QCOMPARE(Test::clipNow(db.database(), clips.at(0)).releaseId, releaseId);
}

void TstVideoSorter::multiClipDropSortsAllAndMovesPostToLibrary()
{
    BFS_OPEN_TEST_DATABASE(db);
    QList<qint64> clips;
    const qint64 postId = Test::insertVideoPost(
        db.database(), u"Harbour walk"_s, {u"Erie"_s, u"Fort Wayne"_s}, kClipNames, &clips);
    const qint64 releaseId = addRelease(db.database(), postId, u"Launch"_s);
    VideoSorter sorter(db.database());
    QAbstractItemModelTester tester(sorter.treeModel());
    QSignalSpy library(&sorter, &VideoSorter::postMovedToLibrary);
    sorter.reload();
    QTRY_COMPARE_WITH_TIMEOUT(sorter.unsortedModel()->rowCount(), 3, kTimeoutMs);

    QVERIFY(dropOn(sorter, clips, sorter.treeModel()->findNode(Level::Release, releaseId)));
    QTRY_COMPARE_WITH_TIMEOUT(library.size(), 1, kTimeoutMs);
    QTRY_VERIFY_WITH_TIMEOUT(!sorter.isBusy(), kTimeoutMs);

    for (const qint64 id : clips) {
        QCOMPARE(Test::clipNow(db.database(), id).releaseId, releaseId);
    }
    QCOMPARE(sorter.unsortedModel()->rowCount(), 0);
    QCOMPARE(statusOf(db.database(), postId), PostStatus::VideoLibrary);
    QCOMPARE(sorter.undoStack()->count(), 1);
    QCOMPARE(Test::clipNow(db.database(), clips.at(1)).officeName, u"Fort Wayne"_s);
}

void TstVideoSorter::dropOnAnotherPostIsRefusedWithItsReason()
{
    BFS_OPEN_TEST_DATABASE(db);
    QList<qint64> ours;
    QList<qint64> theirs;
    const qint64 postId = Test::insertVideoPost(
        db.database(), u"Harbour walk"_s, {u"Erie"_s}, {u"Erie_Reels.mp4"_s}, &ours);
    Test::insertVideoPost(
        db.database(), u"Budget tips"_s, {u"Akron"_s}, {u"Akron_TikTok.mp4"_s}, &theirs);
    const qint64 releaseId = addRelease(db.database(), postId, u"Launch"_s);
    SorterView view(db.database());
    view.resize(1100, 700);
    view.show();
    QVERIFY(QTest::qWaitForWindowExposed(&view));
    VideoSorter *sorter = view.sorter();
    QSignalSpy refused(sorter->treeModel(), &SorterTreeModel::dropRefused);
    view.reload();
    QTRY_COMPARE_WITH_TIMEOUT(sorter->unsortedModel()->rowCount(), 2, kTimeoutMs);

    const QModelIndex release = sorter->treeModel()->findNode(Level::Release, releaseId);
    std::unique_ptr<QMimeData> mime(clipIdsMimeData({theirs.at(0)}));
    QVERIFY(!sorter->treeModel()->canDropMimeData(mime.get(), Qt::MoveAction, -1, 0, release));
    QVERIFY(!sorter->treeModel()->dropMimeData(mime.get(), Qt::MoveAction, -1, 0, release));
    QCOMPARE(refused.size(), 1);
    QVERIFY2(refused.at(0).at(0).toString().contains(u"Akron_TikTok.mp4"_s),
             qPrintable(refused.at(0).at(0).toString()));

    // Through the view the reason appears where the clip was dropped.
    view.tree()->scrollTo(release);
    const QPoint at = view.tree()->visualRect(release).center();
    QDragEnterEvent enter(at, Qt::MoveAction, mime.get(), Qt::LeftButton, Qt::NoModifier);
    QApplication::sendEvent(view.tree()->viewport(), &enter);
    QDragMoveEvent move(at, Qt::MoveAction, mime.get(), Qt::LeftButton, Qt::NoModifier);
    QApplication::sendEvent(view.tree()->viewport(), &move);
    QVERIFY(!move.isAccepted());
    QVERIFY(view.tree()->isRefusalVisible());
    QDropEvent drop(QPointF(at), Qt::MoveAction, mime.get(), Qt::LeftButton, Qt::NoModifier);
    QApplication::sendEvent(view.tree()->viewport(), &drop);
    QVERIFY(view.tree()->isRefusalVisible());
    QVERIFY(view.tree()->refusalText().contains(u"Budget tips"_s));
    QCOMPARE(Test::clipNow(db.database(), theirs.at(0)).releaseId, 0);
    QCOMPARE(sorter->undoStack()->count(), 0);
}

void TstVideoSorter::undoAndRedoRestoreEveryPlacement()
{
    BFS_OPEN_TEST_DATABASE(db);
    QList<qint64> clips;
    const qint64 postId = Test::insertVideoPost(
        db.database(), u"Harbour walk"_s, {u"Erie"_s, u"Fort Wayne"_s}, kClipNames, &clips);
    VideoSorter sorter(db.database());
    QAbstractItemModelTester tester(sorter.treeModel());
    sorter.reload();
    QTRY_COMPARE_WITH_TIMEOUT(sorter.unsortedModel()->rowCount(), 3, kTimeoutMs);

    // First move makes "Release 1"; the second re-files a clip under another office.
    QVERIFY(dropOn(sorter, {clips.at(0)}, sorter.treeModel()->findNode(Level::Post, postId)));
    QTRY_VERIFY_WITH_TIMEOUT(!sorter.isBusy(), kTimeoutMs);
    const qint64 releaseId = Test::clipNow(db.database(), clips.at(0)).releaseId;
    QVERIFY(releaseId != 0);
    const QModelIndex fortWayne = sorter.treeModel()->findNode(
        Level::Office,
        Test::officeId(db.database(), u"Fort Wayne"_s),
        sorter.treeModel()->findNode(Level::Release, releaseId));
    QVERIFY(dropOn(sorter, {clips.at(2)}, sorter.treeModel()->findPlatform(fortWayne, u"Reels"_s)));
    QTRY_VERIFY_WITH_TIMEOUT(!sorter.isBusy(), kTimeoutMs);
    QCOMPARE(Test::clipNow(db.database(), clips.at(2)).officeName, u"Fort Wayne"_s);

    sorter.undoStack()->undo();
    QTRY_VERIFY_WITH_TIMEOUT(!sorter.isBusy(), kTimeoutMs);
    const VideoClip restored = Test::clipNow(db.database(), clips.at(2));
    QCOMPARE(restored.releaseId, 0);
    QCOMPARE(restored.officeName, u"Erie"_s);
    QCOMPARE(restored.platform, u"Shorts"_s);

    sorter.undoStack()->undo();
    QTRY_VERIFY_WITH_TIMEOUT(!sorter.isBusy(), kTimeoutMs);
    QCOMPARE(Test::clipNow(db.database(), clips.at(0)).releaseId, 0);
    QCOMPARE(ReleaseRepository(db.database()).forPost(postId)->size(), 0);
    QCOMPARE(sorter.unsortedModel()->rowCount(), 3);

    sorter.undoStack()->redo();
    sorter.undoStack()->redo();
    QTRY_VERIFY_WITH_TIMEOUT(!sorter.isBusy(), kTimeoutMs);
    const auto releases = ReleaseRepository(db.database()).forPost(postId);
    QCOMPARE(releases->size(), 1);
    QCOMPARE(Test::clipNow(db.database(), clips.at(0)).releaseId, releases->constFirst().id);
    QCOMPARE(Test::clipNow(db.database(), clips.at(2)).releaseId, releases->constFirst().id);
    QCOMPARE(Test::clipNow(db.database(), clips.at(2)).officeName, u"Fort Wayne"_s);
    QCOMPARE(sorter.unsortedModel()->rowCount(), 1);
}

void TstVideoSorter::dropOnPostWithSeveralReleasesAsksWhichOne()
{
    BFS_OPEN_TEST_DATABASE(db);
    QList<qint64> clips;
    const qint64 postId = Test::insertVideoPost(
        db.database(), u"Harbour walk"_s, {u"Erie"_s}, kClipNames, &clips);
    addRelease(db.database(), postId, u"Launch"_s);
    const qint64 second = addRelease(db.database(), postId, u"Follow-up"_s);
    VideoSorter sorter(db.database());
    QSignalSpy asked(&sorter, &VideoSorter::releaseChoiceNeeded);
    sorter.reload();
    QTRY_COMPARE_WITH_TIMEOUT(sorter.unsortedModel()->rowCount(), 3, kTimeoutMs);

    QVERIFY(dropOn(sorter, {clips.at(1)}, sorter.treeModel()->findNode(Level::Post, postId)));
    QCOMPARE(asked.size(), 1);
    QCOMPARE(asked.at(0).at(0).value<QList<qint64>>(), QList<qint64>{clips.at(1)});
    QCOMPARE(sorter.undoStack()->count(), 0);

    sorter.moveToRelease({clips.at(1)}, postId, second);
    QTRY_VERIFY_WITH_TIMEOUT(!sorter.isBusy(), kTimeoutMs);
    QCOMPARE(Test::clipNow(db.database(), clips.at(1)).releaseId, second);
}

QTEST_MAIN(TstVideoSorter)
#include "tst_videosorter.moc"
