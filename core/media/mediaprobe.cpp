#include "mediaprobe.h"

#include "medialogging.h"

extern "C" {
#include <libavcodec/avcodec.h>
#include <libavformat/avformat.h>
#include <libavformat/avio.h>
#include <libavutil/avstring.h>
#include <libavutil/avutil.h>
#include <libavutil/display.h>
#include <libavutil/error.h>
#include <libavutil/log.h>
#include <libavutil/mem.h>
#include <libswscale/swscale.h>
}

#include <algorithm>
#include <cerrno>
#include <chrono>
#include <cmath>
#include <cstdio>
#include <cstring>
#include <memory>
#include <mutex>
#include <optional>

#include <QCryptographicHash>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QImage>
#include <QRegularExpression>
#include <QTransform>

#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

namespace Bfs {

namespace {

using Clock = std::chrono::steady_clock;

// Container formats (libav demuxer names) we open. The MP4/MOV demuxer's
// name is the whole list "mov,mp4,m4a,3gp,3g2,mj2"; av_match_list matches
// any of its parts. No hls, dash, concat, image2 or other demuxers that
// open further files.
constexpr const char *kAllowedFormats =
    "mov,mp4,m4a,3gp,3g2,mj2,matroska,webm,avi,mpegts,mpeg,flv,asf,ogg,mxf";
constexpr const char *kMovFormatName = "mov,mp4,m4a,3gp,3g2,mj2";

constexpr int kIoBufferSize = 64 * 1024;
constexpr int64_t kProbeSize = 5'000'000;       // bytes read to analyse streams
constexpr int64_t kAnalyzeDuration = 3'000'000; // microseconds of media
constexpr int kMaxKeyframes = 4;                // keyframes tried for a thumbnail
constexpr int64_t kMaxScanBytes = 64 * 1024 * 1024;
constexpr int kMaxForwardFrames = 90; // long-GOP fallback: frames decoded after a dark keyframe
constexpr int kMaxDimension = 16384;
constexpr int kJpegQuality = 85;

// ---------------------------------------------------------------- helpers

struct Deadline
{
    Clock::time_point at;

    bool expired() const { return Clock::now() >= at; }
};

int interruptCallback(void *opaque)
{
    return static_cast<const Deadline *>(opaque)->expired() ? 1 : 0;
}

QString avError(int code)
{
    char buffer[AV_ERROR_MAX_STRING_SIZE] = {};
    av_strerror(code, buffer, sizeof buffer);
    return QString::fromUtf8(buffer);
}

QString seconds(int ms)
{
    return QString::number(ms / 1000.0) + QStringLiteral(" s");
}

// FFmpeg's log lines, at debug level of bfs.core.media; quiet otherwise.
void logCallback(void *avcl, int level, const char *format, va_list args)
{
    if (level > av_log_get_level()) {
        return;
    }
    thread_local int printPrefix = 1;
    char line[1024];
    av_log_format_line2(avcl, level, format, args, line, sizeof line, &printPrefix);
    const QByteArray text = QByteArray(line).trimmed();
    if (!text.isEmpty()) {
        qCDebug(lcMedia, "ffmpeg: %s", text.constData());
    }
}

void installLogCallback()
{
    static std::once_flag once;
    std::call_once(once, [] {
        av_log_set_level(lcMedia().isDebugEnabled() ? AV_LOG_WARNING : AV_LOG_QUIET);
        av_log_set_callback(&logCallback);
    });
}

// Demuxers must not open anything besides the file we gave them (MOV data
// references, playlists, segments...).
int refuseNestedOpen(AVFormatContext *, AVIOContext **, const char *url, int, AVDictionary **)
{
    qCDebug(lcMedia, "refused to open %s from inside a media file", url);
    return AVERROR(EPERM);
}

// ------------------------------------------------------------------- RAII

struct IoDeleter
{
    void operator()(AVIOContext *io) const
    {
        if (io != nullptr) {
            av_freep(&io->buffer);
            avio_context_free(&io);
        }
    }
};

struct FormatDeleter
{
    void operator()(AVFormatContext *ctx) const { avformat_close_input(&ctx); }
};

struct UnopenedFormatDeleter
{
    void operator()(AVFormatContext *ctx) const { avformat_free_context(ctx); }
};

struct CodecDeleter
{
    void operator()(AVCodecContext *ctx) const { avcodec_free_context(&ctx); }
};

struct FrameDeleter
{
    void operator()(AVFrame *frame) const { av_frame_free(&frame); }
};

struct PacketDeleter
{
    void operator()(AVPacket *packet) const { av_packet_free(&packet); }
};

struct SwsDeleter
{
    void operator()(SwsContext *sws) const { sws_freeContext(sws); }
};

struct DictDeleter
{
    void operator()(AVDictionary *dict) const { av_dict_free(&dict); }
};

using IoPtr = std::unique_ptr<AVIOContext, IoDeleter>;
using FormatPtr = std::unique_ptr<AVFormatContext, FormatDeleter>;
using CodecPtr = std::unique_ptr<AVCodecContext, CodecDeleter>;
using FramePtr = std::unique_ptr<AVFrame, FrameDeleter>;
using PacketPtr = std::unique_ptr<AVPacket, PacketDeleter>;
using SwsPtr = std::unique_ptr<SwsContext, SwsDeleter>;

// A local regular file read with pread() at our own offset: libav's I/O
// calls these instead of any protocol. Reads stop at the size the file had
// when opened, so a file still being written is seen as it was then.
class LocalFile final
{
public:
    explicit LocalFile(const Deadline &deadline)
        : m_deadline(deadline)
    {}

