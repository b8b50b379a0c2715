#pragma once

#include <functional>

#include <QCommandLineParser>
#include <QString>
#include <QStringList>
#include <QTextStream>

#include "db/database.h"
#include "result.h"

namespace Bfs::App {

// What a command of the command line gets to work with: its parsed
// options, its positional arguments (after the command words), the data
// dir, the team database (opened on first use) and the two output streams.
// Commands print results on out(), one-line reasons on err(), and return
// the exit code of SPEC.md: 0 success, 1 failed, 2 bad usage or
// configuration, 3 skipped because another process holds the task.
class CommandContext final
{
public:
    CommandContext(const QCommandLineParser &parser,
                   const QStringList &positional,
                   const QString &dataDir,
                   const QString &databaseUrl);

    Q_DISABLE_COPY_MOVE(CommandContext)

    const QCommandLineParser &parser() const { return m_parser; }

    const QStringList &positional() const { return m_positional; }

    bool isSet(const QString &option) const { return m_parser.isSet(option); }

    QString value(const QString &option) const { return m_parser.value(option); }

    bool json() const { return m_parser.isSet(QStringLiteral("json")); }

    bool verbose() const { return m_parser.isSet(QStringLiteral("verbose")); }

    const QString &dataDir() const { return m_dataDir; }

    const QString &databaseUrl() const { return m_databaseUrl; }

    // Opens and migrates the database on first call; later calls return the
    // same one. On failure the reason is already printed.
    [[nodiscard]] Result<DatabasePtr> database();

    QTextStream &out() { return m_out; }

    QTextStream &err() { return m_err; }

    // Prints "bfs-marketing: REASON" on stderr and returns 2 (bad usage).
    int usageError(const QString &reason);

private:
    const QCommandLineParser &m_parser;
    QStringList m_positional;
    QString m_dataDir;
    QString m_databaseUrl;
    DatabasePtr m_database;
    QTextStream m_out;
    QTextStream m_err;
};

enum ExitCode {
    ExitSuccess = 0,
    ExitFailed = 1,
    ExitUsage = 2,
    ExitBusy = 3,
};

// One command of the command line: its words ("posts", "post show"), a
// one-line summary for --help, the options it adds, and what runs it.
struct Command
{
    QString words;
    QString summary;
    QString positionalSyntax;
    std::function<void(QCommandLineParser &)> addOptions;
    std::function<int(CommandContext &)> run;
};

} // namespace Bfs::App
