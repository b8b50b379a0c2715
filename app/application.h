#pragma once

namespace Bfs::App {

// Decides from the arguments whether this is the desktop app or a command,
// creates the matching Qt application object and runs it. Returns the
// process exit code.
int run(int argc, char *argv[]);

} // namespace Bfs::App
