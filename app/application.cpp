#include "application.h"

#include <QApplication>
#include <QCoreApplication>
#include <QGuiApplication>
#include <QTextStream>

#include "commandline.h"
#include "commandtable.h"
#include "desktopapp.h"

namespace Bfs::App {

namespace {

void setApplicationNames()
{
    QCoreApplication::setOrganizationName(QStringLiteral("BFS"));
    QCoreApplication::setApplicationName(QStringLiteral("bfs-marketing"));
    QCoreApplication::setApplicationVersion(QStringLiteral(BFS_VERSION));
}

const Command *findCommand(const QString &words)
{
    for (const Command &command : commandTable()) {
        if (command.words == words) {
            return &command;
        }
    }
    return nullptr;
}

bool asksForHelp(const QStringList &arguments)
{
    return arguments.contains(QStringLiteral("--help")) || arguments.contains(QStringLiteral("-h"));
}

int runCommandLine(const QString &words)
{
    const QStringList arguments = QCoreApplication::arguments();
    if (words.isEmpty() || (asksForHelp(arguments) && !findCommand(words))) {
        QTextStream(stdout) << generalHelp();
        return ExitSuccess;
    }
    if (arguments.contains(QStringLiteral("--version"))) {
        QTextStream(stdout) << "bfs-marketing " << QCoreApplication::applicationVersion() << "\n";
        return ExitSuccess;
    }
    const Command *command = findCommand(words);
    if (!command) {
        QTextStream(stderr) << "bfs-marketing: unknown command \"" << words
                            << "\"; see bfs-marketing --help" << Qt::endl;
        return ExitUsage;
    }
    return runCommand(*command, arguments);
}

} // namespace

int run(int argc, char *argv[])
{
    QStringList rawArguments;
    for (int i = 0; i < argc; ++i) {
        rawArguments.append(QString::fromLocal8Bit(argv[i]));
    }
    const QString words = commandWords(rawArguments);
    const bool desktop = words.isEmpty() && !asksForHelp(rawArguments)
                         && !rawArguments.contains(QStringLiteral("--version"));

    if (desktop) {
        QApplication application(argc, argv);
        setApplicationNames();
        QApplication::setApplicationDisplayName(QStringLiteral("BFS Marketing"));
        return runDesktopApp(application);
    }
    // Running tasks draws images (generate_pending_images), which needs a
    // QGuiApplication; without a display the offscreen platform serves.
    if (words.section(QLatin1Char(' '), 0, 0) == QLatin1String("task")
        || words == QLatin1String("headless")) {
        const bool noDisplay = qEnvironmentVariableIsEmpty("DISPLAY")
                               && qEnvironmentVariableIsEmpty("WAYLAND_DISPLAY");
        if (noDisplay && qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM")) {
            qputenv("QT_QPA_PLATFORM", "offscreen");
        }
        QGuiApplication application(argc, argv);
        setApplicationNames();
        return runCommandLine(words);
    }
    QCoreApplication application(argc, argv);
    setApplicationNames();
    return runCommandLine(words);
}

} // namespace Bfs::App
