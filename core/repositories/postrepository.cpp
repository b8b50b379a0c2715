#include "postrepository.h"

#include <QJsonArray>
#include <QJsonDocument>

#include "db/sqlquery.h"
#include "db/sqltime.h"
#include "db/transaction.h"
#include "stalecheck.h"

namespace Bfs {

namespace {

const QString kPostColumns = QStringLiteral(
    "id, week_start, kind, title, topic, captions, platforms, platform_images, video_concept, "
    "video_script, design_mode, status, version, created_at, updated_at, updated_by, "
    "status_changed_at, video_folder, video_count, external_ids");

QJsonObject parseObject(const QVariant &text)
{
    return QJsonDocument::fromJson(text.toString().toUtf8()).object();
}

QJsonArray parseArray(const QVariant &text)
{
    return QJsonDocument::fromJson(text.toString().toUtf8()).array();
}

QList<Platform> platformsFromJson(const QJsonArray &array)
{
    QList<Platform> platforms;
    for (const auto &value : array) {
        if (const auto platform = platformFromKey(value.toString())) {
            platforms.append(*platform);
        }
    }
    return platforms;
}

void readImages(const QJsonObject &platformImages, Post &post)
{
    const QJsonArray sizes = platformImages.value(QLatin1String("sizes")).toArray();
    for (const auto &value : sizes) {
        if (const auto size = imageSizeFromKey(value.toString())) {
            post.imageSizes.append(*size);
        }
    }
    const QJsonObject paths = platformImages.value(QLatin1String("paths")).toObject();
    for (auto it = paths.begin(); it != paths.end(); ++it) {
        if (const auto size = imageSizeFromKey(it.key())) {
            post.images.insert(*size, it.value().toString());
        }
    }
}

Post readPost(const SqlQuery &query)
{
    Post post;
    post.id = query.value(0).toLongLong();
    post.weekStart = fromSqlDate(query.value(1));
    post.kind = postKindFromKey(query.value(2).toString()).value_or(PostKind::Image);
    post.title = query.value(3).toString();
    post.topic = query.value(4).toString();
    const QJsonObject captions = parseObject(query.value(5));
    for (auto it = captions.begin(); it != captions.end(); ++it) {
        if (const auto platform = platformFromKey(it.key())) {
            post.captions.insert(*platform, it.value().toString());
        }
    }
    post.platforms = platformsFromJson(parseArray(query.value(6)));
    readImages(parseObject(query.value(7)), post);
    post.videoConcept = query.value(8).toString();
    post.videoScript = query.value(9).toString();
    post.designMode = designModeFromKey(query.value(10).toString()).value_or(DesignMode::Full);
    post.status =
        postStatusFromKey(query.value(11).toString()).value_or(PostStatus::PendingApproval);
    post.version = query.value(12).toInt();
    post.createdAt = fromSqlTime(query.value(13));
    post.updatedAt = fromSqlTime(query.value(14));
    post.updatedBy = query.value(15).toString();
    post.statusChangedAt = fromSqlTime(query.value(16));
    post.videoFolder = query.value(17).toString();
    post.videoCount = query.value(18).toInt();
    post.externalIds = parseObject(query.value(19));
    return post;
}

// The WHERE clause of a filter and the values it binds, in order.
struct Where
{
    QString clause;
    QVariantList values;
};

Where whereFor(const PostFilter &filter)
{
    QStringList conditions;
    QVariantList values;
    if (filter.status) {
        conditions << QStringLiteral("status = ?");
        values << postStatusKey(*filter.status);
    }
    if (filter.kind) {
        conditions << QStringLiteral("kind = ?");
        values << postKindKey(*filter.kind);
    }
    if (filter.weekStart.isValid()) {
        conditions << QStringLiteral("week_start = ?");
        values << toSqlDate(filter.weekStart);
    }
    if (!filter.search.isEmpty()) {
        conditions << QStringLiteral("(LOWER(title) LIKE ? OR LOWER(topic) LIKE ?)");
        const QString pattern = QLatin1Char('%') + filter.search.toLower() + QLatin1Char('%');
        values << pattern << pattern;
    }
    const QString clause = conditions.isEmpty() ? QString()
                                                : QStringLiteral(" WHERE ")
                                                      + conditions.join(QLatin1String(" AND "));
    return {clause, values};
}

} // namespace

QString captionsToJson(const QMap<Platform, QString> &captions)
{
    QJsonObject object;
    for (auto it = captions.begin(); it != captions.end(); ++it) {
        object.insert(platformKey(it.key()), it.value());
    }
    return QString::fromUtf8(QJsonDocument(object).toJson(QJsonDocument::Compact));
}

QString platformsToJson(const QList<Platform> &platforms)
{
    QJsonArray array;
    for (const Platform platform : platforms) {
        array.append(platformKey(platform));
    }
    return QString::fromUtf8(QJsonDocument(array).toJson(QJsonDocument::Compact));
}

QString platformImagesToJson(const QList<ImageSize> &sizes, const QMap<ImageSize, QString> &images)
{
    QJsonArray sizeArray;
    for (const ImageSize size : sizes) {
        sizeArray.append(imageSizeKey(size));
    }
    QJsonObject paths;
    for (auto it = images.begin(); it != images.end(); ++it) {
        paths.insert(imageSizeKey(it.key()), it.value());
    }
    const QJsonObject object{{QStringLiteral("sizes"), sizeArray},
                             {QStringLiteral("paths"), paths}};
    return QString::fromUtf8(QJsonDocument(object).toJson(QJsonDocument::Compact));
}

PostRepository::PostRepository(DatabasePtr database)
    : m_database(std::move(database))
{}

Result<qint64> PostRepository::insert(const Post &post)
{
    Transaction transaction(m_database->connection(), m_database->engine());
    if (auto begun = transaction.begin(); !begun) {
        return begun.error();
    }

    const QVariant now = toSqlTime(m_database->currentTime());
    SqlQuery query(
        m_database->connection(),
        QStringLiteral("INSERT INTO content_library (week_start, kind, title, topic, captions, "
                       "platforms, platform_images, video_concept, video_script, design_mode, "
                       "status, version, created_at, updated_at, updated_by, status_changed_at) "
                       "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 1, ?, ?, ?, ?) RETURNING id"));
    query.bind(toSqlDate(post.weekStart))
        .bind(postKindKey(post.kind))
        .bind(post.title)
        .bind(post.topic)
        .bind(captionsToJson(post.captions))
        .bind(platformsToJson(post.platforms))
        .bind(platformImagesToJson(post.imageSizes, post.images))
        .bind(post.videoConcept)
        .bind(post.videoScript)
        .bind(designModeKey(post.designMode))
        .bind(postStatusKey(post.status))
        .bind(now)
        .bind(now)
        .bind(post.updatedBy)
        .bind(now);
    const auto id = query.scalar();
    if (!id) {
        return id.error();
    }
    if (auto attached = attachOwners(id->toLongLong(), post); !attached) {
        return attached.error();
    }
    if (auto committed = transaction.commit(); !committed) {
        return committed.error();
    }
    return id->toLongLong();
}

VoidResult PostRepository::attachOwners(qint64 postId, const Post &post)
{
    for (const QString &office : post.offices) {
        SqlQuery query(m_database->connection(),
                       QStringLiteral("INSERT INTO office_assignments (post_id, office_id) "
                                      "SELECT ?, id FROM offices WHERE name = ?"));
        query.bind(postId).bind(office);
        if (auto done = query.exec(); !done) {
            return done;
        }
        if (query.rowsAffected() != 1) {
            return makeError(ErrorCode::NotFound,
                             QStringLiteral("there is no office named \"%1\"").arg(office));
        }
    }
    for (const QString &handle : post.accounts) {
        SqlQuery query(m_database->connection(),
                       QStringLiteral("INSERT INTO office_assignments (post_id, social_account_id) "
                                      "SELECT ?, id FROM social_accounts WHERE handle = ?"));
        query.bind(postId).bind(handle);
        if (auto done = query.exec(); !done) {
            return done;
        }
        if (query.rowsAffected() < 1) {
            return makeError(ErrorCode::NotFound,
                             QStringLiteral("there is no account \"%1\"").arg(handle));
        }
    }
    return {};
}

Result<Post> PostRepository::find(qint64 id) const
{
    SqlQuery query(m_database->connection(),
                   QStringLiteral("SELECT ") + kPostColumns
                       + QStringLiteral(" FROM content_library WHERE id = ?"));
    query.bind(id);
    if (auto done = query.exec(); !done) {
        return done.error();
    }
    if (!query.next()) {
        return makeError(ErrorCode::NotFound, QStringLiteral("there is no post %1").arg(id));
    }
    QList<Post> posts{readPost(query)};
    if (auto loaded = loadOwners(posts); !loaded) {
        return loaded.error();
    }
    return posts.first();
}

Result<QList<Post>> PostRepository::list(const PostFilter &filter) const
{
    const Where where = whereFor(filter);
    QString sql = QStringLiteral("SELECT ") + kPostColumns + QStringLiteral(" FROM content_library")
                  + where.clause + QStringLiteral(" ORDER BY id");
    if (filter.limit >= 0) {
        sql += QStringLiteral(" LIMIT %1 OFFSET %2").arg(filter.limit).arg(filter.offset);
    }

    SqlQuery query(m_database->connection(), sql);
    for (const QVariant &value : where.values) {
        query.bind(value);
    }
    if (auto done = query.exec(); !done) {
        return done.error();
    }
    QList<Post> posts;
    while (query.next()) {
        posts.append(readPost(query));
    }
    if (auto loaded = loadOwners(posts); !loaded) {
        return loaded.error();
    }
    return posts;
}

Result<int> PostRepository::count(const PostFilter &filter) const
{
    const Where where = whereFor(filter);
    SqlQuery query(m_database->connection(),
                   QStringLiteral("SELECT COUNT(*) FROM content_library") + where.clause);
    for (const QVariant &value : where.values) {
        query.bind(value);
    }
    const auto count = query.scalar();
    if (!count) {
        return count.error();
    }
    return count->toInt();
}

Result<QMap<PostStatus, int>> PostRepository::countByStatus() const
{
    SqlQuery query(m_database->connection(),
                   QStringLiteral("SELECT status, COUNT(*) FROM content_library GROUP BY status"));
    if (auto done = query.exec(); !done) {
        return done.error();
    }
    QMap<PostStatus, int> counts;
    for (const PostStatus status : allPostStatuses()) {
        counts.insert(status, 0);
    }
    while (query.next()) {
        if (const auto status = postStatusFromKey(query.value(0).toString())) {
            counts.insert(*status, query.value(1).toInt());
        }
    }
    return counts;
}

Result<QStringList> PostRepository::titlesForWeek(const QDate &weekStart) const
{
    SqlQuery query(m_database->connection(),
                   QStringLiteral("SELECT title FROM content_library WHERE week_start = ?"));
    query.bind(toSqlDate(weekStart));
    if (auto done = query.exec(); !done) {
        return done.error();
    }
    QStringList titles;
    while (query.next()) {
        titles.append(query.value(0).toString());
    }
    return titles;
}

VoidResult PostRepository::loadOwners(QList<Post> &posts) const
{
    if (posts.isEmpty()) {
        return {};
    }
    QHash<qint64, Post *> byId;
    QStringList placeholders;
    for (Post &post : posts) {
        byId.insert(post.id, &post);
        placeholders << QStringLiteral("?");
    }

    SqlQuery query(m_database->connection(),
                   QStringLiteral("SELECT a.post_id, o.name, s.handle FROM office_assignments a "
                                  "LEFT JOIN offices o ON o.id = a.office_id "
                                  "LEFT JOIN social_accounts s ON s.id = a.social_account_id "
                                  "WHERE a.post_id IN (%1) ORDER BY a.id")
                       .arg(placeholders.join(QLatin1Char(','))));
    for (const Post &post : std::as_const(posts)) {
        query.bind(post.id);
    }
    if (auto done = query.exec(); !done) {
        return done;
    }
    while (query.next()) {
        Post *post = byId.value(query.value(0).toLongLong());
        if (!query.value(1).isNull()) {
            post->offices.append(query.value(1).toString());
        }
        if (!query.value(2).isNull()) {
            post->accounts.append(query.value(2).toString());
        }
    }
    return {};
}

Result<int> PostRepository::updateCaptions(qint64 id,
                                           int expectedVersion,
                                           const QMap<Platform, QString> &captions,
                                           const QString &actor)
{
    SqlQuery query(m_database->connection(),
                   QStringLiteral("UPDATE content_library SET captions = ?, version = version + 1, "
                                  "updated_at = ?, updated_by = ? WHERE id = ? AND version = ?"));
    query.bind(captionsToJson(captions))
        .bind(toSqlTime(m_database->currentTime()))
        .bind(actor)
        .bind(id)
        .bind(expectedVersion);
    if (auto done = query.exec(); !done) {
        return done.error();
    }
    if (query.rowsAffected() != 1) {
        return staleVersionError(*this, id);
    }
    return expectedVersion + 1;
}

VoidResult PostRepository::setImages(qint64 id, const QMap<ImageSize, QString> &images)
{
    const auto post = find(id);
    if (!post) {
        return post.error();
    }
    return touch(
        id, QStringLiteral("platform_images = ?"), platformImagesToJson(post->imageSizes, images));
}

VoidResult PostRepository::setVideoFolder(qint64 id, const QString &folder)
{
    return touch(id, QStringLiteral("video_folder = ?"), folder);
}

VoidResult PostRepository::setVideoCount(qint64 id, int count)
{
    return touch(id, QStringLiteral("video_count = ?"), count);
}

VoidResult PostRepository::setExternalIds(qint64 id, const QJsonObject &externalIds)
{
    return touch(id,
                 QStringLiteral("external_ids = ?"),
                 QString::fromUtf8(QJsonDocument(externalIds).toJson(QJsonDocument::Compact)));
}

VoidResult PostRepository::touch(qint64 id, const QString &assignment, const QVariant &value)
{
    SqlQuery query(m_database->connection(),
                   QStringLiteral("UPDATE content_library SET ") + assignment
                       + QStringLiteral(", version = version + 1, updated_at = ? WHERE id = ?"));
    query.bind(value).bind(toSqlTime(m_database->currentTime())).bind(id);
    if (auto done = query.exec(); !done) {
        return done;
    }
    if (query.rowsAffected() != 1) {
        return makeError(ErrorCode::NotFound, QStringLiteral("there is no post %1").arg(id));
    }
    return {};
}

} // namespace Bfs
