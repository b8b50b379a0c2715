#pragma once

#include <QString>

#include "result.h"

namespace Bfs {

enum class NotificationKind {
    Reminder,
    Escalation,
    Designers,
    DesignsReady,
    ClipsReady,
    Analytics,
    HealthAlert,
    RunFinished,
    Info,
};

QString notificationKindKey(NotificationKind kind);

struct NotificationMessage
{
    NotificationKind kind = NotificationKind::Info;
    QString title;
    QString body;
    // A link back into the app, e.g. "bfs://page/stage1" or "bfs://post/12".
    QString link;
};

// Tells people: Teams live, the log and the tray offline. Every message is
// also kept in the app's notifications table by the caller, so nothing
// depends on this succeeding.
class Notifier
{
public:
    virtual ~Notifier() = default;

    virtual QString name() const = 0;
    [[nodiscard]] virtual VoidResult notify(const NotificationMessage &message) = 0;
};

} // namespace Bfs
