#pragma once

#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QMap>

#include "domain/post.h"
#include "result.h"

namespace Bfs {

struct ScheduleRequest
{
    Post post;
    // When each platform gets the post, in UTC; chosen by publish_to_metricool.
    QMap<Platform, QDateTime> publishTimes;
    QMap<ImageSize, QString> mediaPaths;
};

struct ScheduleOutcome
{
    // True when nothing was sent (test mode): the post's status must not change.
    bool testMode = true;
    QString externalId;
    QJsonObject details;
};

// Social scheduling: Metricool live (only when test mode is off), logging
// what would be scheduled offline.
class SocialScheduler
{
public:
    virtual ~SocialScheduler() = default;

    virtual QString name() const = 0;
    virtual bool testMode() const = 0;
    [[nodiscard]] virtual Result<ScheduleOutcome> schedule(const ScheduleRequest &request) = 0;
};

} // namespace Bfs
