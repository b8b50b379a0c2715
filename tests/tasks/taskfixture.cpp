#include "taskfixture.h"

#include <QDir>

#include "db/sqlquery.h"
#include "repositories/notificationrepository.h"
#include "repositories/postrepository.h"
#include "workflow/postworkflow.h"

namespace Bfs::Test {

TaskFixture::TaskFixture()
    : m_database(currentEngine())
{
    if (m_database.isValid()) {
        m_services = createServices({m_database.dataDir(), m_database.database()});
    }
}

TaskContext TaskFixture::context(const QDateTime &now, bool force)
{
    TaskContext context;
    context.database = m_database.database();
    context.services = &m_services;
    context.dataDir = m_database.dataDir();
    context.trigger = RunTrigger::Cli;
    context.force = force;
    context.now = now.isValid() ? now : QDateTime::currentDateTimeUtc();
    return context;
}

TaskOutcome TaskFixture::run(Task &task, const QDateTime &now, bool force)
{
    TaskContext runContext = context(now, force);
    return task.run(runContext);
}

qint64 TaskFixture::addPost(PostKind kind, const QString &title, const QString &office)
{
    Post post;
    post.weekStart = QDate(2026, 12, 7);
    post.kind = kind;
    post.title = title;
    post.topic = QStringLiteral("budgeting");
    post.platforms = {Platform::Facebook, Platform::Instagram, Platform::Stories};
    for (const Platform platform : post.platforms) {
        post.captions.insert(platform, title + QStringLiteral(" caption"));
    }
    if (kind == PostKind::Video) {
        post.videoConcept = title + QStringLiteral(" concept");
        post.videoScript = QStringLiteral("Say hello to the camera.");
    }
    if (office.isEmpty()) {
        post.accounts = {QStringLiteral("@bfs.financial")};
    } else {
        post.offices = {office};
    }
    const auto id = PostRepository(database()).insert(post);
    return id ? *id : 0;
}

bool TaskFixture::advance(qint64 id, PostStatus to, const QList<ImageSize> &sizes, DesignMode mode)
{
    PostWorkflow workflow(database());
    const QString actor = QStringLiteral("reviewer");
    Post current = post(id);
    Stage1Choices choices;
    choices.imageSizes = sizes;
    choices.designMode = mode;
    auto step = workflow.approveStage1(id, current.version, choices, actor);
    if (!step || to == step->status) {
        return step.ok();
    }
    QMap<ImageSize, QString> images;
    for (const ImageSize size : sizes) {
        images.insert(size, QDir(dataDir()).filePath(QStringLiteral("%1.png").arg(id)));
    }
    step = workflow.completeDesign(id, step->version, images, actor);
    if (!step || to == step->status) {
        return step.ok();
    }
    step = workflow.approveStage2(id, step->version, actor);
    return step.ok() && step->status == to;
}

Post TaskFixture::post(qint64 id) const
{
    const auto found = PostRepository(database()).find(id);
    return found ? *found : Post{};
}

int TaskFixture::countWithStatus(PostStatus status) const
{
    PostFilter filter;
    filter.status = status;
    const auto count = PostRepository(database()).count(filter);
    return count ? *count : -1;
}

int TaskFixture::notificationCount(const QString &kind) const
{
    const auto recent = NotificationRepository(database()).recent(1000);
    if (!recent) {
        return -1;
    }
    int count = 0;
    for (const Notification &notification : *recent) {
        count += kind.isEmpty() || notification.kind == kind ? 1 : 0;
    }
    return count;
}

bool TaskFixture::exec(const QString &sql, const QVariantList &values)
{
    SqlQuery query(database()->connection(), sql);
    for (const QVariant &value : values) {
        query.bind(value);
    }
    return query.exec().ok();
}

} // namespace Bfs::Test
