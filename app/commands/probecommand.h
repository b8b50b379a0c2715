#pragma once

#include "commandcontext.h"

namespace Bfs::App {

// probe [--thumbnails DIR] FILE...: metadata (and thumbnails) of video
// files, read in crash-isolated helper processes. Exit 0 when every file
// was read, 1 when any failed.
Command probeCommand();

// media-worker: internal; serves MediaWorkerPool over stdin/stdout.
Command mediaWorkerCommand();

} // namespace Bfs::App
