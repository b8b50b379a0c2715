#include "postworkflow.h"

#include <optional>

#include <QJsonDocument>

#include "db/sqlquery.h"
#include "db/sqltime.h"
#include "db/transaction.h"
#include "logging.h"
#include "repositories/postrepository.h"
#include "repositories/stalecheck.h"
#include "repositories/statushistoryrepository.h"
#include "settings/settingsregistry.h"
#include "settings/teamsettings.h"

namespace Bfs {

namespace {

using S = PostStatus;

struct Transition
{
    std::optional<PostKind> kind; // nullopt: both kinds
    PostStatus from;
    PostStatus to;
};

// Every allowed move. Anything else is refused with the post's status named.
constexpr Transition kTransitions[] = {
    {PostKind::Image, S::PendingApproval, S::PendingDesign},
    {PostKind::Video, S::PendingApproval, S::PendingVideoUpload},
    {std::nullopt, S::PendingApproval, S::Rejected},
    {PostKind::Image, S::PendingDesign, S::DesignComplete},
    {PostKind::Image, S::DesignComplete, S::Approved},
    {PostKind::Image, S::DesignComplete, S::Rejected},
    {PostKind::Image, S::DesignComplete, S::PendingDesign},
    {PostKind::Image, S::Approved, S::Published},
    {PostKind::Video, S::PendingVideoUpload, S::VideoReview},
    {PostKind::Video, S::VideoReview, S::VideoLibrary},
    // Undo of a review decision, while the post has not moved on.
    {PostKind::Image, S::PendingDesign, S::PendingApproval},
    {PostKind::Video, S::PendingVideoUpload, S::PendingApproval},
    {std::nullopt, S::Rejected, S::PendingApproval},
    {PostKind::Image, S::Rejected, S::DesignComplete},
    {PostKind::Image, S::Approved, S::DesignComplete},
};

QString stageFor(PostStatus from, PostStatus to)
{
    if (from == S::PendingApproval) {
        return QStringLiteral("stage1");
    }
    if (from == S::DesignComplete) {
        return QStringLiteral("stage2");
    }
    const bool undo = to == S::PendingApproval || from == S::Rejected
                      || (from == S::Approved && to == S::DesignComplete);
    if (undo) {
        return QStringLiteral("undo");
    }
    if (from == S::PendingDesign) {
        return QStringLiteral("design");
    }
    if (from == S::Approved) {
        return QStringLiteral("publish");
    }
    return QStringLiteral("video");
}

} // namespace

// One requested change: the target status, why, and any columns that
// change with it (bound in order after the fixed ones).
struct PostWorkflow::Change
{
    qint64 id = 0;
    int expectedVersion = 0;
    PostStatus to = S::PendingApproval;
    QString actor;
    QString reasonCode;
    QString comment;
    // The statuses this action starts from; the transition table then
    // checks the move itself. Empty for undo, which starts anywhere.
    QList<PostStatus> from;
    QStringList assignments;
    QVariantList values;
    // Checks that need the current post (caption limits, undo rules).
    std::function<VoidResult(const Post &)> precondition;
};

PostWorkflow::PostWorkflow(DatabasePtr database)
    : m_database(std::move(database))
{}

bool PostWorkflow::isAllowed(PostKind kind, PostStatus from, PostStatus to)
{
    for (const Transition &transition : kTransitions) {
        const bool kindMatches = !transition.kind || *transition.kind == kind;
        if (kindMatches && transition.from == from && transition.to == to) {
            return true;
        }
    }
    return false;
}

QStringList PostWorkflow::rejectionReasons() const
{
    return TeamSettings(m_database).listValue(QString::fromLatin1(SettingKeys::kRejectionReasons));
}

Result<Post> PostWorkflow::approveStage1(qint64 id,
                                         int expectedVersion,
                                         const Stage1Choices &choices,
                                         const QString &actor)
{
    Change change;
    change.id = id;
    change.expectedVersion = expectedVersion;
    change.actor = actor;
    change.from = {S::PendingApproval};
    change.precondition = [this, choices](const Post &post) {
        return checkCaptions(post, choices.platforms);
    };

    const auto post = PostRepository(m_database).find(id);
    if (!post) {
        return post.error();
    }
    if (post->kind == PostKind::Video) {
        change.to = S::PendingVideoUpload;
        return apply(change);
    }

    const QList<Platform> platforms = choices.platforms.isEmpty() ? post->captions.keys()
                                                                  : choices.platforms;
    const QList<ImageSize> sizes = choices.imageSizes.isEmpty() ? imageSizesFor(platforms)
                                                                : choices.imageSizes;
    change.to = S::PendingDesign;
    change.assignments = {QStringLiteral("platforms = ?"),
                          QStringLiteral("platform_images = ?"),
                          QStringLiteral("design_mode = ?")};
    change.values = {platformsToJson(platforms),
                     platformImagesToJson(sizes, {}),
                     designModeKey(choices.designMode)};
    change.precondition = [this, platforms](const Post &current) {
        return checkCaptions(current, platforms);
    };
    return apply(change);
}

Result<Post> PostWorkflow::reject(qint64 id,
                                  int expectedVersion,
                                  const QString &reasonCode,
                                  const QString &comment,
                                  const QString &actor)
{
    if (!rejectionReasons().contains(reasonCode)) {
        return makeError(ErrorCode::InvalidArgument,
                         QStringLiteral("\"%1\" is not a rejection reason; use one of: %2")
                             .arg(reasonCode, rejectionReasons().join(QLatin1String(", "))));
    }
    Change change;
    change.id = id;
    change.expectedVersion = expectedVersion;
    change.from = {S::PendingApproval, S::DesignComplete};
    change.to = S::Rejected;
    change.actor = actor;
    change.reasonCode = reasonCode;
    change.comment = comment;
    return apply(change);
}

Result<Post> PostWorkflow::requestNewImages(qint64 id,
                                            int expectedVersion,
                                            const QString &comment,
                                            const QString &actor)
{
    if (comment.trimmed().isEmpty()) {
        return makeError(
            ErrorCode::InvalidArgument,
            QStringLiteral("asking for new images needs a comment saying what to change"));
    }
    Change change;
    change.id = id;
    change.expectedVersion = expectedVersion;
    change.from = {S::DesignComplete};
    change.to = S::PendingDesign;
    change.actor = actor;
    change.reasonCode = QStringLiteral("new_images");
    change.comment = comment;
    return apply(change);
}

Result<Post> PostWorkflow::completeDesign(qint64 id,
                                          int expectedVersion,
                                          const QMap<ImageSize, QString> &images,
                                          const QString &actor)
{
    Change change;
    change.id = id;
    change.expectedVersion = expectedVersion;
    change.from = {S::PendingDesign};
    change.to = S::DesignComplete;
    change.actor = actor;
    change.precondition = [images](const Post &post) -> VoidResult {
        for (const ImageSize size : post.imageSizes) {
            if (!images.contains(size)) {
                return makeError(ErrorCode::InvalidArgument,
                                 QStringLiteral("post %1 still needs its %2 image")
                                     .arg(post.id)
                                     .arg(imageSizeKey(size)));
            }
        }
        return {};
    };
    const auto post = PostRepository(m_database).find(id);
    if (!post) {
        return post.error();
    }
    change.assignments = {QStringLiteral("platform_images = ?")};
    change.values = {platformImagesToJson(post->imageSizes, images)};
    return apply(change);
}

Result<Post> PostWorkflow::approveStage2(qint64 id, int expectedVersion, const QString &actor)
{
    Change change;
    change.id = id;
    change.expectedVersion = expectedVersion;
    change.from = {S::DesignComplete};
    change.to = S::Approved;
    change.actor = actor;
    change.precondition = [this](const Post &post) {
        return checkCaptions(post, post.platforms);
    };
    return apply(change);
}

Result<Post> PostWorkflow::markPublished(qint64 id,
                                         int expectedVersion,
                                         const QJsonObject &externalIds,
                                         const QString &actor)
{
    Change change;
    change.id = id;
    change.expectedVersion = expectedVersion;
    change.from = {S::Approved};
    change.to = S::Published;
    change.actor = actor;
    change.assignments = {QStringLiteral("external_ids = ?")};
    change.values = {QString::fromUtf8(QJsonDocument(externalIds).toJson(QJsonDocument::Compact))};
    return apply(change);
}

Result<Post> PostWorkflow::markClipsFound(qint64 id, int expectedVersion, const QString &actor)
{
    Change change;
    change.id = id;
    change.expectedVersion = expectedVersion;
    change.from = {S::PendingVideoUpload};
    change.to = S::VideoReview;
    change.actor = actor;
    return apply(change);
}

Result<Post> PostWorkflow::moveToLibrary(qint64 id, int expectedVersion, const QString &actor)
{
    Change change;
    change.id = id;
    change.expectedVersion = expectedVersion;
    change.from = {S::VideoReview};
    change.to = S::VideoLibrary;
    change.actor = actor;
    return apply(change);
}

Result<Post> PostWorkflow::undoDecision(qint64 id, int expectedVersion, const QString &actor)
{
    const auto history = StatusHistoryRepository(m_database).forPost(id);
    if (!history) {
        return history.error();
    }
    if (history->isEmpty()) {
        return makeError(ErrorCode::TransitionNotAllowed,
                         QStringLiteral("post %1 has no decision to undo").arg(id));
    }

    const StatusChange last = history->last();
    const auto previous = postStatusFromKey(last.fromStatus);
    const bool reviewDecision = last.stage == QLatin1String("stage1")
                                || last.stage == QLatin1String("stage2");
    if (!previous || !reviewDecision) {
        return makeError(
            ErrorCode::TransitionNotAllowed,
            QStringLiteral("post %1 has moved on since the last review decision (%2); it can no "
                           "longer be undone")
                .arg(id)
                .arg(last.toStatus));
    }
    Change change;
    change.id = id;
    change.expectedVersion = expectedVersion;
    change.to = *previous;
    change.actor = actor;
    change.comment = QStringLiteral("undid %1 → %2").arg(last.fromStatus, last.toStatus);
    return apply(change);
}

VoidResult PostWorkflow::checkCaptions(const Post &post, const QList<Platform> &platforms) const
{
    const QList<Platform> checked = platforms.isEmpty() ? post.captions.keys() : platforms;
    for (const Platform platform : checked) {
        const QString caption = post.captions.value(platform);
        if (caption.size() > captionLimit(platform)) {
            return makeError(ErrorCode::InvalidArgument,
                             QStringLiteral("the %1 caption is %2 characters; %1 allows %3")
                                 .arg(platformDisplayName(platform))
                                 .arg(caption.size())
                                 .arg(captionLimit(platform)));
        }
    }
    return {};
}

Result<Post> PostWorkflow::apply(const Change &change)
{
    Transaction transaction(m_database->connection(), m_database->engine());
    if (auto begun = transaction.begin(); !begun) {
        return begun.error();
    }

    PostRepository posts(m_database);
    const auto current = posts.find(change.id);
    if (!current) {
        return current.error();
    }
    if (current->version != change.expectedVersion) {
        return staleVersionError(posts, change.id);
    }
    const bool startsHere = change.from.isEmpty() || change.from.contains(current->status);
    if (!startsHere || !isAllowed(current->kind, current->status, change.to)) {
        return makeError(ErrorCode::TransitionNotAllowed,
                         QStringLiteral("post %1 is %2; a %3 post cannot move to %4")
                             .arg(change.id)
                             .arg(postStatusKey(current->status),
                                  postKindKey(current->kind),
                                  postStatusKey(change.to)));
    }
    if (change.precondition) {
        if (auto ok = change.precondition(*current); !ok) {
            return ok.error();
        }
    }

    const QDateTime now = m_database->currentTime();
    QString sql = QStringLiteral(
        "UPDATE content_library SET status = ?, version = version + 1, updated_at = ?, "
        "updated_by = ?, status_changed_at = ?");
    for (const QString &assignment : change.assignments) {
        sql += QStringLiteral(", ") + assignment;
    }
    sql += QStringLiteral(" WHERE id = ? AND version = ?");

    SqlQuery update(m_database->connection(), sql);
    update.bind(postStatusKey(change.to))
        .bind(toSqlTime(now))
        .bind(change.actor)
        .bind(toSqlTime(now));
    for (const QVariant &value : change.values) {
        update.bind(value);
    }
    update.bind(change.id).bind(change.expectedVersion);
    if (auto done = update.exec(); !done) {
        return done.error();
    }
    if (update.rowsAffected() != 1) {
        return staleVersionError(posts, change.id);
    }

    StatusChange history;
    history.postId = change.id;
    history.fromStatus = postStatusKey(current->status);
    history.toStatus = postStatusKey(change.to);
    history.changedBy = change.actor;
    history.changedAt = now;
    history.stage = stageFor(current->status, change.to);
    history.reasonCode = change.reasonCode;
    history.comment = change.comment;
    if (auto appended = StatusHistoryRepository(m_database).append(history); !appended) {
        return appended.error();
    }
    if (auto committed = transaction.commit(); !committed) {
        return committed.error();
    }

    qCInfo(lcWorkflow).noquote() << QStringLiteral("post %1: %2 → %3 by %4")
                                        .arg(change.id)
                                        .arg(history.fromStatus, history.toStatus, change.actor);
    return posts.find(change.id);
}

} // namespace Bfs
