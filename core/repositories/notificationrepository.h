#pragma once

#include <QList>

#include "db/database.h"
#include "domain/records.h"
#include "result.h"

namespace Bfs {

// Notifications kept in the app (the Dashboard reads them), whether or not
// Teams also received them.
class NotificationRepository final
{
public:
    explicit NotificationRepository(DatabasePtr database);

    [[nodiscard]] Result<qint64> add(const Notification &notification);
    [[nodiscard]] Result<QList<Notification>> recent(int limit) const;
    [[nodiscard]] VoidResult markRead(qint64 id);

    // Records that `mark` ("approval_reminder", ...) was sent for a post;
    // false when it already had been, so a reminder goes out once.
    [[nodiscard]] Result<bool> markOnce(qint64 postId, const QString &mark);

private:
    DatabasePtr m_database;
};

} // namespace Bfs
