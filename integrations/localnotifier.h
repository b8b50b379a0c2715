#pragma once

#include "notifier.h"

namespace Bfs {

// The offline notifier: one info line per message in the log
// (bfs.integrations.notify) and the message handed to NotificationHub,
// where the tray icon picks it up. Never fails; safe from any thread.
class LocalNotifier final : public Notifier
{
public:
    QString name() const override;
    [[nodiscard]] VoidResult notify(const NotificationMessage &message) override;
};

} // namespace Bfs
