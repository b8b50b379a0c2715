#pragma once

#include "socialscheduler.h"

namespace Bfs {

// Scheduling in test mode: logs (bfs.integrations.scheduler) what would
// be scheduled, per platform and time, and sends nothing. The outcome
// always has testMode set, so the caller leaves the post's status alone.
class TestModeScheduler final : public SocialScheduler
{
public:
    QString name() const override;
    bool testMode() const override;
    [[nodiscard]] Result<ScheduleOutcome> schedule(const ScheduleRequest &request) override;
};

} // namespace Bfs
