#include <QCryptographicHash>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

#include "db/sqlquery.h"
#include "repositories/postrepository.h"
#include "testdatabase.h"

using namespace Bfs;

namespace {

struct Run
{
    int exitCode = -1;
    QString out;
    QString err;
};

// Runs the real bfs-marketing executable, as a script or a person would.
Run runApp(const QStringList &arguments)
{
    QProcess process;
    process.setProgram(QStringLiteral(BFS_MARKETING_EXECUTABLE));
    process.setArguments(arguments);
    process.start();
    if (!process.waitForFinished(60000)) {
        process.kill();
        return {};
    }
    return {process.exitCode(),
            QString::fromUtf8(process.readAllStandardOutput()),
            QString::fromUtf8(process.readAllStandardError())};
}

QByteArray fileHash(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        return {};
    }
    return QCryptographicHash::hash(file.readAll(), QCryptographicHash::Sha256);
}

} // namespace

class TstCommandLine final : public QObject
{
    Q_OBJECT

private slots:
    void postsOnAnEmptyDataDirPrintsAnEmptyArray();
    void badConfigurationExitsTwoWithOnePlainLine_data();
    void badConfigurationExitsTwoWithOnePlainLine();
    void aFileThatIsNotSqliteIsLeftUntouched();
    void aSchemaNewerThanThisBuildIsNotMigrated();
    void approvesAndRejectsThroughTheWorkflow_data();
    void approvesAndRejectsThroughTheWorkflow();
    void configSetIsValidatedAndReadBack();
};

void TstCommandLine::postsOnAnEmptyDataDirPrintsAnEmptyArray()
{
    QTemporaryDir dataDir;

    const Run run = runApp({QStringLiteral("posts"),
                            QStringLiteral("--json"),
                            QStringLiteral("--data-dir"),
                            dataDir.path()});

    QCOMPARE(run.exitCode, 0);
    QCOMPARE(run.out.trimmed(), QStringLiteral("[]"));
    QVERIFY(QFile::exists(dataDir.filePath(QStringLiteral("bfs-marketing.sqlite"))));
}

void TstCommandLine::badConfigurationExitsTwoWithOnePlainLine_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<QString>("mentions");

    QTest::newRow("unknown scheme")
        << QStringList{QStringLiteral("--database"), QStringLiteral("mysql://u:secret@h/db")}
        << QStringLiteral("neither sqlite:PATH nor postgresql://");
    QTest::newRow("postgres url without database")
        << QStringList{QStringLiteral("--database"),
                       QStringLiteral("postgresql://u@127.0.0.1:5432")}
        << QStringLiteral("is not of the form");
    QTest::newRow("unreachable server")
        << QStringList{QStringLiteral("--database"),
                       QStringLiteral("postgresql://bfs@127.0.0.1:9/team")}
        << QStringLiteral("cannot open postgresql://bfs@127.0.0.1:9/team");
    QTest::newRow("data dir under a file")
        << QStringList{QStringLiteral("--data-dir"), QStringLiteral("/etc/hostname/bfs")}
        << QStringLiteral("/etc/hostname/bfs");
    QTest::newRow("sqlite file in a missing folder")
        << QStringList{QStringLiteral("--database"),
                       QStringLiteral("sqlite:/nonexistent-folder/team.sqlite")}
        << QStringLiteral("/nonexistent-folder does not exist");
}

void TstCommandLine::badConfigurationExitsTwoWithOnePlainLine()
{
    QFETCH(QStringList, arguments);
    QFETCH(QString, mentions);
    QTemporaryDir dataDir;
    QStringList full = {QStringLiteral("posts"), QStringLiteral("--json")};
    if (!arguments.contains(QStringLiteral("--data-dir"))) {
        full << QStringLiteral("--data-dir") << dataDir.path();
    }
    full << arguments;

    const Run run = runApp(full);

    QCOMPARE(run.exitCode, 2);
    QVERIFY(run.out.isEmpty());
    QCOMPARE(run.err.trimmed().count(QLatin1Char('\n')), 0);
    QVERIFY2(run.err.contains(mentions), qPrintable(run.err));
    QVERIFY2(!run.err.contains(QLatin1String("secret")), qPrintable(run.err));
    QVERIFY(!QFile::exists(dataDir.filePath(QStringLiteral("bfs-marketing.sqlite"))));
}

void TstCommandLine::aFileThatIsNotSqliteIsLeftUntouched()
{
    QTemporaryDir dataDir;
    const QString path = dataDir.filePath(QStringLiteral("notes.sqlite"));
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write("Quarterly notes, definitely not a database.\n");
    file.close();
    const QByteArray before = fileHash(path);

    const Run run = runApp({QStringLiteral("posts"),
                            QStringLiteral("--data-dir"),
                            dataDir.path(),
                            QStringLiteral("--database"),
                            QStringLiteral("sqlite:") + path});

    QCOMPARE(run.exitCode, 2);
    QVERIFY2(run.err.contains(QLatin1String("is not a SQLite database")), qPrintable(run.err));
    QCOMPARE(fileHash(path), before);
    QVERIFY(!QFile::exists(path + QStringLiteral("-wal")));
}

