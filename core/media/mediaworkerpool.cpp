#include "mediaworkerpool.h"

#include <optional>

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QFileInfo>
#include <QHash>
#include <QJsonDocument>
#include <QJsonObject>
#include <QPointer>
#include <QProcess>
#include <QQueue>
#include <QThread>
#include <QTimer>

#include "medialogging.h"
#include "mediaworker.h"

#ifdef Q_OS_LINUX
#include <csignal>

#include <sys/prctl.h>
#endif

namespace Bfs {

namespace {

// A fresh helper also has to start before it answers its first file.
constexpr int kStartupAllowanceMs = 3000;

struct Job
{
    quint64 id = 0;
    QString file;
};

} // namespace

struct MediaWorkerPool::Private
{
    struct Worker
    {
        QProcess *process = nullptr;
        QTimer *deadline = nullptr;
        std::optional<Job> job;
        bool retiring = false; // killed or told to exit: takes no more work
        int served = 0;
    };

    MediaWorkerPool *q = nullptr;
    QString executable;
    Options options;
    QQueue<Job> queue;
    QList<Worker *> workers;
    QTimer idleTimer;
    quint64 nextId = 1;
    int started = 0;
    bool dispatchQueued = false;

    int maxWorkers() const
    {
        return options.workers > 0 ? options.workers : std::max(1, QThread::idealThreadCount());
    }

    int liveWorkers() const
    {
        return int(std::count_if(
            workers.cbegin(), workers.cend(), [](const Worker *w) { return !w->retiring; }));
    }

    bool busy() const
    {
        return !queue.isEmpty()
               || std::any_of(workers.cbegin(), workers.cend(), [](const Worker *w) {
                      return w->job.has_value();
                  });
    }

    void scheduleDispatch()
    {
        if (!dispatchQueued) {
            dispatchQueued = true;
            QTimer::singleShot(0, q, [this] {
                dispatchQueued = false;
                dispatch();
            });
        }
    }

    void complete(const Job &job, MediaInfo info)
    {
        info.file = job.file;
        emit q->probed(job.id, info);
    }

    void dispatch()
    {
        while (!queue.isEmpty()) {
            Worker *worker = nullptr;
            for (Worker *w : std::as_const(workers)) {
                if (!w->retiring && !w->job) {
                    worker = w;
                    break;
                }
            }
            if (worker == nullptr) {
                if (liveWorkers() >= maxWorkers()) {
                    break;
                }
                worker = startWorker();
                if (worker == nullptr) {
                    break;
                }
            }
            send(worker, queue.dequeue());
        }
        if (!busy()) {
            if (options.idleExitMs >= 0) {
                idleTimer.start(options.idleExitMs);
            }
            emit q->idle();
        } else {
            idleTimer.stop();
        }
    }

    Worker *startWorker()
    {
        auto *worker = new Worker;
        worker->process = new QProcess(q);
        worker->deadline = new QTimer(q);
        worker->deadline->setSingleShot(true);
        QProcess *process = worker->process;
        process->setProgram(executable);
        process->setArguments({QStringLiteral("media-worker")});
        process->setProcessChannelMode(QProcess::ForwardedErrorChannel);
#ifdef Q_OS_LINUX
        // The helper goes when we go, even if it is wedged.
        process->setChildProcessModifier([] { ::prctl(PR_SET_PDEATHSIG, SIGKILL); });
#endif
        QObject::connect(process, &QProcess::readyReadStandardOutput, q, [this, worker] {
            readAnswers(worker);
        });
        QObject::connect(
            process, &QProcess::finished, q, [this, worker](int code, QProcess::ExitStatus status) {
                workerEnded(worker, code, status);
            });
        QObject::connect(
            process, &QProcess::errorOccurred, q, [this, worker](QProcess::ProcessError error) {
                if (error == QProcess::FailedToStart) {
                    failedToStart(worker);
                }
            });
        QObject::connect(
            worker->deadline, &QTimer::timeout, q, [this, worker] { overran(worker); });
        workers.append(worker);
        ++started;
        qCDebug(lcMediaWorker) << "starting media worker" << started << executable;
        process->start(QIODevice::ReadWrite);
        return worker;
    }

