#include "thumbnailcache.h"

#include <QImage>
#include <QImageReader>
#include <QtConcurrent/QtConcurrentRun>

#include "videoslogging.h"

namespace Bfs::Ui {

namespace {

// Cost unit is KiB: 48 MiB holds about 1,700 grid thumbnails, several
// screens of scroll-back.
constexpr int kCacheKiB = 48 * 1024;

QImage decode(const QString &path)
{
    QImageReader reader(path);
    const QSize size = reader.size();
    if (size.isValid()) {
        reader.setScaledSize(
            size.scaled(ThumbnailCache::kWidth, ThumbnailCache::kHeight, Qt::KeepAspectRatio));
    }
    return reader.read();
}

} // namespace

ThumbnailCache::ThumbnailCache(QObject *parent)
    : QObject(parent)
{
    // Two decoders keep up with a fast scroll and leave a core for the UI.
    m_pool.setMaxThreadCount(2);
    m_cache.setMaxCost(kCacheKiB);
}

ThumbnailCache::~ThumbnailCache()
{
    m_pool.clear();
    m_pool.waitForDone();
}

QPixmap ThumbnailCache::thumbnail(const QString &path)
{
    if (const QPixmap *cached = m_cache.object(path)) {
        return *cached;
    }
    if (path.isEmpty() || m_pending.contains(path) || m_failed.contains(path)) {
        return {};
    }

    m_pending.insert(path);
    QtConcurrent::run(&m_pool, decode, path).then(this, [this, path](const QImage &image) {
        store(path, image);
    });
    return {};
}

void ThumbnailCache::store(const QString &path, const QImage &image)
{
    m_pending.remove(path);
    if (image.isNull()) {
        qCDebug(lcVideos) << "no thumbnail in" << path;
        m_failed.insert(path);
        return;
    }

    auto *pixmap = new QPixmap(QPixmap::fromImage(image));
    const qsizetype kib = qMax<qsizetype>(1, image.sizeInBytes() / 1024);
    m_cache.insert(path, pixmap, kib);
    emit ready(path);
}

} // namespace Bfs::Ui
