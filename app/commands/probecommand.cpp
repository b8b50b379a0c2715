#include "probecommand.h"

#include <algorithm>

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QLocale>
#include <QThread>

#include "mediaworker.h"
#include "mediaworkerpool.h"

namespace Bfs::App {

namespace {

QString describe(const MediaInfo &info)
{
    QStringList parts;
    parts << QStringLiteral("%1x%2").arg(info.width).arg(info.height);
    QString codec = info.videoCodec;
    if (!info.videoProfile.isEmpty()) {
        codec += QStringLiteral(" (%1)").arg(info.videoProfile);
    }
    parts << codec;
    if (info.frameRate > 0) {
        parts << QStringLiteral("%1 fps").arg(QString::number(info.frameRate, 'g', 5));
    }
    parts << QStringLiteral("%1 s").arg(QString::number(info.durationSeconds, 'f', 2));
    if (info.rotation != 0) {
        parts << QStringLiteral("rotated %1").arg(info.rotation);
    }
    if (info.bitRate > 0) {
        parts << QStringLiteral("%1 kb/s").arg(info.bitRate / 1000);
    }
    parts << (info.audioCodec.isEmpty() ? QStringLiteral("no audio") : info.audioCodec);
    parts << info.container;
    parts << QLocale::c().formattedDataSize(info.sizeBytes, 1, QLocale::DataSizeTraditionalFormat);
    QString line = parts.join(QStringLiteral(", "));
    if (info.creationTime.isValid()) {
        line += QStringLiteral(", recorded %1").arg(info.creationTime.toString(Qt::ISODate));
    }
    if (!info.thumbnail.isEmpty()) {
        line += QStringLiteral("\n  thumbnail: %1").arg(info.thumbnail);
    }
    return line;
}

int runProbe(CommandContext &context)
{
    const QStringList files = context.positional();
    if (files.isEmpty()) {
        return context.usageError(QStringLiteral("probe needs at least one video file"));
    }
    MediaWorkerPool::Options options;
    if (context.isSet(QStringLiteral("thumbnails"))) {
        options.thumbnailDir = QDir(context.value(QStringLiteral("thumbnails"))).absolutePath();
        if (!QDir().mkpath(options.thumbnailDir)) {
            return context.usageError(
                QStringLiteral("cannot create the thumbnail folder %1").arg(options.thumbnailDir));
        }
    }
    if (context.isSet(QStringLiteral("timeout"))) {
        bool ok = false;
        const double seconds = context.value(QStringLiteral("timeout")).toDouble(&ok);
        if (!ok || seconds <= 0) {
            return context.usageError(QStringLiteral("--timeout takes a number of seconds"));
        }
        options.timeoutMs = int(seconds * 1000);
    }
    if (context.isSet(QStringLiteral("workers"))) {
        bool ok = false;
        options.workers = context.value(QStringLiteral("workers")).toInt(&ok);
        if (!ok || options.workers < 1) {
            return context.usageError(QStringLiteral("--workers takes a number from 1"));
        }
    }
    options.workerArguments = {QStringLiteral("--data-dir"), context.dataDir()};
    // A one-off command: helpers forked from this process start at once.
    options.forkWhenSingleThreaded = true;
    if (context.verbose()) {
        options.workerArguments << QStringLiteral("--verbose");
    }
    // No more helpers than files: each one costs a process start.
    const int cores = std::max(1, QThread::idealThreadCount());
    options.workers = std::min(options.workers > 0 ? options.workers : cores, int(files.size()));

    const QList<MediaInfo> results = MediaWorkerPool::probeFiles(
        QCoreApplication::applicationFilePath(), files, options);

    bool allOk = true;
    QJsonArray array;
    for (const MediaInfo &info : results) {
        allOk = allOk && info.ok;
        if (context.json()) {
            array.append(info.toJson());
        } else if (info.ok) {
            context.out() << info.file << ": " << describe(info) << "\n";
        } else {
            context.out() << info.file << ": " << info.error << "\n";
        }
    }
    if (context.json()) {
        context.out() << QString::fromUtf8(QJsonDocument(array).toJson(QJsonDocument::Indented));
    }
    context.out().flush();
    return allOk ? ExitSuccess : ExitFailed;
}

} // namespace

Command probeCommand()
{
    return Command{
        QStringLiteral("probe"),
        QStringLiteral("Read video files' metadata and make thumbnails (JSON with --json)."),
        QStringLiteral("[--thumbnails DIR] FILE..."),
        [](QCommandLineParser &parser) {
            parser.addOptions({
                {QStringLiteral("thumbnails"),
                 QStringLiteral("Write a 400 px wide JPEG of each video into DIR."),
                 QStringLiteral("DIR")},
                {QStringLiteral("timeout"),
                 QStringLiteral("Give up on a file after this many seconds (default 10)."),
                 QStringLiteral("SECONDS")},
                {QStringLiteral("workers"),
                 QStringLiteral("Helper processes in parallel (default: one per core)."),
                 QStringLiteral("N")},
            });
        },
        runProbe,
    };
}

Command mediaWorkerCommand()
{
    return Command{
        QStringLiteral("media-worker"),
        QStringLiteral("Internal: serves video probing requests on stdin/stdout."),
        QString(),
        {},
        [](CommandContext &) { return runMediaWorker(); },
    };
}

} // namespace Bfs::App
