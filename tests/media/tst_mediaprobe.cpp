#include <cmath>

#include <QElapsedTimer>
#include <QFileInfo>
#include <QImage>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

#include <sys/stat.h>

#include "mediafixtures.h"
#include "mediaprobe.h"

using namespace Bfs;

Q_DECLARE_METATYPE(Bfs::MediaErrorKind)

namespace {

struct Look
{
    double mean = 0;
    double stddev = 0;
};

// Mean and spread of the luma of a region (fractions of the image).
Look lookAt(const QImage &image, double x0 = 0, double y0 = 0, double x1 = 1, double y1 = 1)
{
    const QImage rgb = image.convertToFormat(QImage::Format_RGB888);
    double sum = 0;
    double squares = 0;
    int count = 0;
    for (int y = int(y0 * rgb.height()); y < int(y1 * rgb.height()); ++y) {
        for (int x = int(x0 * rgb.width()); x < int(x1 * rgb.width()); ++x) {
            const QRgb p = rgb.pixel(x, y);
            const double luma = 0.299 * qRed(p) + 0.587 * qGreen(p) + 0.114 * qBlue(p);
            sum += luma;
            squares += luma * luma;
            ++count;
        }
    }
    Look look;
    look.mean = count > 0 ? sum / count : 0;
    look.stddev = count > 0 ? std::sqrt(std::max(0.0, squares / count - look.mean * look.mean)) : 0;
    return look;
}

double parseRate(const QString &rate)
{
    const QStringList parts = rate.split(u'/');
    if (parts.size() != 2 || parts.at(1).toDouble() == 0) {
        return 0;
    }
    return parts.at(0).toDouble() / parts.at(1).toDouble();
}

} // namespace

class TestMediaProbe : public QObject
{
    Q_OBJECT

private:
    MediaFixtures m_media;
    QTemporaryDir m_thumbnails;

    MediaInfo probe(const QString &name, bool thumbnail = true, int timeoutMs = 10000)
    {
        const QString file = m_media.path(name);
        if (file.isEmpty()) {
            qWarning("%s", qPrintable(m_media.why()));
        }
        MediaProbe::Options options;
        options.thumbnailDir = thumbnail ? m_thumbnails.path() : QString();
        options.timeoutMs = timeoutMs;
        options.reuseThumbnails = false;
        return MediaProbe(options).probe(file);
    }

private slots:

    void initTestCase()
    {
        if (!m_media.available()) {
            QSKIP(qPrintable(m_media.why()));
        }
        QVERIFY(m_thumbnails.isValid());
    }

    void landscape()
    {
        const MediaInfo info = probe(QStringLiteral("landscape.mp4"));
        QVERIFY2(info.ok, qPrintable(info.error));
        QVERIFY(info.error.isEmpty());
        QCOMPARE(info.errorKind, MediaErrorKind::None);
        QCOMPARE(info.container, QStringLiteral("mp4"));
        QCOMPARE(info.videoCodec, QStringLiteral("h264"));
        QVERIFY(!info.videoProfile.isEmpty());
        QCOMPARE(info.width, 1920);
        QCOMPARE(info.height, 1080);
        QCOMPARE(info.rotation, 0);
        QVERIFY(std::abs(info.durationSeconds - 1.0) < 0.05);
        QVERIFY(std::abs(info.frameRate - 30.0) < 0.01);
        QVERIFY(info.bitRate > 0);
        QCOMPARE(info.audioCodec, QStringLiteral("aac"));
        QCOMPARE(info.sizeBytes, QFileInfo(info.file).size());
        QCOMPARE(info.creationTime.toUTC(),
                 QDateTime(QDate(2024, 5, 1), QTime(10, 15, 30), Qt::UTC));

        QVERIFY(QFileInfo(info.thumbnail).isFile());
        QVERIFY(info.thumbnail.startsWith(m_thumbnails.path()));
        QVERIFY(info.thumbnail.endsWith(QLatin1String(".jpg")));
        const QImage thumbnail(info.thumbnail);
        QCOMPARE(thumbnail.width(), 400);
        QCOMPARE(thumbnail.height(), 225);
        QVERIFY(lookAt(thumbnail).stddev > 20); // a picture, not a flat frame
    }

