#pragma once

#include <QString>

#include "mediainfo.h"

namespace Bfs {

// Reads one video file in this process with FFmpeg's libav* libraries:
// metadata from the container (MP4/MOV without the full stream analysis)
// and, when a thumbnail directory is given, a JPEG of a representative
// keyframe near 10% of the duration.
//
// Safe on bad input in the sense that every failure comes back as a
// MediaInfo with an error, within the time limit: only local regular files
// are opened (our own I/O, no libav protocols, no nested opens, so no
// network, playlists or references out of the file), the probe and analyse
// sizes are bounded and an interrupt callback stops libav at the deadline.
// A decoder bug that crashes or wedges still takes this process with it:
// the app runs this in helper processes (MediaWorkerPool), not in its own.
//
// One MediaProbe may be used for many files, from one thread at a time.
class MediaProbe final
{
public:
    struct Options
    {
        // Where thumbnails go; empty: metadata only.
        QString thumbnailDir;
        int thumbnailWidth = 400;
        // Wall-clock limit for the whole file; libav is interrupted past it.
        int timeoutMs = 10000;
        // Frames larger than this are not decoded (the metadata is still read).
        qint64 maxPixels = qint64(8192) * 8192;
        // Reuse a thumbnail already in thumbnailDir for the same file
        // (same path, size, modification time and width).
        bool reuseThumbnails = true;
    };

    MediaProbe();
    explicit MediaProbe(const Options &options);

    const Options &options() const { return m_options; }

    void setOptions(const Options &options) { m_options = options; }

    MediaInfo probe(const QString &file) const;

    // Where the thumbnail of `file` goes in `dir` for this width: a name
    // made from the file's absolute path, size and modification time.
    static QString thumbnailPath(const QString &file, const QString &dir, int width);

    // The container formats (libav demuxer names) we open; anything else is
    // "not a video". Local container formats only: no playlists, no
    // concatenation, no image sequences.
    static QString allowedFormats();

private:
    Options m_options;
};

} // namespace Bfs
