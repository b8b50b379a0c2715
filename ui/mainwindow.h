#pragma once

#include <QMainWindow>

#include "db/database.h"

namespace Bfs::Ui {

// The app's main window: a sidebar of pages and a status bar.
class MainWindow final : public QMainWindow
{
    Q_OBJECT

public:
    MainWindow(DatabasePtr database, const QString &dataDir, QWidget *parent = nullptr);

    Q_DISABLE_COPY_MOVE(MainWindow)

private:
    DatabasePtr m_database;
    QString m_dataDir;
};

} // namespace Bfs::Ui