    ~LocalFile()
    {
        if (m_fd >= 0) {
            ::close(m_fd);
        }
    }
    Q_DISABLE_COPY_MOVE(LocalFile)

    // Empty on success, else why not.
    QString open(const QString &path)
    {
        const QByteArray name = QFile::encodeName(path);
        // O_NONBLOCK so a FIFO cannot block the open; refused below anyway.
        m_fd = ::open(name.constData(), O_RDONLY | O_CLOEXEC | O_NOCTTY | O_NONBLOCK);
        if (m_fd < 0) {
            return QString::fromLocal8Bit(std::strerror(errno));
        }
        struct stat st = {};
        if (::fstat(m_fd, &st) != 0) {
            return QString::fromLocal8Bit(std::strerror(errno));
        }
        if (S_ISDIR(st.st_mode)) {
            return QStringLiteral("is a directory");
        }
        if (!S_ISREG(st.st_mode)) {
            return QStringLiteral("not a regular file");
        }
        m_size = st.st_size;
        return {};
    }

    int64_t size() const { return m_size; }

    // Reads exactly `length` bytes at `offset` (fewer at the end of file).
    int64_t readAt(int64_t offset, uint8_t *buffer, int64_t length) const
    {
        int64_t done = 0;
        while (done < length) {
            const ssize_t n = ::pread(m_fd, buffer + done, size_t(length - done), offset + done);
            if (n < 0 && errno == EINTR) {
                continue;
            }
            if (n <= 0) {
                break;
            }
            done += n;
        }
        return done;
    }

    static int read(void *opaque, uint8_t *buffer, int length)
    {
        auto *self = static_cast<LocalFile *>(opaque);
        if (self->m_deadline.expired()) {
            return AVERROR_EXIT;
        }
        const int64_t left = self->m_size - self->m_pos;
        if (left <= 0) {
            return AVERROR_EOF;
        }
        const int wanted = int(std::min<int64_t>(length, left));
        for (;;) {
            const ssize_t n = ::pread(self->m_fd, buffer, size_t(wanted), self->m_pos);
            if (n < 0 && errno == EINTR) {
                continue;
            }
            if (n < 0) {
                return AVERROR(errno);
            }
            if (n == 0) {
                return AVERROR_EOF;
            }
            self->m_pos += n;
            return int(n);
        }
    }

