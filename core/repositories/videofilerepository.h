#pragma once

#include <QList>

#include "db/database.h"
#include "domain/records.h"
#include "result.h"

namespace Bfs {

// One row of video_status_history: a clip's status changed by someone.
struct VideoStatusChange
{
    QString fromStatus;
    QString toStatus;
    QString changedBy;
    QDateTime changedAt;
    QString comment;
};

// Where the Video Sorter puts a clip; releaseId 0 means unsorted.
struct ClipPlacement
{
    qint64 releaseId = 0;
    qint64 officeId = 0;
    QString platform;
};

// video_files: one row a clip, with what the media pipeline read from it
// and where the Video Sorter put it.
class VideoFileRepository final
{
public:
    explicit VideoFileRepository(DatabasePtr database);

    [[nodiscard]] Result<qint64> insert(const VideoClip &clip);
    [[nodiscard]] Result<VideoClip> find(qint64 id) const;
    [[nodiscard]] Result<QList<VideoClip>> forPost(qint64 postId) const;
    // True when the post already has this clip (same remote id, or the same
    // name and size), so a sync never imports it twice.
    [[nodiscard]] Result<bool> isKnown(qint64 postId,
                                       const QString &remoteItemId,
                                       const QString &fileName,
                                       qint64 sizeBytes) const;

    // Clips in no release yet, of every post, oldest first.
    [[nodiscard]] Result<QList<VideoClip>> unsorted() const;
    [[nodiscard]] Result<int> unsortedCount(qint64 postId) const;
    [[nodiscard]] VoidResult place(qint64 clipId, const ClipPlacement &placement);
    // Changes the status (available, scheduled, published, archived) and
    // appends a video_status_history row, in one transaction.
    [[nodiscard]] VoidResult setStatus(qint64 clipId,
                                       const QString &status,
                                       const QString &actor,
                                       const QString &comment = {});
    // Oldest first.
    [[nodiscard]] Result<QList<VideoStatusChange>> statusHistory(qint64 clipId) const;

private:
    DatabasePtr m_database;
};

} // namespace Bfs
