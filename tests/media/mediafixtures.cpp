#include "mediafixtures.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QProcess>
#include <QRandomGenerator>
#include <QStandardPaths>

namespace {

const QStringList kX264 = {QStringLiteral("-c:v"),
                           QStringLiteral("libx264"),
                           QStringLiteral("-preset"),
                           QStringLiteral("ultrafast"),
                           QStringLiteral("-pix_fmt"),
                           QStringLiteral("yuv420p")};

QStringList lavfi(const QString &graph)
{
    return {QStringLiteral("-f"), QStringLiteral("lavfi"), QStringLiteral("-i"), graph};
}

QByteArray randomBytes(qsizetype size)
{
    QByteArray bytes(size, Qt::Uninitialized);
    QRandomGenerator generator(20240501);
    for (qsizetype i = 0; i < size; ++i) {
        bytes[i] = char(generator.bounded(256));
    }
    return bytes;
}

void putBigEndian32(QByteArray &bytes, qsizetype at, qint32 value)
{
    for (int i = 0; i < 4; ++i) {
        bytes[at + i] = char((quint32(value) >> (24 - 8 * i)) & 0xff);
    }
}

} // namespace

MediaFixtures::MediaFixtures()
{
    if (!m_dir.isValid()) {
        m_error = QStringLiteral("cannot create a temporary folder");
        return;
    }
    if (ffmpegProgram().isEmpty()) {
        m_error = QStringLiteral("the ffmpeg command line is not installed");
        return;
    }
    m_available = true;
}

QString MediaFixtures::ffmpegProgram()
{
    return QStandardPaths::findExecutable(QStringLiteral("ffmpeg"));
}

QString MediaFixtures::path(const QString &name)
{
    const QString file = QDir(m_dir.path()).filePath(name);
    if (!m_available) {
        return {};
    }
    if (!QFileInfo::exists(file) && !make(name)) {
        return {};
    }
    return file;
}

QString MediaFixtures::copy(const QString &name, const QString &newName)
{
    const QString from = path(name);
    const QString to = QDir(m_dir.path()).filePath(newName);
    QFile::remove(to);
    if (from.isEmpty() || !QFile::copy(from, to)) {
        m_error = QStringLiteral("cannot copy %1 to %2").arg(name, newName);
        return {};
    }
    return to;
}

bool MediaFixtures::ffmpeg(const QStringList &arguments, const QString &output)
{
    QProcess process;
    process.setProgram(ffmpegProgram());
    process.setArguments(QStringList{QStringLiteral("-v"),
                                     QStringLiteral("error"),
                                     QStringLiteral("-nostdin"),
                                     QStringLiteral("-y")}
                         + arguments + QStringList{QDir(m_dir.path()).filePath(output)});
    process.start();
    if (!process.waitForFinished(120000) || process.exitStatus() != QProcess::NormalExit
        || process.exitCode() != 0) {
        m_error = QStringLiteral("ffmpeg failed making %1: %2")
                      .arg(output, QString::fromLocal8Bit(process.readAllStandardError()));
        return false;
    }
    return true;
}

QByteArray MediaFixtures::read(const QString &name)
{
    const QString file = path(name);
    QFile in(file);
    if (file.isEmpty() || !in.open(QIODevice::ReadOnly)) {
        return {};
    }
    return in.readAll();
}

bool MediaFixtures::writeFile(const QString &name, const QByteArray &bytes)
{
    QFile out(QDir(m_dir.path()).filePath(name));
    if (!out.open(QIODevice::WriteOnly | QIODevice::Truncate) || out.write(bytes) != bytes.size()) {
        m_error = QStringLiteral("cannot write %1").arg(name);
        return false;
    }
    return true;
}

