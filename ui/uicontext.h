#pragma once

#include <QString>

#include "db/database.h"

namespace Bfs {
class Orchestrator;
}

namespace Bfs::Ui {

// What every page needs: the team database, the data dir (images, logs)
// and the embedded orchestrator, which may be absent (tests, or a desktop
// that leaves scheduling to a server).
struct UiContext
{
    DatabasePtr database;
    QString dataDir;
    Orchestrator *orchestrator = nullptr;
};

} // namespace Bfs::Ui
