#include "mediaworkerpool.h"

#include <csignal>
#include <cstdlib>
#include <cstring>
#include <functional>
#include <optional>

#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QFileInfo>
#include <QHash>
#include <QJsonDocument>
#include <QJsonObject>
#include <QPointer>
#include <QProcess>
#include <QQueue>
#include <QSocketNotifier>
#include <QThread>
#include <QTimer>

#include <fcntl.h>
#include <poll.h>
#include <sys/wait.h>
#include <unistd.h>

#include "medialogging.h"
#include "mediaworker.h"

#ifdef Q_OS_LINUX
#include <dirent.h>
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

// One helper process: lines in, lines out, and news of its end.
class Helper : public QObject
{
public:
    std::function<void()> readyRead;
    std::function<void(int code, bool crashed)> finished;
    std::function<void(const QString &reason)> failedToStart;

    virtual void start() = 0;
    virtual void write(const QByteArray &data) = 0;
    virtual bool canReadLine() const = 0;
    virtual QByteArray readLine() = 0;
    virtual void kill() = 0;
    virtual void closeWriteChannel() = 0;
    virtual bool isRunning() const = 0;
    virtual bool waitForFinished(int ms) = 0;
};

// `<executable> media-worker`: a fresh start of our own executable.
class ExecHelper final : public Helper
{
public:
    ExecHelper(const QString &executable, const QStringList &arguments)
    {
        m_process.setProgram(executable);
        m_process.setArguments(QStringList{QStringLiteral("media-worker")} + arguments);
        m_process.setProcessChannelMode(QProcess::ForwardedErrorChannel);
#ifdef Q_OS_LINUX
        // The helper goes when we go, even if it is wedged.
        m_process.setChildProcessModifier([] { ::prctl(PR_SET_PDEATHSIG, SIGKILL); });
#endif
        // Callbacks are copied before the call: the pool may reset them inside.
        QObject::connect(&m_process, &QProcess::readyReadStandardOutput, this, [this] {
            if (const auto callback = readyRead) {
                callback();
            }
        });
        QObject::connect(
            &m_process, &QProcess::finished, this, [this](int code, QProcess::ExitStatus status) {
                if (const auto callback = finished) {
                    callback(code, status == QProcess::CrashExit);
                }
            });
        QObject::connect(
            &m_process, &QProcess::errorOccurred, this, [this](QProcess::ProcessError error) {
                if (const auto callback = failedToStart;
                    callback && error == QProcess::FailedToStart) {
                    callback(m_process.errorString());
                }
            });
    }

    ~ExecHelper() override
    {
        m_process.disconnect(this);
        if (m_process.state() != QProcess::NotRunning) {
            m_process.kill();
            m_process.waitForFinished(1000);
        }
    }

    void start() override
    {
        m_process.start(QIODevice::ReadWrite);
    }

    void write(const QByteArray &data) override
    {
        m_process.write(data);
    }

    bool canReadLine() const override
    {
        return m_process.canReadLine();
    }

    QByteArray readLine() override
    {
        return m_process.readLine();
    }

    void kill() override
    {
        m_process.kill();
    }

    void closeWriteChannel() override
    {
        m_process.closeWriteChannel();
    }

    bool isRunning() const override
    {
        return m_process.state() != QProcess::NotRunning;
    }

    bool waitForFinished(int ms) override
    {
        return m_process.state() == QProcess::NotRunning || m_process.waitForFinished(ms);
    }

private:
    QProcess m_process;
};

#ifdef Q_OS_LINUX
bool isSingleThreaded()
{
    return QDir(QStringLiteral("/proc/self/task"))
               .entryList(QDir::Dirs | QDir::NoDotAndDotDot)
               .size()
           == 1;
}

// What exec would do to descriptors: close those marked close-on-exec.
void closeOnExecDescriptors()
{
    int descriptors[1024];
    int count = 0;
    if (DIR *dir = ::opendir("/proc/self/fd")) {
        const int own = ::dirfd(dir);
        while (const dirent *entry = ::readdir(dir)) {
            const int fd = std::atoi(entry->d_name);
            if (fd > 2 && fd != own && count < 1024) {
                descriptors[count++] = fd;
            }
        }
        ::closedir(dir);
    }
    for (int i = 0; i < count; ++i) {
        const int flags = ::fcntl(descriptors[i], F_GETFD);
        if (flags >= 0 && (flags & FD_CLOEXEC) != 0) {
            ::close(descriptors[i]);
        }
    }
}