    static int64_t seek(void *opaque, int64_t offset, int whence)
    {
        auto *self = static_cast<LocalFile *>(opaque);
        int64_t target = 0;
        switch (whence & ~AVSEEK_FORCE) {
        case AVSEEK_SIZE:
            return self->m_size;
        case SEEK_SET:
            target = offset;
            break;
        case SEEK_CUR:
            target = self->m_pos + offset;
            break;
        case SEEK_END:
            target = self->m_size + offset;
            break;
        default:
            return AVERROR(EINVAL);
        }
        if (target < 0) {
            return AVERROR(EINVAL);
        }
        self->m_pos = target;
        return target;
    }

private:
    const Deadline &m_deadline;
    int m_fd = -1;
    int64_t m_size = 0;
    int64_t m_pos = 0;
};

// --------------------------------------------------------- MP4/MOV checks

bool isMovFamily(const AVInputFormat *format)
{
    return format != nullptr && std::strcmp(format->name, kMovFormatName) == 0;
}

QString fourcc(const uint8_t *type)
{
    QString text;
    for (int i = 0; i < 4; ++i) {
        text += (type[i] >= 0x20 && type[i] < 0x7f) ? QChar(char16_t(type[i])) : QChar(u'?');
    }
    return text;
}

// Why an MP4/MOV header could not be read: walks the top-level boxes. A box
// running past the end of the file, or no 'moov' at all, means the file was
// cut short or is still being written.
MediaInfo diagnoseMov(const LocalFile &file, const MediaInfo &base, int openError)
{
    MediaInfo info = base;
    const int64_t size = file.size();
    int64_t pos = 0;
    bool haveMoov = false;
    for (int boxes = 0; pos + 8 <= size && boxes < 100000; ++boxes) {
        uint8_t header[16];
        if (file.readAt(pos, header, 8) != 8) {
            break;
        }
        int64_t boxSize = (int64_t(header[0]) << 24) | (header[1] << 16) | (header[2] << 8)
                          | header[3];
        int64_t headerSize = 8;
        if (boxSize == 1) {
            if (file.readAt(pos + 8, header + 8, 8) != 8) {
                info.fail(MediaErrorKind::Truncated,
                          QStringLiteral("the file ends inside a box header at byte %1").arg(pos));
                return info;
            }
            boxSize = 0;
            for (int i = 8; i < 16; ++i) {
                boxSize = (boxSize << 8) | header[i];
            }
            headerSize = 16;
        } else if (boxSize == 0) {
            boxSize = size - pos; // runs to the end of the file
        }
        const QString type = fourcc(header + 4);
        if (boxSize < headerSize) {
            info.fail(MediaErrorKind::Corrupt,
                      QStringLiteral("invalid MP4/MOV box size at byte %1").arg(pos));
            return info;
        }
        if (type == QLatin1String("moov")) {
            haveMoov = true;
        }
        if (boxSize > size - pos) {
            info.fail(MediaErrorKind::Truncated,
                      QStringLiteral("the '%1' box at byte %2 needs %3 bytes but the file ends "
                                     "after %4 (cut short or still being uploaded)")
                          .arg(type)
                          .arg(pos)
                          .arg(boxSize)
                          .arg(size - pos));
            return info;
        }
        pos += boxSize;
    }
    if (!haveMoov) {
        info.fail(
            MediaErrorKind::Truncated,
            QStringLiteral("no 'moov' index in the file (cut short or still being uploaded)"));
        return info;
    }
    info.fail(MediaErrorKind::Corrupt,
              QStringLiteral("cannot read the MP4/MOV header (%1)").arg(avError(openError)));
    return info;
}

// The highest byte any sample of the index refers to; past the end of the
// file means the file is incomplete.
int64_t indexEnd(AVFormatContext *format)
{
    int64_t end = 0;
    for (unsigned i = 0; i < format->nb_streams; ++i) {
        AVStream *stream = format->streams[i];
        const int count = avformat_index_get_entries_count(stream);
        for (int e = 0; e < count; ++e) {
            const AVIndexEntry *entry = avformat_index_get_entry(stream, e);
            if (entry != nullptr) {
                end = std::max(end, entry->pos + entry->size);
            }
        }
    }
    return end;
}

QString containerName(const AVFormatContext *format, const QString &file)
{
    if (isMovFamily(format->iformat)) {
        const AVDictionaryEntry *brand = av_dict_get(format->metadata, "major_brand", nullptr, 0);
        const QByteArray major = brand != nullptr ? QByteArray(brand->value) : QByteArray();
        if (major.startsWith("qt")) {
            return QStringLiteral("mov");
        }
        if (major.startsWith("3g2")) {
            return QStringLiteral("3g2");
        }
        if (major.startsWith("3gp")) {
            return QStringLiteral("3gp");
        }
        if (major.startsWith("M4A")) {
            return QStringLiteral("m4a");
        }
        if (major.startsWith("M4V")) {
            return QStringLiteral("m4v");
        }
        if (major.isEmpty() && file.endsWith(QLatin1String(".mov"), Qt::CaseInsensitive)) {
            return QStringLiteral("mov");
        }
        return QStringLiteral("mp4");
    }
    const QString name = QString::fromLatin1(format->iformat->name).section(u',', 0, 0);
    if (name == QLatin1String("matroska")
        && file.endsWith(QLatin1String(".webm"), Qt::CaseInsensitive)) {
        return QStringLiteral("webm");
    }
    return name;
}

// The profile from the codec configuration record (avcC / hvcC) the MP4
// demuxer leaves in extradata, so no decoder or stream analysis is needed.
QString profileFromExtradata(const AVCodecParameters *par)
{
    int profile = par->profile;
    const uint8_t *data = par->extradata;
    if (profile == FF_PROFILE_UNKNOWN && data != nullptr && data[0] == 1) {
        if (par->codec_id == AV_CODEC_ID_H264 && par->extradata_size >= 4) {
            const int idc = data[1];
            const int constraints = data[2];
            profile = idc;
            if (idc == 66 && (constraints & 0x40) != 0) {
                profile |= FF_PROFILE_H264_CONSTRAINED;
            }
            if ((idc == 110 || idc == 122 || idc == 244) && (constraints & 0x10) != 0) {
                profile |= FF_PROFILE_H264_INTRA;
            }
        } else if (par->codec_id == AV_CODEC_ID_HEVC && par->extradata_size >= 2) {
            profile = data[1] & 0x1f;
        }
    }
    if (profile == FF_PROFILE_UNKNOWN) {
        return {};
    }
    const char *name = avcodec_profile_name(par->codec_id, profile);
    return name != nullptr ? QString::fromLatin1(name) : QString();
}

// Clockwise degrees to turn the picture for display, from the display
// matrix phones write (ffmpeg's own autorotate convention).
int rotationOf(const AVStream *stream)
{
    const uint8_t *matrix = av_stream_get_side_data(stream, AV_PKT_DATA_DISPLAYMATRIX, nullptr);
    if (matrix == nullptr) {
        return 0;
    }
    const double angle = av_display_rotation_get(reinterpret_cast<const int32_t *>(matrix));
    if (std::isnan(angle)) {
        return 0;
    }
    long theta = std::lround(-angle);
    theta = ((theta % 360) + 360) % 360;
    // Snap to a quarter turn: phones only write those.
    return int(((theta + 45) / 90) % 4) * 90;
}

QDateTime parseCreationTime(const AVDictionary *metadata)
{
    // Apple's tag keeps the local time and offset of the recording.
    if (const AVDictionaryEntry *apple = av_dict_get(
            metadata, "com.apple.quicktime.creationdate", nullptr, 0)) {
        const QDateTime time = QDateTime::fromString(QString::fromUtf8(apple->value), Qt::ISODate);
        if (time.isValid()) {
            return time;
        }
    }
    if (const AVDictionaryEntry *created = av_dict_get(metadata, "creation_time", nullptr, 0)) {
        QString text = QString::fromUtf8(created->value);
        // "2024-05-01T10:00:00.000000Z": keep milliseconds, which Qt parses.
        static const QRegularExpression micro(QStringLiteral("(\\.\\d{3})\\d+"));
        text.replace(micro, QStringLiteral("\\1"));
        QDateTime time = QDateTime::fromString(text, Qt::ISODateWithMs);
        if (time.isValid() && time.date().year() > 1970) {
            return time;
        }
    }
    return {};
}

bool isAudioDemuxer(const char *name)
{
    static const char *const kAudio[] = {"mp3",
                                         "wav",
                                         "flac",
                                         "aac",
                                         "aiff",
                                         "amr",
                                         "ape",
                                         "wv",
                                         "w64",
                                         "caf",
                                         "au",
                                         "tta",
                                         "dsf",
                                         "mpc"};
    return std::any_of(std::begin(kAudio), std::end(kAudio), [name](const char *audio) {
        return std::strcmp(name, audio) == 0;
    });
}

// --------------------------------------------------------------- thumbnail

struct FrameLook
{
    double mean = 0;   // luma, 0..255
    double stddev = 0; // luma spread

