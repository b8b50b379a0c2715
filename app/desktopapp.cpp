#include "desktopapp.h"

#include <QApplication>
#include <QDir>
#include <QFileInfo>
#include <QMessageBox>
#include <QTextStream>

#include "commandcontext.h"
#include "commandline.h"
#include "logsetup.h"
#include "mainwindow.h"
#include "settings/teamsettings.h"

namespace Bfs::App {

namespace {

// Shown before the main window exists, so the user learns why nothing
// opened; also printed for whoever started the app from a shell.
int startupFailure(const QString &reason)
{
    QTextStream(stderr) << "bfs-marketing: " << reason << Qt::endl;
    QMessageBox::critical(nullptr, QObject::tr("BFS Marketing cannot start"), reason);
    return ExitUsage;
}

Result<DatabasePtr> openTeamDatabase(const QString &databaseUrl, const QString &dataDir)
{
    const auto location = DatabaseLocation::parse(databaseUrl, dataDir);
    if (!location) {
        return location.error();
    }
    auto database = Database::open(*location);
    if (!database) {
        return database.error();
    }
    if (auto seeded = TeamSettings(*database).seedDefaults(); !seeded) {
        return seeded.error();
    }
    return database;
}

} // namespace

int runDesktopApp(QApplication &application)
{
    QCommandLineParser parser;
    addGlobalOptions(parser);
    parser.addHelpOption();
    if (!parser.parse(application.arguments())) {
        return startupFailure(parser.errorText());
    }

    const QString dataDir = resolveDataDir(parser);
    if (!QDir().mkpath(dataDir) || !QFileInfo(dataDir).isWritable()) {
        return startupFailure(
            QObject::tr("The data folder %1 cannot be created or written.").arg(dataDir));
    }
    installLogging(dataDir, parser.isSet(QStringLiteral("verbose")));

    const auto database = openTeamDatabase(resolveDatabaseUrl(parser), dataDir);
    if (!database) {
        return startupFailure(database.errorDetail());
    }

    Ui::MainWindow window(*database, dataDir);
    window.show();
    return application.exec();
}

} // namespace Bfs::App
