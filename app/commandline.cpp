#include "commandline.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QStandardPaths>

#include "commandtable.h"
#include "logsetup.h"

namespace Bfs::App {

namespace {

// Options that take a value, so the value is not read as a command word;
// --page belongs to the desktop app ("--page stage1" opens the window).
const QStringList kGlobalValueOptions = {
    QStringLiteral("--data-dir"), QStringLiteral("--database"), QStringLiteral("--page")};

// Commands with a second word ("post show").
const QStringList kTwoWordCommands = {QStringLiteral("post"), QStringLiteral("credentials")};

QString checkDataDir(const QString &path)
{
    const QFileInfo info(path);
    if (info.exists() && !info.isDir()) {
        return QStringLiteral("data folder %1 is a file, not a folder").arg(path);
    }
    if (!info.exists() && !QDir().mkpath(path)) {
        return QStringLiteral("cannot create the data folder %1").arg(path);
    }
    if (!QFileInfo(path).isWritable()) {
        return QStringLiteral("data folder %1 is not writable").arg(path);
    }
    return {};
}

int wordCount(const QString &words)
{
    return int(words.count(QLatin1Char(' '))) + 1;
}

} // namespace

QString commandWords(const QStringList &arguments)
{
    if (arguments.contains(QStringLiteral("--headless"))) {
        return QStringLiteral("headless");
    }
    QStringList words;
    for (int i = 1; i < arguments.size(); ++i) {
        const QString &argument = arguments.at(i);
        if (kGlobalValueOptions.contains(argument)) {
            ++i;
            continue;
        }
        if (argument.startsWith(QLatin1Char('-'))) {
            if (!words.isEmpty()) {
                break;
            }
            continue;
        }
        words.append(argument);
        const bool needsSecondWord = words.size() == 1 && kTwoWordCommands.contains(argument);
        if (!needsSecondWord) {
            break;
        }
    }
    return words.join(QLatin1Char(' '));
}

void addGlobalOptions(QCommandLineParser &parser)
{
    parser.addOptions({
        {QStringLiteral("data-dir"),
         QStringLiteral("Folder for the database, images, thumbnails and logs."),
         QStringLiteral("DIR")},
        {QStringLiteral("database"),
         QStringLiteral("sqlite:PATH or postgresql://USER@HOST:PORT/DB."),
         QStringLiteral("URL")},
        {QStringLiteral("json"), QStringLiteral("Print machine-readable JSON.")},
        {QStringLiteral("verbose"), QStringLiteral("Print debug log lines on stderr.")},
    });
}

QString resolveDataDir(const QCommandLineParser &parser)
{
    if (parser.isSet(QStringLiteral("data-dir"))) {
        return QDir(parser.value(QStringLiteral("data-dir"))).absolutePath();
    }
    const QString fromEnvironment = qEnvironmentVariable("BFS_DATA_DIR");
    if (!fromEnvironment.isEmpty()) {
        return QDir(fromEnvironment).absolutePath();
    }
    return QStandardPaths::writableLocation(QStandardPaths::AppLocalDataLocation);
}

QString resolveDatabaseUrl(const QCommandLineParser &parser)
{
    if (parser.isSet(QStringLiteral("database"))) {
        return parser.value(QStringLiteral("database"));
    }
    return qEnvironmentVariable("BFS_DATABASE");
}

int runCommand(const Command &command, const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(command.summary);
    parser.addHelpOption();
    addGlobalOptions(parser);
    if (command.addOptions) {
        command.addOptions(parser);
    }
    parser.addPositionalArgument(command.words,
                                 command.summary,
                                 command.words + QLatin1Char(' ') + command.positionalSyntax);

    QTextStream err(stderr);
    if (!parser.parse(arguments)) {
        err << "bfs-marketing: " << parser.errorText() << Qt::endl;
        return ExitUsage;
    }
    if (parser.isSet(QStringLiteral("help"))) {
        QTextStream(stdout) << parser.helpText();
        return ExitSuccess;
    }

    const QString dataDir = resolveDataDir(parser);
    if (const QString problem = checkDataDir(dataDir); !problem.isEmpty()) {
        err << "bfs-marketing: " << problem << Qt::endl;
        return ExitUsage;
    }
    installLogging(dataDir, parser.isSet(QStringLiteral("verbose")));

    const QStringList positional = parser.positionalArguments().mid(wordCount(command.words));
    CommandContext context(parser, positional, dataDir, resolveDatabaseUrl(parser));
    return command.run(context);
}

QString generalHelp()
{
    QString text = QStringLiteral(
        "Usage: bfs-marketing [--data-dir DIR] [--database URL]            the desktop app\n"
        "       bfs-marketing COMMAND [options]                             a command, then "
        "exit\n\n"
        "Commands:\n");
    for (const Command &command : commandTable()) {
        const QString usage =
            QString(command.words + QLatin1Char(' ') + command.positionalSyntax).trimmed();
        text += QStringLiteral("  %1\n      %2\n").arg(usage, command.summary);
    }
    text += QStringLiteral(
        "\nGlobal options: --data-dir DIR (env BFS_DATA_DIR), --database URL (env "
        "BFS_DATABASE), --json, --verbose.\nExit codes: 0 success, 1 failed, 2 bad usage "
        "or configuration, 3 held by another process.\n");
    return text;
}

} // namespace Bfs::App
