#pragma once

#include <atomic>
#include <memory>

#include <QHash>
#include <QUndoCommand>

#include "repositories/videofilerepository.h"

namespace Bfs::Ui {

class VideoSorter;

// The id of a release a move made; it changes when an undo removes the
// release and a redo makes it again, so moves refer to it through this.
using ReleaseRef = std::shared_ptr<std::atomic<qint64>>;

// One move in the Sorter: where each clip was and where it goes. When
// newReleaseName is set the move first makes that release (for a drop on a
// post without one) and its undo removes it again. A placement's negative
// releaseId is a token for a release some move made: releaseTokens gives
// its id at the time of the write.
struct ClipMove
{
    QString text;
    qint64 postId = 0;
    QHash<qint64, ClipPlacement> before;
    QHash<qint64, ClipPlacement> after;
    QString newReleaseName;
    ReleaseRef createdRelease = std::make_shared<std::atomic<qint64>>(0);
    QHash<qint64, ReleaseRef> releaseTokens;
};

// Target release of a drop that makes a new release.
inline constexpr qint64 kNewRelease = -1;

// Undoable move of clips between unsorted and the tree, for VideoSorter's
// QUndoStack. redo() and undo() queue the database writes and return.
class MoveClipsCommand final : public QUndoCommand
{
public:
    MoveClipsCommand(VideoSorter *sorter, ClipMove move);

    void redo() override;
    void undo() override;

    const ClipMove &move() const { return m_move; }

private:
    VideoSorter *m_sorter = nullptr;
    ClipMove m_move;
};

} // namespace Bfs::Ui
