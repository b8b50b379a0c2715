#pragma once

#include <QHash>
#include <QSystemTrayIcon>

#include "db/database.h"

class QAction;
class QMenu;

namespace Bfs {
class Orchestrator;
struct NotificationMessage;
struct RunReport;
} // namespace Bfs

namespace Bfs::Ui {

class MainWindow;

// The tray icon: the orchestrator's state at a glance (idle, running,
// failure), "Run now" per task, pause/resume, open and quit, and the
// notifications (reminders, escalations, finished manual runs); clicking a
// notification opens the page it is about. GUI thread only.
class TrayIcon final : public QSystemTrayIcon
{
    Q_OBJECT

public:
    enum class State {
        Idle,
        Running,
        Failure
    };

    TrayIcon(DatabasePtr database,
             Orchestrator *orchestrator,
             MainWindow *window,
             QObject *parent = nullptr);
    ~TrayIcon() override;

    Q_DISABLE_COPY_MOVE(TrayIcon)

    QMenu *menu() const { return m_menu; }

    QAction *runNowAction(const QString &task) const { return m_runActions.value(task); }

    QAction *pauseAction() const { return m_pause; }

    State state() const { return m_state; }

    // A round status light drawn at runtime (no icon files to ship).
    static QIcon iconFor(State state);

    // "bfs://page/stage1" shows that page; "bfs://post/ID" the Stage 1 queue.
    void openLink(const QString &link);

signals:
    void quitRequested();

private:
    void setupMenu();
    void connectSignals();
    void setState(State state);
    void onRunFinished(const Bfs::RunReport &report);
    void onNotification(const Bfs::NotificationMessage &message);
    void showWindow();

    DatabasePtr m_database;
    Orchestrator *m_orchestrator = nullptr;
    MainWindow *m_window = nullptr;
    QMenu *m_menu = nullptr;
    QAction *m_status = nullptr;
    QAction *m_pause = nullptr;
    QHash<QString, QAction *> m_runActions;
    QString m_lastLink;
    State m_state = State::Idle;
};

} // namespace Bfs::Ui
