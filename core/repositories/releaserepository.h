#pragma once

#include <QList>

#include "db/database.h"
#include "domain/records.h"
#include "result.h"

namespace Bfs {

// releases: named releases of a video concept, which the Video Sorter and
// the release manager fill with clips.
class ReleaseRepository final
{
public:
    explicit ReleaseRepository(DatabasePtr database);

    [[nodiscard]] Result<qint64> insert(const Release &release);
    [[nodiscard]] Result<Release> find(qint64 id) const;
    [[nodiscard]] Result<QList<Release>> forPost(qint64 postId) const;
    [[nodiscard]] VoidResult update(const Release &release);
    // Clips of a removed release stay, unsorted (release_id becomes NULL).
    [[nodiscard]] VoidResult remove(qint64 id);

private:
    DatabasePtr m_database;
};

} // namespace Bfs
