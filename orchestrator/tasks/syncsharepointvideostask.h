#pragma once

#include <QJsonArray>
#include <QList>

#include "clipname.h"
#include "domain/post.h"
#include "filestore.h"
#include "task.h"

namespace Bfs {

struct MediaInfo;

// sync_sharepoint_videos: looks into the upload folder of every video post
// waiting for or reviewing clips. Each new "{Office}_{Platform}.ext" file is
// copied under <dataDir>/videos/, read by the media pipeline (metadata and
// a 400 px thumbnail in <dataDir>/thumbnails/, in crash-isolated helper
// processes) and recorded in video_files; the post's clip count follows and
// a post in pending_video_upload moves to video_review.
//
// Never fatal: a clip already known (same remote id, or same name and
// size) is skipped; a file whose size changed between two looks is still
// uploading and left for the next run; bad names, unknown offices or
// platforms and unreadable clips are listed in the run's details
// ("problems") and told once on the Dashboard, and nothing of them is
// imported. A missing folder or an unreachable store is a warning.
class SyncSharePointVideosTask final : public Task
{
public:
    // workerExecutable: our own executable, run as `media-worker`; empty
    // means this process's executable (the app).
    explicit SyncSharePointVideosTask(const QString &workerExecutable = {});

    QString name() const override;
    QString defaultSchedule() const override;
    QString description() const override;
    TaskOutcome run(TaskContext &context) override;

private:
    struct Candidate
    {
        Post post;
        RemoteItem item;
        ClipName name;
        QString localPath;
    };

    struct Report
    {
        int known = 0;
        QJsonArray problems;
        QJsonArray warnings;
        QJsonArray growing;
        QList<Candidate> ready;
    };

    void scanPost(const TaskContext &context, const Post &post, Report &report) const;
    void fetch(const TaskContext &context, QList<Candidate> &candidates, Report &report) const;
    [[nodiscard]] Result<QMap<qint64, int>> import(const TaskContext &context,
                                                   Report &report) const;
    [[nodiscard]] VoidResult updatePosts(const TaskContext &context,
                                         const QMap<qint64, int> &imported) const;
    void tellPeople(const TaskContext &context, const Report &report, int clips) const;
    static void addProblem(
        Report &report, const Post &post, const QString &file, const QString &reason, qint64 size);

    QString m_workerExecutable;
};

} // namespace Bfs
