#include "videofilerepository.h"

#include "db/sqlquery.h"
#include "db/sqltime.h"
#include "db/transaction.h"

namespace Bfs {

namespace {

const QString kSelectClips = QStringLiteral(
    "SELECT v.id, v.post_id, v.release_id, v.office_id, o.name, v.platform, v.remote_item_id, "
    "v.file_name, "
    "v.local_path, v.size_bytes, v.duration_s, v.width, v.height, v.rotation, v.video_codec, "
    "v.audio_codec, "
    "v.bit_rate, v.frame_rate, v.thumbnail_path, v.status, v.synced_at "
    "FROM video_files v LEFT JOIN offices o ON o.id = v.office_id ");

VideoClip readClip(const SqlQuery &query)
{
    VideoClip clip;
    clip.id = query.value(0).toLongLong();
    clip.postId = query.value(1).toLongLong();
    clip.releaseId = query.value(2).toLongLong();
    clip.officeId = query.value(3).toLongLong();
    clip.officeName = query.value(4).toString();
    clip.platform = query.value(5).toString();
    clip.remoteItemId = query.value(6).toString();
    clip.fileName = query.value(7).toString();
    clip.localPath = query.value(8).toString();
    clip.sizeBytes = query.value(9).toLongLong();
    clip.durationSeconds = query.value(10).toDouble();
    clip.width = query.value(11).toInt();
    clip.height = query.value(12).toInt();
    clip.rotation = query.value(13).toInt();
    clip.videoCodec = query.value(14).toString();
    clip.audioCodec = query.value(15).toString();
    clip.bitRate = query.value(16).toLongLong();
    clip.frameRate = query.value(17).toDouble();
    clip.thumbnailPath = query.value(18).toString();
    clip.status = query.value(19).toString();
    clip.syncedAt = fromSqlTime(query.value(20));
    return clip;
}

QVariant nullableId(qint64 id)
{
    return id == 0 ? QVariant(QMetaType::fromType<qlonglong>()) : QVariant(id);
}

} // namespace

VideoFileRepository::VideoFileRepository(DatabasePtr database)
    : m_database(std::move(database))
{}

Result<qint64> VideoFileRepository::insert(const VideoClip &clip)
{
    SqlQuery query(
        m_database->connection(),
        QStringLiteral(
            "INSERT INTO video_files (post_id, release_id, office_id, platform, "
            "remote_item_id, file_name, local_path, size_bytes, duration_s, width, height, "
            "rotation, video_codec, audio_codec, bit_rate, frame_rate, thumbnail_path, "
            "status, synced_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, "
            "?, ?) RETURNING id"));
    const QDateTime syncedAt = clip.syncedAt.isValid() ? clip.syncedAt : m_database->currentTime();
    query.bind(clip.postId)
        .bind(nullableId(clip.releaseId))
        .bind(nullableId(clip.officeId))
        .bind(clip.platform)
        .bind(clip.remoteItemId)
        .bind(clip.fileName)
        .bind(clip.localPath)
        .bind(clip.sizeBytes)
        .bind(clip.durationSeconds)
        .bind(clip.width)
        .bind(clip.height)
        .bind(clip.rotation)
        .bind(clip.videoCodec)
        .bind(clip.audioCodec)
        .bind(clip.bitRate)
        .bind(clip.frameRate)
        .bind(clip.thumbnailPath)
        .bind(clip.status)
        .bind(toSqlTime(syncedAt));
    const auto id = query.scalar();
    if (!id) {
        return id.error();
    }
    return id->toLongLong();
}

Result<VideoClip> VideoFileRepository::find(qint64 id) const
{
    SqlQuery query(m_database->connection(), kSelectClips + QStringLiteral("WHERE v.id = ?"));
    query.bind(id);
    if (auto done = query.exec(); !done) {
        return done.error();
    }
    if (!query.next()) {
        return makeError(ErrorCode::NotFound, QStringLiteral("there is no clip %1").arg(id));
    }
    return readClip(query);
}

Result<QList<VideoClip>> VideoFileRepository::forPost(qint64 postId) const
{
    SqlQuery query(m_database->connection(),
                   kSelectClips + QStringLiteral("WHERE v.post_id = ? ORDER BY v.id"));
    query.bind(postId);
    if (auto done = query.exec(); !done) {
        return done.error();
    }
    QList<VideoClip> clips;
    while (query.next()) {
        clips.append(readClip(query));
    }
    return clips;
}

Result<bool> VideoFileRepository::isKnown(qint64 postId,
                                          const QString &remoteItemId,
                                          const QString &fileName,
                                          qint64 sizeBytes) const
{
    SqlQuery query(m_database->connection(),
                   QStringLiteral("SELECT COUNT(*) FROM video_files WHERE post_id = ? AND "
                                  "((remote_item_id <> '' AND remote_item_id = ?) OR "
                                  "(file_name = ? AND size_bytes = ?))"));
    query.bind(postId).bind(remoteItemId).bind(fileName).bind(sizeBytes);
    const auto count = query.scalar();
    if (!count) {
        return count.error();
    }
    return count->toInt() > 0;
}

Result<QList<VideoClip>> VideoFileRepository::unsorted() const
{
    SqlQuery query(m_database->connection(),
                   kSelectClips + QStringLiteral("WHERE v.release_id IS NULL ORDER BY v.id"));
    if (auto done = query.exec(); !done) {
        return done.error();
    }
    QList<VideoClip> clips;
    while (query.next()) {
        clips.append(readClip(query));
    }
    return clips;
}

Result<int> VideoFileRepository::unsortedCount(qint64 postId) const
{
    SqlQuery query(m_database->connection(),
                   QStringLiteral("SELECT COUNT(*) FROM video_files WHERE post_id = ? AND "
                                  "release_id IS NULL"));
    query.bind(postId);
    const auto count = query.scalar();
    if (!count) {
        return count.error();
    }
    return count->toInt();
}

VoidResult VideoFileRepository::place(qint64 clipId, const ClipPlacement &placement)
{
    SqlQuery query(m_database->connection(),
                   QStringLiteral("UPDATE video_files SET release_id = ?, office_id = ?, "
                                  "platform = ? WHERE id = ?"));
    query.bind(nullableId(placement.releaseId))
        .bind(nullableId(placement.officeId))
        .bind(placement.platform)
        .bind(clipId);
    if (auto done = query.exec(); !done) {
        return done;
    }
    if (query.rowsAffected() == 0) {
        return makeError(ErrorCode::NotFound, QStringLiteral("there is no clip %1").arg(clipId));
    }
    return {};
}

VoidResult VideoFileRepository::setStatus(qint64 clipId,
                                          const QString &status,
                                          const QString &actor,
                                          const QString &comment)
{
    const QSqlDatabase connection = m_database->connection();
    Transaction transaction(connection, m_database->engine());
    if (auto begun = transaction.begin(); !begun) {
        return begun;
    }

    const auto clip = find(clipId);
    if (!clip) {
        return clip.error();
    }
    if (clip->status == status) {
        return {};
    }

    SqlQuery update(connection, QStringLiteral("UPDATE video_files SET status = ? WHERE id = ?"));
    update.bind(status).bind(clipId);
    if (auto done = update.exec(); !done) {
        return done;
    }
    SqlQuery history(connection,
                     QStringLiteral("INSERT INTO video_status_history (video_file_id, "
                                    "from_status, to_status, changed_by, changed_at, comment) "
                                    "VALUES (?, ?, ?, ?, ?, ?)"));
    history.bind(clipId)
        .bind(clip->status)
        .bind(status)
        .bind(actor)
        .bind(toSqlTime(m_database->currentTime()));
    history.bind(comment);
    if (auto done = history.exec(); !done) {
        return done;
    }
    return transaction.commit();
}

Result<QList<VideoStatusChange>> VideoFileRepository::statusHistory(qint64 clipId) const
{
    SqlQuery query(m_database->connection(),
                   QStringLiteral("SELECT from_status, to_status, changed_by, changed_at, "
                                  "comment FROM video_status_history WHERE video_file_id = ? "
                                  "ORDER BY id"));
    query.bind(clipId);
    if (auto done = query.exec(); !done) {
        return done.error();
    }
    QList<VideoStatusChange> changes;
    while (query.next()) {
        changes.append({query.value(0).toString(),
                        query.value(1).toString(),
                        query.value(2).toString(),
                        fromSqlTime(query.value(3)),
                        query.value(4).toString()});
    }
    return changes;
}

} // namespace Bfs
