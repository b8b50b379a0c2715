// bench_media: the video pipeline against what a script would do, on the
// same files in one run.
//
//   bench_media [--corpus DIR] [--reps N] [--batch N] [--skip-batch] [--verbose]
//
// Makes a corpus with the ffmpeg command line the first time (cached in
// --corpus): 1080p H.264 60 s with a 2 s GOP, a 1080x1920 portrait clip,
// 4K HEVC 30 s and 720p 5 min with a 10 s GOP. Then, for each clip, as its
// own process (median wall time of --reps runs, peak RSS from wait4()):
//   ours         bfs-marketing probe --thumbnails DIR FILE (CLI + helper)
//   pair         ffprobe, then ffmpeg -ss T -i FILE -frames:v 1 -vf scale=400:-2
//   thumbnailer  ffmpegthumbnailer -s 400 -i FILE -o OUT
//   floor        bench_media_floor FILE: libav, keyframe only, no JPEG
// and for a batch of --batch copies of the 1080p clip, with one worker
// and with all cores, the same four plus metadata alone (ours without
// thumbnails against an ffprobe loop): up to 3 runs of ours and the floor,
// one of the other tools' loops (they take minutes). Prints Markdown
// tables and the targets of the issue.

#include <algorithm>
#include <array>
#include <cstdio>
#include <map>
#include <optional>

#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTextStream>
#include <QThread>

#include <fcntl.h>
#include <spawn.h>
#include <sys/resource.h>
#include <sys/wait.h>
#include <unistd.h>

extern char **environ;

