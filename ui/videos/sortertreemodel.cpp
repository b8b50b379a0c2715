#include "sortertreemodel.h"

namespace Bfs::Ui {

SorterTreeModel::SorterTreeModel(QObject *parent)
    : QAbstractItemModel(parent)
{}

void SorterTreeModel::setSnapshot(const SorterSnapshot &snapshot)
{
    beginResetModel();
    m_snapshot = snapshot;
    m_clips.clear();
    m_nodes.clear();
    m_roots.clear();
    for (const VideoClip &clip : m_snapshot.unsorted) {
        m_clips.insert(clip.id, clip);
    }
    for (const SorterPost &post : std::as_const(m_snapshot.posts)) {
        for (const VideoClip &clip : post.clips) {
            m_clips.insert(clip.id, clip);
        }
        buildPost(post);
    }
    endResetModel();
}

int SorterTreeModel::addNode(Node node)
{
    const int id = int(m_nodes.size());
    QList<int> &siblings = node.parent < 0 ? m_roots : m_nodes[node.parent].children;
    node.row = int(siblings.size());
    siblings.append(id);
    m_nodes.append(std::move(node));
    return id;
}

void SorterTreeModel::buildPost(const SorterPost &post)
{
    const qsizetype sorted = std::count_if(
        post.clips.cbegin(), post.clips.cend(), [](const VideoClip &clip) {
            return clip.releaseId != 0;
        });
    Node node;
    node.level = Level::Post;
    node.target.postId = post.post.id;
    node.label = tr("#%1 %2 (%3 of %4 clips sorted)")
                     .arg(post.post.id)
                     .arg(post.post.title)
                     .arg(sorted)
                     .arg(post.clips.size());
    const int postNode = addNode(node);
    for (const Release &release : post.releases) {
        buildRelease(post, release, postNode);
    }
}

void SorterTreeModel::buildRelease(const SorterPost &post, const Release &release, int postNode)
{
    const qsizetype clips = std::count_if(
        post.clips.cbegin(), post.clips.cend(), [&](const VideoClip &c) {
            return c.releaseId == release.id;
        });
    Node node;
    node.level = Level::Release;
    node.parent = postNode;
    node.target = {post.post.id, release.id, 0, {}};
    node.label = tr("%1 (%n clip(s))", nullptr, int(clips)).arg(release.name);
    const int releaseNode = addNode(node);
    for (const Office &office : officesOf(post, release.id)) {
        buildOffice(post, release.id, office, releaseNode);
    }
}

void SorterTreeModel::buildOffice(const SorterPost &post,
                                  qint64 releaseId,
                                  const Office &office,
                                  int releaseNode)
{
    Node officeNode;
    officeNode.level = Level::Office;
    officeNode.parent = releaseNode;
    officeNode.target = {post.post.id, releaseId, office.id, {}};
    officeNode.label = office.name;
    const int officeId = addNode(officeNode);

    QStringList platforms = m_snapshot.platformWords;
    QList<const VideoClip *> clips;
    for (const VideoClip &clip : post.clips) {
        if (clip.releaseId == releaseId && clip.officeId == office.id) {
            clips.append(&clip);
            if (!platforms.contains(clip.platform, Qt::CaseInsensitive)) {
                platforms.append(clip.platform);
            }
        }
    }
    for (const QString &platform : std::as_const(platforms)) {
        Node platformNode;
        platformNode.level = Level::Platform;
        platformNode.parent = officeId;
        platformNode.target = {post.post.id, releaseId, office.id, platform};
        platformNode.label = platform;
        const int platformId = addNode(platformNode);
        for (const VideoClip *clip : std::as_const(clips)) {
            if (clip->platform.compare(platform, Qt::CaseInsensitive) != 0) {
                continue;
            }
            Node clipNode;
            clipNode.level = Level::Clip;
            clipNode.parent = platformId;
            clipNode.target = platformNode.target;
            clipNode.clipId = clip->id;
            clipNode.label = clip->fileName;
            addNode(clipNode);
        }
    }
}

// The post's own offices, then any office a clip of this release was put in.
QList<Office> SorterTreeModel::officesOf(const SorterPost &post, qint64 releaseId) const
{
    QList<Office> offices;
    const auto addOffice = [&](auto matches) {
        for (const Office &office : m_snapshot.offices) {
            if (matches(office)
                && std::none_of(offices.cbegin(), offices.cend(), [&](const Office &o) {
                       return o.id == office.id;
                   })) {
                offices.append(office);
            }
        }
    };
    for (const QString &name : post.post.offices) {
        addOffice([&](const Office &office) { return office.name == name; });
    }
    for (const VideoClip &clip : post.clips) {
        if (clip.releaseId == releaseId && clip.officeId != 0) {
            addOffice([&](const Office &office) { return office.id == clip.officeId; });
        }
    }
    return offices;
}

const SorterPost *SorterTreeModel::post(qint64 postId) const
{
    for (const SorterPost &post : m_snapshot.posts) {
        if (post.post.id == postId) {
            return &post;
        }
    }
    return nullptr;
}

const SorterTreeModel::Node *SorterTreeModel::nodeAt(const QModelIndex &index) const
{
    if (!index.isValid() || index.model() != this) {
        return nullptr;
    }
    return &m_nodes.at(qsizetype(index.internalId()));
}

SorterTarget SorterTreeModel::targetAt(const QModelIndex &index) const
{
    const Node *node = nodeAt(index);
    return node ? node->target : SorterTarget{};
}

QString SorterTreeModel::dropProblem(const QList<qint64> &clipIds, const SorterTarget &target) const
{
    const SorterPost *destination = post(target.postId);
    if (clipIds.isEmpty() || !destination) {
        return tr("Drop clips on a post, a release, an office or a platform.");
    }

    for (const qint64 id : clipIds) {
        const VideoClip clip = m_clips.value(id);
        if (clip.id == 0) {
            return tr("A clip you dragged is no longer there; the list has been refreshed.");
        }
        if (clip.postId != target.postId) {
            const SorterPost *owner = post(clip.postId);
            return tr("%1 was filmed for “%2”, not for “%3”.")
                .arg(clip.fileName,
                     owner ? owner->post.title : tr("another post"),
                     destination->post.title);
        }
        if (target.releaseId != 0 && target.officeId == 0 && clip.officeId == 0) {
            return tr("%1 names no office we know; drop it on an office.").arg(clip.fileName);
        }
    }
    return {};
}

QModelIndex SorterTreeModel::findNode(Level level, qint64 id, const QModelIndex &under) const
{
    for (int row = 0; row < rowCount(under); ++row) {
        const QModelIndex child = index(row, 0, under);
        const Node *node = nodeAt(child);
        const qint64 nodeId = level == Level::Post      ? node->target.postId
                              : level == Level::Release ? node->target.releaseId
                              : level == Level::Office  ? node->target.officeId
                                                        : node->clipId;
        if (node->level == level && nodeId == id) {
            return child;
        }
        if (const QModelIndex found = findNode(level, id, child); found.isValid()) {
            return found;
        }
    }
    return {};
}

QModelIndex SorterTreeModel::findPlatform(const QModelIndex &office, const QString &platform) const
{
    for (int row = 0; row < rowCount(office); ++row) {
        const QModelIndex child = index(row, 0, office);
        if (nodeAt(child)->target.platform == platform) {
            return child;
        }
    }
    return {};
}

QModelIndex SorterTreeModel::index(int row, int column, const QModelIndex &parent) const
{
    if (!hasIndex(row, column, parent)) {
        return {};
    }
    const Node *parentNode = nodeAt(parent);
    const QList<int> &children = parentNode ? parentNode->children : m_roots;
    return createIndex(row, column, quintptr(children.at(row)));
}

QModelIndex SorterTreeModel::parent(const QModelIndex &child) const
{
    const Node *node = nodeAt(child);
    if (!node || node->parent < 0) {
        return {};
    }
    return createIndex(m_nodes.at(node->parent).row, 0, quintptr(node->parent));
}

int SorterTreeModel::rowCount(const QModelIndex &parent) const
{
    if (parent.column() > 0) {
        return 0;
    }
    const Node *node = nodeAt(parent);
    return int(node ? node->children.size() : m_roots.size());
}

int SorterTreeModel::columnCount(const QModelIndex &parent) const
{
    Q_UNUSED(parent)
    return 1;
}

QVariant SorterTreeModel::data(const QModelIndex &index, int role) const
{
    const Node *node = nodeAt(index);
    if (!node) {
        return {};
    }
    switch (role) {
    case Qt::DisplayRole:
    case Qt::AccessibleTextRole:
        return node->label;
    case Qt::ToolTipRole:
        return node->level == Level::Clip ? tr("Drag back to the grid to unsort") : QVariant();
    case LevelRole:
        return int(node->level);
    case PostIdRole:
        return node->target.postId;
    case ReleaseIdRole:
        return node->target.releaseId;
    case OfficeIdRole:
        return node->target.officeId;
    case PlatformRole:
        return node->target.platform;
    case ClipIdRole:
        return node->clipId;
    default:
        return {};
    }
}

Qt::ItemFlags SorterTreeModel::flags(const QModelIndex &index) const
{
    const Node *node = nodeAt(index);
    if (!node) {
        return Qt::NoItemFlags;
    }
    if (node->level == Level::Clip) {
        return Qt::ItemIsEnabled | Qt::ItemIsSelectable | Qt::ItemIsDragEnabled
               | Qt::ItemNeverHasChildren;
    }
    return Qt::ItemIsEnabled | Qt::ItemIsSelectable | Qt::ItemIsDropEnabled;
}

QStringList SorterTreeModel::mimeTypes() const
{
    return {kClipIdsMimeType};
}

QMimeData *SorterTreeModel::mimeData(const QModelIndexList &indexes) const
{
    QList<qint64> clipIds;
    for (const QModelIndex &index : indexes) {
        const Node *node = nodeAt(index);
        if (node && node->level == Level::Clip && !clipIds.contains(node->clipId)) {
            clipIds.append(node->clipId);
        }
    }
    return clipIds.isEmpty() ? nullptr : clipIdsMimeData(clipIds);
}

Qt::DropActions SorterTreeModel::supportedDropActions() const
{
    return Qt::MoveAction;
}

Qt::DropActions SorterTreeModel::supportedDragActions() const
{
    return Qt::MoveAction;
}

bool SorterTreeModel::canDropMimeData(const QMimeData *data,
                                      Qt::DropAction action,
                                      int row,
                                      int column,
                                      const QModelIndex &parent) const
{
    Q_UNUSED(row)
    Q_UNUSED(column)
    return action == Qt::MoveAction && nodeAt(parent)
           && dropProblem(clipIdsFromMimeData(data), targetAt(parent)).isEmpty();
}

bool SorterTreeModel::dropMimeData(
    const QMimeData *data, Qt::DropAction action, int row, int column, const QModelIndex &parent)
{
    Q_UNUSED(row)
    Q_UNUSED(column)
    if (action != Qt::MoveAction) {
        return false;
    }

    const QList<qint64> clipIds = clipIdsFromMimeData(data);
    const SorterTarget target = targetAt(parent);
    if (const QString problem = dropProblem(clipIds, target); !problem.isEmpty()) {
        emit dropRefused(problem);
        return false;
    }
    emit clipsDropped(clipIds, target);
    return true;
}

} // namespace Bfs::Ui
