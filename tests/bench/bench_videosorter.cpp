// Opens the Video Sorter on 10,000 clips and reports the time to first
// paint, the process's memory, and the time to render one full viewport
// of the thumbnail grid while scrolling (before and after the thumbnails
// of the page are decoded). Not a test: run by hand,
//   cmake --build build --target bench_videosorter && build/tests/bench/bench_videosorter
// Thumbnails are 500 distinct 400 px JPEGs made once by the ffmpeg CLI.

#include <algorithm>

#include <QApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QListView>
#include <QProcess>
#include <QScrollBar>
#include <QTest>

#include "db/transaction.h"
#include "repositories/postrepository.h"
#include "repositories/videofilerepository.h"
#include "testdatabase.h"
#include "videos/sorterview.h"
#include "videos/thumbnailcache.h"
#include "videos/unsortedclipmodel.h"
#include "videos/videosorter.h"

using namespace Bfs;

namespace {

constexpr int kClips = 10000;
constexpr int kPosts = 100;
constexpr int kThumbnails = 500;
constexpr int kScrollPages = 60;

qint64 residentKiB()
{
    QFile status(QStringLiteral("/proc/self/status"));
    if (!status.open(QIODevice::ReadOnly)) {
        return 0;
    }
    for (const QByteArray &line : status.readAll().split('\n')) {
        if (line.startsWith("VmRSS:")) {
            return line.mid(6).trimmed().split(' ').value(0).toLongLong();
        }
    }
    return 0;
}

bool makeThumbnails(const QString &dir)
{
    if (QFile::exists(QDir(dir).filePath(
            QStringLiteral("t%1.jpg").arg(kThumbnails, 3, 10, QLatin1Char('0'))))) {
        return true;
    }
    QDir().mkpath(dir);
    const int code = QProcess::execute(
        QStringLiteral("ffmpeg"),
        {QStringLiteral("-y"),
         QStringLiteral("-loglevel"),
         QStringLiteral("error"),
         QStringLiteral("-f"),
         QStringLiteral("lavfi"),
         QStringLiteral("-i"),
         QStringLiteral("testsrc2=size=400x225:rate=10:duration=%1").arg(kThumbnails / 10),
         QDir(dir).filePath(QStringLiteral("t%03d.jpg"))});
    return code == 0;
}

// Posts one by one (their insert is a transaction of its own), the clips
// of all of them in one transaction.
bool fillDatabase(const DatabasePtr &database, const QString &thumbnails)
{
    QList<qint64> postIds;
    const QStringList offices = {
        QStringLiteral("Erie"), QStringLiteral("Akron"), QStringLiteral("Fort Wayne")};
    const QStringList platforms = {
        QStringLiteral("Reels"), QStringLiteral("TikTok"), QStringLiteral("Shorts")};
    for (int p = 0; p < kPosts; ++p) {
        Post post;
        post.weekStart = QDate::currentDate();
        post.kind = PostKind::Video;
        post.title = QStringLiteral("Concept %1").arg(p + 1);
        post.topic = post.videoConcept = QStringLiteral("Office tour");
        post.videoScript = post.videoFolder = post.updatedBy = QStringLiteral("");
        post.platforms = {Platform::Instagram};
        post.captions.insert(Platform::Instagram, QStringLiteral("Tour"));
        post.status = PostStatus::VideoReview;
        post.offices = {offices.at(p % 3)};
        const auto postId = PostRepository(database).insert(post);
        if (!postId) {
            return false;
        }
        postIds.append(*postId);
    }

    Transaction transaction(database->connection(), database->engine());
    if (!transaction.begin()) {
        return false;
    }
    for (int p = 0; p < kPosts; ++p) {
        for (int c = 0; c < kClips / kPosts; ++c) {
            const int n = p * (kClips / kPosts) + c;
            VideoClip clip;
            clip.postId = postIds.at(p);
            clip.platform = platforms.at(n % 3);
            clip.fileName =
                QStringLiteral("%1_%2_%3.mp4").arg(offices.at(p % 3), clip.platform).arg(n);
            clip.remoteItemId = clip.localPath = clip.videoCodec = clip.audioCodec = QStringLiteral(
                "");
            clip.thumbnailPath = QDir(thumbnails)
                                     .filePath(QStringLiteral("t%1.jpg").arg(
                                         n % kThumbnails + 1, 3, 10, QLatin1Char('0')));
            clip.durationSeconds = 5 + n % 50;
            clip.width = n % 2 ? 1080 : 1920;
            clip.height = n % 2 ? 1920 : 1080;
            if (!VideoFileRepository(database).insert(clip)) {
                return false;
            }
        }
    }
    return bool(transaction.commit());
}

// Watches the grid's viewport for its first paint with rows in it.
class FirstPaint final : public QObject
{
public:
    explicit FirstPaint(QListView *grid)
        : m_grid(grid)
    {
        grid->viewport()->installEventFilter(this);
    }

