#pragma once

#include <QCache>
#include <QObject>
#include <QPixmap>
#include <QSet>
#include <QThreadPool>

namespace Bfs::Ui {

// Clip thumbnails scaled for the Sorter's grid, decoded off the UI thread
// and kept in a bounded cache, so a grid of thousands of clips only ever
// decodes what is on screen. GUI thread only.
class ThumbnailCache final : public QObject
{
    Q_OBJECT

public:
    explicit ThumbnailCache(QObject *parent = nullptr);
    ~ThumbnailCache() override;

    Q_DISABLE_COPY_MOVE(ThumbnailCache)

    // The cached thumbnail; else a null pixmap, and ready(path) follows once
    // it has been decoded (never for a missing or broken file).
    QPixmap thumbnail(const QString &path);

    bool contains(const QString &path) const { return m_cache.contains(path); }

    static constexpr int kWidth = 160;
    static constexpr int kHeight = 90;

signals:
    void ready(const QString &path);

private:
    void store(const QString &path, const QImage &image);

    QThreadPool m_pool;
    QCache<QString, QPixmap> m_cache;
    QSet<QString> m_pending;
    QSet<QString> m_failed;
};

} // namespace Bfs::Ui
