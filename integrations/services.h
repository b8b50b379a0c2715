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
// TODO: only the offline services exist yet; the live clients come with the
// live-services work and will be chosen here when their credentials are set.
Services createServices(const ServiceEnvironment &environment);

} // namespace Bfs
