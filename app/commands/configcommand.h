#pragma once

#include "commandcontext.h"

namespace Bfs::App {

// config list | get KEY | set KEY VALUE: every setting but secrets, for a
// machine without a window. Team settings go to the database, desktop
// settings to this machine.
Command configCommand();

} // namespace Bfs::App
