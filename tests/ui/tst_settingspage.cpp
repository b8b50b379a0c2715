#include <QLineEdit>
#include <QSignalSpy>
#include <QTableWidget>
#include <QtTest>

#include "pages/settingspage.h"
#include "settings/desktopsettings.h"
#include "settings/teamsettings.h"
#include "testdatabase.h"
#include "uitestsupport.h"

using namespace Bfs;
using namespace Bfs::Ui;

class TstSettingsPage final : public QObject
{
    Q_OBJECT

public:
    static void initMain() { Test::isolateDesktopSettings(); }

private slots:

    void initTestCase_data() { Test::addEngineRows(); }

    void savedSettingsAreShownAgainByANewPage();
    void refusesAnInvalidTeamValue();

private:
    static int rowOf(QTableWidget *table, const QString &key);
};

int TstSettingsPage::rowOf(QTableWidget *table, const QString &key)
{
    const auto items = table->findItems(key, Qt::MatchExactly);
    return items.isEmpty() ? -1 : items.constFirst()->row();
}

void TstSettingsPage::savedSettingsAreShownAgainByANewPage()
{
    BFS_OPEN_TEST_DATABASE(db);
    const QString key = QStringLiteral("approvals.reminder_hours");
    {
        SettingsPage page(UiContext{db.database(), db.dataDir(), nullptr});
        page.refresh();
        QTRY_VERIFY(rowOf(page.teamTable(), key) >= 0);
        page.teamTable()->item(rowOf(page.teamTable(), key), 1)->setText(QStringLiteral("12"));
        page.reviewerEdit()->setText(QStringLiteral("Dana"));
        QSignalSpy saved(&page, &SettingsPage::saved);
        page.save();
        QTRY_COMPARE(saved.size(), 1);
        QCOMPARE(saved.constFirst().constFirst().toBool(), true);
    }

    QCOMPARE(TeamSettings(db.database()).value(key), QStringLiteral("12"));
    QCOMPARE(DesktopSettings::reviewerName(), QStringLiteral("Dana"));
    SettingsPage reopened(UiContext{db.database(), db.dataDir(), nullptr});
    reopened.refresh();
    QTRY_VERIFY(rowOf(reopened.teamTable(), key) >= 0);
    QCOMPARE(reopened.teamTable()->item(rowOf(reopened.teamTable(), key), 1)->text(),
             QStringLiteral("12"));
    QCOMPARE(reopened.reviewerEdit()->text(), QStringLiteral("Dana"));
}

void TstSettingsPage::refusesAnInvalidTeamValue()
{
    BFS_OPEN_TEST_DATABASE(db);
    const QString key = QStringLiteral("health.stuck_hours");
    SettingsPage page(UiContext{db.database(), db.dataDir(), nullptr});
    page.refresh();
    QTRY_VERIFY(rowOf(page.teamTable(), key) >= 0);
    page.teamTable()->item(rowOf(page.teamTable(), key), 1)->setText(QStringLiteral("soon"));
    QSignalSpy saved(&page, &SettingsPage::saved);
    page.save();
    QTRY_COMPARE(saved.size(), 1);
    QCOMPARE(saved.constFirst().constFirst().toBool(), false);
    QCOMPARE(TeamSettings(db.database()).value(key), QStringLiteral("4"));
}

QTEST_MAIN(TstSettingsPage)
#include "tst_settingspage.moc"
