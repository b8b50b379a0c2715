#pragma once

#include <atomic>
#include <functional>
#include <memory>

#include <QList>
#include <QObject>
#include <QString>
#include <QStringList>

#include "mediainfo.h"

namespace Bfs {

// Runs MediaProbe in helper processes (`<executable> media-worker`), so a
// file that crashes or wedges FFmpeg takes down a helper, never the app or
// the orchestrator. Each helper serves many files (one at a time, one
// decoder thread); up to `workers` helpers run in parallel. A helper that
// dies, or does not answer within the file's time limit, is killed and
// replaced, and the file it was on comes back failed ("crashed: ...",
// "timed out after N s ..."); the other files go on.
//
// The pool belongs to the thread that made it (it uses QProcess and
// timers there). Two ways to use it:
// - async: submit() and the probed() signal; never blocks, for the GUI.
// - blocking: probeAll() runs a local event loop until the batch is done;
//   for the orchestrator's worker threads and the command line, never for
//   the GUI thread.
class MediaWorkerPool final : public QObject
{
    Q_OBJECT

public:
    struct Options
    {
        int workers = 0;      // 0: QThread::idealThreadCount()
        QString thumbnailDir; // empty: metadata only
        int thumbnailWidth = 400;
        int timeoutMs = 10000; // per file, enforced inside the helper (libav interrupt)
        int graceMs = 2000;    // then the pool kills the helper
        bool reuseThumbnails = true;
        int idleExitMs = 30000; // helpers idle this long exit (they restart on demand)
        // Appended to `<executable> media-worker`, e.g. {"--data-dir", dir} so
        // the helpers log where their parent does.
        QStringList workerArguments;
        // Start the helpers as copies of this process (fork without exec)
        // while it has a single thread, as the command line has: no second
        // start-up of the executable, which costs more than a clip. Processes
        // with threads (the desktop app, the orchestrator) always start the
        // executable anew.
        bool forkWhenSingleThreaded = false;
    };

    // `workerExecutable` is our own executable: the app passes
    // QCoreApplication::applicationFilePath().
    explicit MediaWorkerPool(const QString &workerExecutable, QObject *parent = nullptr);
    MediaWorkerPool(const QString &workerExecutable,
                    const Options &options,
                    QObject *parent = nullptr);
    ~MediaWorkerPool() override;

    const Options &options() const;
    int workerCount() const;

    // Queues a file; its result comes through probed() with the returned id.
    quint64 submit(const QString &file);
    // Files not started yet come back as "cancelled"; running ones finish.
    void cancelPending();
    int pendingCount() const;
    bool isIdle() const;
    // How many helper processes were started so far (restarts included).
    int processesStarted() const;

    // Blocking batch: results in the order of `files`. `cancel`, when set,
    // is polled and cancels the files not started yet; `progress` is called
    // after each file.
    QList<MediaInfo> probeAll(
        const QStringList &files,
        const std::atomic_bool *cancel = nullptr,
        const std::function<void(int done, int total, const MediaInfo &info)> &progress = {});

    // One-shot blocking helper: a pool for this batch only.
    static QList<MediaInfo> probeFiles(const QString &workerExecutable,
                                       const QStringList &files,
                                       const Options &options,
                                       const std::atomic_bool *cancel = nullptr);

signals:
    void probed(quint64 id, const Bfs::MediaInfo &info);
    // Nothing queued and nothing running.
    void idle();

private:
    struct Private;
    std::unique_ptr<Private> d;
};

} // namespace Bfs
