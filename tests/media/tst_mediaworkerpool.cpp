#include <atomic>

#include <QElapsedTimer>
#include <QFileInfo>
#include <QImage>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

#include "mediafixtures.h"
#include "mediaworkerpool.h"

using namespace Bfs;

// The pool runs the real `bfs-marketing media-worker` helpers.
class TestMediaWorkerPool : public QObject
{
    Q_OBJECT

private:
    MediaFixtures m_media;
    QTemporaryDir m_thumbnails;

    static QString executable() { return QStringLiteral(BFS_MARKETING_EXECUTABLE); }

    // Helpers started as `bfs-marketing media-worker` (this test process has
    // threads, so no forked helpers here: tst_probecommand covers those).
    MediaWorkerPool::Options options(int workers = 2) const
    {
        MediaWorkerPool::Options options;
        options.workers = workers;
        options.thumbnailDir = m_thumbnails.path();
        options.reuseThumbnails = false;
        return options;
    }

private slots:

    void initTestCase()
    {
        if (!m_media.available()) {
            QSKIP(qPrintable(m_media.why()));
        }
        QVERIFY(QFileInfo(executable()).isExecutable());
        for (const char *name : {"hevc.mp4",
                                 "Clip été 01.MOV",
                                 "random.mp4",
                                 "audio.m4a",
                                 "empty.mp4",
                                 "uploading.mov",
                                 "portrait.mp4"}) {
            QVERIFY2(!m_media.path(QString::fromUtf8(name)).isEmpty(), qPrintable(m_media.why()));
        }
        // Each test sets the hooks it needs.
        qunsetenv("BFS_MEDIA_WORKER_TEST_CRASH_ON");
        qunsetenv("BFS_MEDIA_WORKER_TEST_HANG_ON");
        // Keep the helpers' data dir (logs) out of the home folder.
        qputenv("BFS_DATA_DIR", QFile::encodeName(m_thumbnails.filePath(QStringLiteral("data"))));
    }

    void cleanup()
    {
        qunsetenv("BFS_MEDIA_WORKER_TEST_CRASH_ON");
        qunsetenv("BFS_MEDIA_WORKER_TEST_HANG_ON");
    }

    void batchKeepsOrderAndReportsEachFile()
    {
        const QStringList files = {m_media.path(QStringLiteral("hevc.mp4")),
                                   m_media.path(QStringLiteral("random.mp4")),
                                   m_media.path(QStringLiteral("Clip été 01.MOV")),
                                   m_media.path(QStringLiteral("audio.m4a")),
                                   m_media.path(QStringLiteral("empty.mp4")),
                                   m_media.path(QStringLiteral("uploading.mov")),
                                   m_media.path(QStringLiteral("portrait.mp4"))};
        MediaWorkerPool pool(executable(), options(2));
        int progressCalls = 0;
        const QList<MediaInfo> results = pool.probeAll(
            files, nullptr, [&](int done, int total, const MediaInfo &) {
                ++progressCalls;
                QCOMPARE(total, int(files.size()));
                QCOMPARE(done, progressCalls);
            });
        QCOMPARE(results.size(), files.size());
        QCOMPARE(progressCalls, int(files.size()));
        for (int i = 0; i < files.size(); ++i) {
            QCOMPARE(results.at(i).file, files.at(i));
        }
        QVERIFY2(results.at(0).ok, qPrintable(results.at(0).error));
        QCOMPARE(results.at(0).videoCodec, QStringLiteral("hevc"));
        QCOMPARE(QImage(results.at(0).thumbnail).size(), QSize(400, 225));
        QCOMPARE(results.at(1).errorKind, MediaErrorKind::NotAVideo);
        QVERIFY2(results.at(2).ok, qPrintable(results.at(2).error));
        QCOMPARE(results.at(2).container, QStringLiteral("mov"));
        QCOMPARE(results.at(3).error, QStringLiteral("not a video: audio only (aac)"));
        QCOMPARE(results.at(4).errorKind, MediaErrorKind::NotAVideo);
        QCOMPARE(results.at(5).errorKind, MediaErrorKind::Truncated);
        QVERIFY(results.at(6).ok);
        QCOMPARE(results.at(6).width, 1080);
        QCOMPARE(results.at(6).height, 1920);
        QCOMPARE(results.at(6).rotation, 90);
        // Helpers serve many files each.
        QVERIFY(pool.processesStarted() <= 2);
    }

    void oneHelperServesTheWholeBatch()
    {
        MediaWorkerPool pool(executable(), options(1));
        QStringList files;
        for (int i = 0; i < 5; ++i) {
            files << m_media.path(QStringLiteral("hevc.mp4"));
        }
        const QList<MediaInfo> results = pool.probeAll(files);
        for (const MediaInfo &info : results) {
            QVERIFY(info.ok);
        }
        QCOMPARE(pool.processesStarted(), 1);
    }

