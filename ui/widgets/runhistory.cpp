#include "runhistory.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QJsonDocument>
#include <QLocale>
#include <QPlainTextEdit>
#include <QSplitter>
#include <QTableWidget>
#include <QVBoxLayout>

#include "background.h"
#include "repositories/runrepository.h"

namespace Bfs::Ui {

QString durationText(const QDateTime &started, const QDateTime &finished)
{
    if (!started.isValid() || !finished.isValid()) {
        return {};
    }
    const qint64 ms = started.msecsTo(finished);
    if (ms < 1000) {
        return RunHistory::tr("%1 ms").arg(ms);
    }
    if (ms < 60000) {
        return RunHistory::tr("%1 s").arg(QLocale().toString(double(ms) / 1000.0, 'f', 1));
    }
    return RunHistory::tr("%1 min %2 s").arg(ms / 60000).arg((ms / 1000) % 60);
}

RunHistory::RunHistory(DatabasePtr database, const QStringList &tasks, QWidget *parent)
    : QWidget(parent)
    , m_database(std::move(database))
{
    m_task = new QComboBox(this);
    m_task->setAccessibleName(tr("Task"));
    m_task->addItem(tr("All tasks"));
    for (const QString &task : tasks) {
        m_task->addItem(task, task);
    }
    m_status = new QComboBox(this);
    m_status->setAccessibleName(tr("Status"));
    m_status->addItem(tr("Any status"));
    for (const char *status : {"running", "success", "failed", "skipped", "interrupted"}) {
        m_status->addItem(QString::fromLatin1(status), QString::fromLatin1(status));
    }
    m_table = new QTableWidget(0, 7, this);
    m_table->setObjectName(QStringLiteral("runHistory"));
    m_table->setAccessibleName(tr("Run history"));
    m_table->setHorizontalHeaderLabels({tr("Started"),
                                        tr("Task"),
                                        tr("Trigger"),
                                        tr("Status"),
                                        tr("Items"),
                                        tr("Duration"),
                                        tr("Message")});
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_details = new QPlainTextEdit(this);
    m_details->setReadOnly(true);
    m_details->setAccessibleName(tr("Run details"));
    m_details->setPlaceholderText(tr("Select a run to read its message and details."));

    auto *filters = new QHBoxLayout;
    filters->addWidget(m_task);
    filters->addWidget(m_status);
    filters->addStretch();
    auto *splitter = new QSplitter(Qt::Vertical, this);
    splitter->addWidget(m_table);
    splitter->addWidget(m_details);
    splitter->setStretchFactor(0, 3);
    splitter->setStretchFactor(1, 1);
    splitter->setSizes({300, 100});
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(filters);
    layout->addWidget(splitter, 1);

    connect(m_task, &QComboBox::currentIndexChanged, this, &RunHistory::refresh);
    connect(m_status, &QComboBox::currentIndexChanged, this, &RunHistory::refresh);
    connect(m_table, &QTableWidget::itemSelectionChanged, this, &RunHistory::showDetails);
}

void RunHistory::refresh()
{
    const QString task = m_task->currentData().toString();
    const QString status = m_status->currentData().toString();
    runInBackground(
        this,
        [database = m_database, task, status]() -> Result<QList<OrchestratorRun>> {
            auto runs = RunRepository(database).recent(kMaxRuns, task);
            if (!runs || status.isEmpty()) {
                return runs;
            }
            QList<OrchestratorRun> matching;
            for (const OrchestratorRun &run : *runs) {
                if (run.status == status) {
                    matching.append(run);
                }
            }
            return matching;
        },
        [this](const Result<QList<OrchestratorRun>> &runs) {
            if (runs) {
                show(*runs);
            }
        });
}

void RunHistory::show(const QList<OrchestratorRun> &runs)
{
    m_runs = runs;
    m_table->setRowCount(int(runs.size()));
    for (int row = 0; row < runs.size(); ++row) {
        const OrchestratorRun &run = runs.at(row);
        const QStringList cells = {
            QLocale().toString(run.startedAt.toLocalTime(), QLocale::ShortFormat),
            run.task,
            run.trigger,
            run.status,
            QString::number(run.itemsProcessed),
            durationText(run.startedAt, run.finishedAt),
            run.message.section(QLatin1Char('\n'), 0, 0)};
        for (int column = 0; column < cells.size(); ++column) {
            m_table->setItem(row, column, new QTableWidgetItem(cells.at(column)));
        }
    }
    m_table->resizeColumnsToContents();
}

void RunHistory::showDetails()
{
    const int row = m_table->currentRow();
    if (row < 0 || row >= m_runs.size()) {
        m_details->clear();
        return;
    }
    const OrchestratorRun &run = m_runs.at(row);
    m_details->setPlainText(
        tr("%1 on %2, %3 (%4)\nCost: %5 cents\n\n%6\n\n%7")
            .arg(run.task, run.host, run.status, run.trigger)
            .arg(run.costCents)
            .arg(run.message,
                 QString::fromUtf8(QJsonDocument(run.details).toJson(QJsonDocument::Indented))));
}

} // namespace Bfs::Ui
