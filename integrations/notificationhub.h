#pragma once

#include <QObject>

#include "notifier.h"

namespace Bfs {

// The process-wide meeting point between notifiers, which run on worker
// threads, and the tray icon on the GUI thread. post() may be called from
// any thread; connect to notificationPosted() with an automatic or queued
// connection and the slot runs in the receiver's thread.
class NotificationHub final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(NotificationHub)

public:
    // Created on first use and moved to the application's main thread.
    static NotificationHub *instance();

    void post(const NotificationMessage &message);

signals:
    void notificationPosted(const Bfs::NotificationMessage &message);

private:
    NotificationHub();
};

} // namespace Bfs

Q_DECLARE_METATYPE(Bfs::NotificationMessage)
