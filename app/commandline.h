#pragma once

#include <QStringList>

#include "commandcontext.h"

namespace Bfs::App {

// The command words of an argument list ("posts", "post show",
// "headless"), found before the full parse so the right options can be
// added; empty for the desktop app.
QString commandWords(const QStringList &arguments);

// Adds --data-dir, --database, --json and --verbose.
void addGlobalOptions(QCommandLineParser &parser);

// Parses the arguments for `command` and runs it; prints usage errors.
int runCommand(const Command &command, const QStringList &arguments);

// The general --help text: every command with its summary.
QString generalHelp();

// The data dir from --data-dir, BFS_DATA_DIR or the platform default.
QString resolveDataDir(const QCommandLineParser &parser);
QString resolveDatabaseUrl(const QCommandLineParser &parser);

} // namespace Bfs::App