    bool good() const { return mean >= 32.0 && stddev >= 8.0; }

    double score() const { return std::min(mean, 128.0) / 128.0 + std::min(stddev, 64.0) / 64.0; }
};

FrameLook look(const QImage &image)
{
    double sum = 0;
    double sumSquares = 0;
    qint64 count = 0;
    for (int y = 0; y < image.height(); ++y) {
        const uchar *line = image.constScanLine(y);
        for (int x = 0; x < image.width(); ++x) {
            const uchar *p = line + 3 * x;
            const double luma = (77.0 * p[0] + 150.0 * p[1] + 29.0 * p[2]) / 256.0;
            sum += luma;
            sumSquares += luma * luma;
            ++count;
        }
    }
    FrameLook result;
    if (count > 0) {
        result.mean = sum / double(count);
        result.stddev = std::sqrt(
            std::max(0.0, sumSquares / double(count) - result.mean * result.mean));
    }
    return result;
}

// ------------------------------------------------------------------ probe

class ProbeRun final
{
public:
    ProbeRun(const QString &file, const MediaProbe::Options &options)
        : m_options(options)
        , m_source(m_deadline)
    {
        m_info.file = file;
        m_deadline.at = Clock::now() + std::chrono::milliseconds(std::max(0, options.timeoutMs));
    }

    MediaInfo run()
    {
        m_phaseTimer.start();
        if (openAndReadMetadata() && m_video != nullptr && !m_options.thumbnailDir.isEmpty()) {
            makeThumbnail();
        }
        if (!m_phases.isEmpty()) {
            qCDebug(lcMedia).noquote() << "timings for" << m_info.file << m_phases.join(u' ');
        }
        return m_info;
    }

private:
    bool timedOut()
    {
        m_info.fail(MediaErrorKind::TimedOut,
                    QStringLiteral("after %1").arg(seconds(m_options.timeoutMs)));
        return false;
    }

    bool openAndReadMetadata();
    void readMetadata();
    void makeThumbnail();
    std::optional<QImage> decodeKeyframe(AVPacket *packet, bool first);
    QImage scale(const AVFrame *frame);
    bool writeThumbnail(const QImage &image, const QString &path);

    const MediaProbe::Options &m_options;
    MediaInfo m_info;
    Deadline m_deadline;
    LocalFile m_source;
    IoPtr m_io;
    FormatPtr m_format;
    AVStream *m_video = nullptr;
    AVStream *m_audio = nullptr;
    CodecPtr m_codec;
    FramePtr m_frame;
    SwsPtr m_sws;
    QString m_decodeError;
    QElapsedTimer m_phaseTimer;
    QStringList m_phases;

