#pragma once

#include <QHash>
#include <QMainWindow>
#include <QMap>
#include <QTimer>

#include "domain/post.h"
#include "uicontext.h"

class QLabel;
class QListWidget;
class QProgressBar;
class QStackedWidget;

namespace Bfs::Ui {

class Page;

// The app's main window: a sidebar of pages with live post counts, the
// pages, and a status bar with the database, the orchestrator's state and
// the running task. Polls the post counts on the database pool so changes
// made by tasks or other desktops show up; pages refresh when they change.
class MainWindow final : public QMainWindow
{
    Q_OBJECT

public:
    explicit MainWindow(const UiContext &context, QWidget *parent = nullptr);
    ~MainWindow() override;

    Q_DISABLE_COPY_MOVE(MainWindow)

    // Adds a page at the end of the sidebar; the window takes ownership.
    void addPage(Page *page);
    Page *page(const QString &key) const;
    Page *currentPage() const;
    // Shows the page with this key (see Page::pageKey()); false if unknown.
    bool showPage(const QString &key);

    // When set, closing the window hides it instead (the tray keeps the app).
    void setCloseToTray(bool enabled) { m_closeToTray = enabled; }

    // Status bar: the orchestrator's state, and the running task with its
    // progress (total 0 means unknown; an empty task hides the progress).
    void setOrchestratorState(const QString &text);
    void setRunningTask(const QString &text, int done, int total);

public slots:
    // Re-reads the counts and refreshes the page on show (data changed).
    void refreshData();

signals:
    void countsChanged(const QMap<Bfs::PostStatus, int> &counts);

protected:
    void closeEvent(QCloseEvent *event) override;

private:
    void setupWidgets();
    void setupActions();
    void connectSignals();
    void connectOrchestrator();
    void restoreState();
    void saveState();
    void addDefaultPages();
    void applyCounts(const QMap<PostStatus, int> &counts);
    void updateSidebarTitles();

    UiContext m_context;
    QListWidget *m_sidebar = nullptr;
    QStackedWidget *m_stack = nullptr;
    QLabel *m_databaseLabel = nullptr;
    QLabel *m_orchestratorLabel = nullptr;
    QLabel *m_taskLabel = nullptr;
    QProgressBar *m_taskProgress = nullptr;
    QList<Page *> m_pages;
    QMap<PostStatus, int> m_counts;
    QTimer m_pollTimer;
    bool m_closeToTray = false;
    bool m_countsLoading = false;
};

} // namespace Bfs::Ui
