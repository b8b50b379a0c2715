#include "releaserepository.h"

#include "db/sqlquery.h"
#include "db/sqltime.h"

namespace Bfs {

namespace {

const QString kSelectReleases = QStringLiteral(
    "SELECT id, post_id, name, planned_date, notes, created_at FROM releases ");

Release readRelease(const SqlQuery &query)
{
    Release release;
    release.id = query.value(0).toLongLong();
    release.postId = query.value(1).toLongLong();
    release.name = query.value(2).toString();
    release.plannedDate = fromSqlDate(query.value(3));
    release.notes = query.value(4).toString();
    release.createdAt = fromSqlTime(query.value(5));
    return release;
}

QVariant plannedDate(const Release &release)
{
    return release.plannedDate.isValid() ? toSqlDate(release.plannedDate)
                                         : QVariant(QMetaType::fromType<QString>());
}

} // namespace

ReleaseRepository::ReleaseRepository(DatabasePtr database)
    : m_database(std::move(database))
{}

Result<qint64> ReleaseRepository::insert(const Release &release)
{
    const QDateTime createdAt = release.createdAt.isValid() ? release.createdAt
                                                            : m_database->currentTime();
    SqlQuery query(m_database->connection(),
                   QStringLiteral("INSERT INTO releases (post_id, name, planned_date, notes, "
                                  "created_at) VALUES (?, ?, ?, ?, ?) RETURNING id"));
    query.bind(release.postId)
        .bind(release.name)
        .bind(plannedDate(release))
        .bind(release.notes)
        .bind(toSqlTime(createdAt));
    const auto id = query.scalar();
    if (!id) {
        return id.error();
    }
    return id->toLongLong();
}

Result<Release> ReleaseRepository::find(qint64 id) const
{
    SqlQuery query(m_database->connection(), kSelectReleases + QStringLiteral("WHERE id = ?"));
    query.bind(id);
    if (auto done = query.exec(); !done) {
        return done.error();
    }
    if (!query.next()) {
        return makeError(ErrorCode::NotFound, QStringLiteral("there is no release %1").arg(id));
    }
    return readRelease(query);
}

Result<QList<Release>> ReleaseRepository::forPost(qint64 postId) const
{
    SqlQuery query(m_database->connection(),
                   kSelectReleases + QStringLiteral("WHERE post_id = ? ORDER BY id"));
    query.bind(postId);
    if (auto done = query.exec(); !done) {
        return done.error();
    }
    QList<Release> releases;
    while (query.next()) {
        releases.append(readRelease(query));
    }
    return releases;
}

VoidResult ReleaseRepository::update(const Release &release)
{
    SqlQuery query(m_database->connection(),
                   QStringLiteral("UPDATE releases SET name = ?, planned_date = ?, notes = ? "
                                  "WHERE id = ?"));
    query.bind(release.name).bind(plannedDate(release)).bind(release.notes).bind(release.id);
    if (auto done = query.exec(); !done) {
        return done;
    }
    if (query.rowsAffected() == 0) {
        return makeError(ErrorCode::NotFound,
                         QStringLiteral("there is no release %1").arg(release.id));
    }
    return {};
}

VoidResult ReleaseRepository::remove(qint64 id)
{
    SqlQuery query(m_database->connection(), QStringLiteral("DELETE FROM releases WHERE id = ?"));
    query.bind(id);
    return query.exec();
}

} // namespace Bfs