    void portraitAppliesTheRotation()
    {
        const MediaInfo info = probe(QStringLiteral("portrait.mp4"));
        QVERIFY2(info.ok, qPrintable(info.error));
        QCOMPARE(info.rotation, 90);
        QCOMPARE(info.width, 1080);
        QCOMPARE(info.height, 1920);
        QCOMPARE(info.codedWidth, 1920);
        QCOMPARE(info.codedHeight, 1080);

        const QImage thumbnail(info.thumbnail);
        QCOMPARE(thumbnail.width(), 400);
        QCOMPARE(thumbnail.height(), 711); // 400 * 1920 / 1080
        // The white box of the coded frame's top-left is shown top-right
        // after a quarter turn clockwise, as ffmpeg and players show it.
        QVERIFY(lookAt(thumbnail, 0.8, 0.0, 1.0, 0.2).mean > 220);
        QVERIFY(lookAt(thumbnail, 0.0, 0.0, 0.2, 0.2).mean < 160);
        QVERIFY(lookAt(thumbnail, 0.0, 0.8, 0.2, 1.0).mean < 160);
    }

    void hevc()
    {
        const MediaInfo info = probe(QStringLiteral("hevc.mp4"));
        QVERIFY2(info.ok, qPrintable(info.error));
        QCOMPARE(info.videoCodec, QStringLiteral("hevc"));
        QCOMPARE(info.videoProfile, QStringLiteral("Main"));
        QCOMPARE(info.width, 1280);
        QCOMPARE(info.height, 720);
        QVERIFY(std::abs(info.frameRate - 25.0) < 0.01);
        QVERIFY(info.audioCodec.isEmpty());
        QVERIFY(!info.creationTime.isValid());
        const QImage thumbnail(info.thumbnail);
        QCOMPARE(thumbnail.size(), QSize(400, 225));
    }

    void longGop()
    {
        const MediaInfo info = probe(QStringLiteral("longgop.mp4"));
        QVERIFY2(info.ok, qPrintable(info.error));
        QVERIFY(std::abs(info.durationSeconds - 6.0) < 0.05);
        const QImage thumbnail(info.thumbnail);
        QCOMPARE(thumbnail.size(), QSize(400, 225));
        QVERIFY(lookAt(thumbnail).stddev > 20);
    }

    void quickTimeWithIndexAtTheEnd()
    {
        // Spaces, non-ASCII letters and an upper-case extension.
        const MediaInfo info = probe(QStringLiteral("Clip été 01.MOV"));
        QVERIFY2(info.ok, qPrintable(info.error));
        QCOMPARE(QFileInfo(info.file).fileName(), QStringLiteral("Clip été 01.MOV"));
        QCOMPARE(info.container, QStringLiteral("mov"));
        QCOMPARE(info.width, 640);
        QCOMPARE(info.height, 360);
        QVERIFY(std::abs(info.durationSeconds - 2.0) < 0.1);
        QCOMPARE(info.audioCodec, QStringLiteral("aac"));
        QCOMPARE(QImage(info.thumbnail).size(), QSize(400, 225));
    }

    void fadeInThumbnailIsNotBlack()
    {
        // 10% of 4 s is in the first GOP, whose keyframe is black.
        const MediaInfo info = probe(QStringLiteral("fade.mp4"));
        QVERIFY2(info.ok, qPrintable(info.error));
        const Look look = lookAt(QImage(info.thumbnail));
        QVERIFY2(look.mean > 40, qPrintable(QString::number(look.mean)));
        QVERIFY2(look.stddev > 15, qPrintable(QString::number(look.stddev)));
    }

    void audioOnlyIsNotAVideo()
    {
        const MediaInfo info = probe(QStringLiteral("audio.m4a"));
        QVERIFY(!info.ok);
        QCOMPARE(info.errorKind, MediaErrorKind::NotAVideo);
        QCOMPARE(info.error, QStringLiteral("not a video: audio only (aac)"));
        QCOMPARE(info.audioCodec, QStringLiteral("aac"));
        QVERIFY(info.thumbnail.isEmpty());
    }

    void metadataMatchesFfprobe_data()
    {
        QTest::addColumn<QString>("name");
        for (const char *name : {"landscape.mp4",
                                 "portrait.mp4",
                                 "hevc.mp4",
                                 "longgop.mp4",
                                 "Clip été 01.MOV",
                                 "fade.mp4"}) {
            QTest::newRow(name) << QString::fromUtf8(name);
        }
    }

