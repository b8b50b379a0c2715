#pragma once

#include <memory>

#include <QString>

#include "contentgenerator.h"
#include "filestore.h"
#include "imagegenerator.h"
#include "notifier.h"
#include "socialscheduler.h"

namespace Bfs {

class Database;

// The five services one task run works with. Made fresh for every run
// (on the run's thread) so a changed setting or credential takes effect at
// the next run without a restart.
struct Services
{
    std::unique_ptr<ContentGenerator> content;
    std::unique_ptr<ImageGenerator> images;
    std::unique_ptr<FileStore> files;
    std::unique_ptr<Notifier> notifier;
    std::unique_ptr<SocialScheduler> scheduler;
};

struct ServiceEnvironment
{
    QString dataDir;
    std::shared_ptr<Database> database;
};

// Chooses live or offline per service from team settings and credentials.
// A service is live when its secret (and, for Graph, tenant, client and
// site) is set; Metricool schedules live only with test mode off. The rest
// stay offline, and one warning per run names them.
Services createServices(const ServiceEnvironment &environment);

} // namespace Bfs
