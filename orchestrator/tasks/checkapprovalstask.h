#pragma once

#include "task.h"

namespace Bfs {

// check_approvals: posts waiting in pending_approval longer than
// approvals.reminder_hours get one reminder, longer than
// approvals.escalation_hours one escalation; each is sent once per post
// per threshold, so the hourly run does not repeat itself.
class CheckApprovalsTask final : public Task
{
public:
    QString name() const override;
    QString defaultSchedule() const override;
    QString description() const override;
    TaskOutcome run(TaskContext &context) override;
};

} // namespace Bfs
