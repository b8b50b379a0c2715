#include "postcommands.h"

#include <QJsonDocument>

#include "postjson.h"
#include "repositories/postrepository.h"
#include "repositories/statushistoryrepository.h"
#include "repositories/videofilerepository.h"
#include "settings/desktopsettings.h"
#include "workflow/postworkflow.h"

namespace Bfs::App {

namespace {

void printJson(CommandContext &context, const QJsonValue &value)
{
    const QJsonDocument document = value.isArray() ? QJsonDocument(value.toArray())
                                                   : QJsonDocument(value.toObject());
    const bool empty = value.isArray() ? value.toArray().isEmpty() : value.toObject().isEmpty();
    context.out() << QString::fromUtf8(
        document.toJson(empty ? QJsonDocument::Compact : QJsonDocument::Indented));
    if (empty) {
        context.out() << "\n";
    }
}

// Maps a workflow failure to the exit code of SPEC.md.
int reportFailure(CommandContext &context, const Error &error)
{
    context.err() << "bfs-marketing: " << error.detail << Qt::endl;
    return error.code == ErrorCode::InvalidArgument || error.code == ErrorCode::DatabaseUnavailable
               ? ExitUsage
               : ExitFailed;
}

std::optional<qint64> postIdArgument(CommandContext &context)
{
    if (context.positional().size() != 1) {
        context.usageError(QStringLiteral("give exactly one post id"));
        return std::nullopt;
    }
    bool ok = false;
    const qint64 id = context.positional().first().toLongLong(&ok);
    if (!ok || id <= 0) {
        context.usageError(
            QStringLiteral("\"%1\" is not a post id").arg(context.positional().first()));
        return std::nullopt;
    }
    return id;
}

QString reviewer(CommandContext &context)
{
    return context.isSet(QStringLiteral("reviewer")) ? context.value(QStringLiteral("reviewer"))
                                                     : DesktopSettings::reviewerName();
}

void addReviewerOption(QCommandLineParser &parser)
{
    parser.addOption(
        {QStringLiteral("reviewer"),
         QStringLiteral("Name recorded with the decision (default: this desktop's reviewer)."),
         QStringLiteral("NAME")});
}

int listPosts(CommandContext &context)
{
    PostFilter filter;
    if (context.isSet(QStringLiteral("status"))) {
        filter.status = postStatusFromKey(context.value(QStringLiteral("status")));
        if (!filter.status) {
            return context.usageError(QStringLiteral("\"%1\" is not a post status")
                                          .arg(context.value(QStringLiteral("status"))));
        }
    }
    if (context.isSet(QStringLiteral("week"))) {
        filter.weekStart = QDate::fromString(context.value(QStringLiteral("week")), Qt::ISODate);
        if (!filter.weekStart.isValid()) {
            return context.usageError(QStringLiteral("--week takes a date as YYYY-MM-DD"));
        }
    }

    const auto database = context.database();
    if (!database) {
        return ExitUsage;
    }
    const auto posts = PostRepository(*database).list(filter);
    if (!posts) {
        return reportFailure(context, posts.error());
    }

    if (context.json()) {
        QJsonArray array;
        for (const Post &post : *posts) {
            array.append(postToJson(post));
        }
        printJson(context, array);
        return ExitSuccess;
    }
    for (const Post &post : *posts) {
        const QString owner = post.offices.isEmpty() ? post.accounts.join(QLatin1String(", "))
                                                     : post.offices.join(QLatin1String(", "));
        context.out() << QStringLiteral("%1  %2  %3  %4  %5 — %6\n")
                             .arg(post.id, 5)
                             .arg(post.weekStart.toString(Qt::ISODate),
                                  postKindKey(post.kind).leftJustified(5),
                                  postStatusKey(post.status).leftJustified(20),
                                  owner.leftJustified(14),
                                  post.title);
    }
    context.out() << QStringLiteral("%1 posts\n").arg(posts->size());
    return ExitSuccess;
}

void printPostText(CommandContext &context, const Post &post, const QList<StatusChange> &history)
{
    QTextStream &out = context.out();
    out << QStringLiteral("Post %1 · %2 · %3 · week of %4 · version %5\n")
               .arg(post.id)
               .arg(postKindKey(post.kind),
                    postStatusKey(post.status),
                    post.weekStart.toString(Qt::ISODate))
               .arg(post.version);
    out << post.title << "\n";
    out << "For: " << (post.offices + post.accounts).join(QLatin1String(", ")) << "\n\n";
    for (auto it = post.captions.begin(); it != post.captions.end(); ++it) {
        out << platformDisplayName(it.key())
            << QStringLiteral(" (%1/%2):\n").arg(it.value().size()).arg(captionLimit(it.key()))
            << it.value() << "\n\n";
    }
    if (post.kind == PostKind::Video) {
        out << "Concept: " << post.videoConcept << "\nShots:\n" << post.videoScript << "\n\n";
    }
    for (auto it = post.images.begin(); it != post.images.end(); ++it) {
        out << imageSizeKey(it.key()) << " image: " << it.value() << "\n";
    }
    out << "History:\n";
    for (const StatusChange &change : history) {
        out << "  " << isoTime(change.changedAt) << "  " << change.fromStatus << " → "
            << change.toStatus << "  by " << change.changedBy;
        if (!change.reasonCode.isEmpty()) {
            out << "  (" << change.reasonCode << ")";
        }
        if (!change.comment.isEmpty()) {
            out << "  “" << change.comment << "”";
        }
        out << "\n";
    }
}

int showPost(CommandContext &context)
{
    const auto id = postIdArgument(context);
    if (!id) {
        return ExitUsage;
    }
    const auto database = context.database();
    if (!database) {
        return ExitUsage;
    }
    const auto post = PostRepository(*database).find(*id);
    if (!post) {
        return reportFailure(context, post.error());
    }
    const auto history = StatusHistoryRepository(*database).forPost(*id);
    if (!history) {
        return reportFailure(context, history.error());
    }

    if (!context.json()) {
        printPostText(context, *post, *history);
        return ExitSuccess;
    }
    QJsonObject object = postToJson(*post);
    QJsonArray historyArray;
    for (const StatusChange &change : *history) {
        historyArray.append(statusChangeToJson(change));
    }
    object.insert(QStringLiteral("history"), historyArray);
    if (post->kind == PostKind::Video) {
        const auto clips = VideoFileRepository(*database).forPost(*id);
        if (!clips) {
            return reportFailure(context, clips.error());
        }
        QJsonArray clipArray;
        for (const VideoClip &clip : *clips) {
            clipArray.append(clipToJson(clip));
        }
        object.insert(QStringLiteral("clips"), clipArray);
    }
    printJson(context, object);
    return ExitSuccess;
}

template<typename T, typename Parse>
std::optional<QList<T>> parseList(CommandContext &context, const QString &option, Parse parse)
{
    QList<T> values;
    if (!context.isSet(option)) {
        return values;
    }
    const QStringList keys = context.value(option).split(QLatin1Char(','), Qt::SkipEmptyParts);
    for (const QString &key : keys) {
        const auto value = parse(key);
        if (!value) {
            context.usageError(
                QStringLiteral("--%1: unknown value \"%2\"").arg(option, key.trimmed()));
            return std::nullopt;
        }
        values.append(*value);
    }
    return values;
}

int approvePost(CommandContext &context)
{
    const auto id = postIdArgument(context);
    const auto platforms = parseList<Platform>(
        context, QStringLiteral("platforms"), platformFromKey);
    const auto sizes = parseList<ImageSize>(context, QStringLiteral("sizes"), imageSizeFromKey);
    if (!id || !platforms || !sizes) {
        return ExitUsage;
    }
    const auto database = context.database();
    if (!database) {
        return ExitUsage;
    }
    const auto post = PostRepository(*database).find(*id);
    if (!post) {
        return reportFailure(context, post.error());
    }

    PostWorkflow workflow(*database);
    Result<Post> result = makeError(
        ErrorCode::TransitionNotAllowed,
        QStringLiteral("post %1 is %2; only posts awaiting Stage 1 "
                       "(pending_approval) or Stage 2 (design_complete) can be approved")
            .arg(*id)
            .arg(postStatusKey(post->status)));
    if (post->status == PostStatus::PendingApproval) {
        const DesignMode mode = context.isSet(QStringLiteral("background-only"))
                                    ? DesignMode::BackgroundOnly
                                    : DesignMode::Full;
        result = workflow.approveStage1(
            *id, post->version, {*platforms, *sizes, mode}, reviewer(context));
    } else if (post->status == PostStatus::DesignComplete) {
        result = workflow.approveStage2(*id, post->version, reviewer(context));
    }
    if (!result) {
        return reportFailure(context, result.error());
    }
    context.out() << QStringLiteral("post %1: %2 → %3\n")
                         .arg(*id)
                         .arg(postStatusKey(post->status), postStatusKey(result->status));
    return ExitSuccess;
}

int rejectPost(CommandContext &context)
{
    const auto id = postIdArgument(context);
    if (!id) {
        return ExitUsage;
    }
    if (!context.isSet(QStringLiteral("reason"))) {
        return context.usageError(QStringLiteral("post reject needs --reason CODE"));
    }
    const auto database = context.database();
    if (!database) {
        return ExitUsage;
    }
    const auto post = PostRepository(*database).find(*id);
    if (!post) {
        return reportFailure(context, post.error());
    }

    const auto result = PostWorkflow(*database).reject(*id,
                                                       post->version,
                                                       context.value(QStringLiteral("reason")),
                                                       context.value(QStringLiteral("comment")),
                                                       reviewer(context));
    if (!result) {
        return reportFailure(context, result.error());
    }
    context.out() << QStringLiteral("post %1: %2 → rejected (%3)\n")
                         .arg(*id)
                         .arg(postStatusKey(post->status), context.value(QStringLiteral("reason")));
    return ExitSuccess;
}

} // namespace

Command postsCommand()
{
    return {QStringLiteral("posts"),
            QStringLiteral("List posts, for scripts and support."),
            QStringLiteral("[--status S] [--week YYYY-MM-DD] [--json]"),
            [](QCommandLineParser &parser) {
                parser.addOptions({{QStringLiteral("status"),
                                    QStringLiteral("Only posts in this status."),
                                    QStringLiteral("S")},
                                   {QStringLiteral("week"),
                                    QStringLiteral("Only posts of the week starting on this date."),
                                    QStringLiteral("YYYY-MM-DD")}});
            },
            listPosts};
}

Command postShowCommand()
{
    return {QStringLiteral("post show"),
            QStringLiteral("One post with its captions, images, clips and history."),
            QStringLiteral("ID [--json]"),
            {},
            showPost};
}

Command postApproveCommand()
{
    return {
        QStringLiteral("post approve"),
        QStringLiteral("Approve a post at Stage 1 or Stage 2, whichever it awaits."),
        QStringLiteral("ID [--platforms LIST] [--sizes square,portrait] [--background-only]"),
        [](QCommandLineParser &parser) {
            parser.addOptions(
                {{QStringLiteral("platforms"),
                  QStringLiteral("Stage 1: platforms, comma-separated (facebook, instagram, "
                                 "twitter, stories, tiktok, youtube_shorts)."),
                  QStringLiteral("LIST")},
                 {QStringLiteral("sizes"),
                  QStringLiteral("Stage 1: image sizes to make."),
                  QStringLiteral("LIST")},
                 {QStringLiteral("background-only"),
                  QStringLiteral("Stage 1: a text-free background for a designer to finish.")}});
            addReviewerOption(parser);
        },
        approvePost};
}

Command postRejectCommand()
{
    return {QStringLiteral("post reject"),
            QStringLiteral("Reject a post at Stage 1 or Stage 2 with a reason code."),
            QStringLiteral("ID --reason CODE [--comment TEXT]"),
            [](QCommandLineParser &parser) {
                parser.addOptions(
                    {{QStringLiteral("reason"),
                      QStringLiteral("Reason code (team setting workflow.rejection_reasons)."),
                      QStringLiteral("CODE")},
                     {QStringLiteral("comment"),
                      QStringLiteral("Free text for the author."),
                      QStringLiteral("TEXT")}});
                addReviewerOption(parser);
            },
            rejectPost};
}

} // namespace Bfs::App
