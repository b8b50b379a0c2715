#pragma once

#include <QWidget>

#include "domain/post.h"
#include "domain/records.h"
#include "result.h"
#include "uicontext.h"

class QComboBox;
class QDateEdit;
class QLineEdit;
class QListWidget;
class QPlainTextEdit;
class QPushButton;
class QTableWidget;

namespace Bfs::Ui {

class VideoPlayerWidget;

// A library post as the release manager shows it.
struct LibraryPostState
{
    Post post;
    QList<Release> releases;
    QList<VideoClip> clips;
};

// The release manager of one Video Library post: its releases (create,
// rename, date, notes, delete; a deleted release's clips go back to
// unsorted, never away), the clips of the chosen release with their status
// and its history, a player, and "schedule this release" through the same
// SocialScheduler as image posts. Every write runs on the database pool and
// reloads the post; GUI thread only.
class ReleaseManager final : public QWidget
{
    Q_OBJECT

public:
    explicit ReleaseManager(const UiContext &context, QWidget *parent = nullptr);

    Q_DISABLE_COPY_MOVE(ReleaseManager)

    void showPost(qint64 postId);

    const LibraryPostState &state() const { return m_state; }

    qint64 currentReleaseId() const;
    qint64 currentClipId() const;

    QListWidget *releaseList() const { return m_releases; }

    QTableWidget *clipTable() const { return m_clips; }

    QListWidget *historyList() const { return m_history; }

    void createRelease(const QString &name);
    void saveRelease(const Release &release);
    void deleteRelease(qint64 releaseId);
    void setClipStatus(qint64 clipId, const QString &status, const QString &comment);
    void scheduleRelease(qint64 releaseId);

    static QStringList statuses();

signals:
    void postLoaded();
    void historyLoaded(qint64 clipId);
    void statusMessage(const QString &text);
    // A release was deleted or clips changed: the Sorter should reload.
    void clipsChanged();

private:
    void setupWidgets();
    QWidget *buildReleaseSide();
    QWidget *buildClipSide();
    void connectSignals();
    template<typename Write>
    void writeAndReload(Write write, const QString &doneMessage);
    void applyState(const Result<LibraryPostState> &state);
    void showRelease();
    void showClip();
    void saveEditedRelease();
    void confirmDelete();

    UiContext m_context;
    LibraryPostState m_state;
    QListWidget *m_releases = nullptr;
    QLineEdit *m_name = nullptr;
    QDateEdit *m_date = nullptr;
    QPlainTextEdit *m_notes = nullptr;
    QPushButton *m_new = nullptr;
    QPushButton *m_save = nullptr;
    QPushButton *m_delete = nullptr;
    QPushButton *m_schedule = nullptr;
    QTableWidget *m_clips = nullptr;
    QComboBox *m_status = nullptr;
    QLineEdit *m_comment = nullptr;
    QPushButton *m_setStatus = nullptr;
    QListWidget *m_history = nullptr;
    VideoPlayerWidget *m_player = nullptr;
};

} // namespace Bfs::Ui
