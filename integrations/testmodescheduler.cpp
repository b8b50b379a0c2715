#include "testmodescheduler.h"

#include <QFileInfo>
#include <QJsonArray>

#include "integrationslogging.h"

using namespace Qt::StringLiterals;

namespace Bfs {

QString TestModeScheduler::name() const
{
    return u"test mode"_s;
}

bool TestModeScheduler::testMode() const
{
    return true;
}

Result<ScheduleOutcome> TestModeScheduler::schedule(const ScheduleRequest &request)
{
    if (request.publishTimes.isEmpty()) {
        return makeError(ErrorCode::InvalidArgument,
                         u"post %1 has no platform to schedule"_s.arg(request.post.id));
    }

    QStringList plan;
    QJsonObject times;
    for (auto it = request.publishTimes.begin(); it != request.publishTimes.end(); ++it) {
        const QString when = it.value().toUTC().toString(Qt::ISODate);
        plan.append(platformKey(it.key()) + u" at "_s + when);
        times.insert(platformKey(it.key()), when);
    }

    // The live scheduler would refuse an image post whose files are gone;
    // say so now rather than on the first live run.
    QJsonArray missing;
    for (auto it = request.mediaPaths.begin(); it != request.mediaPaths.end(); ++it) {
        if (!QFileInfo::exists(it.value())) {
            missing.append(imageSizeKey(it.key()));
            qCWarning(lcServiceScheduler)
                << "Post" << request.post.id << "media missing:" << it.value();
        }
    }

    qCInfo(lcServiceScheduler).noquote()
        << u"Test mode, not sent: post %1 \"%2\" to %3"_s.arg(request.post.id)
               .arg(request.post.title, plan.join(u", "_s));

    ScheduleOutcome outcome;
    outcome.testMode = true;
    outcome.details = {
        {u"testMode"_s, true}, {u"publishTimes"_s, times}, {u"missingMedia"_s, missing}};
    return outcome;
}

} // namespace Bfs