    qint64 at = -1;
    QElapsedTimer clock;

protected:
    bool eventFilter(QObject *watched, QEvent *event) override
    {
        if (event->type() == QEvent::Paint && at < 0 && m_grid->model()->rowCount() > 0) {
            at = clock.elapsed();
        }
        return QObject::eventFilter(watched, event);
    }

private:
    QListView *m_grid;
};

double percentile(QList<double> values, double p)
{
    std::sort(values.begin(), values.end());
    return values.isEmpty() ? 0 : values.at(qMin(values.size() - 1, qsizetype(p * values.size())));
}

} // namespace

int main(int argc, char **argv)
{
    QApplication app(argc, argv);
    const QString thumbnails = QDir::temp().filePath(QStringLiteral("bfs-bench-thumbnails"));
    Test::TestDatabase db(QStringLiteral("sqlite"));
    if (!db.isValid() || !makeThumbnails(thumbnails) || !fillDatabase(db.database(), thumbnails)) {
        qCritical("could not prepare the corpus");
        return 1;
    }
    const qint64 rssBefore = residentKiB();

    Ui::SorterView view(db.database());
    view.resize(1280, 800);
    FirstPaint firstPaint(view.grid());
    firstPaint.clock.start();
    view.show();
    view.reload();
    if (!QTest::qWaitFor([&] { return firstPaint.at >= 0; }, 30000)) {
        qCritical("the grid never painted");
        return 1;
    }
    const qint64 rssOpen = residentKiB();

    QList<double> cold;
    QList<double> warm;
    QScrollBar *bar = view.grid()->verticalScrollBar();
    Ui::ThumbnailCache *cache = view.sorter()->thumbnails();
    for (int page = 0; page < kScrollPages && bar->value() < bar->maximum(); ++page) {
        bar->setValue(bar->value() + bar->pageStep());
        QElapsedTimer timer;
        timer.start();
        view.grid()->viewport()->repaint();
        cold.append(timer.nsecsElapsed() / 1e6);
        const QModelIndex last = view.grid()->indexAt(
            QPoint(view.grid()->viewport()->width() - 90, view.grid()->viewport()->height() - 80));
        const QString lastPath = last.data(Ui::UnsortedClipModel::ThumbnailPathRole).toString();
        QTest::qWaitFor([&] { return lastPath.isEmpty() || cache->contains(lastPath); }, 5000);
        timer.restart();
        view.grid()->viewport()->repaint();
        warm.append(timer.nsecsElapsed() / 1e6);
    }
    const qint64 rssScrolled = residentKiB();

    printf("clips: %d in %d posts, %d distinct thumbnails\n", kClips, kPosts, kThumbnails);
    printf("time to first paint: %lld ms\n", firstPaint.at);
    printf("memory (RSS): %.1f MiB before, %.1f MiB open, %.1f MiB after %d pages of scrolling\n",
           rssBefore / 1024.0,
           rssOpen / 1024.0,
           rssScrolled / 1024.0,
           int(cold.size()));
    printf("full viewport render while scrolling, thumbnails pending: median %.2f ms, p95 %.2f ms, "
           "max %.2f ms\n",
           percentile(cold, 0.5),
           percentile(cold, 0.95),
           percentile(cold, 1.0));
    printf("full viewport render with thumbnails decoded: median %.2f ms, p95 %.2f ms, max %.2f "
           "ms\n",
           percentile(warm, 0.5),
           percentile(warm, 0.95),
           percentile(warm, 1.0));
    return 0;
}
