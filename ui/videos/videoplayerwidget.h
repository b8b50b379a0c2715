#pragma once

#include <QWidget>

class QAudioOutput;
class QLabel;
class QMediaPlayer;
class QPushButton;
class QSlider;
class QVideoWidget;

namespace Bfs::Ui {

// Plays one clip: play/pause, a seek bar, and frame steps (pause, then
// move by one frame at the clip's frame rate).
class VideoPlayerWidget final : public QWidget
{
    Q_OBJECT

public:
    explicit VideoPlayerWidget(QWidget *parent = nullptr);

    Q_DISABLE_COPY_MOVE(VideoPlayerWidget)

    // An empty path clears the player. frameRate 0 means 25 fps.
    void setClip(const QString &path, double frameRate);

    QMediaPlayer *player() const { return m_player; }

public slots:
    void togglePlay();
    void stepForward();
    void stepBack();

private:
    void setupWidgets();
    void connectSignals();
    void showPosition(qint64 positionMs);
    void step(int frames);

    QMediaPlayer *m_player = nullptr;
    QAudioOutput *m_audio = nullptr;
    QVideoWidget *m_video = nullptr;
    QPushButton *m_play = nullptr;
    QPushButton *m_back = nullptr;
    QPushButton *m_forward = nullptr;
    QSlider *m_seek = nullptr;
    QLabel *m_time = nullptr;
    double m_frameRate = 25;
};

} // namespace Bfs::Ui
