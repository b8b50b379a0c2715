#include "mediaworker.h"

#include <csignal>
#include <cstdio>
#include <cstdlib>

#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonParseError>

#include <fcntl.h>
#include <sys/resource.h>
#include <unistd.h>

#include "medialogging.h"
#include "mediaprobe.h"

namespace Bfs {

QJsonObject MediaWorkerRequest::toJson() const
{
    return QJsonObject{
        {QStringLiteral("id"), double(id)},
        {QStringLiteral("file"), file},
        {QStringLiteral("thumbnails"), thumbnailDir},
        {QStringLiteral("width"), thumbnailWidth},
        {QStringLiteral("timeout_ms"), timeoutMs},
        {QStringLiteral("reuse_thumbnails"), reuseThumbnails},
    };
}

MediaWorkerRequest MediaWorkerRequest::fromJson(const QJsonObject &object)
{
    MediaWorkerRequest request;
    request.id = quint64(object.value(QStringLiteral("id")).toDouble());
    request.file = object.value(QStringLiteral("file")).toString();
    request.thumbnailDir = object.value(QStringLiteral("thumbnails")).toString();
    request.thumbnailWidth = object.value(QStringLiteral("width")).toInt(400);
    request.timeoutMs = object.value(QStringLiteral("timeout_ms")).toInt(10000);
    request.reuseThumbnails = object.value(QStringLiteral("reuse_thumbnails")).toBool(true);
    return request;
}

namespace {

bool writeLine(FILE *out, const QJsonObject &object)
{
    QByteArray line = QJsonDocument(object).toJson(QJsonDocument::Compact);
    line.append('\n');
    return std::fwrite(line.constData(), 1, size_t(line.size()), out) == size_t(line.size())
           && std::fflush(out) == 0;
}

void limitResources()
{
    // No core dumps from a crash on a bad file.
    struct rlimit core = {0, 0};
    ::setrlimit(RLIMIT_CORE, &core);
    // A file asking for absurd allocations fails instead of exhausting memory.
    struct rlimit data = {};
    if (::getrlimit(RLIMIT_DATA, &data) == 0) {
        const rlim_t cap = rlim_t(4) * 1024 * 1024 * 1024;
        if (data.rlim_cur == RLIM_INFINITY || data.rlim_cur > cap) {
            data.rlim_cur = cap;
            ::setrlimit(RLIMIT_DATA, &data);
        }
    }
}

} // namespace

int runMediaWorker()
{
    // Keep standard output for the protocol; stray prints go to stderr.
    const int protocolFd = ::fcntl(STDOUT_FILENO, F_DUPFD_CLOEXEC, 3);
    if (protocolFd < 0) {
        std::perror("media-worker: dup");
        return 1;
    }
    ::dup2(STDERR_FILENO, STDOUT_FILENO);
    FILE *out = ::fdopen(protocolFd, "w");
    if (out == nullptr) {
        std::perror("media-worker: fdopen");
        return 1;
    }
    limitResources();

    const QString crashOn = qEnvironmentVariable("BFS_MEDIA_WORKER_TEST_CRASH_ON");
    const QString hangOn = qEnvironmentVariable("BFS_MEDIA_WORKER_TEST_HANG_ON");

    MediaProbe probe;
    char *buffer = nullptr;
    size_t capacity = 0;
    int served = 0;
    ssize_t length = 0;
    while ((length = ::getline(&buffer, &capacity, stdin)) > 0) {
        const QByteArray line = QByteArray(buffer, qsizetype(length)).trimmed();
        if (line.isEmpty()) {
            continue;
        }
        QJsonParseError parseError;
        const QJsonDocument document = QJsonDocument::fromJson(line, &parseError);
        if (!document.isObject()) {
            writeLine(
                out,
                QJsonObject{{QStringLiteral("id"), QJsonValue::Null},
                            {QStringLiteral("error"),
                             QStringLiteral("bad request: %1").arg(parseError.errorString())}});
            continue;
        }
        const MediaWorkerRequest request = MediaWorkerRequest::fromJson(document.object());
        const QString name = QFileInfo(request.file).fileName();
        if (!crashOn.isEmpty() && name == crashOn) {
            std::abort();
        }
        if (!hangOn.isEmpty() && name == hangOn) {
            for (;;) {
                ::pause();
            }
        }

        MediaProbe::Options options;
        options.thumbnailDir = request.thumbnailDir;
        options.thumbnailWidth = request.thumbnailWidth;
        options.timeoutMs = request.timeoutMs;
        options.reuseThumbnails = request.reuseThumbnails;
        probe.setOptions(options);
        const MediaInfo info = probe.probe(request.file);
        ++served;
        if (!writeLine(out,
                       QJsonObject{{QStringLiteral("id"), double(request.id)},
                                   {QStringLiteral("result"), info.toJson()}})) {
            break; // the pool is gone
        }
    }
    std::free(buffer);
    std::fclose(out);
    qCDebug(lcMediaWorker) << "media worker" << ::getpid() << "served" << served << "files";
    return 0;
}

} // namespace Bfs
