#pragma once

#include <QList>
#include <QStringList>

#include "domain/records.h"
#include "result.h"

namespace Bfs {

// What a clip's file name says: "{Office}_{Platform}.ext".
struct ClipName
{
    Office office;
    // The platform word as the setting video.platform_words spells it.
    QString platform;
};

// Reads "Fort Wayne_Reels.mp4", "fort-wayne_reels.MP4" or
// "Fort_Wayne_Reels.mov": the platform word is after the last underscore;
// the office matches case-insensitively, ignoring spaces, dashes and
// underscores inside its name. Fails with InvalidArgument and a reason a
// person can act on ("unknown office 'Eire'").
[[nodiscard]] Result<ClipName> parseClipName(const QString &fileName,
                                             const QList<Office> &offices,
                                             const QStringList &platformWords);

// Names the sync ignores without a word: hidden files and partial uploads
// (".DS_Store", "~$x", "clip.mp4.part").
bool isIgnoredClipName(const QString &fileName);

} // namespace Bfs
