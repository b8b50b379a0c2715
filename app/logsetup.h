#pragma once

#include <QString>

namespace Bfs::App {

// Sends every log line to <dataDir>/logs/bfs-marketing.log (rotated at
// 5 MB, five files kept) as "time level category [thread] message".
// Warnings and worse also go to stderr; with `verbose`, debug lines of the
// bfs.* categories are enabled and go to stderr too. Safe to call again
// (the GUI re-targets the file when the data dir changes).
void installLogging(const QString &dataDir, bool verbose);

// The folder the log files are written to, for the Orchestrator page.
QString logFilePath();

} // namespace Bfs::App
