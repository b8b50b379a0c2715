#include "unsortedclipmodel.h"

#include "thumbnailcache.h"

namespace Bfs::Ui {

bool isPortrait(const VideoClip &clip)
{
    const bool turned = qAbs(clip.rotation) % 180 == 90;
    return turned ? clip.width > clip.height : clip.height > clip.width;
}

QString clipResolution(const VideoClip &clip)
{
    const bool turned = qAbs(clip.rotation) % 180 == 90;
    const int width = turned ? clip.height : clip.width;
    const int height = turned ? clip.width : clip.height;
    return QStringLiteral("%1×%2").arg(width).arg(height);
}

UnsortedClipModel::UnsortedClipModel(ThumbnailCache *thumbnails, QObject *parent)
    : QAbstractListModel(parent)
    , m_thumbnails(thumbnails)
{
    if (m_thumbnails) {
        connect(m_thumbnails, &ThumbnailCache::ready, this, &UnsortedClipModel::thumbnailReady);
    }
}

void UnsortedClipModel::setClips(const QList<VideoClip> &clips,
                                 const QHash<qint64, QString> &postTitles)
{
    beginResetModel();
    m_clips = clips;
    m_postTitles = postTitles;
    m_rowsByThumbnail.clear();
    for (int row = 0; row < m_clips.size(); ++row) {
        m_rowsByThumbnail[m_clips.at(row).thumbnailPath].append(row);
    }
    endResetModel();
}

QModelIndex UnsortedClipModel::indexOfClip(qint64 clipId) const
{
    for (int row = 0; row < m_clips.size(); ++row) {
        if (m_clips.at(row).id == clipId) {
            return index(row);
        }
    }
    return {};
}

int UnsortedClipModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_clips.size());
}

QVariant UnsortedClipModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid)) {
        return {};
    }
    return clipData(m_clips.at(index.row()), role);
}

QVariant UnsortedClipModel::clipData(const VideoClip &clip, int role) const
{
    switch (role) {
    case Qt::DisplayRole:
        return tr("%1 · %2").arg(clip.officeName.isEmpty() ? tr("No office") : clip.officeName,
                                 clip.platform.isEmpty() ? tr("No platform") : clip.platform);
    case Qt::ToolTipRole:
        return tr("%1\nPost: %2").arg(clip.fileName, m_postTitles.value(clip.postId));
    case Qt::DecorationRole:
        return m_thumbnails ? QVariant(m_thumbnails->thumbnail(clip.thumbnailPath)) : QVariant();
    case Qt::AccessibleTextRole:
        return tr("Clip %1").arg(clip.fileName);
    case ClipIdRole:
        return clip.id;
    case PostIdRole:
        return clip.postId;
    case OfficeRole:
        return clip.officeName;
    case PlatformRole:
        return clip.platform;
    case DurationRole:
        return clip.durationSeconds;
    case ResolutionRole:
        return clipResolution(clip);
    case PortraitRole:
        return isPortrait(clip);
    case ThumbnailPathRole:
        return clip.thumbnailPath;
    case SearchTextRole:
        return QStringList{clip.officeName,
                           clip.platform,
                           clip.fileName,
                           m_postTitles.value(clip.postId),
                           isPortrait(clip) ? tr("portrait") : tr("landscape")}
            .join(QLatin1Char(' '));
    default:
        return {};
    }
}

Qt::ItemFlags UnsortedClipModel::flags(const QModelIndex &index) const
{
    if (!index.isValid()) {
        return Qt::ItemIsDropEnabled;
    }
    return Qt::ItemIsEnabled | Qt::ItemIsSelectable | Qt::ItemIsDragEnabled
           | Qt::ItemNeverHasChildren;
}

QStringList UnsortedClipModel::mimeTypes() const
{
    return {kClipIdsMimeType};
}

QMimeData *UnsortedClipModel::mimeData(const QModelIndexList &indexes) const
{
    QList<qint64> clipIds;
    for (const QModelIndex &index : indexes) {
        if (index.isValid() && index.model() == this) {
            clipIds.append(m_clips.at(index.row()).id);
        }
    }
    return clipIds.isEmpty() ? nullptr : clipIdsMimeData(clipIds);
}

Qt::DropActions UnsortedClipModel::supportedDropActions() const
{
    return Qt::MoveAction;
}

Qt::DropActions UnsortedClipModel::supportedDragActions() const
{
    return Qt::MoveAction;
}

bool UnsortedClipModel::canDropMimeData(const QMimeData *data,
                                        Qt::DropAction action,
                                        int row,
                                        int column,
                                        const QModelIndex &parent) const
{
    Q_UNUSED(row)
    Q_UNUSED(column)
    Q_UNUSED(parent)
    if (action != Qt::MoveAction) {
        return false;
    }

    // Only clips that are sorted now can be unsorted.
    const QList<qint64> clipIds = clipIdsFromMimeData(data);
    return std::any_of(
        clipIds.cbegin(), clipIds.cend(), [this](qint64 id) { return !indexOfClip(id).isValid(); });
}

bool UnsortedClipModel::dropMimeData(
    const QMimeData *data, Qt::DropAction action, int row, int column, const QModelIndex &parent)
{
    if (!canDropMimeData(data, action, row, column, parent)) {
        return false;
    }

    QList<qint64> clipIds;
    for (const qint64 id : clipIdsFromMimeData(data)) {
        if (!indexOfClip(id).isValid()) {
            clipIds.append(id);
        }
    }
    emit clipsDropped(clipIds, SorterTarget{});
    return true;
}

QHash<int, QByteArray> UnsortedClipModel::roleNames() const
{
    QHash<int, QByteArray> names = QAbstractListModel::roleNames();
    names.insert(ClipIdRole, "clipId");
    names.insert(OfficeRole, "office");
    names.insert(PlatformRole, "platform");
    return names;
}

void UnsortedClipModel::thumbnailReady(const QString &path)
{
    for (const int row : m_rowsByThumbnail.value(path)) {
        const QModelIndex changed = index(row);
        emit dataChanged(changed, changed, {Qt::DecorationRole});
    }
}

} // namespace Bfs::Ui
