#include "localnotifier.h"

#include "integrationslogging.h"
#include "notificationhub.h"

using namespace Qt::StringLiterals;

namespace Bfs {

QString LocalNotifier::name() const
{
    return u"tray and log"_s;
}

VoidResult LocalNotifier::notify(const NotificationMessage &message)
{
    qCInfo(lcServiceNotify).noquote()
        << u"[%1] %2: %3 (%4)"_s.arg(notificationKindKey(message.kind),
                                     message.title,
                                     QString(message.body).replace(u'\n', u' '),
                                     message.link);
    NotificationHub::instance()->post(message);
    return {};
}

} // namespace Bfs
