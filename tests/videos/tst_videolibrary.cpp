#include <QAbstractItemModelTester>
#include <QDir>
#include <QFileInfo>
#include <QLineEdit>
#include <QListWidget>
#include <QMimeData>
#include <QPushButton>
#include <QTableWidget>
#include <QTreeWidget>
#include <QtTest>

#include "repositories/releaserepository.h"
#include "repositories/videofilerepository.h"
#include "testdatabase.h"
#include "uitestsupport.h"
#include "videos/pendinguploads.h"
#include "videos/releasemanager.h"
#include "videotestsupport.h"
#include "workflow/postworkflow.h"

using namespace Bfs;
using namespace Bfs::Ui;
using namespace Qt::StringLiterals;

namespace {

constexpr int kTimeoutMs = 10000;

} // namespace

class TstVideoLibrary final : public QObject
{
    Q_OBJECT

public:
    static void initMain() { Test::isolateDesktopSettings(); }

private slots:

    void initTestCase_data() { Test::addEngineRows(); }

    void deletingAReleaseUnsortsItsClipsAndKeepsThem();
    void statusChangeIsKeptWithItsHistory();
    void fileDroppedOnAConceptIsUploadedToItsFolder();
};

void TstVideoLibrary::deletingAReleaseUnsortsItsClipsAndKeepsThem()
{
    BFS_OPEN_TEST_DATABASE(db);
    QList<qint64> clips;
    const qint64 postId = Test::insertVideoPost(db.database(),
                                                u"Harbour walk"_s,
                                                {u"Erie"_s},
                                                {u"Erie_Reels.mp4"_s, u"Erie_TikTok.mp4"_s},
                                                &clips);
    const auto releaseId =
        ReleaseRepository(db.database()).insert({0, postId, u"Launch"_s, {}, {}, {}});
    QVERIFY(releaseId);
    for (const qint64 id : clips) {
        QVERIFY(VideoFileRepository(db.database()).place(id, {*releaseId, 0, u"Reels"_s}));
    }
    ReleaseManager manager(UiContext{db.database(), db.dataDir(), nullptr});
    QSignalSpy loaded(&manager, &ReleaseManager::postLoaded);
    manager.showPost(postId);
    QTRY_COMPARE_WITH_TIMEOUT(loaded.size(), 1, kTimeoutMs);
    QCOMPARE(manager.releaseList()->count(), 1);
    QCOMPARE(manager.clipTable()->rowCount(), 2);

    manager.deleteRelease(*releaseId);
    QTRY_COMPARE_WITH_TIMEOUT(loaded.size(), 2, kTimeoutMs);

    QCOMPARE(manager.releaseList()->count(), 0);
    QCOMPARE(manager.clipTable()->rowCount(), 0);
    const auto unsorted = VideoFileRepository(db.database()).unsorted();
    QCOMPARE(unsorted->size(), 2);
    for (const VideoClip &clip : *unsorted) {
        QCOMPARE(clip.postId, postId);
        QCOMPARE(clip.releaseId, 0);
    }
}

