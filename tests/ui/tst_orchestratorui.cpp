#include <QAction>
#include <QPushButton>
#include <QSignalSpy>
#include <QTableWidget>
#include <QThreadPool>
#include <QtTest>

#include "background.h"
#include "clock.h"
#include "mainwindow.h"
#include "orchestrator.h"
#include "pages/orchestratorpage.h"
#include "repositories/runrepository.h"
#include "testdatabase.h"
#include "trayicon.h"
#include "uitestsupport.h"

using namespace Bfs;
using namespace Bfs::Ui;

// "Run now" from the Orchestrator page and from the tray menu, with the
// test-only task test_sleep (BFS_TEST_TASKS=1).
class TstOrchestratorUi final : public QObject
{
    Q_OBJECT

public:
    static void initMain()
    {
        Test::isolateDesktopSettings();
        qputenv("BFS_TEST_TASKS", "1");
        qputenv("BFS_TEST_TASK_SLEEP_MS", "200");
    }

private slots:

    void initTestCase_data() { Test::addEngineRows(); }

    void runNowFromOrchestratorPageRecordsARun();
    void runNowFromTrayMenuRecordsARun();

private:
    // Stops the orchestrator and lets every pool job that holds the test
    // database end, so nothing uses it after it is dropped.
    static bool settle(Orchestrator &orchestrator);
};

bool TstOrchestratorUi::settle(Orchestrator &orchestrator)
{
    QSignalSpy stopped(&orchestrator, &Orchestrator::stopped);
    orchestrator.stop();
    return stopped.wait(10000)
           && QTest::qWaitFor(
               [] {
                   return QThreadPool::globalInstance()->activeThreadCount() == 0
                          && databasePool()->activeThreadCount() == 0;
               },
               10000);
}

void TstOrchestratorUi::runNowFromOrchestratorPageRecordsARun()
{
    BFS_OPEN_TEST_DATABASE(db);
    Orchestrator orchestrator(db.database(), db.dataDir(), databaseClock(db.database()));
    OrchestratorPage page(UiContext{db.database(), db.dataDir(), &orchestrator});
    page.show();
    QVERIFY(QTest::qWaitForWindowExposed(&page));
    page.refresh();
    QSignalSpy finished(&orchestrator, &Orchestrator::runFinished);

    const auto rows = page.taskTable()->findItems(QStringLiteral("test_sleep"), Qt::MatchExactly);
    QCOMPARE(rows.size(), 1);
    page.taskTable()->selectRow(rows.constFirst()->row());
    auto *runNow = page.findChild<QPushButton *>(QStringLiteral("runNow"));
    QVERIFY(runNow->isEnabled());
    QTest::mouseClick(runNow, Qt::LeftButton);
    QTRY_VERIFY(page.findChild<QPushButton *>(QStringLiteral("cancelRun"))->isEnabled()
                || finished.size() == 1);

    QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 1, 10000);
    const auto runs = RunRepository(db.database()).recent(5, QStringLiteral("test_sleep"));
    QVERIFY(runs);
    QCOMPARE(runs->size(), 1);
    QCOMPARE(runs->constFirst().status, QStringLiteral("success"));
    QCOMPARE(runs->constFirst().trigger, QStringLiteral("manual"));
    // The finished run shows in the task table once the statuses are read again.
    QTRY_COMPARE_WITH_TIMEOUT(page.taskTable()->item(rows.constFirst()->row(), 4)
                                  ? page.taskTable()->item(rows.constFirst()->row(), 4)->text()
                                  : QString(),
                              QStringLiteral("success"),
                              5000);
    QVERIFY(settle(orchestrator));
}

void TstOrchestratorUi::runNowFromTrayMenuRecordsARun()
{
    BFS_OPEN_TEST_DATABASE(db);
    Orchestrator orchestrator(db.database(), db.dataDir(), databaseClock(db.database()));
    MainWindow window(UiContext{db.database(), db.dataDir(), &orchestrator});
    TrayIcon tray(db.database(), &orchestrator, &window);
    QSignalSpy finished(&orchestrator, &Orchestrator::runFinished);

    QAction *run = tray.runNowAction(QStringLiteral("test_sleep"));
    QVERIFY(run);
    run->trigger();
    QCOMPARE(tray.state(), TrayIcon::State::Running);

    QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 1, 10000);
    QCOMPARE(tray.state(), TrayIcon::State::Idle);
    const auto runs = RunRepository(db.database()).recent(5, QStringLiteral("test_sleep"));
    QVERIFY(runs);
    QCOMPARE(runs->size(), 1);
    QCOMPARE(runs->constFirst().trigger, QStringLiteral("tray"));
    QVERIFY(settle(orchestrator));
}

QTEST_MAIN(TstOrchestratorUi)
#include "tst_orchestratorui.moc"
