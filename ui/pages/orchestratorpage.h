#pragma once

#include <QHash>

#include "page.h"

class QLabel;
class QProgressBar;
class QPushButton;
class QTableWidget;

namespace Bfs {
struct RunReport;
struct TaskStatus;
} // namespace Bfs

namespace Bfs::Ui {

class LogView;
class RunHistory;

// The eleven tasks (schedule, next due, last run, status, duration) with
// "Run now" and "Cancel", the run history, and the log following live.
class OrchestratorPage final : public Page
{
    Q_OBJECT

public:
    explicit OrchestratorPage(const UiContext &context, QWidget *parent = nullptr);

    Q_DISABLE_COPY_MOVE(OrchestratorPage)

    QString pageKey() const override { return QStringLiteral("orchestrator"); }

    QString title() const override { return tr("Orchestrator"); }

    void refresh() override;

    QTableWidget *taskTable() const { return m_tasks; }

    // Runs the selected task now; false when there is none or it runs already.
    bool runSelected();

private:
    void setupWidgets();
    void connectSignals();
    void showStatuses(const QList<Bfs::TaskStatus> &statuses);
    void onProgress(const QString &task, int done, int total, const QString &text);
    void onFinished(const Bfs::RunReport &report);
    void updateButtons();
    QString selectedTask() const;

    QTableWidget *m_tasks = nullptr;
    QPushButton *m_runNow = nullptr;
    QPushButton *m_cancel = nullptr;
    QProgressBar *m_progress = nullptr;
    QLabel *m_progressText = nullptr;
    RunHistory *m_history = nullptr;
    LogView *m_log = nullptr;
};

} // namespace Bfs::Ui
