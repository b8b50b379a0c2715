#pragma once

#include <atomic>
#include <memory>

#include <QObject>
#include <QThreadPool>

#include "db/database.h"
#include "sortersnapshot.h"

class QUndoStack;

namespace Bfs::Ui {

class SorterTreeModel;
class ThumbnailCache;
class UnsortedClipModel;
struct ClipMove;

// The Video Sorter's state and its moves: the unsorted clip model, the
// tree model, and an undo stack of moves. Moves and reloads run in order
// on one worker thread, so a reload always sees the writes before it and
// an undo never overtakes the move it takes back. When the last clip of a
// post in review is sorted, the post moves to the library through
// PostWorkflow. GUI thread only.
class VideoSorter final : public QObject
{
    Q_OBJECT

public:
    enum class Direction {
        Forward,
        Back
    };

    explicit VideoSorter(DatabasePtr database, QObject *parent = nullptr);
    ~VideoSorter() override;

    Q_DISABLE_COPY_MOVE(VideoSorter)

    UnsortedClipModel *unsortedModel() const { return m_unsorted; }

    SorterTreeModel *treeModel() const { return m_tree; }

    QUndoStack *undoStack() const { return m_undoStack; }

    ThumbnailCache *thumbnails() const { return m_thumbnails; }

    void reload();
    // Turns a drop into one undoable move. A drop on a post with several
    // releases emits releaseChoiceNeeded() instead; one without any makes
    // its first release.
    void dropClips(const QList<qint64> &clipIds, const Bfs::Ui::SorterTarget &target);
    // Moves the clips into a release of the post; releaseId 0 makes a new one.
    void moveToRelease(const QList<qint64> &clipIds, qint64 postId, qint64 releaseId);
    // Called by MoveClipsCommand; queues the write and a reload.
    void applyMove(const ClipMove &move, Direction direction);

    bool isBusy() const { return m_pendingJobs > 0; }

signals:
    void loaded();
    void releaseChoiceNeeded(const QList<qint64> &clipIds, qint64 postId);
    void moveFailed(const QString &reason);
    void postMovedToLibrary(qint64 postId);

private:
    void pushMove(const QList<qint64> &clipIds,
                  const SorterTarget &target,
                  const QString &newReleaseName);
    void applySnapshot(const SorterSnapshot &snapshot);
    qint64 releaseToken(qint64 releaseId, ClipMove &move) const;

    DatabasePtr m_database;
    QThreadPool m_pool;
    ThumbnailCache *m_thumbnails = nullptr;
    UnsortedClipModel *m_unsorted = nullptr;
    SorterTreeModel *m_tree = nullptr;
    QUndoStack *m_undoStack = nullptr;
    QList<std::shared_ptr<std::atomic<qint64>>> m_createdReleases;
    int m_pendingJobs = 0;
};

} // namespace Bfs::Ui
