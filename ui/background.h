#pragma once

#include <utility>

#include <QFuture>
#include <QObject>
#include <QThreadPool>
#include <QtConcurrent/QtConcurrentRun>

namespace Bfs::Ui {

// The small pool every page runs its database work on, so the UI thread
// never waits on SQL. Each worker thread gets its own connection through
// Database::connection(). Two threads: enough to load a page while a
// decision is written, few enough to leave the orchestrator room.
QThreadPool *databasePool();

// Runs `work` on the database pool and hands its result to `done` on
// `context`'s thread (the GUI thread for widgets and models). Nothing is
// delivered once `context` is gone.
template<typename Work, typename Done>
void runInBackground(QObject *context, Work &&work, Done &&done)
{
    QtConcurrent::run(databasePool(), std::forward<Work>(work))
        .then(context, std::forward<Done>(done));
}

} // namespace Bfs::Ui
