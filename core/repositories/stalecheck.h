#pragma once

#include <QTimeZone>

#include "postrepository.h"
#include "result.h"

namespace Bfs {

// The error a reviewer gets for acting on a stale copy of a post: who
// changed it, and when, so they know whose decision stands.
inline Error staleVersionError(const PostRepository &posts, qint64 id)
{
    const auto current = posts.find(id);
    if (!current) {
        return current.error();
    }
    const QString who = current->updatedBy.isEmpty() ? QStringLiteral("the orchestrator")
                                                     : current->updatedBy;
    const QString when = current->updatedAt.toUTC().toString(
        QStringLiteral("yyyy-MM-dd HH:mm 'UTC'"));
    return makeError(ErrorCode::StaleVersion,
                     QStringLiteral("post %1 was changed by %2 at %3; reload it and decide again")
                         .arg(id)
                         .arg(who, when));
}

} // namespace Bfs
