// The floor for bench_media: the least a libav program can do for a
// thumbnail. Opens the file (no stream analysis), seeks to the keyframe at
// or before 10% of the duration, decodes that one frame with one thread,
// scales it to 400 px wide RGB with swscale. No JPEG, no checks, no
// isolation. `bench_media_floor [--threads N] FILE...` (N files at a time).

extern "C" {
#include <libavcodec/avcodec.h>
#include <libavformat/avformat.h>
#include <libavutil/imgutils.h>
#include <libswscale/swscale.h>
}

#include <atomic>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <thread>
#include <vector>

namespace {

bool keyframeThumbnail(const char *path)
{
    AVFormatContext *format = nullptr;
    if (avformat_open_input(&format, path, nullptr, nullptr) < 0) {
        return false;
    }
    bool ok = false;
    AVCodecContext *codec = nullptr;
    AVPacket *packet = av_packet_alloc();
    AVFrame *frame = av_frame_alloc();
    const int index = av_find_best_stream(format, AVMEDIA_TYPE_VIDEO, -1, -1, nullptr, 0);
    if (index >= 0) {
        AVStream *stream = format->streams[index];
        const AVCodec *decoder = avcodec_find_decoder(stream->codecpar->codec_id);
        codec = avcodec_alloc_context3(decoder);
        avcodec_parameters_to_context(codec, stream->codecpar);
        codec->thread_count = 1;
        if (avcodec_open2(codec, decoder, nullptr) >= 0) {
            const int64_t target = av_rescale_q(
                format->duration / 10, AV_TIME_BASE_Q, stream->time_base);
            av_seek_frame(format, index, target, AVSEEK_FLAG_BACKWARD);
            while (av_read_frame(format, packet) >= 0) {
                if (packet->stream_index == index) {
                    avcodec_send_packet(codec, packet);
                    avcodec_send_packet(codec, nullptr);
                    av_packet_unref(packet);
                    break;
                }
                av_packet_unref(packet);
            }
            if (avcodec_receive_frame(codec, frame) >= 0) {
                const int width = 400;
                const int height = frame->height * width / frame->width;
                SwsContext *sws = sws_getContext(frame->width,
                                                 frame->height,
                                                 AVPixelFormat(frame->format),
                                                 width,
                                                 height,
                                                 AV_PIX_FMT_RGB24,
                                                 SWS_AREA,
                                                 nullptr,
                                                 nullptr,
                                                 nullptr);
                uint8_t *data[4];
                int lines[4];
                if (sws != nullptr
                    && av_image_alloc(data, lines, width, height, AV_PIX_FMT_RGB24, 32) >= 0) {
                    ok = sws_scale(sws, frame->data, frame->linesize, 0, frame->height, data, lines)
                         > 0;
                    av_freep(&data[0]);
                }
                sws_freeContext(sws);
            }
        }
    }
    av_frame_free(&frame);
    av_packet_free(&packet);
    avcodec_free_context(&codec);
    avformat_close_input(&format);
    return ok;
}

} // namespace

int main(int argc, char **argv)
{
    av_log_set_level(AV_LOG_QUIET);
    int threads = 1;
    std::vector<const char *> files;
    for (int i = 1; i < argc; ++i) {
        if (std::strcmp(argv[i], "--threads") == 0 && i + 1 < argc) {
            threads = std::max(1, std::atoi(argv[++i]));
        } else {
            files.push_back(argv[i]);
        }
    }
    std::atomic<size_t> next = 0;
    std::atomic<int> failed = 0;
    std::vector<std::thread> pool;
    for (int t = 0; t < threads; ++t) {
        pool.emplace_back([&] {
            for (size_t i = next++; i < files.size(); i = next++) {
                if (!keyframeThumbnail(files[i])) {
                    ++failed;
                    std::fprintf(stderr, "bench_media_floor: cannot read %s\n", files[i]);
                }
            }
        });
    }
    for (std::thread &thread : pool) {
        thread.join();
    }
    return failed == 0 ? 0 : 1;
}
