#pragma once

#include <QJsonObject>
#include <QString>

namespace Bfs {

// One request to a media worker: a line of JSON on its standard input,
// {"id":1,"file":"/abs/clip.mp4","thumbnails":"/cache","width":400,
//  "timeout_ms":10000,"reuse_thumbnails":true}. The answer is one line on
// its standard output: {"id":1,"result":{...MediaInfo::toJson()...}}.
struct MediaWorkerRequest
{
    quint64 id = 0;
    QString file;
    QString thumbnailDir; // empty: metadata only
    int thumbnailWidth = 400;
    int timeoutMs = 10000;
    bool reuseThumbnails = true;

    QJsonObject toJson() const;
    static MediaWorkerRequest fromJson(const QJsonObject &object);
};

// The loop of `bfs-marketing media-worker`: reads requests from standard
// input until it closes, probes each file with MediaProbe and answers on
// standard output. Anything else that would print on standard output goes
// to standard error instead, so the protocol stays clean. Returns the exit
// code (0 at end of input).
//
// Test hooks, honoured only here: BFS_MEDIA_WORKER_TEST_CRASH_ON=<name>
// aborts and BFS_MEDIA_WORKER_TEST_HANG_ON=<name> hangs on a file of that
// name, to prove the pool restarts its workers.
int runMediaWorker();

} // namespace Bfs