// A copy of this process (fork without exec) serving requests: no second
// start-up of the executable, which costs more than reading a clip. Only
// when this process has a single thread (the command line), so no lock
// can be held by a thread the copy does not have.
class ForkHelper final : public Helper
{
public:
    ~ForkHelper() override
    {
        if (m_pid > 0 && !m_finished) {
            ::kill(m_pid, SIGKILL);
            reap();
        }
        closeDescriptors();
    }

    void start() override
    {
        int in[2] = {-1, -1};
        int out[2] = {-1, -1};
        if (::pipe2(in, O_CLOEXEC) != 0 || ::pipe2(out, O_CLOEXEC) != 0) {
            reportFailedStart(QString::fromLocal8Bit(std::strerror(errno)), in, out);
            return;
        }
        static const bool ignoreSigpipe = [] {
            ::signal(SIGPIPE, SIG_IGN); // a dead helper's pipe must not kill us
            return true;
        }();
        Q_UNUSED(ignoreSigpipe);
        const pid_t parent = ::getpid();
        const pid_t pid = ::fork();
        if (pid < 0) {
            reportFailedStart(QString::fromLocal8Bit(std::strerror(errno)), in, out);
            return;
        }
        if (pid == 0) {
            ::prctl(PR_SET_PDEATHSIG, SIGKILL);
            if (::getppid() != parent) {
                ::_exit(1);
            }
            ::dup2(in[0], STDIN_FILENO);
            ::dup2(out[1], STDOUT_FILENO);
            closeOnExecDescriptors();
            ::signal(SIGPIPE, SIG_DFL);
            // The parent's log handler may write to a descriptor just closed.
            qInstallMessageHandler(nullptr);
            ::_exit(runMediaWorker());
        }
        m_pid = pid;
        ::close(in[0]);
        ::close(out[1]);
        m_in = in[1];
        m_out = out[0];
        ::fcntl(m_out, F_SETFL, ::fcntl(m_out, F_GETFL) | O_NONBLOCK);
        m_notifier = new QSocketNotifier(m_out, QSocketNotifier::Read, this);
        QObject::connect(
            m_notifier, &QSocketNotifier::activated, this, [this] { readAvailable(); });
    }

    void write(const QByteArray &data) override
    {
        qsizetype done = 0;
        while (m_in >= 0 && done < data.size()) {
            const ssize_t n = ::write(m_in, data.constData() + done, size_t(data.size() - done));
            if (n < 0 && errno == EINTR) {
                continue;
            }
            if (n <= 0) {
                break; // gone: the end of its output tells
            }
            done += n;
        }
    }

    bool canReadLine() const override { return m_buffer.contains('\n'); }

    QByteArray readLine() override
    {
        const qsizetype end = m_buffer.indexOf('\n');
        const QByteArray line = m_buffer.left(end + 1);
        m_buffer.remove(0, end + 1);
        return line;
    }

    void kill() override
    {
        if (m_pid > 0 && !m_finished) {
            ::kill(m_pid, SIGKILL);
        }
    }

    void closeWriteChannel() override
    {
        if (m_in >= 0) {
            ::close(m_in);
            m_in = -1;
        }
    }

    bool isRunning() const override { return m_pid > 0 && !m_finished; }

    bool waitForFinished(int ms) override
    {
        QElapsedTimer timer;
        timer.start();
        while (isRunning() && m_out >= 0 && timer.elapsed() < ms) {
            pollfd fd = {m_out, POLLIN, 0};
            ::poll(&fd, 1, int(std::max<qint64>(1, ms - timer.elapsed())));
            readAvailable();
        }
        return !isRunning();
    }

private:
    void reportFailedStart(const QString &reason, int *in, int *out)
    {
        for (int fd : {in[0], in[1], out[0], out[1]}) {
            if (fd >= 0) {
                ::close(fd);
            }
        }
        QTimer::singleShot(0, this, [this, reason] {
            if (const auto callback = failedToStart) {
                callback(reason);
            }
        });
    }

    void readAvailable()
    {
        bool ended = false;
        bool got = false;
        char chunk[16384];
        while (m_out >= 0) {
            const ssize_t n = ::read(m_out, chunk, sizeof chunk);
            if (n > 0) {
                m_buffer.append(chunk, n);
                got = true;
            } else if (n < 0 && errno == EINTR) {
                continue;
            } else {
                ended = n == 0 || errno != EAGAIN;
                break;
            }
        }
        if (const auto callback = readyRead; got && callback) {
            callback();
        }
        if (ended && !m_finished) {
            reap();
            closeDescriptors();
            if (const auto callback = finished) {
                callback(m_exitCode, m_crashed);
            }
        }
    }

