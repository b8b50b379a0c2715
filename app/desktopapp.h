#pragma once

class QApplication;

namespace Bfs::App {

// The desktop app: opens the team database, shows the main window and
// runs the event loop. Returns the exit code.
int runDesktopApp(QApplication &application);

} // namespace Bfs::App
