#include "task.h"

namespace Bfs {

QString runTriggerKey(RunTrigger trigger)
{
    switch (trigger) {
    case RunTrigger::Schedule:
        return QStringLiteral("schedule");
    case RunTrigger::Manual:
        return QStringLiteral("manual");
    case RunTrigger::Tray:
        return QStringLiteral("tray");
    case RunTrigger::Cli:
        return QStringLiteral("cli");
    }
    return QStringLiteral("schedule");
}

QString runStatusKey(RunStatus status)
{
    switch (status) {
    case RunStatus::Running:
        return QStringLiteral("running");
    case RunStatus::Success:
        return QStringLiteral("success");
    case RunStatus::Failed:
        return QStringLiteral("failed");
    case RunStatus::Skipped:
        return QStringLiteral("skipped");
    case RunStatus::Interrupted:
        return QStringLiteral("interrupted");
    }
    return QStringLiteral("failed");
}

} // namespace Bfs
