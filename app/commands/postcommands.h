#pragma once

#include "commandcontext.h"

namespace Bfs::App {

// posts, post show, post approve, post reject: what a reviewer does in the
// app, for scripts and support, through the same workflow rules.
Command postsCommand();
Command postShowCommand();
Command postApproveCommand();
Command postRejectCommand();

} // namespace Bfs::App