void TstCommandLine::aSchemaNewerThanThisBuildIsNotMigrated()
{
    Test::TestDatabase db(QStringLiteral("sqlite"));
    QVERIFY(db.isValid());
    SqlQuery future(db.database()->connection(),
                    QStringLiteral("INSERT INTO schema_migrations (version, name, applied_at) "
                                   "VALUES (999, 'future', '2030-01-01T00:00:00.000Z')"));
    QVERIFY(future.exec());

    const Run run = runApp({QStringLiteral("posts"),
                            QStringLiteral("--data-dir"),
                            db.dataDir(),
                            QStringLiteral("--database"),
                            db.url()});

    QCOMPARE(run.exitCode, 2);
    QVERIFY2(run.err.contains(QLatin1String("schema is version 999")), qPrintable(run.err));
}

void TstCommandLine::approvesAndRejectsThroughTheWorkflow_data()
{
    QTest::addColumn<QString>("engine");
    QTest::newRow("sqlite") << QStringLiteral("sqlite");
    QTest::newRow("postgresql") << QStringLiteral("postgresql");
}

void TstCommandLine::approvesAndRejectsThroughTheWorkflow()
{
    QFETCH(QString, engine);
    Test::TestDatabase db(engine);
    QVERIFY2(db.isValid(), qPrintable(db.errorText()));
    Post post;
    post.weekStart = QDate(2026, 12, 7);
    post.title = QStringLiteral("Holiday budgeting");
    post.offices = {QStringLiteral("Erie")};
    post.captions = {{Platform::Facebook, QStringLiteral("Plan ahead")},
                     {Platform::Stories, QStringLiteral("Swipe")}};
    const qint64 first = *PostRepository(db.database()).insert(post);
    const qint64 second = *PostRepository(db.database()).insert(post);
    const QStringList where = {
        QStringLiteral("--data-dir"), db.dataDir(), QStringLiteral("--database"), db.url()};
    const QString firstId = QString::number(first);

    const Run approve = runApp(QStringList{QStringLiteral("post"),
                                           QStringLiteral("approve"),
                                           firstId,
                                           QStringLiteral("--platforms"),
                                           QStringLiteral("facebook"),
                                           QStringLiteral("--reviewer"),
                                           QStringLiteral("Kim")}
                               + where);
    const Run reject = runApp(QStringList{QStringLiteral("post"),
                                          QStringLiteral("reject"),
                                          QString::number(second),
                                          QStringLiteral("--reason"),
                                          QStringLiteral("tone")}
                              + where);
    const Run again = runApp(QStringList{QStringLiteral("post"),
                                         QStringLiteral("reject"),
                                         firstId,
                                         QStringLiteral("--reason"),
                                         QStringLiteral("tone")}
                             + where);
    const Run show = runApp(
        QStringList{
            QStringLiteral("post"), QStringLiteral("show"), firstId, QStringLiteral("--json")}
        + where);

    QCOMPARE(approve.exitCode, 0);
    QCOMPARE(reject.exitCode, 0);
    QCOMPARE(again.exitCode, 1);
    QVERIFY2(again.err.contains(QLatin1String("pending_design")), qPrintable(again.err));
    const QJsonObject shown = QJsonDocument::fromJson(show.out.toUtf8()).object();
    QCOMPARE(shown.value(QLatin1String("status")).toString(), QStringLiteral("pending_design"));
    QCOMPARE(shown.value(QLatin1String("platforms")).toArray(),
             QJsonArray{QStringLiteral("facebook")});
    QCOMPARE(shown.value(QLatin1String("image_sizes")).toArray(),
             QJsonArray{QStringLiteral("square")});
    QCOMPARE(shown.value(QLatin1String("history")).toArray().size(), 1);
    QCOMPARE(shown.value(QLatin1String("history"))
                 .toArray()
                 .first()
                 .toObject()
                 .value(QLatin1String("by"))
                 .toString(),
             QStringLiteral("Kim"));
}

void TstCommandLine::configSetIsValidatedAndReadBack()
{
    QTemporaryDir dataDir;
    const QStringList where = {QStringLiteral("--data-dir"), dataDir.path()};

    const Run bad = runApp(QStringList{QStringLiteral("config"),
                                       QStringLiteral("set"),
                                       QStringLiteral("content.posts_per_week"),
                                       QStringLiteral("lots")}
                           + where);
    const Run good = runApp(QStringList{QStringLiteral("config"),
                                        QStringLiteral("set"),
                                        QStringLiteral("content.posts_per_week"),
                                        QStringLiteral("70")}
                            + where);
    const Run read = runApp(QStringList{QStringLiteral("config"),
                                        QStringLiteral("get"),
                                        QStringLiteral("content.posts_per_week")}
                            + where);

    QCOMPARE(bad.exitCode, 2);
    QVERIFY(bad.err.contains(QLatin1String("whole number")));
    QCOMPARE(good.exitCode, 0);
    QCOMPARE(read.out.trimmed(), QStringLiteral("70"));
}

QTEST_GUILESS_MAIN(TstCommandLine)
#include "tst_commandline.moc"
