#include "dashboardpage.h"

#include <QGridLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QScrollArea>
#include <QVBoxLayout>

#include "background.h"
#include "errortext.h"
#include "models/postlistmodel.h"
#include "orchestrator.h"
#include "repositories/notificationrepository.h"
#include "repositories/postrepository.h"
#include "repositories/runrepository.h"
#include "settings/settingsregistry.h"
#include "settings/teamsettings.h"

namespace Bfs::Ui {

namespace {

const QString kMetricoolTestModeKey = QStringLiteral("services.metricool.test_mode");

QString bulleted(const QStringList &lines, const QString &empty)
{
    if (lines.isEmpty()) {
        return empty;
    }
    QString html;
    for (const QString &line : lines) {
        html += QStringLiteral("• ") + line.toHtmlEscaped() + QStringLiteral("<br>");
    }
    return html;
}

QGroupBox *section(const QString &title, QLabel *content, QWidget *parent)
{
    auto *box = new QGroupBox(title, parent);
    content->setWordWrap(true);
    content->setTextFormat(Qt::RichText);
    content->setAlignment(Qt::AlignTop | Qt::AlignLeft);
    content->setAccessibleName(title);
    auto *layout = new QVBoxLayout(box);
    layout->addWidget(content);
    return box;
}

} // namespace

struct DashboardPage::Snapshot
{
    QMap<PostStatus, int> counts;
    QList<OrchestratorRun> failures;
    QHash<QString, OrchestratorRun> latest;
    QList<Notification> notifications;
    bool testMode = true;
    bool testModeKnown = false;
};

DashboardPage::DashboardPage(const UiContext &context, QWidget *parent)
    : Page(context, parent)
{
    setupWidgets();
    connectSignals();
}

void DashboardPage::setupWidgets()
{
    auto *countsBox = new QGroupBox(tr("Posts by status"), this);
    m_counts = new QGridLayout(countsBox);
    int index = 0;
    for (const PostStatus status : allPostStatuses()) {
        auto *value = new QLabel(QStringLiteral("–"), countsBox);
        QFont big = value->font();
        big.setPointSizeF(big.pointSizeF() * 1.8);
        big.setBold(true);
        value->setFont(big);
        value->setAccessibleName(statusDisplayName(status));
        m_counts->addWidget(value, (index / 5) * 2, index % 5);
        m_counts->addWidget(
            new QLabel(statusDisplayName(status), countsBox), (index / 5) * 2 + 1, index % 5);
        m_countLabels.insert(status, value);
        ++index;
    }
    m_designBanner = createBanner(&m_designText, &m_generate, tr("Generate Now"));
    m_approvedBanner = createBanner(&m_approvedText, &m_schedule, tr("Schedule Now"));

    m_nextRuns = new QLabel(this);
    m_failures = new QLabel(this);
    m_health = new QLabel(this);
    m_notifications = new QLabel(this);
    auto *grid = new QGridLayout;
    grid->addWidget(section(tr("Next runs"), m_nextRuns, this), 0, 0);
    grid->addWidget(section(tr("Recent failures"), m_failures, this), 0, 1);
    grid->addWidget(section(tr("Health and sync"), m_health, this), 1, 0);
    grid->addWidget(section(tr("Notifications"), m_notifications, this), 1, 1);

    auto *content = new QWidget(this);
    auto *layout = new QVBoxLayout(content);
    layout->addWidget(m_designBanner);
    layout->addWidget(m_approvedBanner);
    layout->addWidget(countsBox);
    layout->addLayout(grid);
    layout->addStretch(1);
    auto *scroll = new QScrollArea(this);
    scroll->setWidget(content);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    auto *outer = new QVBoxLayout(this);
    outer->addWidget(scroll);
}

QWidget *DashboardPage::createBanner(QLabel **label,
                                     QPushButton **button,
                                     const QString &buttonText)
{
    auto *banner = new QFrame(this);
    banner->setFrameShape(QFrame::StyledPanel);
    banner->setAutoFillBackground(true);
    banner->setBackgroundRole(QPalette::AlternateBase);
    *label = new QLabel(banner);
    (*label)->setWordWrap(true);
    *button = new QPushButton(buttonText, banner);
    (*button)->setAccessibleName(buttonText);
    (*button)->setEnabled(context().orchestrator != nullptr);
    auto *layout = new QHBoxLayout(banner);
    layout->addWidget(*label, 1);
    layout->addWidget(*button);
    banner->hide();
    return banner;
}

void DashboardPage::connectSignals()
{
    connect(m_generate, &QPushButton::clicked, this, [this] {
        runTask(QStringLiteral("generate_pending_images"));
    });
    connect(m_schedule, &QPushButton::clicked, this, [this] {
        runTask(QStringLiteral("publish_to_metricool"));
    });
    if (Orchestrator *orchestrator = context().orchestrator) {
        connect(orchestrator, &Orchestrator::taskStatusesReady, this, &DashboardPage::showNextRuns);
    } else {
        m_nextRuns->setText(tr("The orchestrator does not run on this desktop."));
    }
}

void DashboardPage::runTask(const QString &task)
{
    if (context().orchestrator && context().orchestrator->runNow(task, RunTrigger::Manual)) {
        emit statusMessage(tr("%1 started.").arg(task));
    } else {
        emit statusMessage(tr("%1 is already running.").arg(task));
    }
}

void DashboardPage::refresh()
{
    if (context().orchestrator) {
        context().orchestrator->refreshTaskStatuses();
    }
    if (m_loading) {
        return;
    }
    m_loading = true;
    runInBackground(
        this,
        [database = context().database] {
            Snapshot snapshot;
            snapshot.counts = valueOrEmpty(PostRepository(database).countByStatus());
            const QDateTime weekAgo = QDateTime::currentDateTimeUtc().addDays(-7);
            snapshot.failures = valueOrEmpty(RunRepository(database).failedSince(weekAgo));
            snapshot.latest = valueOrEmpty(RunRepository(database).latestPerTask());
            snapshot.notifications = valueOrEmpty(NotificationRepository(database).recent(8));
            if (SettingsRegistry::find(kMetricoolTestModeKey)) {
                snapshot.testModeKnown = true;
                snapshot.testMode = TeamSettings(database).boolValue(kMetricoolTestModeKey);
            }
            return snapshot;
        },
        [this](const Snapshot &snapshot) {
            m_loading = false;
            show(snapshot);
        });
}

void DashboardPage::show(const Snapshot &snapshot)
{
    for (auto it = m_countLabels.cbegin(); it != m_countLabels.cend(); ++it) {
        it.value()->setText(QString::number(snapshot.counts.value(it.key())));
    }
    const int pendingDesign = snapshot.counts.value(PostStatus::PendingDesign);
    m_designText->setText(tr("%n post(s) pending design.", nullptr, pendingDesign));
    m_designBanner->setVisible(pendingDesign > 0);
    const int approved = snapshot.counts.value(PostStatus::Approved);
    QString approvedText = tr("%n approved post(s) waiting to be scheduled.", nullptr, approved);
    if (snapshot.testModeKnown && snapshot.testMode) {
        approvedText += QLatin1Char(' ')
                        + tr("Metricool is in test mode: scheduling only logs what it would do.");
    }
    m_approvedText->setText(approvedText);
    m_approvedBanner->setVisible(approved > 0);

    QStringList failures;
    const QLocale locale;
    for (const OrchestratorRun &run : snapshot.failures.mid(0, 6)) {
        failures.append(tr("%1 %2 at %3: %4")
                            .arg(run.task,
                                 run.status,
                                 locale.toString(run.startedAt.toLocalTime(), QLocale::ShortFormat),
                                 run.message.section(QLatin1Char('\n'), 0, 0)));
    }
    m_failures->setText(bulleted(failures, tr("No failed runs in the last 7 days.")));

    QStringList health;
    for (const QString &task :
         {QStringLiteral("health_check"), QStringLiteral("sync_sharepoint_videos")}) {
        if (snapshot.latest.contains(task)) {
            const OrchestratorRun &run = snapshot.latest.value(task);
            health.append(tr("%1 (%2): %3").arg(task, run.status, run.message));
        }
    }
    m_health->setText(bulleted(health, tr("No health check or sync has run yet.")));

    QStringList notes;
    for (const Notification &note : snapshot.notifications) {
        notes.append(tr("%1 — %2").arg(note.title, note.body.section(QLatin1Char('\n'), 0, 0)));
    }
    m_notifications->setText(bulleted(notes, tr("No notifications.")));
}

void DashboardPage::showNextRuns(const QList<TaskStatus> &statuses)
{
    QList<TaskStatus> sorted = statuses;
    std::sort(sorted.begin(), sorted.end(), [](const TaskStatus &a, const TaskStatus &b) {
        return a.nextDue < b.nextDue;
    });
    QStringList lines;
    const QLocale locale;
    for (const TaskStatus &status : sorted.mid(0, 6)) {
        if (status.nextDue.isValid()) {
            lines.append(tr("%1 — %2").arg(
                locale.toString(status.nextDue.toLocalTime(), QLocale::ShortFormat), status.name));
        }
    }
    m_nextRuns->setText(bulleted(lines, tr("Nothing is scheduled.")));
}

} // namespace Bfs::Ui
