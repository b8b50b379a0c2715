#pragma once

#include "task.h"

namespace Bfs {

// check_designs: tells reviewers once about each post that reached
// design_complete ("ready for Stage 2", with the count), then once more at
// approvals.reminder_hours and approvals.escalation_hours of waiting for
// the Stage 2 decision.
class CheckDesignsTask final : public Task
{
public:
    QString name() const override;
    QString defaultSchedule() const override;
    QString description() const override;
    TaskOutcome run(TaskContext &context) override;
};

} // namespace Bfs