    void reap()
    {
        int status = 0;
        pid_t rc = 0;
        do {
            rc = ::waitpid(m_pid, &status, 0);
        } while (rc < 0 && errno == EINTR);
        m_finished = true;
        m_crashed = rc > 0 && WIFSIGNALED(status);
        m_exitCode = rc > 0 ? (WIFSIGNALED(status) ? WTERMSIG(status) : WEXITSTATUS(status)) : -1;
    }

    void closeDescriptors()
    {
        if (m_notifier != nullptr) {
            m_notifier->setEnabled(false);
        }
        closeWriteChannel();
        if (m_out >= 0) {
            ::close(m_out);
            m_out = -1;
        }
    }

    pid_t m_pid = -1;
    int m_in = -1;
    int m_out = -1;
    QSocketNotifier *m_notifier = nullptr;
    QByteArray m_buffer;
    bool m_finished = false;
    bool m_crashed = false;
    int m_exitCode = 0;
};
#endif

} // namespace

struct MediaWorkerPool::Private
{
    struct Worker
    {
        Helper *process = nullptr;
        QTimer *deadline = nullptr;
        std::optional<Job> job;
        bool retiring = false; // killed or told to exit: takes no more work
        int served = 0;
        int deadlineMs = 0; // of the current job
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

    Helper *makeHelper() const
    {
#ifdef Q_OS_LINUX
        if (options.forkWhenSingleThreaded && isSingleThreaded()) {
            return new ForkHelper;
        }
#endif
        return new ExecHelper(executable, options.workerArguments);
    }

    Worker *startWorker()
    {
        auto *worker = new Worker;
        worker->process = makeHelper();
        worker->process->setParent(q);
        worker->deadline = new QTimer(q);
        worker->deadline->setSingleShot(true);
        worker->process->readyRead = [this, worker] {
            readAnswers(worker);
        };
        worker->process->finished = [this, worker](int code, bool crashed) {
            workerEnded(worker, code, crashed);
        };
        worker->process->failedToStart = [this, worker](const QString &reason) {
            failedToStart(worker, reason);
        };
        QObject::connect(
            worker->deadline, &QTimer::timeout, q, [this, worker] { overran(worker); });
        workers.append(worker);
        ++started;
        qCDebug(lcMediaWorker) << "starting media worker" << started
                               << (dynamic_cast<ExecHelper *>(worker->process) != nullptr
                                       ? executable
                                       : QStringLiteral("(a copy of this process)"));
        worker->process->start();
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
        worker->deadlineMs = options.timeoutMs + options.graceMs
                             + (worker->served == 0 ? kStartupAllowanceMs : 0);
        worker->deadline->start(worker->deadlineMs);
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
                 MediaInfo::failure(job.file,
                                    MediaErrorKind::TimedOut,
                                    QStringLiteral("after %1 s (the media worker was stopped)")
                                        .arg(QString::number(worker->deadlineMs / 1000.0))));
        scheduleDispatch();
    }

    void workerEnded(Worker *worker, int code, bool crashed)
    {
        worker->deadline->stop();
        if (worker->job) {
            const Job job = *worker->job;
            worker->job.reset();
            const QString detail =
                crashed
                    ? QStringLiteral("the media worker died on this file (signal %1)").arg(code)
                    : QStringLiteral("the media worker exited with code %1 on this file").arg(code);
            qCWarning(lcMediaWorker) << "media worker died on" << job.file << detail;
            complete(job, MediaInfo::failure(job.file, MediaErrorKind::Crashed, detail));
        }
        remove(worker);
        scheduleDispatch();
    }

    void failedToStart(Worker *worker, const QString &why)
    {
        const QString reason = QStringLiteral("the media worker could not start: %1").arg(why);
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
        worker->process->readyRead = {};
        worker->process->finished = {};
        worker->process->failedToStart = {};
        worker->deadline->disconnect(q);
        worker->deadline->stop();
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
            w->process->readyRead = {};
            w->process->finished = {};
            w->process->failedToStart = {};
            w->deadline->disconnect(q);
            w->deadline->stop();
            if (w->job) {
                w->process->kill();
            } else {
                w->process->closeWriteChannel();
            }
        }
        for (Worker *w : std::as_const(workers)) {
            if (!w->process->waitForFinished(1000)) {
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
    bool cancelling = false;
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
            // Also checked here, not only on the timer: no more file starts
            // once the flag is up.
            if (cancel != nullptr && cancel->load() && !cancelling) {
                cancelling = true; // cancelPending() reports through here
                cancelPending();
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
