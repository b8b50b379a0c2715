#pragma once

#include "task.h"

namespace Bfs {

// notify_designers: image posts in pending_design that need a person
// (design mode background_only: the renderer only paints a text-free
// background). Designers hear once about each new such post, then once
// more at design.reminder_hours and design.escalation_hours of waiting.
class NotifyDesignersTask final : public Task
{
public:
    QString name() const override;
    QString defaultSchedule() const override;
    QString description() const override;
    TaskOutcome run(TaskContext &context) override;
};

} // namespace Bfs
