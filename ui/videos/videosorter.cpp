#include "videosorter.h"

#include <QUndoStack>
#include <QtConcurrent/QtConcurrentRun>

#include "db/transaction.h"
#include "repositories/postrepository.h"
#include "repositories/releaserepository.h"
#include "repositories/videofilerepository.h"
#include "settings/desktopsettings.h"
#include "sortertreemodel.h"
#include "thumbnailcache.h"
#include "unsortedclipmodel.h"
#include "videoslogging.h"
#include "videosortercommands.h"
#include "workflow/postworkflow.h"

namespace Bfs::Ui {

namespace {

VoidResult writePlacements(const DatabasePtr &database,
                           const ClipMove &move,
                           VideoSorter::Direction direction)
{
    const bool forward = direction == VideoSorter::Direction::Forward;
    if (forward && !move.newReleaseName.isEmpty() && move.createdRelease->load() == 0) {
        const auto id = ReleaseRepository(database).insert(
            {0, move.postId, move.newReleaseName, {}, {}, {}});
        if (!id) {
            return id.error();
        }
        move.createdRelease->store(*id);
    }

    VideoFileRepository clips(database);
    const QHash<qint64, ClipPlacement> &placements = forward ? move.after : move.before;
    for (auto it = placements.cbegin(); it != placements.cend(); ++it) {
        ClipPlacement placement = it.value();
        if (placement.releaseId < 0) {
            const ReleaseRef ref = move.releaseTokens.value(placement.releaseId);
            placement.releaseId = ref ? ref->load() : 0;
        }
        if (auto done = clips.place(it.key(), placement); !done) {
            return done;
        }
    }

    if (!forward && move.createdRelease->load() != 0) {
        if (auto done = ReleaseRepository(database).remove(move.createdRelease->load()); !done) {
            return done;
        }
        move.createdRelease->store(0);
    }
    return {};
}

// True when the post just left review because its last clip was sorted.
Result<bool> finishPost(const DatabasePtr &database, qint64 postId, const QString &actor)
{
    const auto post = PostRepository(database).find(postId);
    if (!post || post->status != PostStatus::VideoReview) {
        return post ? Result<bool>(false) : Result<bool>(post.error());
    }
    const auto left = VideoFileRepository(database).unsortedCount(postId);
    if (!left || *left > 0) {
        return left ? Result<bool>(false) : Result<bool>(left.error());
    }
    const auto moved = PostWorkflow(database).moveToLibrary(postId, post->version, actor);
    if (!moved) {
        return moved.error();
    }
    return true;
}

Result<bool> runMove(const DatabasePtr &database,
                     const ClipMove &move,
                     VideoSorter::Direction direction,
                     const QString &actor)
{
    {
        Transaction transaction(database->connection(), database->engine());
        if (auto begun = transaction.begin(); !begun) {
            return begun.error();
        }
        if (auto done = writePlacements(database, move, direction); !done) {
            return done.error();
        }
        if (auto committed = transaction.commit(); !committed) {
            return committed.error();
        }
    }
    if (direction == VideoSorter::Direction::Back) {
        return false;
    }
    return finishPost(database, move.postId, actor);
}

} // namespace

VideoSorter::VideoSorter(DatabasePtr database, QObject *parent)
    : QObject(parent)
    , m_database(std::move(database))
    , m_thumbnails(new ThumbnailCache(this))
    , m_unsorted(new UnsortedClipModel(m_thumbnails, this))
    , m_tree(new SorterTreeModel(this))
    , m_undoStack(new QUndoStack(this))
{
    // One thread: writes and reloads must happen in the order they were asked for.
    m_pool.setMaxThreadCount(1);
    connect(m_unsorted, &UnsortedClipModel::clipsDropped, this, &VideoSorter::dropClips);
    connect(m_tree, &SorterTreeModel::clipsDropped, this, &VideoSorter::dropClips);
}

VideoSorter::~VideoSorter()
{
    m_pool.waitForDone();
}

void VideoSorter::reload()
{
    ++m_pendingJobs;
    QtConcurrent::run(&m_pool, [database = m_database] {
        return loadSorterSnapshot(database);
    }).then(this, [this](const Result<SorterSnapshot> &snapshot) {
        --m_pendingJobs;
        if (!snapshot) {
            qCWarning(lcVideos) << "could not load the Sorter:" << snapshot.error().detail;
            emit moveFailed(tr("Could not load the clips: %1").arg(snapshot.error().detail));
            return;
        }
        applySnapshot(*snapshot);
    });
}

void VideoSorter::applySnapshot(const SorterSnapshot &snapshot)
{
    QHash<qint64, QString> titles;
    for (const SorterPost &post : snapshot.posts) {
        titles.insert(post.post.id, post.post.title);
    }
    m_unsorted->setClips(snapshot.unsorted, titles);
    m_tree->setSnapshot(snapshot);
    emit loaded();
}

void VideoSorter::dropClips(const QList<qint64> &clipIds, const SorterTarget &target)
{
    if (clipIds.isEmpty()) {
        return;
    }
    if (target.postId == 0 || target.releaseId != 0) {
        pushMove(clipIds, target, {});
        return;
    }

    const SorterPost *post = m_tree->post(target.postId);
    const qsizetype releases = post ? post->releases.size() : 0;
    if (releases == 1) {
        moveToRelease(clipIds, target.postId, post->releases.constFirst().id);
    } else if (releases == 0) {
        moveToRelease(clipIds, target.postId, 0);
    } else {
        emit releaseChoiceNeeded(clipIds, target.postId);
    }
}

void VideoSorter::moveToRelease(const QList<qint64> &clipIds, qint64 postId, qint64 releaseId)
{
    const SorterPost *post = m_tree->post(postId);
    if (releaseId != 0 || !post) {
        pushMove(clipIds, {postId, releaseId, 0, {}}, {});
        return;
    }
    const QString name = tr("Release %1").arg(post->releases.size() + 1);
    pushMove(clipIds, {postId, kNewRelease, 0, {}}, name);
}

// A release made by an earlier move is named by its token, so the move
// still finds it after an undo and redo made it again under a new id.
qint64 VideoSorter::releaseToken(qint64 releaseId, ClipMove &move) const
{
    for (qsizetype i = 0; releaseId > 0 && i < m_createdReleases.size(); ++i) {
        if (m_createdReleases.at(i)->load() == releaseId) {
            const qint64 token = -(i + 2);
            move.releaseTokens.insert(token, m_createdReleases.at(i));
            return token;
        }
    }
    return releaseId;
}

void VideoSorter::pushMove(const QList<qint64> &clipIds,
                           const SorterTarget &target,
                           const QString &newReleaseName)
{
    ClipMove move;
    move.postId = target.postId;
    move.newReleaseName = newReleaseName;
    qint64 targetRelease = releaseToken(target.releaseId, move);
    if (!newReleaseName.isEmpty()) {
        targetRelease = -(m_createdReleases.size() + 2);
        move.releaseTokens.insert(targetRelease, move.createdRelease);
    }
    for (const qint64 id : clipIds) {
        const VideoClip clip = m_tree->clip(id);
        if (clip.id == 0) {
            continue;
        }
        move.postId = clip.postId;
        move.before.insert(id, {releaseToken(clip.releaseId, move), clip.officeId, clip.platform});
        move.after.insert(id,
                          {targetRelease,
                           target.officeId != 0 ? target.officeId : clip.officeId,
                           target.platform.isEmpty() ? clip.platform : target.platform});
    }
    if (move.after.isEmpty()) {
        return;
    }

    if (!newReleaseName.isEmpty()) {
        m_createdReleases.append(move.createdRelease);
    }
    move.text = target.postId == 0 ? tr("Unsort %n clip(s)", nullptr, int(move.after.size()))
                                   : tr("Sort %n clip(s)", nullptr, int(move.after.size()));
    qCInfo(lcVideos) << move.text << "post" << move.postId << "release" << target.releaseId;
    m_undoStack->push(new MoveClipsCommand(this, move));
}

void VideoSorter::applyMove(const ClipMove &move, Direction direction)
{
    ++m_pendingJobs;
    const QString actor = DesktopSettings::reviewerName();
    QtConcurrent::run(&m_pool, [database = m_database, move, direction, actor] {
        return runMove(database, move, direction, actor);
    }).then(this, [this, postId = move.postId](const Result<bool> &moved) {
        --m_pendingJobs;
        if (!moved) {
            qCWarning(lcVideos) << "move failed:" << moved.error().detail;
            emit moveFailed(tr("The clips could not be moved: %1").arg(moved.error().detail));
        } else if (*moved) {
            qCInfo(lcVideos) << "post" << postId << "moved to the video library";
            emit postMovedToLibrary(postId);
        }
        reload();
    });
}

} // namespace Bfs::Ui
