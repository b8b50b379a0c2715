#include "trayicon.h"

#include <QMenu>
#include <QPainter>
#include <QUrl>

#include "background.h"
#include "mainwindow.h"
#include "notificationhub.h"
#include "orchestrator.h"
#include "settings/settingsregistry.h"
#include "settings/teamsettings.h"
#include "taskregistry.h"
#include "uilogging.h"

namespace Bfs::Ui {

TrayIcon::TrayIcon(DatabasePtr database,
                   Orchestrator *orchestrator,
                   MainWindow *window,
                   QObject *parent)
    : QSystemTrayIcon(parent)
    , m_database(std::move(database))
    , m_orchestrator(orchestrator)
    , m_window(window)
{
    setupMenu();
    connectSignals();
    setState(State::Idle);
}

TrayIcon::~TrayIcon()
{
    delete m_menu;
}

QIcon TrayIcon::iconFor(State state)
{
    const QColor colour = state == State::Failure   ? QColor(0xc0, 0x39, 0x2b)
                          : state == State::Running ? QColor(0x29, 0x80, 0xb9)
                                                    : QColor(0x27, 0xae, 0x60);
    QIcon icon;
    for (const int size : {16, 22, 32, 64}) {
        QPixmap pixmap(size, size);
        pixmap.fill(Qt::transparent);
        QPainter painter(&pixmap);
        painter.setRenderHint(QPainter::Antialiasing);
        painter.setPen(QPen(colour.darker(140), qMax(1.0, size / 16.0)));
        painter.setBrush(colour);
        const qreal margin = size / 8.0;
        painter.drawEllipse(QRectF(margin, margin, size - 2 * margin, size - 2 * margin));
        icon.addPixmap(pixmap);
    }
    return icon;
}

void TrayIcon::setupMenu()
{
    m_menu = new QMenu;
    m_status = m_menu->addAction(QString());
    m_status->setEnabled(false);
    m_menu->addSeparator();
    m_menu->addAction(tr("Open BFS Marketing"), this, &TrayIcon::showWindow);
    QMenu *runMenu = m_menu->addMenu(tr("Run now"));
    for (const QString &task : TaskRegistry::names()) {
        QAction *action = runMenu->addAction(task);
        action->setObjectName(QStringLiteral("run_") + task);
        connect(action, &QAction::triggered, this, [this, task] {
            if (m_orchestrator && m_orchestrator->runNow(task, RunTrigger::Tray)) {
                qCInfo(lcTray) << "run now from the tray:" << task;
                setState(State::Running);
            }
        });
        m_runActions.insert(task, action);
    }
    m_pause = m_menu->addAction(tr("Pause scheduled runs"));
    m_pause->setCheckable(true);
    connect(m_pause, &QAction::toggled, this, [this](bool paused) {
        if (m_orchestrator) {
            m_orchestrator->setPaused(paused);
        }
        setState(m_state);
    });
    m_menu->addSeparator();
    m_menu->addAction(tr("Quit"), this, &TrayIcon::quitRequested);
    setContextMenu(m_menu);
}

void TrayIcon::connectSignals()
{
    connect(this, &QSystemTrayIcon::activated, this, [this](ActivationReason reason) {
        if (reason == Trigger || reason == DoubleClick) {
            showWindow();
        }
    });
    connect(this, &QSystemTrayIcon::messageClicked, this, [this] { openLink(m_lastLink); });
    connect(NotificationHub::instance(),
            &NotificationHub::notificationPosted,
            this,
            &TrayIcon::onNotification);
    if (!m_orchestrator) {
        return;
    }
    connect(m_orchestrator, &Orchestrator::runStarted, this, [this] { setState(State::Running); });
    connect(m_orchestrator, &Orchestrator::runFinished, this, &TrayIcon::onRunFinished);
    runInBackground(
        this,
        [database = m_database] {
            return TeamSettings(database).boolValue(
                QString::fromLatin1(SettingKeys::kOrchestratorPaused));
        },
        [this](bool paused) {
            const QSignalBlocker blocker(m_pause);
            m_pause->setChecked(paused);
            setState(m_state);
        });
}

void TrayIcon::setState(State state)
{
    m_state = state;
    setIcon(iconFor(state));
    QString text = state == State::Failure   ? tr("A task failed")
                   : state == State::Running ? tr("Running tasks")
                                             : tr("Idle");
    if (m_pause->isChecked()) {
        text += tr(" (scheduled runs paused)");
    }
    m_status->setText(text);
    setToolTip(tr("BFS Marketing: %1").arg(text));
}

void TrayIcon::onRunFinished(const RunReport &report)
{
    const bool failed = report.kind == RunReport::Kind::Error
                        || (report.kind == RunReport::Kind::Ran
                            && report.status != RunStatus::Success
                            && report.status != RunStatus::Skipped);
    const bool busy = m_orchestrator && !m_orchestrator->runningTasks().isEmpty();
    setState(failed ? State::Failure : (busy ? State::Running : State::Idle));

    const RunTrigger trigger = report.request.trigger;
    if (trigger == RunTrigger::Manual || trigger == RunTrigger::Tray) {
        m_lastLink = QStringLiteral("bfs://page/orchestrator");
        showMessage(tr("%1 finished").arg(report.request.task),
                    report.message.section(QLatin1Char('\n'), 0, 0),
                    failed ? QSystemTrayIcon::Warning : QSystemTrayIcon::Information);
    }
}

void TrayIcon::onNotification(const NotificationMessage &message)
{
    m_lastLink = message.link;
    showMessage(message.title,
                message.body,
                message.kind == NotificationKind::Escalation
                        || message.kind == NotificationKind::HealthAlert
                    ? QSystemTrayIcon::Warning
                    : QSystemTrayIcon::Information);
}

void TrayIcon::openLink(const QString &link)
{
    showWindow();
    const QUrl url(link);
    if (!m_window || url.scheme() != QLatin1String("bfs")) {
        return;
    }
    const QString target = url.path().section(QLatin1Char('/'), 1, 1);
    if (url.host() == QLatin1String("page")) {
        m_window->showPage(target);
    } else if (url.host() == QLatin1String("post")) {
        m_window->showPage(QStringLiteral("stage1"));
    }
}

void TrayIcon::showWindow()
{
    if (!m_window) {
        return;
    }
    m_window->showNormal();
    m_window->raise();
    m_window->activateWindow();
}

} // namespace Bfs::Ui
