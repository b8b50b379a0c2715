#pragma once

#include <optional>

#include <QDate>
#include <QList>
#include <QMap>

#include "db/database.h"
#include "domain/post.h"
#include "result.h"

namespace Bfs {

struct PostFilter
{
    std::optional<PostStatus> status;
    std::optional<PostKind> kind;
    QDate weekStart;
    // Case-insensitive match on title and topic.
    QString search;
    int limit = -1;
    int offset = 0;
};

// content_library with its office and account assignments. Status changes
// go through PostWorkflow, never through here, so every one is checked and
// written to status_history.
class PostRepository final
{
public:
    explicit PostRepository(DatabasePtr database);

    // Inserts a new post, linking it to the offices and accounts it names.
    [[nodiscard]] Result<qint64> insert(const Post &post);

    [[nodiscard]] Result<Post> find(qint64 id) const;
    [[nodiscard]] Result<QList<Post>> list(const PostFilter &filter) const;
    [[nodiscard]] Result<int> count(const PostFilter &filter) const;
    [[nodiscard]] Result<QMap<PostStatus, int>> countByStatus() const;
    [[nodiscard]] Result<QStringList> titlesForWeek(const QDate &weekStart) const;

    // Edits made before approval (captions). Refuses a stale version with
    // "changed by NAME at TIME"; returns the new version.
    [[nodiscard]] Result<int> updateCaptions(qint64 id,
                                             int expectedVersion,
                                             const QMap<Platform, QString> &captions,
                                             const QString &actor);

    // Bookkeeping by the tasks; each bumps the version so an open editor
    // notices that the post changed under it.
    [[nodiscard]] VoidResult setImages(qint64 id, const QMap<ImageSize, QString> &images);
    [[nodiscard]] VoidResult setVideoFolder(qint64 id, const QString &folder);
    [[nodiscard]] VoidResult setVideoCount(qint64 id, int count);
    [[nodiscard]] VoidResult setExternalIds(qint64 id, const QJsonObject &externalIds);

private:
    [[nodiscard]] VoidResult attachOwners(qint64 postId, const Post &post);
    [[nodiscard]] VoidResult loadOwners(QList<Post> &posts) const;
    [[nodiscard]] VoidResult touch(qint64 id, const QString &assignment, const QVariant &value);

    DatabasePtr m_database;
};

// A post's text columns, shared with the workflow's updates.
QString captionsToJson(const QMap<Platform, QString> &captions);
QString platformsToJson(const QList<Platform> &platforms);
QString platformImagesToJson(const QList<ImageSize> &sizes, const QMap<ImageSize, QString> &images);

} // namespace Bfs
