#pragma once

#include <QList>
#include <QWidget>

#include "db/database.h"
#include "domain/records.h"

class QComboBox;
class QPlainTextEdit;
class QTableWidget;

namespace Bfs::Ui {

// The orchestrator's run history, newest first, filtered by task and
// status, with the selected run's message and details.
class RunHistory final : public QWidget
{
    Q_OBJECT

public:
    RunHistory(DatabasePtr database, const QStringList &tasks, QWidget *parent = nullptr);

    Q_DISABLE_COPY_MOVE(RunHistory)

    static constexpr int kMaxRuns = 300;

    void refresh();

    QTableWidget *table() const { return m_table; }

private:
    void show(const QList<OrchestratorRun> &runs);
    void showDetails();

    DatabasePtr m_database;
    QComboBox *m_task = nullptr;
    QComboBox *m_status = nullptr;
    QTableWidget *m_table = nullptr;
    QPlainTextEdit *m_details = nullptr;
    QList<OrchestratorRun> m_runs;
};

// "1 min 5 s", "350 ms": how long a run took, or empty while it runs.
QString durationText(const QDateTime &started, const QDateTime &finished);

} // namespace Bfs::Ui