    void crashIsIsolatedAndReported()
    {
        qputenv("BFS_MEDIA_WORKER_TEST_CRASH_ON", "crash-me.mp4");
        const QString crasher = m_media.copy(QStringLiteral("hevc.mp4"),
                                             QStringLiteral("crash-me.mp4"));
        QVERIFY(!crasher.isEmpty());
        const QString good = m_media.path(QStringLiteral("hevc.mp4"));
        MediaWorkerPool pool(executable(), options(1));
        const QList<MediaInfo> results = pool.probeAll({good, crasher, good, crasher, good});
        QCOMPARE(results.size(), 5);
        for (int i : {0, 2, 4}) {
            QVERIFY2(results.at(i).ok, qPrintable(results.at(i).error));
        }
        for (int i : {1, 3}) {
            QVERIFY(!results.at(i).ok);
            QCOMPARE(results.at(i).errorKind, MediaErrorKind::Crashed);
            QCOMPARE(results.at(i).file, crasher);
            QVERIFY2(
                results.at(i).error.startsWith(QLatin1String("crashed: the media worker died")),
                qPrintable(results.at(i).error));
        }
        // Restarted after each crash.
        QCOMPARE(pool.processesStarted(), 3);
    }

    void wedgedHelperIsStoppedAtTheDeadline()
    {
        qputenv("BFS_MEDIA_WORKER_TEST_HANG_ON", "hang-me.mp4");
        const QString hanger = m_media.copy(QStringLiteral("hevc.mp4"),
                                            QStringLiteral("hang-me.mp4"));
        const QString good = m_media.path(QStringLiteral("hevc.mp4"));
        MediaWorkerPool::Options opts = options(1);
        opts.timeoutMs = 1000;
        opts.graceMs = 500;
        MediaWorkerPool pool(executable(), opts);
        QElapsedTimer timer;
        timer.start();
        const QList<MediaInfo> results = pool.probeAll({good, hanger, good});
        // 1.5 s for the wedged file, the rest is quick.
        QVERIFY2(timer.elapsed() < 6000, qPrintable(QString::number(timer.elapsed())));
        QVERIFY(results.at(0).ok);
        QCOMPARE(results.at(1).errorKind, MediaErrorKind::TimedOut);
        QCOMPARE(results.at(1).error,
                 QStringLiteral("timed out after 1.5 s (the media worker was stopped)"));
        QVERIFY(results.at(2).ok);
        QCOMPARE(pool.processesStarted(), 2);
    }

    void forkIsOnlyForSingleThreadedProcesses()
    {
        // This process has threads (QtTest's watchdog): the pool starts the
        // executable instead, and works the same.
        MediaWorkerPool::Options opts = options(1);
        opts.forkWhenSingleThreaded = true;
        MediaWorkerPool pool(executable(), opts);
        QVERIFY(pool.probeAll({m_media.path(QStringLiteral("hevc.mp4"))}).at(0).ok);
    }

    void missingExecutableFailsEveryFile()
    {
        MediaWorkerPool pool(m_thumbnails.filePath(QStringLiteral("no-such-program")), options());
        const QList<MediaInfo> results = pool.probeAll({m_media.path(QStringLiteral("hevc.mp4")),
                                                        m_media.path(QStringLiteral("random.mp4")),
                                                        m_media.path(QStringLiteral("audio.m4a"))});
        QCOMPARE(results.size(), 3);
        for (const MediaInfo &info : results) {
            QVERIFY(!info.ok);
            QVERIFY2(info.error.contains(QLatin1String("could not start")), qPrintable(info.error));
        }
    }

    void asyncSubmitSignalsEachResult()
    {
        MediaWorkerPool pool(executable(), options());
        QSignalSpy probed(&pool, &MediaWorkerPool::probed);
        QSignalSpy idle(&pool, &MediaWorkerPool::idle);
        const quint64 a = pool.submit(m_media.path(QStringLiteral("hevc.mp4")));
        const quint64 b = pool.submit(m_media.path(QStringLiteral("random.mp4")));
        QVERIFY(a != b);
        QCOMPARE(pool.pendingCount(), 2);
        QVERIFY(!pool.isIdle());
        QTRY_COMPARE_WITH_TIMEOUT(probed.size(), 2, 20000);
        QTRY_VERIFY(pool.isIdle());
        QVERIFY(idle.size() >= 1);
        QHash<quint64, MediaInfo> byId;
        for (const QList<QVariant> &arguments : std::as_const(probed)) {
            byId.insert(arguments.at(0).toULongLong(), arguments.at(1).value<MediaInfo>());
        }
        QVERIFY(byId.value(a).ok);
        QCOMPARE(byId.value(b).errorKind, MediaErrorKind::NotAVideo);
    }

    void idleHelpersExitAndComeBack()
    {
        MediaWorkerPool::Options opts = options(1);
        opts.idleExitMs = 0;
        MediaWorkerPool pool(executable(), opts);
        QVERIFY(pool.probeAll({m_media.path(QStringLiteral("hevc.mp4"))}).at(0).ok);
        QTest::qWait(300); // the idle helper is told to exit
        QVERIFY(pool.probeAll({m_media.path(QStringLiteral("hevc.mp4"))}).at(0).ok);
        QCOMPARE(pool.processesStarted(), 2);
    }

    void cancelStopsThePendingFiles()
    {
        std::atomic_bool cancel = false;
        MediaWorkerPool pool(executable(), options(1));
        QStringList files;
        for (int i = 0; i < 6; ++i) {
            files << m_media.path(QStringLiteral("hevc.mp4"));
        }
        const QList<MediaInfo> results = pool.probeAll(
            files, &cancel, [&](int done, int, const MediaInfo &) {
                if (done == 1) {
                    cancel = true;
                }
            });
        QCOMPARE(results.size(), files.size());
        QVERIFY(results.at(0).ok);
        QCOMPARE(results.last().errorKind, MediaErrorKind::Cancelled);
    }
};

QTEST_GUILESS_MAIN(TestMediaWorkerPool)
#include "tst_mediaworkerpool.moc"
