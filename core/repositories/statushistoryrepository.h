#pragma once

#include <QDateTime>
#include <QList>

#include "db/database.h"
#include "domain/records.h"
#include "result.h"

namespace Bfs {

// status_history: written only by PostWorkflow, inside the transaction that
// changes the status; read by `post show`, the review pages and analytics.
class StatusHistoryRepository final
{
public:
    explicit StatusHistoryRepository(DatabasePtr database);

    [[nodiscard]] VoidResult append(const StatusChange &change);
    [[nodiscard]] Result<QList<StatusChange>> forPost(qint64 postId) const;
    // Every change at or after `since`, oldest first.
    [[nodiscard]] Result<QList<StatusChange>> since(const QDateTime &since) const;

private:
    DatabasePtr m_database;
};

} // namespace Bfs
