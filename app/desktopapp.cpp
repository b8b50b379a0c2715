#include "desktopapp.h"

#include <QApplication>
#include <QCryptographicHash>
#include <QDir>
#include <QFileInfo>
#include <QLocalServer>
#include <QLocalSocket>
#include <QLocale>
#include <QMessageBox>
#include <QTextStream>
#include <QThreadPool>
#include <QTranslator>

#include "background.h"
#include "clock.h"
#include "commandcontext.h"
#include "commandline.h"
#include "logsetup.h"
#include "mainwindow.h"
#include "orchestrator.h"
#include "pages/settingspage.h"
#include "settings/teamsettings.h"
#include "trayicon.h"

namespace Bfs::App {

namespace {

// How long a second launch waits for the first one to answer.
constexpr int kInstanceTimeoutMs = 1000;

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

// One app per data dir: the name is derived from it, so two data dirs
// (a test and the real one) can run side by side.
QString instanceName(const QString &dataDir)
{
    const QByteArray hash = QCryptographicHash::hash(QDir(dataDir).absolutePath().toUtf8(),
                                                     QCryptographicHash::Sha1);
    return QStringLiteral("bfs-marketing-") + QString::fromLatin1(hash.toHex().left(16));
}

// Asks a running instance to show its window; true when one answered.
bool raiseRunningInstance(const QString &name, const QString &page)
{
    QLocalSocket socket;
    socket.connectToServer(name);
    if (!socket.waitForConnected(kInstanceTimeoutMs)) {
        return false;
    }
    socket.write(QStringLiteral("raise %1\n").arg(page).toUtf8());
    socket.waitForBytesWritten(kInstanceTimeoutMs);
    return true;
}

void listenForLaterLaunches(QLocalServer &server, const QString &name, Ui::MainWindow &window)
{
    QLocalServer::removeServer(name);
    if (!server.listen(name)) {
        QTextStream(stderr) << "bfs-marketing: cannot watch for a second launch: "
                            << server.errorString() << Qt::endl;
        return;
    }
    QObject::connect(&server, &QLocalServer::newConnection, &window, [&server, &window] {
        QLocalSocket *socket = server.nextPendingConnection();
        QObject::connect(socket, &QLocalSocket::readyRead, &window, [socket, &window] {
            const QString line = QString::fromUtf8(socket->readLine()).trimmed();
            const QString page = line.section(QLatin1Char(' '), 1, 1);
            if (!page.isEmpty()) {
                window.showPage(page);
            }
            window.showNormal();
            window.raise();
            window.activateWindow();
            socket->deleteLater();
        });
    });
}

QString databaseUrlFor(const QCommandLineParser &parser)
{
    const QString url = resolveDatabaseUrl(parser);
    return url.isEmpty() ? Ui::SettingsPage::savedDatabaseUrl() : url;
}

// The user's language when we ship it, else English (for its plural forms).
void installTranslator(QTranslator &translator)
{
    const QString directory = QStringLiteral(":/i18n");
    const QString name = QStringLiteral("bfs_marketing");
    if (translator.load(QLocale(), name, QStringLiteral("_"), directory)
        || translator.load(name + QStringLiteral("_en"), directory)) {
        QCoreApplication::installTranslator(&translator);
    }
}

} // namespace

int runDesktopApp(QApplication &application)
{
    QTranslator translator;
    installTranslator(translator);
    QCommandLineParser parser;
    addGlobalOptions(parser);
    parser.addHelpOption();
    parser.addOption(
        {QStringLiteral("page"),
         QObject::tr("Open the main window on PAGE (dashboard, stage1, pending_design, "
                     "stage2, approved, videos, orchestrator, analytics, settings)."),
         QStringLiteral("PAGE")});
    if (!parser.parse(application.arguments())) {
        return startupFailure(parser.errorText());
    }

    const QString dataDir = resolveDataDir(parser);
    if (!QDir().mkpath(dataDir) || !QFileInfo(dataDir).isWritable()) {
        return startupFailure(
            QObject::tr("The data folder %1 cannot be created or written.").arg(dataDir));
    }
    const QString page = parser.value(QStringLiteral("page"));
    const QString name = instanceName(dataDir);
    if (raiseRunningInstance(name, page)) {
        return ExitSuccess;
    }
    installLogging(dataDir, parser.isSet(QStringLiteral("verbose")));

    const auto database = openTeamDatabase(databaseUrlFor(parser), dataDir);
    if (!database) {
        return startupFailure(database.errorDetail());
    }

    Orchestrator orchestrator(*database, dataDir, databaseClock(*database));
    Ui::MainWindow window(Ui::UiContext{*database, dataDir, &orchestrator});
    Ui::TrayIcon tray(*database, &orchestrator, &window);
    QObject::connect(&tray, &Ui::TrayIcon::quitRequested, &application, &QApplication::quit);
    // Without a tray to come back from, closing the window quits.
    const bool keepInTray = QSystemTrayIcon::isSystemTrayAvailable();
    window.setCloseToTray(keepInTray);
    application.setQuitOnLastWindowClosed(!keepInTray);
    if (keepInTray) {
        tray.show();
    }

    QLocalServer server;
    listenForLaterLaunches(server, name, window);
    if (!page.isEmpty()) {
        window.showPage(page);
    }
    window.show();
    orchestrator.start();
    const int exitCode = application.exec();

    // Pool jobs (plans, page loads) still use the database: let them end
    // before the orchestrator and the connection go away.
    QThreadPool::globalInstance()->waitForDone();
    Ui::databasePool()->waitForDone();
    return exitCode;
}

} // namespace Bfs::App
