#pragma once

#include <QAbstractListModel>
#include <QHash>
#include <QList>

#include "domain/records.h"
#include "sortersnapshot.h"

namespace Bfs::Ui {

class ThumbnailCache;

// The Sorter's unsorted clips, one row a clip, shown as thumbnails. Drags
// carry clip ids (kClipIdsMimeType); clips dropped here from the tree go
// back to unsorted through clipsDropped(). GUI thread only.
class UnsortedClipModel final : public QAbstractListModel
{
    Q_OBJECT

public:
    enum Role {
        ClipIdRole = Qt::UserRole + 1,
        PostIdRole,
        OfficeRole,
        PlatformRole,
        DurationRole,
        ResolutionRole,
        PortraitRole,
        ThumbnailPathRole,
        // Office, platform, post and orientation words, for the filter.
        SearchTextRole,
    };

    explicit UnsortedClipModel(ThumbnailCache *thumbnails, QObject *parent = nullptr);

    Q_DISABLE_COPY_MOVE(UnsortedClipModel)

    void setClips(const QList<VideoClip> &clips, const QHash<qint64, QString> &postTitles);

    const QList<VideoClip> &clips() const { return m_clips; }

    QModelIndex indexOfClip(qint64 clipId) const;

    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;
    QStringList mimeTypes() const override;
    QMimeData *mimeData(const QModelIndexList &indexes) const override;
    Qt::DropActions supportedDropActions() const override;
    Qt::DropActions supportedDragActions() const override;
    bool canDropMimeData(const QMimeData *data,
                         Qt::DropAction action,
                         int row,
                         int column,
                         const QModelIndex &parent) const override;
    bool dropMimeData(const QMimeData *data,
                      Qt::DropAction action,
                      int row,
                      int column,
                      const QModelIndex &parent) override;
    QHash<int, QByteArray> roleNames() const override;

signals:
    void clipsDropped(const QList<qint64> &clipIds, const Bfs::Ui::SorterTarget &target);

private:
    void thumbnailReady(const QString &path);
    QVariant clipData(const VideoClip &clip, int role) const;

    ThumbnailCache *m_thumbnails = nullptr;
    QList<VideoClip> m_clips;
    QHash<qint64, QString> m_postTitles;
    QHash<QString, QList<int>> m_rowsByThumbnail;
};

// "1920×1080"; a clip rotated by 90° or 270° reads as portrait.
QString clipResolution(const VideoClip &clip);
bool isPortrait(const VideoClip &clip);

} // namespace Bfs::Ui
