#pragma once

#include <QHash>
#include <QList>
#include <QMimeData>
#include <QStringList>

#include "db/database.h"
#include "domain/post.h"
#include "domain/records.h"
#include "result.h"

namespace Bfs::Ui {

// The drag and drop format of the Video Sorter: a list of clip ids.
inline const QString kClipIdsMimeType = QStringLiteral("application/x-bfs-video-clip-ids");

QMimeData *clipIdsMimeData(const QList<qint64> &clipIds);
QList<qint64> clipIdsFromMimeData(const QMimeData *data);

// A video post in review or in the library, with its releases and clips.
struct SorterPost
{
    Post post;
    QList<Release> releases;
    QList<VideoClip> clips;
};

// Everything the Sorter shows, read in one go on a worker thread.
struct SorterSnapshot
{
    QList<SorterPost> posts;
    QList<VideoClip> unsorted;
    QList<Office> offices;
    QStringList platformWords;
};

// Where clips were dropped. postId 0 means "back to unsorted"; releaseId 0
// on a post means "ask which release"; officeId 0 and an empty platform
// mean "keep what the file name said".
struct SorterTarget
{
    qint64 postId = 0;
    qint64 releaseId = 0;
    qint64 officeId = 0;
    QString platform;
};

// Reads the snapshot; any thread (uses that thread's connection).
[[nodiscard]] Result<SorterSnapshot> loadSorterSnapshot(const DatabasePtr &database);

// "0:07" or "1:02:03".
QString formatDuration(double seconds);

} // namespace Bfs::Ui
