#include "mainwindow.h"

#include <QAction>
#include <QCloseEvent>
#include <QLabel>
#include <QListWidget>
#include <QProgressBar>
#include <QSplitter>
#include <QStackedWidget>
#include <QStatusBar>

#include "background.h"
#include "orchestrator.h"
#include "pages/analyticspage.h"
#include "pages/approvedpage.h"
#include "pages/dashboardpage.h"
#include "pages/orchestratorpage.h"
#include "pages/pendingdesignpage.h"
#include "pages/settingspage.h"
#include "pages/stage1page.h"
#include "pages/stage2page.h"
#include "repositories/postrepository.h"
#include "settings/desktopsettings.h"
#include "uilogging.h"
#include "videos/videospage.h"

namespace Bfs::Ui {

namespace {

// Often enough that a colleague's decision shows within a few seconds,
// rarely enough to cost nothing (one small COUNT query).
constexpr int kPollIntervalMs = 5000;

const QString kGeometryKey = QStringLiteral("mainwindow/geometry");
const QString kWindowStateKey = QStringLiteral("mainwindow/state");
const QString kSplitterKey = QStringLiteral("mainwindow/splitter");
const QString kLastPageKey = QStringLiteral("mainwindow/lastPage");

} // namespace

MainWindow::MainWindow(const UiContext &context, QWidget *parent)
    : QMainWindow(parent)
    , m_context(context)
{
    setupWidgets();
    addDefaultPages();
    setupActions();
    connectSignals();
    restoreState();
    refreshData();
}

MainWindow::~MainWindow() = default;

void MainWindow::setupWidgets()
{
    setWindowTitle(tr("BFS Marketing"));
    setObjectName(QStringLiteral("mainWindow"));

    m_sidebar = new QListWidget(this);
    m_sidebar->setObjectName(QStringLiteral("sidebar"));
    m_sidebar->setAccessibleName(tr("Pages"));
    m_sidebar->setMinimumWidth(190);
    m_sidebar->setFrameShape(QFrame::NoFrame);
    m_sidebar->setSpacing(2);
    m_stack = new QStackedWidget(this);

    auto *splitter = new QSplitter(Qt::Horizontal, this);
    splitter->setObjectName(QStringLiteral("mainSplitter"));
    splitter->addWidget(m_sidebar);
    splitter->addWidget(m_stack);
    splitter->setStretchFactor(1, 1);
    splitter->setChildrenCollapsible(false);
    setCentralWidget(splitter);

    m_databaseLabel = new QLabel(tr("Database: %1").arg(m_context.database->describe()), this);
    m_orchestratorLabel = new QLabel(tr("Orchestrator: not running here"), this);
    m_taskLabel = new QLabel(this);
    m_taskProgress = new QProgressBar(this);
    m_taskProgress->setAccessibleName(tr("Running task progress"));
    m_taskProgress->setMaximumWidth(160);
    m_taskProgress->hide();
    statusBar()->addWidget(m_databaseLabel, 1);
    statusBar()->addPermanentWidget(m_taskLabel);
    statusBar()->addPermanentWidget(m_taskProgress);
    statusBar()->addPermanentWidget(m_orchestratorLabel);
}

void MainWindow::addDefaultPages()
{
    addPage(new DashboardPage(m_context, this));
    addPage(new Stage1Page(m_context, this));
    addPage(new PendingDesignPage(m_context, this));
    addPage(new Stage2Page(m_context, this));
    addPage(new ApprovedPage(m_context, this));
    addPage(new VideosPage(m_context, this));
    addPage(new OrchestratorPage(m_context, this));
    addPage(new AnalyticsPage(m_context, this));
    addPage(new SettingsPage(m_context, this));
}

void MainWindow::addPage(Page *page)
{
    m_pages.append(page);
    m_stack->addWidget(page);
    auto *item = new QListWidgetItem(page->title(), m_sidebar);
    item->setData(Qt::UserRole, page->pageKey());
    item->setSizeHint(QSize(0, 34));
    connect(page, &Page::navigateRequested, this, &MainWindow::showPage);
    connect(page, &Page::statusMessage, this, [this](const QString &text) {
        statusBar()->showMessage(text, 8000);
    });
    updateSidebarTitles();
}

void MainWindow::setupActions()
{
    for (int i = 0; i < m_pages.size() && i < 9; ++i) {
        auto *action = new QAction(this);
        action->setShortcut(QKeySequence(Qt::CTRL | Qt::Key(Qt::Key_1 + i)));
        connect(action, &QAction::triggered, this, [this, i] { m_sidebar->setCurrentRow(i); });
        addAction(action);
    }
    auto *refresh = new QAction(tr("Refresh"), this);
    refresh->setShortcut(QKeySequence::Refresh);
    connect(refresh, &QAction::triggered, this, &MainWindow::refreshData);
    addAction(refresh);
}

void MainWindow::connectSignals()
{
    connect(m_sidebar, &QListWidget::currentRowChanged, this, [this](int row) {
        if (row < 0 || row >= m_pages.size()) {
            return;
        }
        m_stack->setCurrentIndex(row);
        m_pages.at(row)->refresh();
    });
    connectOrchestrator();
    m_pollTimer.setInterval(kPollIntervalMs);
    connect(&m_pollTimer, &QTimer::timeout, this, &MainWindow::refreshData);
    m_pollTimer.start();
}

void MainWindow::connectOrchestrator()
{
    Orchestrator *orchestrator = m_context.orchestrator;
    if (!orchestrator) {
        return;
    }
    setOrchestratorState(tr("Orchestrator: running"));
    connect(orchestrator, &Orchestrator::runStarted, this, [this](const QString &task) {
        setRunningTask(tr("Running %1").arg(task), 0, 0);
    });
    connect(orchestrator,
            &Orchestrator::runProgress,
            this,
            [this](const QString &task, int done, int total, const QString &text) {
                setRunningTask(tr("%1: %2").arg(task, text), done, total);
            });
    connect(orchestrator, &Orchestrator::runFinished, this, [this, orchestrator] {
        const QStringList running = orchestrator->runningTasks();
        setRunningTask(running.isEmpty() ? QString()
                                         : tr("Running %1").arg(running.join(QLatin1String(", "))),
                       0,
                       0);
        refreshData();
    });
}

void MainWindow::restoreState()
{
    const QByteArray geometry = DesktopSettings::uiState(kGeometryKey).toByteArray();
    if (geometry.isEmpty() || !restoreGeometry(geometry)) {
        resize(1280, 800);
    }
    QMainWindow::restoreState(DesktopSettings::uiState(kWindowStateKey).toByteArray());
    if (auto *splitter = findChild<QSplitter *>(QStringLiteral("mainSplitter"))) {
        splitter->restoreState(DesktopSettings::uiState(kSplitterKey).toByteArray());
    }
    const QString lastPage = DesktopSettings::uiState(kLastPageKey).toString();
    if (!showPage(lastPage)) {
        m_sidebar->setCurrentRow(0);
    }
}

void MainWindow::saveState()
{
    DesktopSettings::setUiState(kGeometryKey, saveGeometry());
    DesktopSettings::setUiState(kWindowStateKey, QMainWindow::saveState());
    if (auto *splitter = findChild<QSplitter *>(QStringLiteral("mainSplitter"))) {
        DesktopSettings::setUiState(kSplitterKey, splitter->saveState());
    }
    if (Page *page = currentPage()) {
        DesktopSettings::setUiState(kLastPageKey, page->pageKey());
    }
}

Page *MainWindow::page(const QString &key) const
{
    for (Page *page : m_pages) {
        if (page->pageKey() == key) {
            return page;
        }
    }
    return nullptr;
}

Page *MainWindow::currentPage() const
{
    const int row = m_sidebar->currentRow();
    return row >= 0 && row < m_pages.size() ? m_pages.at(row) : nullptr;
}

bool MainWindow::showPage(const QString &key)
{
    Page *target = page(key);
    if (!target) {
        return false;
    }
    m_sidebar->setCurrentRow(int(m_pages.indexOf(target)));
    return true;
}

void MainWindow::setOrchestratorState(const QString &text)
{
    m_orchestratorLabel->setText(text);
}

void MainWindow::setRunningTask(const QString &text, int done, int total)
{
    m_taskLabel->setText(text);
    m_taskProgress->setVisible(!text.isEmpty());
    m_taskProgress->setRange(0, qMax(0, total));
    m_taskProgress->setValue(total > 0 ? done : 0);
}

void MainWindow::refreshData()
{
    if (m_countsLoading) {
        return;
    }
    m_countsLoading = true;
    runInBackground(
        this,
        [database = m_context.database] { return PostRepository(database).countByStatus(); },
        [this](const Result<QMap<PostStatus, int>> &counts) {
            m_countsLoading = false;
            if (!counts) {
                qCWarning(lcUi) << "counting posts failed:" << counts.errorDetail();
                m_databaseLabel->setText(
                    tr("Database unavailable: %1").arg(m_context.database->describe()));
                return;
            }
            m_databaseLabel->setText(tr("Database: %1").arg(m_context.database->describe()));
            applyCounts(*counts);
        });
}

void MainWindow::applyCounts(const QMap<PostStatus, int> &counts)
{
    if (counts == m_counts) {
        return;
    }
    const bool first = m_counts.isEmpty();
    m_counts = counts;
    updateSidebarTitles();
    emit countsChanged(counts);
    // Someone (a task, another desktop) changed posts: show it.
    if (Page *page = currentPage(); page && !first) {
        page->refresh();
    }
}

void MainWindow::updateSidebarTitles()
{
    for (int row = 0; row < m_pages.size(); ++row) {
        const Page *page = m_pages.at(row);
        int count = 0;
        for (const PostStatus status : page->countedStatuses()) {
            count += m_counts.value(status);
        }
        QString text = page->title();
        if (!page->countedStatuses().isEmpty()) {
            text = tr("%1  (%2)").arg(page->title()).arg(count);
        }
        QListWidgetItem *item = m_sidebar->item(row);
        item->setText(text);
        item->setData(Qt::AccessibleTextRole, text);
    }
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    saveState();
    if (m_closeToTray) {
        hide();
        event->ignore();
        return;
    }
    QMainWindow::closeEvent(event);
}

} // namespace Bfs::Ui
