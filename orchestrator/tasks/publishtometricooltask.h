#pragma once

#include <QDateTime>
#include <QMap>
#include <QSet>

#include "domain/post.h"
#include "task.h"

namespace Bfs {

// publish_to_metricool: schedules every approved post on each of its
// platforms at one of the platform's best times (publishing.best_times.*,
// team time zone), spread over the post's week: the slots are taken day by
// day before a second time of the same day is used, and a platform never
// gets two posts in the same hour. In test mode (the default, and always
// offline) it only reports what it would schedule and changes no status.
class PublishToMetricoolTask final : public Task
{
public:
    QString name() const override;
    QString defaultSchedule() const override;
    QString description() const override;
    TaskOutcome run(TaskContext &context) override;

    // Hours already taken, per platform, as UTC times truncated to the hour.
    using TakenSlots = QMap<Platform, QSet<QDateTime>>;

    // The first free best-time slot for `platform` at or after `notBefore`,
    // from the week starting `weekStart`; it is added to `taken`.
    static QDateTime pickSlot(const TaskContext &context,
                              Platform platform,
                              const QDate &weekStart,
                              const QDateTime &notBefore,
                              TakenSlots &taken);
};

} // namespace Bfs