    void send(Worker *worker, const Job &job)
    {
        MediaWorkerRequest request;
        request.id = job.id;
        request.file = QFileInfo(job.file).absoluteFilePath();
        request.thumbnailDir = options.thumbnailDir;
        request.thumbnailWidth = options.thumbnailWidth;
        request.timeoutMs = options.timeoutMs;
        request.reuseThumbnails = options.reuseThumbnails;
        QByteArray line = QJsonDocument(request.toJson()).toJson(QJsonDocument::Compact);
        line.append('\n');
        worker->job = job;
        worker->deadline->start(options.timeoutMs + options.graceMs
                                + (worker->served == 0 ? kStartupAllowanceMs : 0));
        worker->process->write(line);
    }

    void readAnswers(Worker *worker)
    {
        while (worker->process->canReadLine()) {
            const QByteArray line = worker->process->readLine().trimmed();
            const QJsonObject answer = QJsonDocument::fromJson(line).object();
            if (!worker->job
                || answer.value(QStringLiteral("id")).toDouble() != double(worker->job->id)) {
                qCWarning(lcMediaWorker)
                    << "unexpected answer from the media worker:" << line.left(200);
                continue;
            }
            const Job job = *worker->job;
            worker->job.reset();
            worker->deadline->stop();
            ++worker->served;
            complete(job, MediaInfo::fromJson(answer.value(QStringLiteral("result")).toObject()));
        }
        scheduleDispatch();
    }

    void overran(Worker *worker)
    {
        if (!worker->job) {
            return;
        }
        const Job job = *worker->job;
        worker->job.reset();
        worker->retiring = true;
        qCWarning(lcMediaWorker) << "media worker overran its time limit on" << job.file
                                 << "- stopping it";
        worker->process->kill();
        complete(job,
                 MediaInfo::failure(
                     job.file,
                     MediaErrorKind::TimedOut,
                     QStringLiteral("after %1 s (the media worker was stopped)")
                         .arg(QString::number((options.timeoutMs + options.graceMs) / 1000.0))));
        scheduleDispatch();
    }

    void workerEnded(Worker *worker, int code, QProcess::ExitStatus status)
    {
        worker->deadline->stop();
        if (worker->job) {
            const Job job = *worker->job;
            worker->job.reset();
            const QString detail =
                status == QProcess::CrashExit
                    ? QStringLiteral("the media worker died on this file (signal %1)").arg(code)
                    : QStringLiteral("the media worker exited with code %1 on this file").arg(code);
            qCWarning(lcMediaWorker) << "media worker died on" << job.file << detail;
            complete(job, MediaInfo::failure(job.file, MediaErrorKind::Crashed, detail));
        }
        remove(worker);
        scheduleDispatch();
    }

    void failedToStart(Worker *worker)
    {
        const QString reason = QStringLiteral("the media worker could not start: %1")
                                   .arg(worker->process->errorString());
        qCWarning(lcMediaWorker) << reason;
        std::optional<Job> current = worker->job;
        worker->job.reset();
        remove(worker);
        // Starting again would fail the same way: fail what is waiting.
        QList<Job> failed;
        if (current) {
            failed.append(*current);
        }
        while (!queue.isEmpty()) {
            failed.append(queue.dequeue());
        }
        for (const Job &job : std::as_const(failed)) {
            complete(job, MediaInfo::failure(job.file, MediaErrorKind::Crashed, reason));
        }
        scheduleDispatch();
    }

    void remove(Worker *worker)
    {
        workers.removeOne(worker);
        worker->process->disconnect(q);
        worker->deadline->disconnect(q);
        worker->process->deleteLater();
        worker->deadline->deleteLater();
        delete worker;
    }

    void retireIdleWorkers()
    {
        for (Worker *w : std::as_const(workers)) {
            if (!w->job && !w->retiring) {
                w->retiring = true;
                w->process->closeWriteChannel(); // it exits at end of input
            }
        }
    }

