#pragma once

#include <optional>

#include <QDate>
#include <QDateTime>
#include <QJsonObject>
#include <QMap>
#include <QString>
#include <QStringList>

#include "platform.h"

namespace Bfs {

enum class PostKind {
    Image,
    Video,
};

// The workflow of SPEC.md. Image posts run PendingApproval → PendingDesign →
// DesignComplete → Approved → Published; video posts run PendingApproval →
// PendingVideoUpload → VideoReview → VideoLibrary. Either may be Rejected.
enum class PostStatus {
    PendingApproval,
    PendingDesign,
    DesignComplete,
    Approved,
    Published,
    Rejected,
    PendingVideoUpload,
    VideoReview,
    VideoLibrary,
};

enum class DesignMode {
    Full,
    BackgroundOnly,
};

QString postKindKey(PostKind kind);
std::optional<PostKind> postKindFromKey(const QString &key);

QString postStatusKey(PostStatus status);
std::optional<PostStatus> postStatusFromKey(const QString &key);
QList<PostStatus> allPostStatuses();

QString designModeKey(DesignMode mode);
std::optional<DesignMode> designModeFromKey(const QString &key);

// One row of content_library with the names of its offices and accounts.
struct Post
{
    qint64 id = 0;
    QDate weekStart;
    PostKind kind = PostKind::Image;
    QString title;
    QString topic;
    QMap<Platform, QString> captions;
    QList<Platform> platforms;
    QList<ImageSize> imageSizes;
    QMap<ImageSize, QString> images;
    QString videoConcept;
    QString videoScript;
    DesignMode designMode = DesignMode::Full;
    PostStatus status = PostStatus::PendingApproval;
    int version = 1;
    QDateTime createdAt;
    QDateTime updatedAt;
    QString updatedBy;
    QDateTime statusChangedAt;
    QString videoFolder;
    int videoCount = 0;
    QJsonObject externalIds;
    QStringList offices;
    QStringList accounts;
};

} // namespace Bfs