    // Reading MP4/MOV without the full stream analysis gives ffprobe's values.
    void metadataMatchesFfprobe()
    {
        QFETCH(QString, name);
        const QString ffprobe = QStandardPaths::findExecutable(QStringLiteral("ffprobe"));
        if (ffprobe.isEmpty()) {
            QSKIP("ffprobe is not installed");
        }
        const MediaInfo info = probe(name, false);
        QVERIFY2(info.ok, qPrintable(info.error));

        QProcess process;
        process.start(ffprobe,
                      {QStringLiteral("-v"),
                       QStringLiteral("error"),
                       QStringLiteral("-print_format"),
                       QStringLiteral("json"),
                       QStringLiteral("-show_format"),
                       QStringLiteral("-show_streams"),
                       info.file});
        QVERIFY(process.waitForFinished(30000));
        const QJsonObject probe = QJsonDocument::fromJson(process.readAllStandardOutput()).object();
        const QJsonObject format = probe.value(QStringLiteral("format")).toObject();
        QJsonObject video;
        QJsonObject audio;
        for (const QJsonValue &value : probe.value(QStringLiteral("streams")).toArray()) {
            const QJsonObject stream = value.toObject();
            const QString type = stream.value(QStringLiteral("codec_type")).toString();
            if (type == QLatin1String("video") && video.isEmpty()) {
                video = stream;
            } else if (type == QLatin1String("audio") && audio.isEmpty()) {
                audio = stream;
            }
        }
        QVERIFY(!video.isEmpty());

        const double duration = format.value(QStringLiteral("duration")).toString().toDouble();
        QVERIFY2(std::abs(info.durationSeconds - duration) < 0.002,
                 qPrintable(QStringLiteral("%1 vs %2").arg(info.durationSeconds).arg(duration)));
        const qint64 bitRate = format.value(QStringLiteral("bit_rate")).toString().toLongLong();
        QVERIFY2(std::llabs(info.bitRate - bitRate) <= bitRate / 1000 + 1,
                 qPrintable(QStringLiteral("%1 vs %2").arg(info.bitRate).arg(bitRate)));
        QCOMPARE(info.sizeBytes, format.value(QStringLiteral("size")).toString().toLongLong());
        QCOMPARE(info.videoCodec, video.value(QStringLiteral("codec_name")).toString());
        QCOMPARE(info.videoProfile, video.value(QStringLiteral("profile")).toString());
        QCOMPARE(info.codedWidth, video.value(QStringLiteral("width")).toInt());
        QCOMPARE(info.codedHeight, video.value(QStringLiteral("height")).toInt());
        const double rate = parseRate(video.value(QStringLiteral("avg_frame_rate")).toString());
        QVERIFY2(std::abs(info.frameRate - rate) < 0.001,
                 qPrintable(QStringLiteral("%1 vs %2").arg(info.frameRate).arg(rate)));
        QCOMPARE(info.videoBitRate,
                 video.value(QStringLiteral("bit_rate")).toString().toLongLong());
        QCOMPARE(info.audioCodec, audio.value(QStringLiteral("codec_name")).toString());
    }

    void brokenFiles_data()
    {
        QTest::addColumn<QString>("name");
        QTest::addColumn<MediaErrorKind>("kind");
        QTest::addColumn<QString>("prefix");
        QTest::newRow("zero-length") << QStringLiteral("empty.mp4") << MediaErrorKind::NotAVideo
                                     << QStringLiteral("not a video: empty file");
        QTest::newRow("random bytes") << QStringLiteral("random.mp4") << MediaErrorKind::NotAVideo
                                      << QStringLiteral("not a video: unrecognised format");
        QTest::newRow("cut in the header")
            << QStringLiteral("cut-header.mp4") << MediaErrorKind::Truncated
            << QStringLiteral("truncated: ");
        QTest::newRow("cut in the data")
            << QStringLiteral("cut-faststart.mp4") << MediaErrorKind::Truncated
            << QStringLiteral("truncated: the index refers to");
        QTest::newRow("still uploading")
            << QStringLiteral("uploading.mov") << MediaErrorKind::Truncated
            << QStringLiteral("truncated: the 'mdat' box");
        QTest::newRow("audio only") << QStringLiteral("audio.m4a") << MediaErrorKind::NotAVideo
                                    << QStringLiteral("not a video: audio only");
        QTest::newRow("huge dimensions")
            << QStringLiteral("huge.mp4") << MediaErrorKind::Unsupported
            << QStringLiteral("unsupported: frames of 60000x60000");
    }