    // Where the time goes, for --verbose (bfs.core.media debug).
    void mark(const char *phase)
    {
        if (lcMedia().isDebugEnabled()) {
            m_phases.append(QStringLiteral("%1=%2ms")
                                .arg(QLatin1String(phase))
                                .arg(double(m_phaseTimer.nsecsElapsed()) / 1e6, 0, 'f', 1));
            m_phaseTimer.start();
        }
    }
};

bool ProbeRun::openAndReadMetadata()
{
    const QString openError = m_source.open(m_info.file);
    if (!openError.isEmpty()) {
        m_info.fail(MediaErrorKind::Unreadable, openError);
        return false;
    }
    m_info.sizeBytes = m_source.size();
    if (m_source.size() == 0) {
        m_info.fail(MediaErrorKind::NotAVideo, QStringLiteral("empty file (0 bytes)"));
        return false;
    }

    auto *buffer = static_cast<unsigned char *>(av_malloc(kIoBufferSize));
    if (buffer == nullptr) {
        m_info.fail(MediaErrorKind::Unsupported, QStringLiteral("out of memory"));
        return false;
    }
    m_io.reset(avio_alloc_context(
        buffer, kIoBufferSize, 0, &m_source, &LocalFile::read, nullptr, &LocalFile::seek));
    if (!m_io) {
        av_free(buffer);
        m_info.fail(MediaErrorKind::Unsupported, QStringLiteral("out of memory"));
        return false;
    }

    // The format first, ourselves, so "not a video" and "truncated" differ.
    const QByteArray url = QFile::encodeName(m_info.file);
    const AVInputFormat *input = nullptr;
    // By content only: an extension must not make random bytes "an MP4".
    const int score = av_probe_input_buffer2(m_io.get(), &input, "", nullptr, 0, 0);
    if (m_deadline.expired()) {
        return timedOut();
    }
    if (score < 0 || input == nullptr) {
        m_info.fail(MediaErrorKind::NotAVideo, QStringLiteral("unrecognised format"));
        return false;
    }
    if (av_match_list(input->name, kAllowedFormats, ',') <= 0) {
        QString name = QString::fromLatin1(input->name);
        if (isAudioDemuxer(input->name) && score >= AVPROBE_SCORE_EXTENSION) {
            m_info.fail(MediaErrorKind::NotAVideo, QStringLiteral("audio file (%1)").arg(name));
        } else if (name.endsWith(QLatin1String("_pipe")) || name == QLatin1String("image2")) {
            name.chop(name.endsWith(QLatin1String("_pipe")) ? 5 : 0);
            m_info.fail(MediaErrorKind::NotAVideo, QStringLiteral("an image (%1)").arg(name));
        } else if (score >= AVPROBE_SCORE_EXTENSION) {
            m_info.fail(MediaErrorKind::NotAVideo,
                        QStringLiteral("unsupported format '%1'").arg(name));
        } else {
            m_info.fail(MediaErrorKind::NotAVideo, QStringLiteral("unrecognised format"));
        }
        return false;
    }

    std::unique_ptr<AVFormatContext, UnopenedFormatDeleter> unopened(avformat_alloc_context());
    if (!unopened) {
        m_info.fail(MediaErrorKind::Unsupported, QStringLiteral("out of memory"));
        return false;
    }
    unopened->pb = m_io.get();
    unopened->flags |= AVFMT_FLAG_CUSTOM_IO;
    unopened->interrupt_callback.callback = &interruptCallback;
    unopened->interrupt_callback.opaque = &m_deadline;
    unopened->io_open = &refuseNestedOpen;

    AVDictionary *rawOptions = nullptr;
    av_dict_set(&rawOptions, "format_whitelist", kAllowedFormats, 0);
    av_dict_set(&rawOptions, "protocol_whitelist", "file", 0);
    av_dict_set_int(&rawOptions, "probesize", kProbeSize, 0);
    av_dict_set_int(&rawOptions, "analyzeduration", kAnalyzeDuration, 0);
    av_dict_set_int(&rawOptions, "max_streams", 64, 0);
    av_dict_set(&rawOptions, "enable_drefs", "0", 0);      // MOV: no data references
    av_dict_set(&rawOptions, "use_absolute_path", "0", 0); // MOV: no absolute references
    std::unique_ptr<AVDictionary, DictDeleter> formatOptions(rawOptions);

    AVFormatContext *context = unopened.release();
    rawOptions = formatOptions.release();
    const int rc = avformat_open_input(&context, url.constData(), input, &rawOptions);
    formatOptions.reset(rawOptions);
    if (rc < 0) {
        // avformat_open_input freed the context.
        if (rc == AVERROR_EXIT || m_deadline.expired()) {
            return timedOut();
        }
        if (isMovFamily(input)) {
            m_info = diagnoseMov(m_source, m_info, rc);
        } else if (rc == AVERROR_EOF) {
            m_info.fail(MediaErrorKind::Truncated,
                        QStringLiteral("the file ends inside its header"));
        } else {
            m_info.fail(
                MediaErrorKind::Corrupt,
                QStringLiteral("cannot read the %1 header (%2)")
                    .arg(QString::fromLatin1(input->name).section(u',', 0, 0), avError(rc)));
        }
        return false;
    }
    m_format.reset(context);
    mark("open");

    readMetadata();
    mark("metadata");
    return m_info.error.isEmpty();
}

void ProbeRun::readMetadata()
{
    AVFormatContext *format = m_format.get();
    const bool mov = isMovFamily(format->iformat);

    const auto pickStreams = [this, format] {
        m_video = nullptr;
        m_audio = nullptr;
        int64_t bestVideo = -1;
        for (unsigned i = 0; i < format->nb_streams; ++i) {
            AVStream *stream = format->streams[i];
            const AVCodecParameters *par = stream->codecpar;
            if (par->codec_type == AVMEDIA_TYPE_VIDEO
                && (stream->disposition & AV_DISPOSITION_ATTACHED_PIC) == 0) {
                const int64_t weight = int64_t(par->width) * par->height
                                       + ((stream->disposition & AV_DISPOSITION_DEFAULT) != 0
                                              ? (int64_t(1) << 40)
                                              : 0);
                if (weight > bestVideo) {
                    bestVideo = weight;
                    m_video = stream;
                }
            } else if (par->codec_type == AVMEDIA_TYPE_AUDIO && m_audio == nullptr) {
                m_audio = stream;
            }
        }
    };
    pickStreams();

    // MP4/MOV: the header already has everything (duration, codec, size,
    // bit rate, frame rate, rotation); the full analysis only for others.
    const bool complete = m_video == nullptr
                          || (m_video->codecpar->codec_id != AV_CODEC_ID_NONE
                              && m_video->codecpar->width > 0 && m_video->codecpar->height > 0);
    if (!mov || !complete) {
        const int rc = avformat_find_stream_info(format, nullptr);
        if (rc == AVERROR_EXIT || m_deadline.expired()) {
            timedOut();
            return;
        }
        if (rc < 0) {
            qCDebug(lcMedia) << "stream analysis failed for" << m_info.file << avError(rc);
        }
        pickStreams();
    }

    m_info.container = containerName(format, m_info.file);

    double duration = 0;
    if (format->duration > 0 && format->duration != AV_NOPTS_VALUE) {
        duration = double(format->duration) / AV_TIME_BASE;
    } else {
        for (unsigned i = 0; i < format->nb_streams; ++i) {
            const AVStream *stream = format->streams[i];
            if (stream->duration > 0 && stream->duration != AV_NOPTS_VALUE) {
                duration = std::max(duration, double(stream->duration) * av_q2d(stream->time_base));
            }
        }
    }
    m_info.durationSeconds = duration;
    if (format->bit_rate > 0) {
        m_info.bitRate = format->bit_rate;
    } else if (duration > 0) {
        m_info.bitRate = qint64(double(m_info.sizeBytes) * 8.0 / duration);
    }
    m_info.creationTime = parseCreationTime(format->metadata);

    if (m_audio != nullptr) {
        m_info.audioCodec = QString::fromLatin1(avcodec_get_name(m_audio->codecpar->codec_id));
    }

    if (m_video == nullptr) {
        if (m_audio != nullptr) {
            m_info.fail(MediaErrorKind::NotAVideo,
                        QStringLiteral("audio only (%1)").arg(m_info.audioCodec));
        } else {
            m_info.fail(MediaErrorKind::NotAVideo, QStringLiteral("no video stream"));
        }
        return;
    }

    const AVCodecParameters *par = m_video->codecpar;
    m_info.videoCodec = QString::fromLatin1(avcodec_get_name(par->codec_id));
    m_info.videoProfile = profileFromExtradata(par);
    m_info.videoBitRate = par->bit_rate;
    if (m_info.creationTime.isNull()) {
        m_info.creationTime = parseCreationTime(m_video->metadata);
    }

    AVRational rate = m_video->avg_frame_rate;
    if (rate.num <= 0 || rate.den <= 0) {
        rate = m_video->r_frame_rate;
    }
    if (rate.num > 0 && rate.den > 0) {
        m_info.frameRate = av_q2d(rate);
    }

    m_info.codedWidth = par->width;
    m_info.codedHeight = par->height;
    m_info.rotation = rotationOf(m_video);
    AVRational sar = m_video->sample_aspect_ratio;
    if (sar.num <= 0 || sar.den <= 0) {
        sar = par->sample_aspect_ratio;
    }
    int width = par->width;
    if (sar.num > 0 && sar.den > 0 && sar.num != sar.den) {
        width = int(std::lround(double(par->width) * sar.num / sar.den));
    }
    const bool quarterTurn = m_info.rotation == 90 || m_info.rotation == 270;
    m_info.width = quarterTurn ? par->height : width;
    m_info.height = quarterTurn ? width : par->height;

    if (par->width <= 0 || par->height <= 0) {
        m_info.fail(MediaErrorKind::Corrupt, QStringLiteral("the video stream has no frame size"));
        return;
    }

    // An index pointing past the end: cut short or still being uploaded.
    if (mov) {
        const int64_t end = indexEnd(format);
        if (end > m_info.sizeBytes) {
            m_info.fail(
                MediaErrorKind::Truncated,
                QStringLiteral("the index refers to %1 bytes but the file has %2 (cut short "
                               "or still being uploaded)")
                    .arg(end)
                    .arg(m_info.sizeBytes));
            return;
        }
    }
    m_info.ok = true;
}

void ProbeRun::makeThumbnail()
{
    const QString path = MediaProbe::thumbnailPath(
        m_info.file, m_options.thumbnailDir, m_options.thumbnailWidth);
    if (m_options.reuseThumbnails) {
        const QFileInfo cached(path);
        if (cached.isFile() && cached.size() > 0) {
            m_info.thumbnail = path;
            m_info.thumbnailFromCache = true;
            return;
        }
    }

    const AVCodecParameters *par = m_video->codecpar;
    if (par->width > kMaxDimension || par->height > kMaxDimension
        || int64_t(par->width) * par->height > m_options.maxPixels) {
        m_info.fail(MediaErrorKind::Unsupported,
                    QStringLiteral("frames of %1x%2 are over the size limit; no thumbnail")
                        .arg(par->width)
                        .arg(par->height));
        return;
    }
    const AVCodec *decoder = avcodec_find_decoder(par->codec_id);
    if (decoder == nullptr) {
        m_info.fail(MediaErrorKind::Unsupported,
                    QStringLiteral("no decoder for %1").arg(m_info.videoCodec));
        return;
    }
    m_codec.reset(avcodec_alloc_context3(decoder));
    m_frame.reset(av_frame_alloc());
    PacketPtr packet(av_packet_alloc());
    if (!m_codec || !m_frame || !packet) {
        m_info.fail(MediaErrorKind::Unsupported, QStringLiteral("out of memory"));
        return;
    }
    if (avcodec_parameters_to_context(m_codec.get(), par) < 0) {
        m_info.fail(MediaErrorKind::Corrupt, QStringLiteral("invalid video parameters"));
        return;
    }
    // One thread per clip (clips run in parallel); for one frame, threads
    // only add start-up and delay.
    m_codec->thread_count = 1;
    m_codec->max_pixels = m_options.maxPixels;
    m_codec->pkt_timebase = m_video->time_base;
    m_codec->flags2 |= AV_CODEC_FLAG2_FAST;
    // No deblocking: its block edges vanish when the frame is scaled down
    // to 400 px, and it is a fifth of the time of decoding a keyframe.
    m_codec->skip_loop_filter = AVDISCARD_ALL;
    AVDictionary *codecOptions = nullptr;
    const int opened = avcodec_open2(m_codec.get(), decoder, &codecOptions);
    av_dict_free(&codecOptions);
    mark("decoder");
    if (opened < 0) {
        m_info.fail(MediaErrorKind::Unsupported,
                    QStringLiteral("cannot open the %1 decoder (%2)")
                        .arg(m_info.videoCodec, avError(opened)));
        return;
    }

    AVFormatContext *format = m_format.get();
    for (unsigned i = 0; i < format->nb_streams; ++i) {
        format->streams[i]->discard = format->streams[i] == m_video ? AVDISCARD_DEFAULT
                                                                    : AVDISCARD_ALL;
    }

    // The keyframe at or before 10% of the duration.
    const int64_t start = m_video->start_time != AV_NOPTS_VALUE ? m_video->start_time : 0;
    const int64_t target = start
                           + av_rescale_q(int64_t(m_info.durationSeconds * 0.1 * AV_TIME_BASE),
                                          AV_TIME_BASE_Q,
                                          m_video->time_base);
    if (av_seek_frame(format, m_video->index, target, AVSEEK_FLAG_BACKWARD) < 0) {
        av_seek_frame(format, m_video->index, start, AVSEEK_FLAG_BACKWARD);
    }
    if (m_deadline.expired()) {
        timedOut();
        return;
    }

    std::optional<QImage> best;
    FrameLook bestLook;
    int keyframes = 0;
    int64_t firstKeyPos = -1;
    int64_t firstKeyTs = AV_NOPTS_VALUE;
    int readError = 0;
    int64_t scannedBytes = 0;
    int videoPackets = 0;
    while (keyframes < kMaxKeyframes) {
        const int rc = av_read_frame(format, packet.get());
        if (rc < 0) {
            readError = rc;
            break;
        }
        const bool usable = packet->stream_index == m_video->index
                            && (packet->flags & AV_PKT_FLAG_KEY) != 0
                            && (packet->flags & AV_PKT_FLAG_CORRUPT) == 0;
        scannedBytes += packet->size;
        videoPackets += packet->stream_index == m_video->index ? 1 : 0;
        if (!usable) {
            const bool scannedTooFar = scannedBytes > kMaxScanBytes;
            av_packet_unref(packet.get());
            if (scannedTooFar || m_deadline.expired()) {
                break;
            }
            continue;
        }
        if (firstKeyPos < 0) {
            firstKeyPos = packet->pos;
            firstKeyTs = packet->pts != AV_NOPTS_VALUE ? packet->pts : packet->dts;
        }
        mark("read");
        std::optional<QImage> image = decodeKeyframe(packet.get(), keyframes == 0);
        mark("scale");
        av_packet_unref(packet.get());
        ++keyframes;
        if (!image) {
            continue;
        }
        const FrameLook frameLook = look(*image);
        if (!best || frameLook.score() > bestLook.score()) {
            best = std::move(image);
            bestLook = frameLook;
        }
        if (frameLook.good()) {
            break;
        }
    }
    if (m_deadline.expired()) {
        timedOut();
        return;
    }

    // Long GOP and a dark start (a fade-in with one keyframe): decode on
    // from the first keyframe until a frame looks like something.
    if ((!best || !bestLook.good()) && keyframes < 2 && firstKeyTs != AV_NOPTS_VALUE) {
        avcodec_flush_buffers(m_codec.get());
        av_seek_frame(format, m_video->index, firstKeyTs, AVSEEK_FLAG_BACKWARD);
        // B-frames tell nothing more about where a fade ends.
        m_codec->skip_frame = AVDISCARD_NONREF;
        int frames = 0;
        int packets = 0;
        bool done = false;
        while (!done && frames < kMaxForwardFrames && packets < 2 * kMaxForwardFrames
               && !m_deadline.expired()) {
            const int rc = av_read_frame(format, packet.get());
            ++packets;
            if (rc < 0) {
                avcodec_send_packet(m_codec.get(), nullptr);
            } else if (packet->stream_index != m_video->index) {
                av_packet_unref(packet.get());
                continue;
            } else {
                avcodec_send_packet(m_codec.get(), packet.get());
                av_packet_unref(packet.get());
            }
            while (avcodec_receive_frame(m_codec.get(), m_frame.get()) >= 0) {
                ++frames;
                if (frames % 4 == 0) { // every 4th frame is plenty to find the end of a fade
                    QImage image = scale(m_frame.get());
                    if (!image.isNull()) {
                        const FrameLook frameLook = look(image);
                        if (!best || frameLook.score() > bestLook.score()) {
                            best = std::move(image);
                            bestLook = frameLook;
                        }
                        done = frameLook.good();
                    }
                }
                av_frame_unref(m_frame.get());
                if (done) {
                    break;
                }
            }
            if (rc < 0) {
                break;
            }
        }
    }
    if (m_deadline.expired()) {
        timedOut();
        return;
    }

    if (m_info.videoProfile.isEmpty() && m_codec->profile != FF_PROFILE_UNKNOWN) {
        if (const char *name = avcodec_profile_name(par->codec_id, m_codec->profile)) {
            m_info.videoProfile = QString::fromLatin1(name);
        }
    }

    if (!best) {
        if (videoPackets == 0 && readError == AVERROR_EOF) {
            m_info.fail(MediaErrorKind::Truncated,
                        QStringLiteral("the file ends before its first video frame"));
        } else if (readError == AVERROR_EXIT) {
            timedOut();
        } else {
            m_info.fail(MediaErrorKind::Corrupt,
                        QStringLiteral("no video frame could be decoded%1")
                            .arg(m_decodeError.isEmpty()
                                     ? QString()
                                     : QStringLiteral(" (%1)").arg(m_decodeError)));
        }
        return;
    }

    QImage image = *best;
    if (m_info.rotation != 0) {
        image = image.transformed(QTransform().rotate(m_info.rotation));
    }
    mark("fallback");
    if (writeThumbnail(image, path)) {
        mark("jpeg");
        m_info.thumbnail = path;
    }
}

// Decodes one keyframe on its own: send it, flush at once, take the frame.
std::optional<QImage> ProbeRun::decodeKeyframe(AVPacket *packet, bool first)
{
    AVCodecContext *codec = m_codec.get();
    if (!first) {
        avcodec_flush_buffers(codec);
    }
    int rc = avcodec_send_packet(codec, packet);
    if (rc < 0) {
        m_decodeError = avError(rc);
        return std::nullopt;
    }
    avcodec_send_packet(codec, nullptr);
    std::optional<QImage> image;
    while ((rc = avcodec_receive_frame(codec, m_frame.get())) >= 0) {
        mark("decode");
        if (!image) {
            QImage scaled = scale(m_frame.get());
            if (!scaled.isNull()) {
                image = std::move(scaled);
            }
        }
        av_frame_unref(m_frame.get());
    }
    if (rc != AVERROR_EOF && rc != AVERROR(EAGAIN)) {
        m_decodeError = avError(rc);
    }
    return image;
}

// Scales (once) to the thumbnail size before rotation, in RGB.
QImage ProbeRun::scale(const AVFrame *frame)
{
    if (frame->width <= 0 || frame->height <= 0) {
        return {};
    }
    double displayWidth = frame->width;
    const double displayHeight = frame->height;
    AVRational sar = frame->sample_aspect_ratio;
    if (sar.num <= 0 || sar.den <= 0) {
        sar = m_video->sample_aspect_ratio;
    }
    if (sar.num > 0 && sar.den > 0) {
        displayWidth = displayWidth * sar.num / sar.den;
    }
    const bool quarterTurn = m_info.rotation == 90 || m_info.rotation == 270;
    const double shownWidth = quarterTurn ? displayHeight : displayWidth;
    const double shownHeight = quarterTurn ? displayWidth : displayHeight;
    const int thumbWidth = std::max(16, m_options.thumbnailWidth);
    const int thumbHeight = std::clamp(
        int(std::lround(thumbWidth * shownHeight / shownWidth)), 2, thumbWidth * 10);
    const int outWidth = quarterTurn ? thumbHeight : thumbWidth;
    const int outHeight = quarterTurn ? thumbWidth : thumbHeight;

    const auto format = static_cast<AVPixelFormat>(frame->format);
    m_sws.reset(sws_getCachedContext(m_sws.release(),
                                     frame->width,
                                     frame->height,
                                     format,
                                     outWidth,
                                     outHeight,
                                     AV_PIX_FMT_RGB24,
                                     SWS_AREA,
                                     nullptr,
                                     nullptr,
                                     nullptr));
    if (!m_sws) {
        m_decodeError = QStringLiteral("cannot convert pixel format %1").arg(int(format));
        return {};
    }
    int colorspace = frame->colorspace;
    if (colorspace == AVCOL_SPC_UNSPECIFIED || colorspace == AVCOL_SPC_RGB) {
        colorspace = frame->height >= 720 ? AVCOL_SPC_BT709 : AVCOL_SPC_SMPTE170M;
    }
    const int fullRange = frame->color_range == AVCOL_RANGE_JPEG ? 1 : 0;
    int *inverseTable = nullptr;
    int *table = nullptr;
    int srcRange = 0;
    int dstRange = 0;
    int brightness = 0;
    int contrast = 0;
    int saturation = 0;
    if (sws_getColorspaceDetails(m_sws.get(),
                                 &inverseTable,
                                 &srcRange,
                                 &table,
                                 &dstRange,
                                 &brightness,
                                 &contrast,
                                 &saturation)
        >= 0) {
        sws_setColorspaceDetails(m_sws.get(),
                                 sws_getCoefficients(colorspace),
                                 fullRange != 0 ? 1 : srcRange,
                                 table,
                                 1,
                                 brightness,
                                 contrast,
                                 saturation);
    }

    QImage image(outWidth, outHeight, QImage::Format_RGB888);
    if (image.isNull()) {
        return {};
    }
    uint8_t *dst[4] = {image.bits(), nullptr, nullptr, nullptr};
    const int dstStride[4] = {int(image.bytesPerLine()), 0, 0, 0};
    const int rows = sws_scale(
        m_sws.get(), frame->data, frame->linesize, 0, frame->height, dst, dstStride);
    if (rows <= 0) {
        return {};
    }
    return image;
}

bool ProbeRun::writeThumbnail(const QImage &image, const QString &path)
{
    // Written beside, then renamed: readers never see half a JPEG. No fsync
    // (QSaveFile's costs more than the rest of a thumbnail): it is a cache.
    const QString dir = QFileInfo(path).absolutePath();
    QDir().mkpath(dir);
    const QString partial = QStringLiteral("%1.%2.part").arg(path).arg(::getpid());
    QFile out(partial);
    bool written = out.open(QIODevice::WriteOnly | QIODevice::Truncate)
                   && image.save(&out, "JPG", kJpegQuality);
    const QString reason = out.errorString();
    out.close();
    written = written
              && ::rename(QFile::encodeName(partial).constData(),
                          QFile::encodeName(path).constData())
                     == 0;
    if (!written) {
        QFile::remove(partial);
        m_info.fail(MediaErrorKind::Unreadable,
                    QStringLiteral("cannot write the thumbnail %1 (%2)").arg(path, reason));
        return false;
    }
    return true;
}

} // namespace

MediaProbe::MediaProbe() = default;

MediaProbe::MediaProbe(const Options &options)
    : m_options(options)
{}

MediaInfo MediaProbe::probe(const QString &file) const
{
    installLogCallback();
    QElapsedTimer timer;
    timer.start();
    MediaInfo info = ProbeRun(file, m_options).run();
    info.elapsedMs = timer.elapsed();
    qCDebug(lcMedia) << "probed" << file << "in" << info.elapsedMs
                     << "ms:" << (info.ok ? QStringLiteral("ok") : info.error);
    return info;
}

QString MediaProbe::thumbnailPath(const QString &file, const QString &dir, int width)
{
    const QFileInfo info(file);
    const QString key = info.absoluteFilePath() + u'\n' + QString::number(info.size()) + u'\n'
                        + QString::number(info.lastModified().toMSecsSinceEpoch()) + u'\n'
                        + QString::number(width);
    const QByteArray hash =
        QCryptographicHash::hash(key.toUtf8(), QCryptographicHash::Sha1).toHex().left(24);
    return QDir(dir).filePath(QString::fromLatin1(hash) + QStringLiteral(".jpg"));
}

QString MediaProbe::allowedFormats()
{
    return QString::fromLatin1(kAllowedFormats);
}

} // namespace Bfs