void TstVideoLibrary::statusChangeIsKeptWithItsHistory()
{
    BFS_OPEN_TEST_DATABASE(db);
    QList<qint64> clips;
    const qint64 postId = Test::insertVideoPost(
        db.database(), u"Harbour walk"_s, {u"Erie"_s}, {u"Erie_Reels.mp4"_s}, &clips);
    const auto releaseId =
        ReleaseRepository(db.database()).insert({0, postId, u"Launch"_s, {}, {}, {}});
    QVERIFY(VideoFileRepository(db.database()).place(clips.at(0), {*releaseId, 0, u"Reels"_s}));
    ReleaseManager manager(UiContext{db.database(), db.dataDir(), nullptr});
    QSignalSpy loaded(&manager, &ReleaseManager::postLoaded);
    QSignalSpy history(&manager, &ReleaseManager::historyLoaded);
    manager.showPost(postId);
    QTRY_COMPARE_WITH_TIMEOUT(loaded.size(), 1, kTimeoutMs);

    manager.setClipStatus(clips.at(0), u"published"_s, u"went out on Reels"_s);
    QTRY_COMPARE_WITH_TIMEOUT(loaded.size(), 2, kTimeoutMs);
    manager.setClipStatus(clips.at(0), u"archived"_s, {});
    QTRY_COMPARE_WITH_TIMEOUT(loaded.size(), 3, kTimeoutMs);

    QCOMPARE(Test::clipNow(db.database(), clips.at(0)).status, u"archived"_s);
    const auto changes = VideoFileRepository(db.database()).statusHistory(clips.at(0));
    QCOMPARE(changes->size(), 2);
    QCOMPARE(changes->at(0).fromStatus, u"available"_s);
    QCOMPARE(changes->at(0).toStatus, u"published"_s);
    QCOMPARE(changes->at(0).comment, u"went out on Reels"_s);
    QVERIFY(!changes->at(0).changedBy.isEmpty());
    QCOMPARE(changes->at(1).toStatus, u"archived"_s);

    // The table shows the new status and the clip's history lists both changes.
    QCOMPARE(manager.clipTable()->item(0, 4)->text(), u"archived"_s);
    manager.clipTable()->selectRow(0);
    QTRY_VERIFY_WITH_TIMEOUT(manager.historyList()->count() == 2, kTimeoutMs);
    QVERIFY(manager.historyList()->item(0)->text().contains(u"went out on Reels"_s));
}

void TstVideoLibrary::fileDroppedOnAConceptIsUploadedToItsFolder()
{
    BFS_OPEN_TEST_DATABASE(db);
    const qint64 postId = Test::insertVideoPost(db.database(), u"Harbour walk"_s, {u"Erie"_s}, {});
    QVERIFY(postId != 0);
    const QString clip = Test::makeClip(QDir(db.dataDir()).filePath(u"phone clip.mp4"_s));
    QVERIFY(!clip.isEmpty());
    PendingUploads uploads(UiContext{db.database(), db.dataDir(), nullptr});
    QSignalSpy loaded(&uploads, &PendingUploads::loaded);
    QSignalSpy finished(&uploads, &PendingUploads::uploadFinished);
    uploads.resize(900, 500);
    uploads.show();
    QVERIFY(QTest::qWaitForWindowExposed(&uploads));
    uploads.reload();
    QTRY_COMPARE_WITH_TIMEOUT(uploads.concepts()->topLevelItemCount(), 1, kTimeoutMs);

    // Dropped through the view onto the concept's row.
    QTreeWidget *concepts = uploads.concepts();
    const QPoint at = concepts->visualItemRect(concepts->topLevelItem(0)).center();
    QMimeData mime;
    mime.setUrls({QUrl::fromLocalFile(clip)});
    QDragEnterEvent enter(at, Qt::CopyAction, &mime, Qt::LeftButton, Qt::NoModifier);
    QApplication::sendEvent(concepts->viewport(), &enter);
    QDragMoveEvent move(at, Qt::CopyAction, &mime, Qt::LeftButton, Qt::NoModifier);
    QApplication::sendEvent(concepts->viewport(), &move);
    QDropEvent drop(QPointF(at), Qt::CopyAction, &mime, Qt::LeftButton, Qt::NoModifier);
    QApplication::sendEvent(concepts->viewport(), &drop);

    QCOMPARE(uploads.nameEdit()->text(), u"Erie_General.mp4"_s);
    uploads.nameEdit()->setText(u"Erie_Reels.mp4"_s);
    QTest::mouseClick(uploads.uploadButton(), Qt::LeftButton);
    QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 1, kTimeoutMs);

    const QString folder = concepts->topLevelItem(0)->text(1);
    const QFileInfo uploaded(
        QDir(db.dataDir()).filePath(u"sharepoint/"_s + folder + u"/Erie_Reels.mp4"_s));
    QVERIFY2(uploaded.isFile(), qPrintable(uploaded.filePath()));
    QCOMPARE(uploaded.size(), QFileInfo(clip).size());
    QTRY_VERIFY_WITH_TIMEOUT(concepts->topLevelItemCount() == 1
                                 && concepts->topLevelItem(0)->text(2).startsWith(u"1 "_s),
                             kTimeoutMs);
}

QTEST_MAIN(TstVideoLibrary)
#include "tst_videolibrary.moc"
