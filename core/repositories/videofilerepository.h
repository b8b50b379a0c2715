#pragma once

#include <QList>

#include "db/database.h"
#include "domain/records.h"
#include "result.h"

namespace Bfs {

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

private:
    DatabasePtr m_database;
};

} // namespace Bfs