    void brokenFiles()
    {
        QFETCH(QString, name);
        QFETCH(MediaErrorKind, kind);
        QFETCH(QString, prefix);
        QElapsedTimer timer;
        timer.start();
        const MediaInfo info = probe(name);
        QVERIFY2(timer.elapsed() < 3000, qPrintable(QString::number(timer.elapsed())));
        QVERIFY(!info.ok);
        QVERIFY2(info.error.startsWith(prefix), qPrintable(info.error));
        QCOMPARE(info.errorKind, kind);
        QVERIFY(info.thumbnail.isEmpty());
        QCOMPARE(info.sizeBytes, QFileInfo(m_media.path(name)).size());
    }

    void hugeDimensionsStillReportTheMetadata()
    {
        const MediaInfo info = probe(QStringLiteral("huge.mp4"));
        QCOMPARE(info.videoCodec, QStringLiteral("hevc"));
        QCOMPARE(info.width, 60000);
        QCOMPARE(info.height, 60000);
    }

    void damagedDataDoesNotHang()
    {
        QElapsedTimer timer;
        timer.start();
        const MediaInfo info = probe(QStringLiteral("garbage.mp4"));
        QVERIFY(timer.elapsed() < 3000);
        // The header is intact: the metadata is read; the frames may or may
        // not decode into something.
        QCOMPARE(info.width, 1920);
        if (!info.ok) {
            QVERIFY2(info.errorKind == MediaErrorKind::Corrupt, qPrintable(info.error));
        }
    }

    void notRegularFiles()
    {
        QTemporaryDir dir;
        MediaProbe probe;
        MediaInfo info = probe.probe(dir.filePath(QStringLiteral("missing.mp4")));
        QCOMPARE(info.errorKind, MediaErrorKind::Unreadable);
        QCOMPARE(info.error, QStringLiteral("unreadable: No such file or directory"));

        info = probe.probe(dir.path());
        QCOMPARE(info.error, QStringLiteral("unreadable: is a directory"));

        // A FIFO must not block the open.
        const QString fifo = dir.filePath(QStringLiteral("pipe.mp4"));
        QCOMPARE(::mkfifo(QFile::encodeName(fifo).constData(), 0600), 0);
        QElapsedTimer timer;
        timer.start();
        info = probe.probe(fifo);
        QVERIFY(timer.elapsed() < 1000);
        QCOMPARE(info.error, QStringLiteral("unreadable: not a regular file"));
    }

    void timeLimit()
    {
        const MediaInfo info = probe(QStringLiteral("landscape.mp4"), true, 0);
        QVERIFY(!info.ok);
        QCOMPARE(info.errorKind, MediaErrorKind::TimedOut);
        QCOMPARE(info.error, QStringLiteral("timed out after 0 s"));
    }

    void metadataOnly()
    {
        const MediaInfo info = probe(QStringLiteral("landscape.mp4"), false);
        QVERIFY(info.ok);
        QVERIFY(info.thumbnail.isEmpty());
        QCOMPARE(info.width, 1920);
    }

    void thumbnailCacheIsReused()
    {
        QTemporaryDir cache;
        MediaProbe::Options options;
        options.thumbnailDir = cache.path();
        const MediaProbe probe(options);
        const QString file = m_media.path(QStringLiteral("hevc.mp4"));
        const MediaInfo first = probe.probe(file);
        QVERIFY(first.ok);
        QVERIFY(!first.thumbnailFromCache);
        const MediaInfo second = probe.probe(file);
        QVERIFY(second.ok);
        QVERIFY(second.thumbnailFromCache);
        QCOMPARE(second.thumbnail, first.thumbnail);
        QCOMPARE(second.width, 1280);
        QCOMPARE(QDir(cache.path()).entryList(QDir::Files).size(), 1); // no partial files left
    }

    void jsonRoundTrip()
    {
        const MediaInfo info = probe(QStringLiteral("landscape.mp4"));
        const QJsonObject json = info.toJson();
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
            QVERIFY2(json.contains(QLatin1String(key)), key);
        }
        QVERIFY(json.value(QStringLiteral("error")).isNull());
        const MediaInfo back = MediaInfo::fromJson(json);
        QCOMPARE(back.toJson(), json);

        const MediaInfo failed = probe(QStringLiteral("random.mp4"));
        const QJsonObject failedJson = failed.toJson();
        QCOMPARE(failedJson.value(QStringLiteral("ok")).toBool(true), false);
        QCOMPARE(failedJson.value(QStringLiteral("error")).toString(), failed.error);
        QVERIFY(failedJson.value(QStringLiteral("width")).isNull());
        QCOMPARE(MediaInfo::fromJson(failedJson).errorKind, MediaErrorKind::NotAVideo);
    }
};

QTEST_GUILESS_MAIN(TestMediaProbe)
#include "tst_mediaprobe.moc"
