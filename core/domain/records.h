#pragma once

#include <QDate>
#include <QDateTime>
#include <QJsonObject>
#include <QString>

namespace Bfs {

struct Office
{
    qint64 id = 0;
    QString name;
    QString shortCode;
    QString timeZone;
    bool active = true;
};

struct SocialAccount
{
    qint64 id = 0;
    QString platform;
    QString handle;
    bool active = true;
};

// One row of status_history: who moved a post from one status to another.
struct StatusChange
{
    qint64 id = 0;
    qint64 postId = 0;
    QString fromStatus;
    QString toStatus;
    QString changedBy;
    QDateTime changedAt;
    QString stage;
    QString reasonCode;
    QString comment;
};

struct Release
{
    qint64 id = 0;
    qint64 postId = 0;
    QString name;
    QDate plannedDate;
    QString notes;
    QDateTime createdAt;
};

// One clip of a video post, with what the media pipeline read from it.
struct VideoClip
{
    qint64 id = 0;
    qint64 postId = 0;
    qint64 releaseId = 0;
    qint64 officeId = 0;
    QString officeName;
    QString platform;
    QString remoteItemId;
    QString fileName;
    QString localPath;
    qint64 sizeBytes = 0;
    double durationSeconds = 0;
    int width = 0;
    int height = 0;
    int rotation = 0;
    QString videoCodec;
    QString audioCodec;
    qint64 bitRate = 0;
    double frameRate = 0;
    QString thumbnailPath;
    QString status = QStringLiteral("available");
    QDateTime syncedAt;
};

struct OrchestratorRun
{
    qint64 id = 0;
    QString task;
    QString trigger;
    QString host;
    QDateTime dueAt;
    QDateTime startedAt;
    QDateTime finishedAt;
    QString status;
    int itemsProcessed = 0;
    int costCents = 0;
    QString message;
    QJsonObject details;
};

struct AnalyticsReport
{
    qint64 id = 0;
    QDate weekStart;
    QDateTime createdAt;
    int postsGenerated = 0;
    int target = 0;
    double stage1ApprovalRate = 0;
    double stage2ApprovalRate = 0;
    QJsonObject report;
};

struct BackupRecord
{
    qint64 id = 0;
    qint64 postId = 0;
    QString remotePath;
    QString contentHash;
    QDateTime backedUpAt;
};

// A notification kept in the app, whether or not Teams also received it.
struct Notification
{
    qint64 id = 0;
    QString kind;
    QString title;
    QString body;
    QString link;
    QDateTime createdAt;
    bool read = false;
};

} // namespace Bfs
