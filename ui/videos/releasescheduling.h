#pragma once

#include "db/database.h"
#include "result.h"

namespace Bfs::Ui {

// Hands one release of a library post to the team's SocialScheduler, the
// same interface publish_to_metricool uses for image posts: every platform
// of the post at 09:00 UTC on the release's planned date (tomorrow if none).
// In test mode nothing is sent and no clip changes; otherwise the
// release's clips become "scheduled", each with a history row. Returns a
// sentence for the status bar. Any thread.
[[nodiscard]] Result<QString> scheduleRelease(const DatabasePtr &database,
                                              const QString &dataDir,
                                              qint64 releaseId,
                                              const QString &actor);

} // namespace Bfs::Ui
