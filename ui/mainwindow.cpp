#include "mainwindow.h"

#include <QLabel>
#include <QStatusBar>

namespace Bfs::Ui {

MainWindow::MainWindow(DatabasePtr database, const QString &dataDir, QWidget *parent)
    : QMainWindow(parent)
    , m_database(std::move(database))
    , m_dataDir(dataDir)
{
    setWindowTitle(tr("BFS Marketing"));
    resize(1280, 800);
    // TODO: the pages (Dashboard, reviews, videos, orchestrator) replace this placeholder.
    setCentralWidget(new QLabel(tr("BFS Marketing"), this));
    statusBar()->showMessage(tr("Database: %1").arg(m_database->describe()));
}

} // namespace Bfs::Ui
