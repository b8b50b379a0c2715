#pragma once

#include <QList>

#include "commandcontext.h"

namespace Bfs::App {

// Every command of the command line, in the order --help lists them.
const QList<Command> &commandTable();

} // namespace Bfs::App
