#include <QTest>

#include "db/migrations.h"
#include "db/sqlquery.h"
#include "repositories/officerepository.h"
#include "settings/teamsettings.h"
#include "testdatabase.h"

using namespace Bfs;

namespace {

int countRows(const DatabasePtr &database, const QString &table)
{
    SqlQuery query(database->connection(), QStringLiteral("SELECT COUNT(*) FROM ") + table);
    const auto count = query.scalar();
    return count ? count->toInt() : -1;
}

} // namespace

class TstMigrations final : public QObject
{
    Q_OBJECT

private slots:

    void initTestCase_data() { Test::addEngineRows(); }

    void migratesAnEmptyDatabaseToTheLatestVersion();
    void rerunningMigrationsChangesNothing();
    void firstStartSeedsOfficesAccountsAndSettings();
    void refusesASchemaNewerThanThisBuild();
};

void TstMigrations::migratesAnEmptyDatabaseToTheLatestVersion()
{
    BFS_OPEN_TEST_DATABASE(db);

    QCOMPARE(db.database()->schemaVersion(), Migrations::latestVersion());
    const QStringList tables = db.database()->connection().tables();
    for (const char *table : {"offices",
                              "social_accounts",
                              "content_library",
                              "office_assignments",
                              "status_history",
                              "video_files",
                              "releases",
                              "orchestrator_runs",
                              "analytics_history",
                              "backups",
                              "task_claims",
                              "settings"}) {
        QVERIFY2(tables.contains(QLatin1String(table)), table);
    }
}

void TstMigrations::rerunningMigrationsChangesNothing()
{
    BFS_OPEN_TEST_DATABASE(db);
    const int applied = countRows(db.database(), QStringLiteral("schema_migrations"));

    const DatabasePtr again = db.openAnother();
    QVERIFY(again);
    const DatabasePtr andAgain = db.openAnother();
    QVERIFY(andAgain);

    QCOMPARE(countRows(again, QStringLiteral("schema_migrations")), applied);
    QCOMPARE(countRows(again, QStringLiteral("offices")), 26);
}

void TstMigrations::firstStartSeedsOfficesAccountsAndSettings()
{
    BFS_OPEN_TEST_DATABASE(db);
    OfficeRepository offices(db.database());

    QCOMPARE(offices.offices()->size(), 26);
    QVERIFY(offices.findOffice(QStringLiteral("Fort Wayne")));
    QCOMPARE(offices.accounts()->size(), 4);
    QCOMPARE(TeamSettings(db.database()).intValue(QStringLiteral("content.posts_per_week")), 65);
    QVERIFY(countRows(db.database(), QStringLiteral("settings")) > 30);
}

void TstMigrations::refusesASchemaNewerThanThisBuild()
{
    BFS_OPEN_TEST_DATABASE(db);
    SqlQuery future(
        db.database()->connection(),
        QStringLiteral(
            "INSERT INTO schema_migrations (version, name, applied_at) VALUES (?, 'future', "
            "'2030-01-01T00:00:00.000Z')"));
    future.bind(Migrations::latestVersion() + 7);
    QVERIFY(future.exec());

    const auto location = DatabaseLocation::parse(db.url(), db.dataDir());
    const auto opened = Database::open(*location);

    QVERIFY(!opened);
    QCOMPARE(opened.errorCode(), ErrorCode::SchemaTooNew);
    QVERIFY2(opened.errorDetail().contains(QString::number(Migrations::latestVersion() + 7)),
             qPrintable(opened.errorDetail()));
}

QTEST_GUILESS_MAIN(TstMigrations)
#include "tst_migrations.moc"
