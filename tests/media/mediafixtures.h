#pragma once

#include <QByteArray>
#include <QString>
#include <QStringList>
#include <QTemporaryDir>

// Test media made at test time with the ffmpeg command line (no binary
// media in the repository), plus corrupt files made by cutting, patching and
// random bytes. Everything lives in one temporary folder per suite; a clip
// is made the first time it is asked for.
class MediaFixtures final
{
public:
    MediaFixtures();

    // False (with why()) when the ffmpeg command line is missing or fails.
    bool available() const { return m_available; }

    QString why() const { return m_error; }

    QString dir() const { return m_dir.path(); }

    // Valid clips:
    //   landscape.mp4   H.264 1920x1080 30 fps 1 s + AAC, faststart, creation time
    //   portrait.mp4    H.264 coded 1920x1080 with a phone's 90° display matrix;
    //                   gray with a white box in the top-left of the coded frame
    //   hevc.mp4        HEVC 1280x720 25 fps 1 s
    //   longgop.mp4     H.264 640x360 6 s, one keyframe
    //   "Clip été 01.MOV"  QuickTime, moov at the end, upper-case extension,
    //                   spaces and non-ASCII letters in the name
    //   fade.mp4        H.264 640x360 4 s fading in from black over 2 s, GOP 15
    //   audio.m4a       AAC only
    // Broken files:
    //   empty.mp4, random.mp4 (random bytes), cut-header.mp4 (first 2 KB),
    //   cut-faststart.mp4 (index intact, data cut), uploading.mov (moov-at-end
    //   file cut in half), garbage.mp4 (data overwritten with random bytes),
    //   huge.mp4 (sample description claiming 60000x60000)
    // Returns the path, or an empty string on failure (see why()).
    QString path(const QString &name);

    // Copies a clip under another name (for the worker's test hooks).
    QString copy(const QString &name, const QString &newName);

    static QString ffmpegProgram();

private:
    bool ffmpeg(const QStringList &arguments, const QString &output);
    bool make(const QString &name);
    bool writeFile(const QString &name, const QByteArray &bytes);
    QByteArray read(const QString &name);

    QTemporaryDir m_dir;
    bool m_available = false;
    QString m_error;
};
