#include "notifier.h"

namespace Bfs {

QString notificationKindKey(NotificationKind kind)
{
    switch (kind) {
    case NotificationKind::Reminder:
        return QStringLiteral("reminder");
    case NotificationKind::Escalation:
        return QStringLiteral("escalation");
    case NotificationKind::Designers:
        return QStringLiteral("designers");
    case NotificationKind::DesignsReady:
        return QStringLiteral("designs_ready");
    case NotificationKind::ClipsReady:
        return QStringLiteral("clips_ready");
    case NotificationKind::Analytics:
        return QStringLiteral("analytics");
    case NotificationKind::HealthAlert:
        return QStringLiteral("health_alert");
    case NotificationKind::RunFinished:
        return QStringLiteral("run_finished");
    case NotificationKind::Info:
        return QStringLiteral("info");
    }
    Q_UNREACHABLE();
}

} // namespace Bfs
