#pragma once

#include <QList>
#include <QString>
#include <QStringList>

#include "db/database.h"
#include "domain/records.h"

namespace Bfs::Test {

// A video post in video_review for these offices, with one clip a name
// ("Erie_Reels.mp4"); office and platform are read from the name. Returns
// the post id and fills clipIds in order; 0 on failure.
qint64 insertVideoPost(const DatabasePtr &database,
                       const QString &title,
                       const QStringList &offices,
                       const QStringList &clipNames,
                       QList<qint64> *clipIds = nullptr);

qint64 officeId(const DatabasePtr &database, const QString &name);

// Makes a small clip with the ffmpeg command line (test pattern, silent).
// Empty on failure.
QString makeClip(const QString &path, int width = 320, int height = 180, double seconds = 1.0);

// A clip as the database has it now.
VideoClip clipNow(const DatabasePtr &database, qint64 clipId);

} // namespace Bfs::Test
