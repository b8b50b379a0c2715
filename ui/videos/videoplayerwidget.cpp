#include "videoplayerwidget.h"

#include <QAudioOutput>
#include <QHBoxLayout>
#include <QLabel>
#include <QMediaPlayer>
#include <QPushButton>
#include <QSlider>
#include <QUrl>
#include <QVBoxLayout>
#include <QVideoWidget>

#include "sortersnapshot.h"

namespace Bfs::Ui {

namespace {

constexpr double kDefaultFrameRate = 25;

} // namespace

VideoPlayerWidget::VideoPlayerWidget(QWidget *parent)
    : QWidget(parent)
    , m_player(new QMediaPlayer(this))
    , m_audio(new QAudioOutput(this))
{
    setupWidgets();
    connectSignals();
}

void VideoPlayerWidget::setupWidgets()
{
    m_video = new QVideoWidget(this);
    m_video->setMinimumSize(320, 180);
    m_video->setAccessibleName(tr("Clip preview"));
    m_player->setVideoOutput(m_video);
    m_player->setAudioOutput(m_audio);
    m_play = new QPushButton(tr("Play"), this);
    m_play->setAccessibleName(tr("Play or pause"));
    m_back = new QPushButton(tr("◀ Frame"), this);
    m_back->setAccessibleName(tr("Previous frame"));
    m_forward = new QPushButton(tr("Frame ▶"), this);
    m_forward->setAccessibleName(tr("Next frame"));
    m_seek = new QSlider(Qt::Horizontal, this);
    m_seek->setAccessibleName(tr("Position"));
    m_time = new QLabel(this);

    auto *controls = new QHBoxLayout;
    controls->addWidget(m_play);
    controls->addWidget(m_back);
    controls->addWidget(m_forward);
    controls->addWidget(m_seek, 1);
    controls->addWidget(m_time);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_video, 1);
    layout->addLayout(controls);
    setEnabled(false);
}

void VideoPlayerWidget::connectSignals()
{
    connect(m_play, &QPushButton::clicked, this, &VideoPlayerWidget::togglePlay);
    connect(m_back, &QPushButton::clicked, this, &VideoPlayerWidget::stepBack);
    connect(m_forward, &QPushButton::clicked, this, &VideoPlayerWidget::stepForward);
    connect(m_seek, &QSlider::sliderMoved, m_player, &QMediaPlayer::setPosition);
    connect(m_player, &QMediaPlayer::durationChanged, this, [this](qint64 duration) {
        m_seek->setRange(0, int(duration));
    });
    connect(m_player, &QMediaPlayer::positionChanged, this, &VideoPlayerWidget::showPosition);
    connect(m_player,
            &QMediaPlayer::playbackStateChanged,
            this,
            [this](QMediaPlayer::PlaybackState state) {
                m_play->setText(state == QMediaPlayer::PlayingState ? tr("Pause") : tr("Play"));
            });
}

void VideoPlayerWidget::setClip(const QString &path, double frameRate)
{
    m_player->stop();
    m_frameRate = frameRate > 0 ? frameRate : kDefaultFrameRate;
    m_player->setSource(path.isEmpty() ? QUrl() : QUrl::fromLocalFile(path));
    setEnabled(!path.isEmpty());
    showPosition(0);
}

void VideoPlayerWidget::togglePlay()
{
    if (m_player->playbackState() == QMediaPlayer::PlayingState) {
        m_player->pause();
    } else {
        m_player->play();
    }
}

void VideoPlayerWidget::stepForward()
{
    step(1);
}

void VideoPlayerWidget::stepBack()
{
    step(-1);
}

void VideoPlayerWidget::step(int frames)
{
    m_player->pause();
    const qint64 frameMs = qMax<qint64>(1, qRound64(1000.0 / m_frameRate));
    const qint64 target = m_player->position() + frames * frameMs;
    m_player->setPosition(qBound<qint64>(0, target, qMax<qint64>(0, m_player->duration())));
}

void VideoPlayerWidget::showPosition(qint64 positionMs)
{
    if (!m_seek->isSliderDown()) {
        m_seek->setValue(int(positionMs));
    }
    m_time->setText(tr("%1 / %2").arg(formatDuration(double(positionMs) / 1000),
                                      formatDuration(double(m_player->duration()) / 1000)));
}

} // namespace Bfs::Ui
