#include <QElapsedTimer>
#include <QFileInfo>
#include <QImage>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QProcessEnvironment>
#include <QTemporaryDir>
#include <QTest>

#include "mediafixtures.h"

// `bfs-marketing probe` as a user or a script runs it.
class TestProbeCommand : public QObject
{
    Q_OBJECT

private:
    MediaFixtures m_media;
    QTemporaryDir m_work;

    struct Run
    {
        int exitCode = -1;
        QByteArray out;
        QByteArray err;
    };

    Run run(const QStringList &arguments,
            const QProcessEnvironment &environment = QProcessEnvironment::systemEnvironment())
    {
        QProcess process;
        process.setProcessEnvironment(environment);
        process.setProgram(QStringLiteral(BFS_MARKETING_EXECUTABLE));
        process.setArguments(
            arguments
            + QStringList{QStringLiteral("--data-dir"), m_work.filePath(QStringLiteral("data"))});
        process.start();
        Run result;
        if (!process.waitForFinished(60000)) {
            process.kill();
            process.waitForFinished();
            return result;
        }
        result.exitCode = process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1;
        result.out = process.readAllStandardOutput();
        result.err = process.readAllStandardError();
        return result;
    }

private slots:

    void initTestCase()
    {
        if (!m_media.available()) {
            QSKIP(qPrintable(m_media.why()));
        }
        QVERIFY(m_work.isValid());
    }

    void jsonForEveryFileFailuresIncluded()
    {
        const QString thumbnails = m_work.filePath(QStringLiteral("thumbs"));
        const QString portrait = m_media.path(QStringLiteral("portrait.mp4"));
        const QString random = m_media.path(QStringLiteral("random.mp4"));
        const QString quickTime = m_media.path(QStringLiteral("Clip été 01.MOV"));
        const Run result = run({QStringLiteral("probe"),
                                QStringLiteral("--json"),
                                QStringLiteral("--thumbnails"),
                                thumbnails,
                                portrait,
                                random,
                                quickTime});
        QCOMPARE(result.exitCode, 1); // one file failed
        QJsonParseError error;
        const QJsonDocument document = QJsonDocument::fromJson(result.out, &error);
        QVERIFY2(document.isArray(),
                 qPrintable(error.errorString() + QString::fromUtf8(result.out)));
        const QJsonArray array = document.array();
        QCOMPARE(array.size(), 3);
        for (const QJsonValue &value : array) {
            const QJsonObject object = value.toObject();
            for (const char *key : {"file",
                                    "ok",
                                    "error",
                                    "duration_s",
                                    "width",
                                    "height",
                                    "rotation",
                                    "video_codec",
                                    "bit_rate",
                                    "frame_rate",
                                    "audio_codec",
                                    "size_bytes",
                                    "thumbnail"}) {
                QVERIFY2(object.contains(QLatin1String(key)), key);
            }
        }
        const QJsonObject first = array.at(0).toObject();
        QCOMPARE(first.value(QStringLiteral("file")).toString(), portrait);
        QCOMPARE(first.value(QStringLiteral("ok")).toBool(), true);
        QVERIFY(first.value(QStringLiteral("error")).isNull());
        QCOMPARE(first.value(QStringLiteral("width")).toInt(), 1080);
        QCOMPARE(first.value(QStringLiteral("height")).toInt(), 1920);
        QCOMPARE(first.value(QStringLiteral("rotation")).toInt(), 90);
        QCOMPARE(first.value(QStringLiteral("video_codec")).toString(), QStringLiteral("h264"));
        QCOMPARE(first.value(QStringLiteral("size_bytes")).toInteger(), QFileInfo(portrait).size());
        const QString thumbnail = first.value(QStringLiteral("thumbnail")).toString();
        QVERIFY(thumbnail.startsWith(thumbnails));
        QCOMPARE(QImage(thumbnail).size(), QSize(400, 711));

        const QJsonObject second = array.at(1).toObject();
        QCOMPARE(second.value(QStringLiteral("file")).toString(), random);
        QCOMPARE(second.value(QStringLiteral("ok")).toBool(), false);
        QVERIFY(second.value(QStringLiteral("error"))
                    .toString()
                    .startsWith(QLatin1String("not a video: ")));
        QVERIFY(second.value(QStringLiteral("thumbnail")).isNull());

        const QJsonObject third = array.at(2).toObject();
        QCOMPARE(third.value(QStringLiteral("file")).toString(), quickTime);
        QCOMPARE(third.value(QStringLiteral("ok")).toBool(), true);
        QCOMPARE(third.value(QStringLiteral("audio_codec")).toString(), QStringLiteral("aac"));
    }

