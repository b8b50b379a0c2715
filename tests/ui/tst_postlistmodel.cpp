#include <QAbstractItemModelTester>
#include <QSqlQuery>
#include <QtTest>

#include "models/postlistmodel.h"
#include "pages/stage1page.h"
#include "testdatabase.h"
#include "uitestsupport.h"
#include "widgets/postqueue.h"

using namespace Bfs;
using namespace Bfs::Ui;

class TstPostListModel final : public QObject
{
    Q_OBJECT

public:
    static void initMain() { Test::isolateDesktopSettings(); }

private slots:

    void initTestCase_data() { Test::addEngineRows(); }

    void stage1ShowsFirstRowsOfTwentyThousandWithoutLoadingAll();
    void filtersBySearchAndOffice();

private:
    static bool multiply(const DatabasePtr &database, int copies);
};

// Copies post 1 until the table holds `copies` + 1 posts, in one statement:
// inserting 20,000 posts one by one would dominate the suite's time.
bool TstPostListModel::multiply(const DatabasePtr &database, int copies)
{
    QSqlQuery query(database->connection());
    return query.exec(
        QStringLiteral("WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i "
                       "< %1) INSERT INTO content_library (week_start, kind, title, topic, "
                       "captions, platforms, platform_images, status, version, created_at, "
                       "updated_at, status_changed_at) SELECT c.week_start, c.kind, c.title, "
                       "c.topic, c.captions, c.platforms, c.platform_images, c.status, 1, "
                       "c.created_at, c.updated_at, c.status_changed_at FROM content_library c, "
                       "n WHERE c.id = 1")
            .arg(copies));
}

void TstPostListModel::stage1ShowsFirstRowsOfTwentyThousandWithoutLoadingAll()
{
    BFS_OPEN_TEST_DATABASE(db);
    QCOMPARE(
        Test::insertPosts(db.database(), {Test::sampleImagePost(QStringLiteral("Bulk"))}).size(),
        1);
    QVERIFY(multiply(db.database(), 19999));

    Stage1Page page(UiContext{db.database(), db.dataDir(), nullptr});
    PostListModel *model = page.queue()->model();
    page.resize(1000, 700);
    page.show();
    QVERIFY(QTest::qWaitForWindowExposed(&page));
    QElapsedTimer timer;
    timer.start();
    page.refresh();

    QTRY_COMPARE_WITH_TIMEOUT(model->totalCount(), 20000, 10000);
    QTRY_VERIFY(model->rowCount() > 0);
    qInfo("first page of %d rows shown after %lld ms", model->rowCount(), timer.elapsed());
    QVERIFY2(model->rowCount() <= 2 * PostListModel::kPageSize,
             qPrintable(QString::number(model->rowCount())));
    QVERIFY(model->canFetchMore({}));

    const int before = model->rowCount();
    model->fetchMore({});
    QTRY_VERIFY(model->rowCount() > before);
    QVERIFY(model->rowCount() < 20000);

    // The tester calls fetchMore() after every change, so it pages on by
    // itself: attached only now, it checks the loaded rows and the next page.
    const int checked = model->rowCount();
    QAbstractItemModelTester tester(model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QTRY_VERIFY(model->rowCount() > checked);
}

void TstPostListModel::filtersBySearchAndOffice()
{
    BFS_OPEN_TEST_DATABASE(db);
    Test::insertPosts(
        db.database(),
        {Test::sampleImagePost(QStringLiteral("Harbour day"), QStringLiteral("Erie")),
         Test::sampleImagePost(QStringLiteral("Harbour night"), QStringLiteral("Pittsburgh")),
         Test::sampleImagePost(QStringLiteral("Open house"), QStringLiteral("Erie"))});
    PostListModel model(db.database());
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);

    PostFilter filter;
    filter.search = QStringLiteral("harbour");
    model.setFilter(filter);
    QTRY_COMPARE(model.rowCount(), 2);
    model.setOfficeFilter(QStringLiteral("Erie"));
    QTRY_COMPARE(model.rowCount(), 1);
    QCOMPARE(model.postAt(0).title, QStringLiteral("Harbour day"));
}

QTEST_MAIN(TstPostListModel)
#include "tst_postlistmodel.moc"