    void stopAll()
    {
        for (Worker *w : std::as_const(workers)) {
            w->process->disconnect(q);
            w->deadline->disconnect(q);
            w->deadline->stop();
            if (w->process->state() != QProcess::NotRunning) {
                if (w->job) {
                    w->process->kill();
                } else {
                    w->process->closeWriteChannel();
                }
            }
        }
        for (Worker *w : std::as_const(workers)) {
            if (w->process->state() != QProcess::NotRunning && !w->process->waitForFinished(1000)) {
                w->process->kill();
                w->process->waitForFinished(1000);
            }
            delete w->process;
            delete w->deadline;
            delete w;
        }
        workers.clear();
    }
};

MediaWorkerPool::MediaWorkerPool(const QString &workerExecutable, QObject *parent)
    : MediaWorkerPool(workerExecutable, Options(), parent)
{}

MediaWorkerPool::MediaWorkerPool(const QString &workerExecutable,
                                 const Options &options,
                                 QObject *parent)
    : QObject(parent)
    , d(std::make_unique<Private>())
{
    d->q = this;
    d->executable = workerExecutable;
    d->options = options;
    d->idleTimer.setSingleShot(true);
    connect(&d->idleTimer, &QTimer::timeout, this, [this] { d->retireIdleWorkers(); });
}

MediaWorkerPool::~MediaWorkerPool()
{
    d->stopAll();
}

const MediaWorkerPool::Options &MediaWorkerPool::options() const
{
    return d->options;
}

int MediaWorkerPool::workerCount() const
{
    return d->maxWorkers();
}

quint64 MediaWorkerPool::submit(const QString &file)
{
    const Job job{d->nextId++, file};
    d->queue.enqueue(job);
    d->idleTimer.stop();
    d->scheduleDispatch();
    return job.id;
}

void MediaWorkerPool::cancelPending()
{
    while (!d->queue.isEmpty()) {
        const Job job = d->queue.dequeue();
        d->complete(job,
                    MediaInfo::failure(job.file,
                                       MediaErrorKind::Cancelled,
                                       QStringLiteral("the batch was cancelled before this file")));
    }
    d->scheduleDispatch();
}

int MediaWorkerPool::pendingCount() const
{
    return int(d->queue.size())
           + int(std::count_if(d->workers.cbegin(),
                               d->workers.cend(),
                               [](const Private::Worker *w) { return w->job.has_value(); }));
}

bool MediaWorkerPool::isIdle() const
{
    return !d->busy();
}

int MediaWorkerPool::processesStarted() const
{
    return d->started;
}

QList<MediaInfo> MediaWorkerPool::probeAll(
    const QStringList &files,
    const std::atomic_bool *cancel,
    const std::function<void(int done, int total, const MediaInfo &info)> &progress)
{
    Q_ASSERT_X(QThread::currentThread() == thread(),
               "MediaWorkerPool::probeAll",
               "call it from the thread the pool belongs to");
    QList<MediaInfo> results(files.size());
    if (files.isEmpty()) {
        return results;
    }
    QHash<quint64, qsizetype> positions;
    int done = 0;
    QEventLoop loop;
    const auto connection = connect(
        this, &MediaWorkerPool::probed, &loop, [&](quint64 id, const MediaInfo &info) {
            const auto it = positions.constFind(id);
            if (it == positions.cend()) {
                return;
            }
            results[*it] = info;
            positions.erase(it);
            ++done;
            if (progress) {
                progress(done, int(files.size()), info);
            }
            if (positions.isEmpty()) {
                loop.quit();
            }
        });
    for (qsizetype i = 0; i < files.size(); ++i) {
        positions.insert(submit(files.at(i)), i);
    }
    QTimer cancelPoll;
    if (cancel != nullptr) {
        connect(&cancelPoll, &QTimer::timeout, &loop, [this, cancel, &cancelPoll] {
            if (cancel->load()) {
                cancelPoll.stop();
                cancelPending();
            }
        });
        cancelPoll.start(100);
    }
    if (!positions.isEmpty()) {
        loop.exec();
    }
    disconnect(connection);
    return results;
}

QList<MediaInfo> MediaWorkerPool::probeFiles(const QString &workerExecutable,
                                             const QStringList &files,
                                             const Options &options,
                                             const std::atomic_bool *cancel)
{
    MediaWorkerPool pool(workerExecutable, options);
    return pool.probeAll(files, cancel);
}

} // namespace Bfs