bool MediaFixtures::make(const QString &name)
{
    const QString creation = QStringLiteral("creation_time=2024-05-01T10:15:30Z");
    if (name == QLatin1String("landscape.mp4")) {
        return ffmpeg(lavfi(QStringLiteral("testsrc2=size=1920x1080:rate=30:duration=1"))
                          + lavfi(QStringLiteral("sine=frequency=440:duration=1")) + kX264
                          + QStringList{QStringLiteral("-g"),
                                        QStringLiteral("15"),
                                        QStringLiteral("-c:a"),
                                        QStringLiteral("aac"),
                                        QStringLiteral("-shortest"),
                                        QStringLiteral("-metadata"),
                                        creation,
                                        QStringLiteral("-movflags"),
                                        QStringLiteral("+faststart")},
                      name);
    }
    if (name == QLatin1String("portrait.mp4")) {
        // Encode landscape, then write the display matrix an iPhone writes
        // for a portrait clip (rotate 90° clockwise to show) into 'tkhd',
        // so the test does not depend on how an ffmpeg version maps -metadata rotate.
        if (!ffmpeg(lavfi(QStringLiteral("color=gray:size=1920x1080:rate=30:duration=1,"
                                         "drawbox=x=0:y=0:w=480:h=270:color=white:t=fill"))
                        + kX264,
                    name)) {
            return false;
        }
        QByteArray bytes = read(name);
        const qsizetype tkhd = bytes.indexOf("tkhd");
        if (tkhd < 0) {
            m_error = QStringLiteral("no tkhd box in portrait.mp4");
            return false;
        }
        const int version = quint8(bytes.at(tkhd + 4));
        // version/flags, times and ids, then reserved, layer, group, volume, reserved
        const qsizetype matrix = tkhd + 4 + 4 + (version == 1 ? 32 : 20) + 8 + 2 + 2 + 2 + 2;
        const qint32 one = 0x00010000;
        const qint32 values[9] = {0, one, 0, -one, 0, 0, 1080 * one, 0, 0x40000000};
        for (int i = 0; i < 9; ++i) {
            putBigEndian32(bytes, matrix + 4 * i, values[i]);
        }
        return writeFile(name, bytes);
    }
    if (name == QLatin1String("hevc.mp4")) {
        return ffmpeg(lavfi(QStringLiteral("testsrc2=size=1280x720:rate=25:duration=1"))
                          + QStringList{QStringLiteral("-c:v"),
                                        QStringLiteral("libx265"),
                                        QStringLiteral("-preset"),
                                        QStringLiteral("ultrafast"),
                                        QStringLiteral("-pix_fmt"),
                                        QStringLiteral("yuv420p"),
                                        QStringLiteral("-x265-params"),
                                        QStringLiteral("log-level=error")},
                      name);
    }
    if (name == QLatin1String("longgop.mp4")) {
        return ffmpeg(lavfi(QStringLiteral("testsrc2=size=640x360:rate=30:duration=6")) + kX264
                          + QStringList{QStringLiteral("-g"),
                                        QStringLiteral("180"),
                                        QStringLiteral("-keyint_min"),
                                        QStringLiteral("180"),
                                        QStringLiteral("-sc_threshold"),
                                        QStringLiteral("0")},
                      name);
    }
    if (name == QStringLiteral("Clip été 01.MOV")) {
        return ffmpeg(lavfi(QStringLiteral("testsrc2=size=640x360:rate=30:duration=2"))
                          + lavfi(QStringLiteral("sine=duration=2")) + kX264
                          + QStringList{QStringLiteral("-c:a"),
                                        QStringLiteral("aac"),
                                        QStringLiteral("-shortest"),
                                        QStringLiteral("-f"),
                                        QStringLiteral("mov")},
                      name);
    }
    if (name == QLatin1String("fade.mp4")) {
        return ffmpeg(lavfi(QStringLiteral("testsrc2=size=640x360:rate=30:duration=4"))
                          + QStringList{QStringLiteral("-vf"), QStringLiteral("fade=in:0:60")}
                          + kX264 + QStringList{QStringLiteral("-g"), QStringLiteral("15")},
                      name);
    }
    if (name == QLatin1String("audio.m4a")) {
        return ffmpeg(lavfi(QStringLiteral("sine=duration=1"))
                          + QStringList{QStringLiteral("-c:a"), QStringLiteral("aac")},
                      name);
    }
    if (name == QLatin1String("empty.mp4")) {
        return writeFile(name, QByteArray());
    }
    if (name == QLatin1String("random.mp4")) {
        return writeFile(name, randomBytes(200 * 1024));
    }
    if (name == QLatin1String("cut-header.mp4")) {
        return writeFile(name, read(QStringLiteral("landscape.mp4")).left(2048));
    }
    if (name == QLatin1String("cut-faststart.mp4")) {
        const QByteArray whole = read(QStringLiteral("landscape.mp4"));
        return !whole.isEmpty() && writeFile(name, whole.left(whole.size() * 6 / 10));
    }
    if (name == QLatin1String("uploading.mov")) {
        const QByteArray whole = read(QStringLiteral("Clip été 01.MOV"));
        return !whole.isEmpty() && writeFile(name, whole.left(whole.size() / 2));
    }
    if (name == QLatin1String("garbage.mp4")) {
        QByteArray bytes = read(QStringLiteral("landscape.mp4"));
        if (bytes.size() < 100000) {
            m_error = QStringLiteral("landscape.mp4 is too small to damage");
            return false;
        }
        // Keep the header ('moov' is first with faststart); ruin the media data.
        const qsizetype mdat = bytes.indexOf("mdat");
        const QByteArray noise = randomBytes(bytes.size() - mdat - 4 - 16);
        bytes.replace(mdat + 4 + 16, noise.size(), noise);
        return writeFile(name, bytes);
    }
    if (name == QLatin1String("huge.mp4")) {
        QByteArray bytes = read(QStringLiteral("hevc.mp4"));
        // VisualSampleEntry: type, 6 reserved, data ref index, 16 bytes, width, height
        const qsizetype entry = bytes.indexOf("hev1") >= 0 ? bytes.indexOf("hev1")
                                                           : bytes.indexOf("hvc1");
        if (entry < 0) {
            m_error = QStringLiteral("no HEVC sample entry in hevc.mp4");
            return false;
        }
        const qsizetype size = entry + 4 + 6 + 2 + 16;
        for (int i = 0; i < 2; ++i) { // 60000 = 0xEA60, width then height
            bytes[size + 2 * i] = char(0xEA);
            bytes[size + 2 * i + 1] = char(0x60);
        }
        return writeFile(name, bytes);
    }
    m_error = QStringLiteral("no recipe for %1").arg(name);
    return false;
}
