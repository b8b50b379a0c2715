#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QtTest>

// A whole week through the command line only, as a new user would try it
// on a fresh data dir with nothing configured (every service offline).
class TstWeekPipeline final : public QObject
{
    Q_OBJECT

private slots:
    void runsAWholeWeekThroughTheCommandLine();

private:
    QByteArray bfs(const QStringList &arguments, int expectedExit = 0);
    QJsonArray posts();

    QTemporaryDir m_dataDir;
};

QByteArray TstWeekPipeline::bfs(const QStringList &arguments, int expectedExit)
{
    QProcess process;
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.insert(QStringLiteral("BFS_DATA_DIR"), m_dataDir.path());
    process.setProcessEnvironment(environment);
    process.start(QStringLiteral(BFS_MARKETING_EXECUTABLE), arguments);
    if (!process.waitForFinished(120000) || process.exitCode() != expectedExit) {
        qWarning().noquote() << arguments.join(QLatin1Char(' ')) << process.readAllStandardError();
        return QByteArray("FAILED");
    }
    return process.readAllStandardOutput();
}

QJsonArray TstWeekPipeline::posts()
{
    return QJsonDocument::fromJson(bfs({QStringLiteral("posts"), QStringLiteral("--json")}))
        .array();
}

void TstWeekPipeline::runsAWholeWeekThroughTheCommandLine()
{
    const QString task = QStringLiteral("task");
    QVERIFY(bfs({task, QStringLiteral("generate_content")}).contains("Created 65 posts"));
    QJsonArray all = posts();
    QCOMPARE(all.size(), 65);
    QList<int> images;
    QList<int> videos;
    for (const auto &value : all) {
        const QJsonObject post = value.toObject();
        QCOMPARE(post.value(QLatin1String("status")).toString(),
                 QStringLiteral("pending_approval"));
        (post.value(QLatin1String("kind")).toString() == QLatin1String("video") ? videos : images)
            .append(post.value(QLatin1String("id")).toInt());
    }
    QCOMPARE(videos.size(), 13);
    QCOMPARE(images.size(), 52);

    const QString approve = QStringLiteral("approve");
    const QString post = QStringLiteral("post");
    for (const int id : {images.at(0), images.at(1), videos.at(0)}) {
        QVERIFY(bfs({post, approve, QString::number(id)}).contains("→"));
    }
    QVERIFY(bfs({post,
                 QStringLiteral("reject"),
                 QString::number(images.at(2)),
                 QStringLiteral("--reason"),
                 QStringLiteral("off_brand")})
            != "FAILED");
    QVERIFY(bfs({task, QStringLiteral("generate_pending_images"), QStringLiteral("--force")})
                .contains("for 2 of 2 posts"));
    QVERIFY(QFileInfo::exists(
        m_dataDir.filePath(QStringLiteral("images/%1_square.png").arg(images.at(0)))));
    QVERIFY(bfs({post, approve, QString::number(images.at(0))}).contains("approved"));
    QVERIFY(bfs({task, QStringLiteral("publish_to_metricool"), QStringLiteral("--force")})
                .contains("would schedule 1 of 1"));
    QVERIFY(bfs({task, QStringLiteral("create_video_folders"), QStringLiteral("--force")})
                .contains("created 1 folders"));

    const QDir videoRoot(m_dataDir.filePath(QStringLiteral("sharepoint/Video Content")));
    const QStringList folders = videoRoot.entryList(QDir::Dirs | QDir::NoDotAndDotDot);
    QCOMPARE(folders.size(), 1);
    const QString clip = videoRoot.filePath(folders.first() + QStringLiteral("/Erie_Reels.mp4"));
    QCOMPARE(QProcess::execute(QStringLiteral("ffmpeg"),
                               {QStringLiteral("-loglevel"),
                                QStringLiteral("error"),
                                QStringLiteral("-f"),
                                QStringLiteral("lavfi"),
                                QStringLiteral("-i"),
                                QStringLiteral("testsrc=size=320x240:rate=25"),
                                QStringLiteral("-t"),
                                QStringLiteral("1"),
                                QStringLiteral("-pix_fmt"),
                                QStringLiteral("yuv420p"),
                                clip}),
             0);
    QVERIFY(bfs({task, QStringLiteral("sync_sharepoint_videos"), QStringLiteral("--force")})
                .contains("imported 1 clips"));
    const QJsonObject shown = QJsonDocument::fromJson(bfs({post,
                                                           QStringLiteral("show"),
                                                           QString::number(videos.at(0)),
                                                           QStringLiteral("--json")}))
                                  .object();
    QCOMPARE(shown.value(QLatin1String("status")).toString(), QStringLiteral("video_review"));
    const QJsonObject clipJson = shown.value(QLatin1String("clips")).toArray().first().toObject();
    QCOMPARE(clipJson.value(QLatin1String("office")).toString(), QStringLiteral("Erie"));
    QCOMPARE(clipJson.value(QLatin1String("width")).toInt(), 320);

    QVERIFY(bfs({task, QStringLiteral("backup_approved_posts"), QStringLiteral("--force")})
                .contains("Backed up 2 posts"));
    QVERIFY(bfs({task, QStringLiteral("backup_approved_posts"), QStringLiteral("--force")})
                .contains("Backed up 0 posts; 2 unchanged"));
    const QByteArray report = bfs(
        {task, QStringLiteral("weekly_analytics"), QStringLiteral("--force")});
    QVERIFY2(
        report.contains("Generated 65 of 65 posts. Stage 1 approved 75% (4 decisions), Stage 2 "
                        "approved 100% (1 decisions). Top rejection reasons: off_brand (1)"),
        report.constData());
}

QTEST_GUILESS_MAIN(TstWeekPipeline)
#include "tst_weekpipeline.moc"
