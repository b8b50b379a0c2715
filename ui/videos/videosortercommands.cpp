#include "videosortercommands.h"

#include "videosorter.h"

namespace Bfs::Ui {

MoveClipsCommand::MoveClipsCommand(VideoSorter *sorter, ClipMove move)
    : QUndoCommand(move.text)
    , m_sorter(sorter)
    , m_move(std::move(move))
{}

void MoveClipsCommand::redo()
{
    m_sorter->applyMove(m_move, VideoSorter::Direction::Forward);
}

void MoveClipsCommand::undo()
{
    m_sorter->applyMove(m_move, VideoSorter::Direction::Back);
}

} // namespace Bfs::Ui
