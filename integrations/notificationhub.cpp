#include "notificationhub.h"

#include <QCoreApplication>
#include <QThread>

namespace Bfs {

NotificationHub::NotificationHub()
{
    qRegisterMetaType<Bfs::NotificationMessage>();
    if (const QCoreApplication *app = QCoreApplication::instance(); app != nullptr) {
        moveToThread(app->thread());
    }
}

NotificationHub *NotificationHub::instance()
{
    // Never deleted: it must outlive every worker thread that may still post
    // while the application shuts down.
    static NotificationHub *const kHub = new NotificationHub;
    return kHub;
}

void NotificationHub::post(const NotificationMessage &message)
{
    emit notificationPosted(message);
}

} // namespace Bfs