    void exitZeroWhenEveryFileIsRead()
    {
        const Run result = run({QStringLiteral("probe"),
                                QStringLiteral("--json"),
                                m_media.path(QStringLiteral("hevc.mp4"))});
        QCOMPARE(result.exitCode, 0);
        const QJsonArray array = QJsonDocument::fromJson(result.out).array();
        QCOMPARE(array.size(), 1);
        QVERIFY(array.at(0).toObject().value(QStringLiteral("thumbnail")).isNull());
        QCOMPARE(array.at(0).toObject().value(QStringLiteral("width")).toInt(), 1280);
    }

    void textOutput()
    {
        const QString hevc = m_media.path(QStringLiteral("hevc.mp4"));
        const QString empty = m_media.path(QStringLiteral("empty.mp4"));
        const Run result = run({QStringLiteral("probe"), hevc, empty});
        QCOMPARE(result.exitCode, 1);
        const QString out = QString::fromUtf8(result.out);
        QVERIFY2(out.contains(hevc + QStringLiteral(": 1280x720, hevc (Main), 25 fps")),
                 qPrintable(out));
        QVERIFY2(out.contains(empty + QStringLiteral(": not a video: empty file (0 bytes)")),
                 qPrintable(out));
    }

    // The command line forks its helpers (it has a single thread): a file
    // that crashes or wedges one fails alone, the others are read.
    void crashAndHangFailOnlyTheirFile()
    {
        const QString good = m_media.path(QStringLiteral("hevc.mp4"));
        const QString crasher = m_media.copy(QStringLiteral("hevc.mp4"),
                                             QStringLiteral("crash-me.mp4"));
        const QString hanger = m_media.copy(QStringLiteral("hevc.mp4"),
                                            QStringLiteral("hang-me.mp4"));
        QVERIFY(!crasher.isEmpty() && !hanger.isEmpty());
        QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
        environment.insert(QStringLiteral("BFS_MEDIA_WORKER_TEST_CRASH_ON"),
                           QStringLiteral("crash-me.mp4"));
        environment.insert(QStringLiteral("BFS_MEDIA_WORKER_TEST_HANG_ON"),
                           QStringLiteral("hang-me.mp4"));
        QElapsedTimer timer;
        timer.start();
        const Run result = run({QStringLiteral("probe"),
                                QStringLiteral("--json"),
                                QStringLiteral("--verbose"),
                                QStringLiteral("--timeout"),
                                QStringLiteral("1"),
                                QStringLiteral("--workers"),
                                QStringLiteral("1"),
                                good,
                                crasher,
                                good,
                                hanger,
                                good},
                               environment);
        QVERIFY2(timer.elapsed() < 20000, qPrintable(QString::number(timer.elapsed())));
        QCOMPARE(result.exitCode, 1);
        QVERIFY2(result.err.contains("(a copy of this process)"), result.err.constData());
        const QJsonArray array = QJsonDocument::fromJson(result.out).array();
        QCOMPARE(array.size(), 5);
        for (int i : {0, 2, 4}) {
            QCOMPARE(array.at(i).toObject().value(QStringLiteral("ok")).toBool(), true);
        }
        QCOMPARE(array.at(1).toObject().value(QStringLiteral("error_kind")).toString(),
                 QStringLiteral("crashed"));
        QCOMPARE(array.at(3).toObject().value(QStringLiteral("error")).toString(),
                 QStringLiteral("timed out after 3 s (the media worker was stopped)"));
    }

    void usageErrors()
    {
        QCOMPARE(run({QStringLiteral("probe")}).exitCode, 2);
        QCOMPARE(run({QStringLiteral("probe"),
                      QStringLiteral("--workers"),
                      QStringLiteral("0"),
                      m_media.path(QStringLiteral("hevc.mp4"))})
                     .exitCode,
                 2);
    }
};

QTEST_GUILESS_MAIN(TestProbeCommand)
#include "tst_probecommand.moc"
