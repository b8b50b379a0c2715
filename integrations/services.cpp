#include "services.h"

#include <QDir>

#include "credentialstore.h"
#include "integrationslogging.h"
#include "liveservices.h"
#include "localfilestore.h"
#include "localimagerenderer.h"
#include "localnotifier.h"
#include "templatecontentgenerator.h"
#include "testmodescheduler.h"

using namespace Qt::StringLiterals;

namespace Bfs {

Services createServices(const ServiceEnvironment &environment)
{
    const QDir dataDir(environment.dataDir);

    Services services;
    services.content = std::make_unique<TemplateContentGenerator>();
    services.images = std::make_unique<LocalImageRenderer>(dataDir.filePath(u"brand/logo.png"_s));
    services.files = std::make_unique<LocalFileStore>(dataDir.filePath(u"sharepoint"_s));
    services.notifier = std::make_unique<LocalNotifier>();
    services.scheduler = std::make_unique<TestModeScheduler>();
    CredentialStore credentials;
    applyLiveServices(services, environment.database, credentials);
    qCDebug(lcServiceContent) << "Services:" << services.content->name() << services.images->name()
                              << services.files->name() << services.notifier->name()
                              << services.scheduler->name();
    return services;
}

} // namespace Bfs
