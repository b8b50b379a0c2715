#pragma once

#include <optional>

#include <QList>

#include "db/database.h"
#include "domain/records.h"
#include "result.h"

namespace Bfs {

// backups: what backup_approved_posts uploaded, with the content hash that
// lets it skip a post whose content has not changed since.
class BackupRepository final
{
public:
    explicit BackupRepository(DatabasePtr database);

    [[nodiscard]] Result<qint64> add(const BackupRecord &record);
    // The newest backup of a post, or nullopt when it was never backed up.
    [[nodiscard]] Result<std::optional<BackupRecord>> latestFor(qint64 postId) const;
    [[nodiscard]] Result<QList<BackupRecord>> forPost(qint64 postId) const;
    [[nodiscard]] Result<int> count() const;

private:
    DatabasePtr m_database;
};

} // namespace Bfs
