#include "orchestratorpage.h"

#include <QDir>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QProgressBar>
#include <QPushButton>
#include <QTabWidget>
#include <QTableWidget>
#include <QVBoxLayout>

#include "orchestrator.h"
#include "taskregistry.h"
#include "widgets/logview.h"
#include "widgets/runhistory.h"

namespace Bfs::Ui {

namespace {

enum TaskColumn {
    NameColumn,
    ScheduleColumn,
    NextColumn,
    LastColumn,
    StatusColumn,
    DurationColumn,
    TaskColumnCount
};

} // namespace

OrchestratorPage::OrchestratorPage(const UiContext &context, QWidget *parent)
    : Page(context, parent)
{
    setupWidgets();
    connectSignals();
}

void OrchestratorPage::setupWidgets()
{
    m_tasks = new QTableWidget(0, TaskColumnCount, this);
    m_tasks->setObjectName(QStringLiteral("taskTable"));
    m_tasks->setAccessibleName(tr("Tasks"));
    m_tasks->setHorizontalHeaderLabels(
        {tr("Task"), tr("Schedule"), tr("Next due"), tr("Last run"), tr("Status"), tr("Duration")});
    m_tasks->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_tasks->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_tasks->setSelectionMode(QAbstractItemView::SingleSelection);
    m_tasks->verticalHeader()->hide();
    // Eleven rows: sizing to contents is cheap and keeps the table full width.
    m_tasks->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_tasks->horizontalHeader()->setStretchLastSection(true);
    const QStringList names = TaskRegistry::names();
    m_tasks->setRowCount(int(names.size()));
    for (int row = 0; row < names.size(); ++row) {
        m_tasks->setItem(row, NameColumn, new QTableWidgetItem(names.at(row)));
    }

    m_runNow = new QPushButton(tr("Run now"), this);
    m_runNow->setObjectName(QStringLiteral("runNow"));
    m_cancel = new QPushButton(tr("Cancel"), this);
    m_cancel->setObjectName(QStringLiteral("cancelRun"));
    m_progress = new QProgressBar(this);
    m_progress->setAccessibleName(tr("Progress"));
    m_progress->hide();
    m_progressText = new QLabel(this);
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_runNow);
    buttons->addWidget(m_cancel);
    buttons->addWidget(m_progress);
    buttons->addWidget(m_progressText, 1);

    m_history = new RunHistory(context().database, names, this);
    m_log = new LogView(QDir(context().dataDir).filePath(QStringLiteral("logs/bfs-marketing.log")),
                        this);
    auto *tabs = new QTabWidget(this);
    tabs->addTab(m_history, tr("Run history"));
    tabs->addTab(m_log, tr("Log"));

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_tasks, 2);
    layout->addLayout(buttons);
    layout->addWidget(tabs, 3);
    updateButtons();
}

void OrchestratorPage::connectSignals()
{
    connect(m_runNow, &QPushButton::clicked, this, &OrchestratorPage::runSelected);
    connect(m_cancel, &QPushButton::clicked, this, [this] {
        if (Orchestrator *orchestrator = context().orchestrator) {
            orchestrator->cancel(selectedTask());
        }
    });
    connect(m_tasks, &QTableWidget::itemSelectionChanged, this, &OrchestratorPage::updateButtons);
    Orchestrator *orchestrator = context().orchestrator;
    if (!orchestrator) {
        return;
    }
    connect(orchestrator, &Orchestrator::taskStatusesReady, this, &OrchestratorPage::showStatuses);
    connect(orchestrator, &Orchestrator::runProgress, this, &OrchestratorPage::onProgress);
    connect(orchestrator, &Orchestrator::runFinished, this, &OrchestratorPage::onFinished);
    connect(orchestrator, &Orchestrator::tasksChanged, this, [this] {
        updateButtons();
        if (isVisible()) {
            refresh();
        }
    });
}

void OrchestratorPage::refresh()
{
    if (context().orchestrator) {
        context().orchestrator->refreshTaskStatuses();
    }
    m_history->refresh();
}

QString OrchestratorPage::selectedTask() const
{
    const int row = m_tasks->currentRow();
    return row >= 0 ? m_tasks->item(row, NameColumn)->text() : QString();
}

bool OrchestratorPage::runSelected()
{
    Orchestrator *orchestrator = context().orchestrator;
    const QString task = selectedTask();
    if (!orchestrator || task.isEmpty() || !orchestrator->runNow(task, RunTrigger::Manual)) {
        return false;
    }
    m_progressText->setText(tr("%1 started…").arg(task));
    updateButtons();
    return true;
}

void OrchestratorPage::showStatuses(const QList<TaskStatus> &statuses)
{
    const QLocale locale;
    for (const TaskStatus &status : statuses) {
        const auto found = m_tasks->findItems(status.name, Qt::MatchExactly);
        if (found.isEmpty()) {
            continue;
        }
        const int row = found.constFirst()->row();
        QString state = status.enabled ? tr("enabled") : tr("disabled");
        QString last;
        QString duration;
        if (status.lastRun) {
            state = status.lastRun->status;
            last = locale.toString(status.lastRun->startedAt.toLocalTime(), QLocale::ShortFormat);
            duration = durationText(status.lastRun->startedAt, status.lastRun->finishedAt);
        }
        if (!status.scheduleError.isEmpty()) {
            state = tr("schedule problem: %1").arg(status.scheduleError);
        }
        const QStringList cells = {
            status.name,
            status.scheduleText,
            locale.toString(status.nextDue.toLocalTime(), QLocale::ShortFormat),
            last,
            state,
            duration};
        for (int column = ScheduleColumn; column < TaskColumnCount; ++column) {
            m_tasks->setItem(row, column, new QTableWidgetItem(cells.at(column)));
        }
        m_tasks->item(row, NameColumn)->setToolTip(status.description);
    }
}

void OrchestratorPage::onProgress(const QString &task, int done, int total, const QString &text)
{
    m_progress->show();
    m_progress->setRange(0, qMax(0, total));
    m_progress->setValue(total > 0 ? done : 0);
    m_progressText->setText(tr("%1: %2").arg(task, text));
}

void OrchestratorPage::onFinished(const RunReport &report)
{
    m_progress->hide();
    m_progressText->setText(tr("%1 finished: %2 %3")
                                .arg(report.request.task,
                                     runStatusKey(report.status),
                                     report.message.section(QLatin1Char('\n'), 0, 0)));
    updateButtons();
    if (isVisible()) {
        refresh();
    }
}

void OrchestratorPage::updateButtons()
{
    Orchestrator *orchestrator = context().orchestrator;
    const QString task = selectedTask();
    const bool running = orchestrator && orchestrator->runningTasks().contains(task);
    m_runNow->setEnabled(orchestrator && !task.isEmpty() && !running);
    m_cancel->setEnabled(running);
}

} // namespace Bfs::Ui
