#include "notificationrepository.h"

#include "db/sqlquery.h"
#include "db/sqltime.h"

namespace Bfs {

NotificationRepository::NotificationRepository(DatabasePtr database)
    : m_database(std::move(database))
{}

Result<qint64> NotificationRepository::add(const Notification &notification)
{
    const QDateTime createdAt = notification.createdAt.isValid() ? notification.createdAt
                                                                 : m_database->currentTime();
    SqlQuery query(m_database->connection(),
                   QStringLiteral("INSERT INTO notifications (kind, title, body, link, created_at) "
                                  "VALUES (?, ?, ?, ?, ?) RETURNING id"));
    query.bind(notification.kind)
        .bind(notification.title)
        .bind(notification.body)
        .bind(notification.link)
        .bind(toSqlTime(createdAt));
    const auto id = query.scalar();
    if (!id) {
        return id.error();
    }
    return id->toLongLong();
}

Result<QList<Notification>> NotificationRepository::recent(int limit) const
{
    SqlQuery query(m_database->connection(),
                   QStringLiteral("SELECT id, kind, title, body, link, created_at, read_at "
                                  "FROM notifications ORDER BY created_at DESC, id DESC LIMIT ?"));
    query.bind(limit);
    if (auto done = query.exec(); !done) {
        return done.error();
    }

    QList<Notification> notifications;
    while (query.next()) {
        Notification notification;
        notification.id = query.value(0).toLongLong();
        notification.kind = query.value(1).toString();
        notification.title = query.value(2).toString();
        notification.body = query.value(3).toString();
        notification.link = query.value(4).toString();
        notification.createdAt = fromSqlTime(query.value(5));
        notification.read = !query.value(6).isNull();
        notifications.append(notification);
    }
    return notifications;
}

VoidResult NotificationRepository::markRead(qint64 id)
{
    SqlQuery query(m_database->connection(),
                   QStringLiteral("UPDATE notifications SET read_at = ? WHERE id = ?"));
    query.bind(toSqlTime(m_database->currentTime())).bind(id);
    return query.exec();
}

Result<bool> NotificationRepository::markOnce(qint64 postId, const QString &mark)
{
    SqlQuery query(
        m_database->connection(),
        QStringLiteral(
            "INSERT INTO notification_marks (post_id, mark, created_at) VALUES (?, ?, ?) "
            "ON CONFLICT (post_id, mark) DO NOTHING"));
    query.bind(postId).bind(mark).bind(toSqlTime(m_database->currentTime()));
    if (auto done = query.exec(); !done) {
        return done.error();
    }
    return query.rowsAffected() == 1;
}

} // namespace Bfs