namespace {

QTextStream out(stdout);
bool verbose = false;

struct Clip
{
    QString key;
    QString label;
    QString file;
    double duration = 0;
    QString videoCodec;
    int width = 0;
    int height = 0;
    qint64 bitRate = 0;
};

struct Run
{
    double wallMs = 0;
    double peakMb = 0;
    bool ok = true;
};

struct Stats
{
    double medianMs = 0;
    double peakMb = 0;
    bool ok = true;
};

using Command = QStringList;
using Job = QList<Command>; // commands run one after another

// Runs the jobs, `parallel` at a time; wall time for all of them and the
// largest peak RSS of any process (wait4 reports a process's own peak and
// that of the children it waited for, so a CLI's helpers count).
Run runJobs(const QList<Job> &jobs, int parallel)
{
    Run run;
    QElapsedTimer timer;
    timer.start();

    struct Active
    {
        qsizetype job;
        qsizetype step;
    };

    std::map<pid_t, Active> active;
    qsizetype nextJob = 0;

    const auto spawn = [&](qsizetype job, qsizetype step) {
        const Command &command = jobs.at(job).at(step);
        QList<QByteArray> storage;
        std::vector<char *> argv;
        for (const QString &argument : command) {
            storage.append(QFile::encodeName(argument));
        }
        for (QByteArray &argument : storage) {
            argv.push_back(argument.data());
        }
        argv.push_back(nullptr);
        posix_spawn_file_actions_t actions;
        posix_spawn_file_actions_init(&actions);
        posix_spawn_file_actions_addopen(&actions, 0, "/dev/null", O_RDONLY, 0);
        posix_spawn_file_actions_addopen(&actions, 1, "/dev/null", O_WRONLY, 0);
        if (!verbose) {
            posix_spawn_file_actions_addopen(&actions, 2, "/dev/null", O_WRONLY, 0);
        }
        pid_t pid = 0;
        const int rc = posix_spawnp(&pid, argv[0], &actions, nullptr, argv.data(), environ);
        posix_spawn_file_actions_destroy(&actions);
        if (rc != 0) {
            std::fprintf(stderr, "bench_media: cannot run %s\n", argv[0]);
            run.ok = false;
            return;
        }
        active[pid] = Active{job, step};
    };

    while (nextJob < jobs.size() || !active.empty()) {
        while (nextJob < jobs.size() && int(active.size()) < parallel) {
            spawn(nextJob++, 0);
        }
        if (active.empty()) {
            break;
        }
        int status = 0;
        struct rusage usage = {};
        const pid_t pid = ::wait4(-1, &status, 0, &usage);
        if (pid < 0) {
            break;
        }
        const auto it = active.find(pid);
        if (it == active.end()) {
            continue;
        }
        const Active done = it->second;
        active.erase(it);
        run.peakMb = std::max(run.peakMb, double(usage.ru_maxrss) / 1024.0);
        if (!WIFEXITED(status) || WEXITSTATUS(status) != 0) {
            run.ok = false;
        }
        if (done.step + 1 < jobs.at(done.job).size()) {
            spawn(done.job, done.step + 1);
        }
    }
    run.wallMs = double(timer.nsecsElapsed()) / 1e6;
    return run;
}

// `make(rep)` gives the jobs of one repetition (fresh output folders).
template<typename Make>
Stats measure(int reps, int parallel, Make make)
{
    QList<double> walls;
    Stats stats;
    for (int rep = 0; rep < reps; ++rep) {
        const Run run = runJobs(make(rep), parallel);
        walls.append(run.wallMs);
        stats.peakMb = std::max(stats.peakMb, run.peakMb);
        stats.ok = stats.ok && run.ok;
    }
    std::sort(walls.begin(), walls.end());
    stats.medianMs = walls.isEmpty() ? 0 : walls.at(walls.size() / 2);
    return stats;
}

bool ffmpeg(const QStringList &arguments)
{
    QProcess process;
    process.setProcessChannelMode(QProcess::ForwardedErrorChannel);
    process.start(QStringLiteral("ffmpeg"),
                  QStringList{QStringLiteral("-v"),
                              QStringLiteral("error"),
                              QStringLiteral("-nostdin"),
                              QStringLiteral("-y")}
                      + arguments);
    return process.waitForFinished(-1) && process.exitStatus() == QProcess::NormalExit
           && process.exitCode() == 0;
}

// A phone's portrait display matrix (rotate 90° clockwise) in 'tkhd'.
bool writePortraitMatrix(const QString &file)
{
    QFile io(file);
    if (!io.open(QIODevice::ReadWrite)) {
        return false;
    }
    QByteArray bytes = io.readAll();
    const qsizetype tkhd = bytes.indexOf("tkhd");
    if (tkhd < 0) {
        return false;
    }
    const int version = quint8(bytes.at(tkhd + 4));
    const qsizetype matrix = tkhd + 4 + 4 + (version == 1 ? 32 : 20) + 16;
    const qint32 one = 0x00010000;
    const qint32 values[9] = {0, one, 0, -one, 0, 0, 1080 * one, 0, 0x40000000};
    for (int i = 0; i < 9; ++i) {
        for (int b = 0; b < 4; ++b) {
            bytes[matrix + 4 * i + b] = char((quint32(values[i]) >> (24 - 8 * b)) & 0xff);
        }
    }
    io.seek(0);
    return io.write(bytes) == bytes.size();
}

bool makeClip(const QString &key, const QString &file)
{
    const QString tmp = file + QStringLiteral(".part.mp4");
    const QStringList x264 = {QStringLiteral("-c:v"),
                              QStringLiteral("libx264"),
                              QStringLiteral("-preset"),
                              QStringLiteral("ultrafast"),
                              QStringLiteral("-crf"),
                              QStringLiteral("23"),
                              QStringLiteral("-pix_fmt"),
                              QStringLiteral("yuv420p")};
    const QStringList aac = {
        QStringLiteral("-c:a"), QStringLiteral("aac"), QStringLiteral("-shortest")};
    const auto lavfi = [](const QString &graph) {
        return QStringList{
            QStringLiteral("-f"), QStringLiteral("lavfi"), QStringLiteral("-i"), graph};
    };
    // Camera-like grain, so frames cost what real ones do to decode.
    const QString grain = QStringLiteral(",noise=alls=6:allf=t");
    bool ok = false;
    if (key == QLatin1String("h264_1080p")) {
        ok = ffmpeg(lavfi(QStringLiteral("testsrc2=size=1920x1080:rate=30:duration=60") + grain)
                    + lavfi(QStringLiteral("sine=duration=60")) + x264
                    + QStringList{QStringLiteral("-g"), QStringLiteral("60")} + aac
                    + QStringList{tmp});
    } else if (key == QLatin1String("portrait")) {
        ok = ffmpeg(lavfi(QStringLiteral("testsrc2=size=1920x1080:rate=30:duration=20") + grain)
                    + lavfi(QStringLiteral("sine=duration=20")) + x264
                    + QStringList{QStringLiteral("-g"), QStringLiteral("30")} + aac
                    + QStringList{tmp})
             && writePortraitMatrix(tmp);
    } else if (key == QLatin1String("hevc_4k")) {
        ok = ffmpeg(lavfi(QStringLiteral("testsrc2=size=3840x2160:rate=30:duration=30"))
                    + lavfi(QStringLiteral("sine=duration=30"))
                    + QStringList{QStringLiteral("-c:v"),
                                  QStringLiteral("libx265"),
                                  QStringLiteral("-preset"),
                                  QStringLiteral("ultrafast"),
                                  QStringLiteral("-crf"),
                                  QStringLiteral("24"),
                                  QStringLiteral("-pix_fmt"),
                                  QStringLiteral("yuv420p"),
                                  QStringLiteral("-tag:v"),
                                  QStringLiteral("hvc1"),
                                  QStringLiteral("-x265-params"),
                                  QStringLiteral("log-level=error:keyint=60")}
                    + aac + QStringList{tmp});
    } else if (key == QLatin1String("h264_720p_long")) {
        ok = ffmpeg(lavfi(QStringLiteral("testsrc2=size=1280x720:rate=30:duration=300") + grain)
                    + lavfi(QStringLiteral("sine=duration=300")) + x264
                    + QStringList{QStringLiteral("-g"),
                                  QStringLiteral("300"),
                                  QStringLiteral("-keyint_min"),
                                  QStringLiteral("300")}
                    + aac + QStringList{tmp});
    }
    return ok && QFile::rename(tmp, file);
}

std::optional<QJsonObject> probeJson(const QString &file)
{
    QProcess process;
    process.start(QStringLiteral("ffprobe"),
                  {QStringLiteral("-v"),
                   QStringLiteral("error"),
                   QStringLiteral("-print_format"),
                   QStringLiteral("json"),
                   QStringLiteral("-show_format"),
                   QStringLiteral("-show_streams"),
                   file});
    if (!process.waitForFinished(60000) || process.exitCode() != 0) {
        return std::nullopt;
    }
    return QJsonDocument::fromJson(process.readAllStandardOutput()).object();
}

QString ms(double value)
{
    return value >= 100 ? QString::number(value, 'f', 0) : QString::number(value, 'f', 1);
}

QString mb(double value)
{
    return QString::number(value, 'f', 0);
}

QString ratio(double numerator, double denominator)
{
    return denominator > 0 ? QString::number(numerator / denominator, 'f', 1) + QStringLiteral("×")
                           : QStringLiteral("–");
}

QString cell(const Stats &stats, int count = 1)
{
    return QStringLiteral("%1 ms / %2 MB%3")
        .arg(ms(stats.medianMs / count),
             mb(stats.peakMb),
             stats.ok ? QString() : QStringLiteral(" (failed)"));
}

QString verdict(bool met)
{
    return met ? QStringLiteral("met") : QStringLiteral("NOT met");
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QString corpusDir = QStringLiteral(BFS_BENCH_CORPUS_DIR);
    int reps = 5;
    int batchSize = 50;
    bool skipBatch = false;
    const QStringList arguments = app.arguments();
    for (int i = 1; i < arguments.size(); ++i) {
        const QString &argument = arguments.at(i);
        if (argument == QLatin1String("--corpus") && i + 1 < arguments.size()) {
            corpusDir = arguments.at(++i);
        } else if (argument == QLatin1String("--reps") && i + 1 < arguments.size()) {
            reps = std::max(1, arguments.at(++i).toInt());
        } else if (argument == QLatin1String("--batch") && i + 1 < arguments.size()) {
            batchSize = std::max(1, arguments.at(++i).toInt());
        } else if (argument == QLatin1String("--skip-batch")) {
            skipBatch = true;
        } else if (argument == QLatin1String("--verbose")) {
            verbose = true;
        } else {
            std::fprintf(stderr,
                         "usage: bench_media [--corpus DIR] [--reps N] [--batch N] [--skip-batch] "
                         "[--verbose]\n");
            return 2;
        }
    }
    for (const char *tool : {"ffmpeg", "ffprobe", "ffmpegthumbnailer"}) {
        if (QStandardPaths::findExecutable(QString::fromLatin1(tool)).isEmpty()) {
            std::fprintf(stderr, "bench_media: %s is not installed\n", tool);
            return 2;
        }
    }
    const QString ours = QStringLiteral(BFS_MARKETING_EXECUTABLE);
    const QString floor = QStringLiteral(BFS_BENCH_FLOOR_EXECUTABLE);
    const int cores = std::max(1, QThread::idealThreadCount());

    // ------------------------------------------------------------ corpus
    QDir().mkpath(corpusDir);
    QList<Clip> clips = {
        {QStringLiteral("h264_1080p"),
         QStringLiteral("1080p H.264 60 s, 2 s GOP"),
         {},
         0,
         {},
         0,
         0,
         0},
        {QStringLiteral("portrait"),
         QStringLiteral("1080×1920 portrait H.264 20 s"),
         {},
         0,
         {},
         0,
         0,
         0},
        {QStringLiteral("hevc_4k"), QStringLiteral("4K HEVC 30 s"), {}, 0, {}, 0, 0, 0},
        {QStringLiteral("h264_720p_long"),
         QStringLiteral("720p H.264 5 min, 10 s GOP"),
         {},
         0,
         {},
         0,
         0,
         0},
    };
    for (Clip &clip : clips) {
        clip.file = QDir(corpusDir).filePath(clip.key + QStringLiteral(".mp4"));
        if (!QFileInfo::exists(clip.file)) {
            out << "making " << clip.file << " with ffmpeg (once)..." << Qt::endl;
            if (!makeClip(clip.key, clip.file)) {
                std::fprintf(stderr, "bench_media: cannot make %s\n", qPrintable(clip.file));
                return 1;
            }
        }
        const auto probe = probeJson(clip.file);
        if (!probe) {
            std::fprintf(stderr, "bench_media: ffprobe cannot read %s\n", qPrintable(clip.file));
            return 1;
        }
        const QJsonObject format = probe->value(QStringLiteral("format")).toObject();
        clip.duration = format.value(QStringLiteral("duration")).toString().toDouble();
        clip.bitRate = format.value(QStringLiteral("bit_rate")).toString().toLongLong();
        for (const QJsonValue &stream : probe->value(QStringLiteral("streams")).toArray()) {
            if (stream[QStringLiteral("codec_type")].toString() == QLatin1String("video")) {
                clip.videoCodec = stream[QStringLiteral("codec_name")].toString();
                clip.width = stream[QStringLiteral("width")].toInt();
                clip.height = stream[QStringLiteral("height")].toInt();
                break;
            }
        }
    }

    QTemporaryDir work;
    const QString dataDir = work.filePath(QStringLiteral("data"));
    int folder = 0;
    const auto freshDir = [&] {
        const QString dir = work.filePath(QStringLiteral("out-%1").arg(++folder));
        QDir().mkpath(dir);
        return dir;
    };
    const auto oursCommand = [&](const QStringList &files, const QString &thumbnails, int workers) {
        Command command{ours,
                        QStringLiteral("probe"),
                        QStringLiteral("--json"),
                        QStringLiteral("--data-dir"),
                        dataDir};
        if (!thumbnails.isEmpty()) {
            command << QStringLiteral("--thumbnails") << thumbnails;
        }
        if (workers > 0) {
            command << QStringLiteral("--workers") << QString::number(workers);
        }
        return command + files;
    };
    const auto pairJob = [&](const Clip &clip, const QString &outDir, int index) {
        return Job{
            Command{QStringLiteral("ffprobe"),
                    QStringLiteral("-v"),
                    QStringLiteral("error"),
                    QStringLiteral("-print_format"),
                    QStringLiteral("json"),
                    QStringLiteral("-show_format"),
                    QStringLiteral("-show_streams"),
                    clip.file},
            Command{QStringLiteral("ffmpeg"),
                    QStringLiteral("-v"),
                    QStringLiteral("error"),
                    QStringLiteral("-nostdin"),
                    QStringLiteral("-y"),
                    QStringLiteral("-ss"),
                    QString::number(clip.duration * 0.1, 'f', 3),
                    QStringLiteral("-i"),
                    clip.file,
                    QStringLiteral("-frames:v"),
                    QStringLiteral("1"),
                    QStringLiteral("-vf"),
                    QStringLiteral("scale=400:-2"),
                    QDir(outDir).filePath(QStringLiteral("%1.jpg").arg(index))},
        };
    };
    const auto thumbnailerJob = [&](const Clip &clip, const QString &outDir, int index) {
        return Job{Command{QStringLiteral("ffmpegthumbnailer"),
                           QStringLiteral("-s"),
                           QStringLiteral("400"),
                           QStringLiteral("-i"),
                           clip.file,
                           QStringLiteral("-o"),
                           QDir(outDir).filePath(QStringLiteral("%1.jpg").arg(index))}};
    };

    // A warm-up of every tool so the page cache and the dynamic loader's
    // caches are in the same state for all.
    for (const Clip &clip : std::as_const(clips)) {
        runJobs({Job{oursCommand({clip.file}, freshDir(), 0)},
                 pairJob(clip, freshDir(), 0),
                 thumbnailerJob(clip, freshDir(), 0),
                 Job{Command{floor, clip.file}}},
                1);
    }

    out << "\n# Media pipeline benchmark\n\n";
    out << "Machine: " << cores << " cores (QThread::idealThreadCount), " << reps
        << " runs per cell, median wall time / peak RSS.\n\n";
    out << "| clip | codec | size | bit rate |\n|---|---|---|---|\n";
    for (const Clip &clip : std::as_const(clips)) {
        out << "| " << clip.label << " | " << clip.videoCodec << " | " << clip.width << "×"
            << clip.height << " | " << clip.bitRate / 1000 << " kb/s |\n";
    }

    // ------------------------------------------- one clip per process
    out << "\n## One clip per process (thumbnail + metadata)\n\n";
    out << "| clip | ours (probe CLI + helper) | ffprobe + ffmpeg | ffmpegthumbnailer | libav "
           "keyframe floor "
           "| pair ÷ ours | thumbnailer ÷ ours | ours ÷ floor |\n";
    out << "|---|---|---|---|---|---|---|---|\n";
    std::map<QString, Stats> oursSingle;
    std::map<QString, Stats> pairSingle;
    std::map<QString, Stats> thumbSingle;
    for (const Clip &clip : std::as_const(clips)) {
        const Stats a = measure(
            reps, 1, [&](int) { return QList<Job>{Job{oursCommand({clip.file}, freshDir(), 0)}}; });
        const Stats b = measure(
            reps, 1, [&](int) { return QList<Job>{pairJob(clip, freshDir(), 0)}; });
        const Stats c = measure(
            reps, 1, [&](int) { return QList<Job>{thumbnailerJob(clip, freshDir(), 0)}; });
        const Stats d = measure(reps, 1, [&](int) {
            return QList<Job>{Job{Command{floor, clip.file}}};
        });
        oursSingle[clip.key] = a;
        pairSingle[clip.key] = b;
        thumbSingle[clip.key] = c;
        out << "| " << clip.label << " | " << cell(a) << " | " << cell(b) << " | " << cell(c)
            << " | " << cell(d) << " | " << ratio(b.medianMs, a.medianMs) << " | "
            << ratio(c.medianMs, a.medianMs) << " | " << ratio(a.medianMs, d.medianMs) << " |\n";
        out.flush();
    }

    out << "\n## Metadata alone, one clip per process\n\n| clip | ours | ffprobe | ffprobe ÷ ours "
           "|\n|---|---|---|---|\n";
    for (const Clip &clip : std::as_const(clips)) {
        const Stats a = measure(
            reps, 1, [&](int) { return QList<Job>{Job{oursCommand({clip.file}, {}, 0)}}; });
        const Stats b = measure(
            reps, 1, [&](int) { return QList<Job>{Job{pairJob(clip, QString(), 0).first()}}; });
        out << "| " << clip.label << " | " << cell(a) << " | " << cell(b) << " | "
            << ratio(b.medianMs, a.medianMs) << " |\n";
        out.flush();
    }

    if (skipBatch) {
        return 0;
    }

    // ------------------------------------------------------------ batch
    const Clip &batchClip = clips.first();
    QStringList batchFiles;
    const QString batchDir = work.filePath(QStringLiteral("batch"));
    QDir().mkpath(batchDir);
    for (int i = 0; i < batchSize; ++i) {
        const QString link = QDir(batchDir).filePath(
            QStringLiteral("clip_%1.mp4").arg(i, 2, 10, QLatin1Char('0')));
        QFile::link(batchClip.file, link);
        batchFiles << link;
    }
    // The loops of the other tools take minutes: one run of those, up to
    // three of ours and of the floor.
    const int batchReps = std::max(1, std::min(reps, 3));
    const int slowBatchReps = 1;
    Clip linked = batchClip;
    const auto jobsFor = [&](auto makeJob) {
        QList<Job> jobs;
        const QString dir = freshDir();
        for (int i = 0; i < batchFiles.size(); ++i) {
            linked.file = batchFiles.at(i);
            jobs.append(makeJob(linked, dir, i));
        }
        return jobs;
    };

    out << "\n## Batch of " << batchSize << " × " << batchClip.label
        << " in one run (per clip: wall ÷ " << batchSize << ")\n\n";
    out << "| parallel | ours | ffprobe + ffmpeg loop | ffmpegthumbnailer loop | libav keyframe "
           "floor "
           "| pair ÷ ours | thumbnailer ÷ ours | ours ÷ floor |\n";
    out << "|---|---|---|---|---|---|---|---|\n";
    std::map<int, std::array<Stats, 4>> batch;
    QList<int> parallels = {1};
    if (cores > 1) {
        parallels << cores;
    }
    for (int parallel : std::as_const(parallels)) {
        const Stats a = measure(batchReps, 1, [&](int) {
            return QList<Job>{Job{oursCommand(batchFiles, freshDir(), parallel)}};
        });
        const Stats b = measure(slowBatchReps, parallel, [&](int) { return jobsFor(pairJob); });
        const Stats c = measure(
            slowBatchReps, parallel, [&](int) { return jobsFor(thumbnailerJob); });
        const Stats d = measure(batchReps, 1, [&](int) {
            return QList<Job>{
                Job{Command{floor, QStringLiteral("--threads"), QString::number(parallel)}
                    + batchFiles}};
        });
        batch[parallel] = {a, b, c, d};
        out << "| "
            << (parallel == 1 ? QStringLiteral("1 worker")
                              : QStringLiteral("%1 (all cores)").arg(parallel))
            << " | " << cell(a, batchSize) << " | " << cell(b, batchSize) << " | "
            << cell(c, batchSize) << " | " << cell(d, batchSize) << " | "
            << ratio(b.medianMs, a.medianMs) << " | " << ratio(c.medianMs, a.medianMs) << " | "
            << ratio(a.medianMs, d.medianMs) << " |\n";
        out.flush();
    }

    out << "\n## Metadata alone, batch of " << batchSize
        << " (per clip)\n\n| parallel | ours | ffprobe loop | ffprobe ÷ ours "
           "|\n|---|---|---|---|\n";
    std::map<int, Stats> metadataBatch;
    for (int parallel : std::as_const(parallels)) {
        const Stats a = measure(batchReps, 1, [&](int) {
            return QList<Job>{Job{oursCommand(batchFiles, {}, parallel)}};
        });
        const Stats b = measure(slowBatchReps, parallel, [&](int) {
            return jobsFor([&](const Clip &clip, const QString &dir, int i) {
                return Job{pairJob(clip, dir, i).first()};
            });
        });
        metadataBatch[parallel] = a;
        out << "| " << parallel << " | " << cell(a, batchSize) << " | " << cell(b, batchSize)
            << " | " << ratio(b.medianMs, a.medianMs) << " |\n";
        out.flush();
    }

    // ---------------------------------------------------------- targets
    const int all = parallels.last();
    const auto &[oursAll, pairAll, thumbAll, floorAll] = batch[all];
    const Stats &one = oursSingle[QStringLiteral("h264_1080p")];
    out << "\n## Targets\n\n| target | measured | |\n|---|---|---|\n";
    out << "| batch ≥ 15× the ffprobe + ffmpeg loop | " << ratio(pairAll.medianMs, oursAll.medianMs)
        << " | " << verdict(pairAll.medianMs >= 15 * oursAll.medianMs) << " |\n";
    out << "| batch ≥ 5× the ffmpegthumbnailer loop | "
        << ratio(thumbAll.medianMs, oursAll.medianMs) << " | "
        << verdict(thumbAll.medianMs >= 5 * oursAll.medianMs) << " |\n";
    out << "| batch within 1.3× of the keyframe-only floor | "
        << ratio(oursAll.medianMs, floorAll.medianMs) << " | "
        << verdict(oursAll.medianMs <= 1.3 * floorAll.medianMs) << " |\n";
    out << "| one clip per process ≥ 3× the CLI pair | "
        << ratio(pairSingle[QStringLiteral("h264_1080p")].medianMs, one.medianMs) << " | "
        << verdict(pairSingle[QStringLiteral("h264_1080p")].medianMs >= 3 * one.medianMs) << " |\n";
    out << "| one clip per process ≥ 1.3× ffmpegthumbnailer | "
        << ratio(thumbSingle[QStringLiteral("h264_1080p")].medianMs, one.medianMs) << " | "
        << verdict(thumbSingle[QStringLiteral("h264_1080p")].medianMs >= 1.3 * one.medianMs)
        << " |\n";
    const double metadataPerClip = metadataBatch[1].medianMs / batchSize;
    out << "| metadata alone < 5 ms per clip in a batch (1 worker) | " << ms(metadataPerClip)
        << " ms | " << verdict(metadataPerClip < 5) << " |\n";
    out << "| 4K HEVC peak memory < 150 MB | " << mb(oursSingle[QStringLiteral("hevc_4k")].peakMb)
        << " MB (ffmpegthumbnailer " << mb(thumbSingle[QStringLiteral("hevc_4k")].peakMb)
        << " MB) | " << verdict(oursSingle[QStringLiteral("hevc_4k")].peakMb < 150) << " |\n";
    return 0;
}
