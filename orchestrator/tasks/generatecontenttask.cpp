#include "generatecontenttask.h"

#include <algorithm>

#include "orchestratorlogging.h"
#include "repositories/officerepository.h"
#include "repositories/postrepository.h"
#include "services.h"
#include "settings/teamsettings.h"
#include "taskhelpers.h"

namespace Bfs {

namespace {

struct Targets
{
    int total = 0;
    int office = 0;
    int account = 0;
    int video = 0;
};

Targets targetsFrom(const TeamSettings &settings)
{
    Targets targets;
    targets.total = qMax(0, settings.intValue(QStringLiteral("content.posts_per_week")));
    targets.office = std::clamp(
        settings.intValue(QStringLiteral("content.office_posts_per_week")), 0, targets.total);
    targets.account = targets.total - targets.office;
    const int share = std::clamp(
        settings.intValue(QStringLiteral("content.video_share_percent")), 0, 100);
    targets.video = qRound(targets.total * share / 100.0);
    return targets;
}

// On a top-up, each office is listed once per post it still lacks, so the
// generator (one post per listed owner) brings every office back to its
// share: officeTarget / offices each, one more for the offices that had the
// most. An empty week leaves the spread, and its weekly rotation, to the
// generator.
QList<Office> officesNeedingPosts(QList<Office> offices,
                                  const QMap<QString, int> &counts,
                                  int officeTarget,
                                  int missing)
{
    if (counts.isEmpty() || offices.isEmpty()) {
        return offices;
    }
    std::stable_sort(offices.begin(), offices.end(), [&](const Office &a, const Office &b) {
        return counts.value(a.name) > counts.value(b.name);
    });

    const int base = officeTarget / int(offices.size());
    const int extra = officeTarget % int(offices.size());
    QList<Office> owners;
    for (int i = 0; i < offices.size(); ++i) {
        const int share = base + (i < extra ? 1 : 0);
        for (int lacking = share - counts.value(offices.at(i).name); lacking > 0; --lacking) {
            owners.append(offices.at(i));
        }
    }
    return owners.mid(0, missing);
}

// PostRepository binds a null QString as SQL NULL, which the NOT NULL text
// columns refuse; a generator leaves the video fields of image posts null.
void notNull(Post &post)
{
    for (QString *text : {&post.topic, &post.videoConcept, &post.videoScript}) {
        if (text->isNull()) {
            *text = QLatin1String("");
        }
    }
}

} // namespace

QString GenerateContentTask::name() const
{
    return QStringLiteral("generate_content");
}

QString GenerateContentTask::defaultSchedule() const
{
    return QStringLiteral("weekly MON 06:00");
}

QString GenerateContentTask::description() const
{
    return QStringLiteral("Posts for the coming week");
}

TaskOutcome GenerateContentTask::run(TaskContext &context)
{
    const QDate week = comingWeekStart(context.now, teamTimeZone(context));
    const auto state = readWeek(context, week);
    if (!state) {
        return TaskOutcome::failed(state.errorDetail());
    }

    const auto request = buildRequest(context, *state);
    if (!request) {
        return TaskOutcome::failed(request.errorDetail());
    }
    const int existing = state->officePosts + state->accountPosts;
    if (request->officePostCount + request->accountPostCount == 0) {
        const QString message = QStringLiteral(
                                    "The week of %1 already has %2 posts; nothing to add")
                                    .arg(week.toString(Qt::ISODate))
                                    .arg(existing);
        qCInfo(lcTasks).noquote() << message;
        return TaskOutcome::success(0, message);
    }

    qCInfo(lcTasks) << "generating" << request->officePostCount << "office and"
                    << request->accountPostCount << "brand posts for the week of" << week << "with"
                    << context.services->content->name();
    auto posts = context.services->content->generateWeek(*request);
    if (!posts) {
        return TaskOutcome::failed(
            QStringLiteral("content generation failed: %1").arg(posts.errorDetail()));
    }
    return insertPosts(context, *posts, week);
}

Result<GenerateContentTask::WeekState> GenerateContentTask::readWeek(const TaskContext &context,
                                                                     const QDate &week)
{
    PostFilter filter;
    filter.weekStart = week;
    const auto posts = PostRepository(context.database).list(filter);
    if (!posts) {
        return posts.error();
    }

    WeekState state;
    state.weekStart = week;
    for (const Post &post : *posts) {
        state.videoPosts += post.kind == PostKind::Video ? 1 : 0;
        if (post.offices.isEmpty()) {
            ++state.accountPosts;
        } else {
            ++state.officePosts;
        }
        for (const QString &office : post.offices) {
            state.postsPerOffice[office] += 1;
        }
    }
    return state;
}

Result<ContentRequest> GenerateContentTask::buildRequest(const TaskContext &context,
                                                         const WeekState &week)
{
    const TeamSettings settings(context.database);
    const Targets targets = targetsFrom(settings);
    const OfficeRepository owners(context.database);
    auto offices = owners.offices();
    auto accounts = owners.accounts();
    auto titles = PostRepository(context.database).titlesForWeek(week.weekStart);
    if (!offices || !accounts || !titles) {
        return makeError(ErrorCode::DatabaseError,
                         offices.errorDetail() + accounts.errorDetail() + titles.errorDetail());
    }

    ContentRequest request;
    request.weekStart = week.weekStart;
    request.officePostCount = qMax(0, targets.office - week.officePosts);
    request.accountPostCount = qMax(0, targets.account - week.accountPosts);
    request.offices = officesNeedingPosts(
        *offices, week.postsPerOffice, targets.office, request.officePostCount);
    if (!week.postsPerOffice.isEmpty()) {
        request.officePostCount = int(request.offices.size());
    }
    request.accounts = *accounts;
    const int adding = request.officePostCount + request.accountPostCount;
    const int videosMissing = std::clamp(targets.video - week.videoPosts, 0, adding);
    request.videoSharePercent = adding == 0 ? 0 : qRound(videosMissing * 100.0 / adding);
    request.brandVoice = settings.value(QStringLiteral("content.brand_voice"));
    request.topicsToAvoid = settings.listValue(QStringLiteral("content.topics_to_avoid"));
    request.existingTitles = *titles;
    request.cancelled = context.cancelRequested;
    return request;
}

TaskOutcome GenerateContentTask::insertPosts(const TaskContext &context,
                                             const QList<Post> &posts,
                                             const QDate &week)
{
    PostRepository repository(context.database);
    QJsonObject counts;
    int created = 0;
    for (Post post : posts) {
        if (context.cancelled()) {
            break;
        }
        post.weekStart = week;
        post.status = PostStatus::PendingApproval;
        post.updatedBy = orchestratorActor();
        notNull(post);
        if (auto id = repository.insert(post); !id) {
            return TaskOutcome::failed(QStringLiteral("saved %1 of %2 posts, then: %3")
                                           .arg(created)
                                           .arg(posts.size())
                                           .arg(id.errorDetail()));
        }
        ++created;
        const QString kind = post.kind == PostKind::Video ? QStringLiteral("video")
                                                          : QStringLiteral("image");
        const QString owner = post.offices.isEmpty() ? QStringLiteral("brand")
                                                     : QStringLiteral("office");
        counts.insert(kind, counts.value(kind).toInt() + 1);
        counts.insert(owner, counts.value(owner).toInt() + 1);
        context.reportProgress(created, posts.size(), post.title);
    }

    const QString message = QStringLiteral("Created %1 posts for the week of %2 (%3 image, %4 "
                                           "video; %5 office, %6 brand), all pending approval")
                                .arg(created)
                                .arg(week.toString(Qt::ISODate))
                                .arg(counts.value(QLatin1String("image")).toInt())
                                .arg(counts.value(QLatin1String("video")).toInt())
                                .arg(counts.value(QLatin1String("office")).toInt())
                                .arg(counts.value(QLatin1String("brand")).toInt());
    qCInfo(lcTasks).noquote() << message;
    notifyTeam(context,
               {NotificationKind::Info,
                QStringLiteral("%1 new posts are waiting for Stage 1").arg(created),
                message,
                QStringLiteral("bfs://page/stage1")});

    TaskOutcome outcome = context.cancelled()
                              ? TaskOutcome{RunStatus::Interrupted, created, 0, message, {}}
                              : TaskOutcome::success(created, message);
    counts.insert(QStringLiteral("week_start"), week.toString(Qt::ISODate));
    counts.insert(QStringLiteral("created"), created);
    outcome.details = counts;
    return outcome;
}

} // namespace Bfs
