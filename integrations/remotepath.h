#pragma once

#include <QString>

namespace Bfs {

// SharePoint refuses a decoded path longer than this many characters.
inline constexpr int kMaxRemotePathLength = 400;

// Applies sanitizeRemoteName() (filestore.h) to every '/'-separated segment
// of a path relative to the store's root and drops empty segments, so
// "Video Content//Post 3: Budget?" becomes "Video Content/Post 3_ Budget_".
// A segment of "." or ".." becomes "_", so a path can never leave the root.
// An empty result means the store's root.
QString sanitizeRemotePath(const QString &path);

} // namespace Bfs
