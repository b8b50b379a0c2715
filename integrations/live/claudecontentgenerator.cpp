#include "claudecontentgenerator.h"

#include <QJsonArray>
#include <QJsonDocument>

#include "httplogging.h"

namespace Bfs {

namespace {

constexpr int kMaxTitleLength = 120;
const QString kTool = QStringLiteral("emit_posts");

QUrl endpoint(const QUrl &base, const QString &path)
{
    QUrl url = base;
    QString prefix = url.path();
    while (prefix.endsWith(u'/')) {
        prefix.chop(1);
    }
    url.setPath(prefix + path);
    return url;
}

QList<Platform> platformsFor(bool office, PostKind kind, std::optional<Platform> account)
{
    if (!office) {
        if (account == Platform::Instagram && kind == PostKind::Image) {
            return {Platform::Instagram, Platform::Stories};
        }
        return {account.value_or(Platform::Facebook)};
    }
    if (kind == PostKind::Video) {
        return {Platform::Facebook, Platform::Instagram, Platform::TikTok, Platform::YouTubeShorts};
    }
    return {Platform::Facebook, Platform::Instagram, Platform::Twitter, Platform::Stories};
}

QJsonObject stringProperty(const QString &description)
{
    return {{QStringLiteral("type"), QStringLiteral("string")},
            {QStringLiteral("description"), description}};
}

QJsonObject slotJson(const ClaudeContentGenerator::Slot &slot)
{
    QJsonObject limits;
    for (const Platform platform : slot.platforms) {
        limits.insert(platformKey(platform), captionLimit(platform));
    }
    return {{QStringLiteral("slot"), slot.index},
            {QStringLiteral("owner"), slot.owner},
            {QStringLiteral("owner_kind"),
             slot.office ? QStringLiteral("office") : QStringLiteral("brand account")},
            {QStringLiteral("kind"), postKindKey(slot.kind)},
            {QStringLiteral("caption_limits"), limits}};
}

} // namespace

ClaudeContentGenerator::ClaudeContentGenerator(ClaudeConfig config)
    : m_config(std::move(config))
    , m_http(QStringLiteral("Anthropic"))
{
    m_http.addSecret(m_config.apiKey);
}

QList<ClaudeContentGenerator::Slot> ClaudeContentGenerator::planSlots(const ContentRequest &request)
{
    QList<Slot> pending;
    for (int i = 0; !request.offices.isEmpty() && i < request.officePostCount; ++i) {
        pending.append({0, request.offices.at(i % request.offices.size()).name, true, {}, {}});
    }
    for (int i = 0; !request.accounts.isEmpty() && i < request.accountPostCount; ++i) {
        pending.append({0, request.accounts.at(i % request.accounts.size()).handle, false, {}, {}});
    }

    // Videos spread evenly; a YouTube account only ever posts videos.
    const int total = int(pending.size());
    const int videos = qRound(total * request.videoSharePercent / 100.0);
    for (int i = 0; i < total; ++i) {
        Slot &slot = pending[i];
        slot.index = i;
        std::optional<Platform> account;
        if (!slot.office) {
            account = platformFromKey(
                request.accounts.at((i - request.officePostCount) % request.accounts.size())
                    .platform);
        }
        const bool evenShare = total > 0 && (i + 1) * videos / total > i * videos / total;
        slot.kind = evenShare || account == Platform::YouTubeShorts ? PostKind::Video
                                                                    : PostKind::Image;
        slot.platforms = platformsFor(slot.office, slot.kind, account);
    }
    return pending;
}

QJsonObject ClaudeContentGenerator::toolDefinition()
{
    const QJsonObject post{
        {QStringLiteral("type"), QStringLiteral("object")},
        {QStringLiteral("properties"),
         QJsonObject{
             {QStringLiteral("slot"),
              QJsonObject{{QStringLiteral("type"), QStringLiteral("integer")}}},
             {QStringLiteral("title"),
              stringProperty(QStringLiteral("Unique, at most 120 characters"))},
             {QStringLiteral("topic"), stringProperty(QStringLiteral("A few words"))},
             {QStringLiteral("captions"),
              QJsonObject{{QStringLiteral("type"), QStringLiteral("object")},
                          {QStringLiteral("description"),
                           QStringLiteral("One caption per platform key of the slot, "
                                          "within its caption limit")},
                          {QStringLiteral("additionalProperties"), stringProperty({})}}},
             {QStringLiteral("video_concept"), stringProperty(QStringLiteral("Videos only"))},
             {QStringLiteral("video_script"),
              stringProperty(QStringLiteral("Videos only: numbered shots"))}}},
        {QStringLiteral("required"),
         QJsonArray{QStringLiteral("slot"),
                    QStringLiteral("title"),
                    QStringLiteral("topic"),
                    QStringLiteral("captions")}}};
    const QJsonObject schema{
        {QStringLiteral("type"), QStringLiteral("object")},
        {QStringLiteral("properties"),
         QJsonObject{{QStringLiteral("posts"),
                      QJsonObject{{QStringLiteral("type"), QStringLiteral("array")},
                                  {QStringLiteral("items"), post}}}}},
        {QStringLiteral("required"), QJsonArray{QStringLiteral("posts")}}};
    return {{QStringLiteral("name"), kTool},
            {QStringLiteral("description"),
             QStringLiteral("Hand over the written posts, one per slot.")},
            {QStringLiteral("input_schema"), schema}};
}

QJsonObject ClaudeContentGenerator::requestBody(const ContentRequest &request,
                                                const QList<Slot> &pending,
                                                const QStringList &problems) const
{
    QString system = QStringLiteral(
                         "You write social media posts for a company with local offices. Brand "
                         "voice: %1\nWrite one post per slot, for that slot's owner, kind and "
                         "platforms, and hand them over with the emit_posts tool.")
                         .arg(request.brandVoice);
    if (!request.topicsToAvoid.isEmpty()) {
        system += QStringLiteral("\nNever write about: ") + request.topicsToAvoid.join(u", ");
    }

    QJsonArray slotList;
    for (const Slot &slot : pending) {
        slotList.append(slotJson(slot));
    }
    QString prompt = QStringLiteral("Week starting %1. Slots:\n%2\nTitles already used (do not "
                                    "repeat): %3")
                         .arg(request.weekStart.toString(Qt::ISODate),
                              QString::fromUtf8(
                                  QJsonDocument(slotList).toJson(QJsonDocument::Compact)),
                              QStringList(m_titles.begin(), m_titles.end()).join(u"; "));
    if (!problems.isEmpty()) {
        prompt += QStringLiteral("\nYour last answer for these pending was refused: ")
                  + problems.join(u"; ");
    }
    return {{QStringLiteral("model"), m_config.model},
            {QStringLiteral("max_tokens"), m_config.maxTokens},
            {QStringLiteral("temperature"), 0.8},
            {QStringLiteral("system"), system},
            {QStringLiteral("messages"),
             QJsonArray{QJsonObject{{QStringLiteral("role"), QStringLiteral("user")},
                                    {QStringLiteral("content"), prompt}}}},
            {QStringLiteral("tools"), QJsonArray{toolDefinition()}},
            {QStringLiteral("tool_choice"),
             QJsonObject{{QStringLiteral("type"), QStringLiteral("tool")},
                         {QStringLiteral("name"), kTool}}}};
}

QString ClaudeContentGenerator::validate(const QJsonObject &item, const Slot &slot) const
{
    const QString title = item.value(QStringLiteral("title")).toString().trimmed();
    if (title.isEmpty() || title.size() > kMaxTitleLength) {
        return QStringLiteral("slot %1: the title must have 1 to 120 characters").arg(slot.index);
    }
    if (m_titles.contains(title.toCaseFolded())) {
        return QStringLiteral("slot %1: the title \"%2\" is already used")
            .arg(slot.index)
            .arg(title);
    }
    if (item.value(QStringLiteral("topic")).toString().trimmed().isEmpty()) {
        return QStringLiteral("slot %1: the topic is missing").arg(slot.index);
    }
    const QJsonObject captions = item.value(QStringLiteral("captions")).toObject();
    for (const Platform platform : slot.platforms) {
        const QString caption = captions.value(platformKey(platform)).toString().trimmed();
        if (caption.isEmpty() || caption.size() > captionLimit(platform)) {
            return QStringLiteral("slot %1: the %2 caption must have 1 to %3 characters")
                .arg(slot.index)
                .arg(platformKey(platform))
                .arg(captionLimit(platform));
        }
    }
    const bool scripted =
        !item.value(QStringLiteral("video_concept")).toString().trimmed().isEmpty()
        && !item.value(QStringLiteral("video_script")).toString().trimmed().isEmpty();
    if (slot.kind == PostKind::Video && !scripted) {
        return QStringLiteral("slot %1: a video needs a concept and a script").arg(slot.index);
    }
    return {};
}

Post ClaudeContentGenerator::toPost(const ContentRequest &request,
                                    const QJsonObject &item,
                                    const Slot &slot)
{
    Post post;
    post.weekStart = request.weekStart;
    post.kind = slot.kind;
    post.title = item.value(QStringLiteral("title")).toString().trimmed();
    post.topic = item.value(QStringLiteral("topic")).toString().trimmed();
    post.platforms = slot.platforms;
    post.imageSizes = imageSizesFor(slot.platforms);
    const QJsonObject captions = item.value(QStringLiteral("captions")).toObject();
    for (const Platform platform : slot.platforms) {
        post.captions.insert(platform, captions.value(platformKey(platform)).toString().trimmed());
    }
    if (slot.kind == PostKind::Video) {
        post.videoConcept = item.value(QStringLiteral("video_concept")).toString().trimmed();
        post.videoScript = item.value(QStringLiteral("video_script")).toString().trimmed();
    }
    (slot.office ? post.offices : post.accounts).append(slot.owner);
    m_titles.insert(post.title.toCaseFolded());
    return post;
}

Result<ClaudeContentGenerator::BatchResult> ClaudeContentGenerator::askOnce(
    const ContentRequest &request, const QList<Slot> &pending, const QStringList &problems)
{
    HttpRequest call;
    call.method = "POST";
    call.url = endpoint(m_config.baseUrl, QStringLiteral("/v1/messages"));
    call.headers = {{"x-api-key", m_config.apiKey.toUtf8()},
                    {"anthropic-version", "2023-06-01"},
                    {"content-type", "application/json"}};
    call.body =
        QJsonDocument(requestBody(request, pending, problems)).toJson(QJsonDocument::Compact);
    call.timeoutMs = m_config.timeoutMs;
    const HttpResponse response = m_http.send(call);
    if (!response.ok()) {
        return m_http.errorFor(response, QStringLiteral("writing posts"));
    }

    const QJsonObject reply = QJsonDocument::fromJson(response.body).object();
    BatchResult result;
    if (reply.value(QStringLiteral("stop_reason")).toString() == QLatin1String("max_tokens")) {
        result.retry = pending;
        result.problems.append(QStringLiteral("the answer was cut off at max_tokens"));
        return result;
    }
    QJsonArray items;
    for (const QJsonValue &block : reply.value(QStringLiteral("content")).toArray()) {
        if (block[QStringLiteral("type")].toString() == QLatin1String("tool_use")
            && block[QStringLiteral("name")].toString() == kTool) {
            items = block[QStringLiteral("input")][QStringLiteral("posts")].toArray();
        }
    }

    QMap<int, QJsonObject> bySlot;
    for (const QJsonValue &item : std::as_const(items)) {
        bySlot.insert(item[QStringLiteral("slot")].toInt(-1), item.toObject());
    }
    for (const Slot &slot : pending) {
        const QString problem = bySlot.contains(slot.index)
                                    ? validate(bySlot.value(slot.index), slot)
                                    : QStringLiteral("slot %1: no post").arg(slot.index);
        if (problem.isEmpty()) {
            result.posts.append(toPost(request, bySlot.value(slot.index), slot));
        } else {
            result.retry.append(slot);
            result.problems.append(problem);
        }
    }
    return result;
}

Result<QList<Post>> ClaudeContentGenerator::writeBatch(const ContentRequest &request,
                                                       QList<Slot> pending)
{
    QList<Post> posts;
    QStringList problems;
    for (int attempt = 0; attempt < m_config.maxAttempts && !pending.isEmpty(); ++attempt) {
        const auto answer = askOnce(request, pending, problems);
        if (!answer) {
            return answer.error();
        }
        posts.append(answer->posts);
        pending = answer->retry;
        problems = answer->problems;
        if (!problems.isEmpty()) {
            qCWarning(lcClaude).noquote() << QStringLiteral("Asking again for %1 posts: %2")
                                                 .arg(pending.size())
                                                 .arg(problems.join(u"; "));
        }
    }
    if (!pending.isEmpty()) {
        return makeError(ErrorCode::Service,
                         QStringLiteral("Claude: %1 posts still invalid after %2 attempts: %3")
                             .arg(pending.size())
                             .arg(m_config.maxAttempts)
                             .arg(problems.join(u"; ")));
    }
    return posts;
}

Result<QList<Post>> ClaudeContentGenerator::generateWeek(const ContentRequest &request)
{
    const QList<Slot> pending = planSlots(request);
    m_titles.clear();
    for (const QString &title : request.existingTitles) {
        m_titles.insert(title.toCaseFolded());
    }

    QList<Post> posts;
    for (qsizetype start = 0; start < pending.size(); start += m_config.batchSize) {
        if (request.cancelled != nullptr && request.cancelled->load()) {
            return makeError(ErrorCode::Cancelled, QStringLiteral("content generation cancelled"));
        }
        const auto batch = writeBatch(request, pending.mid(start, m_config.batchSize));
        if (!batch) {
            return batch.error();
        }
        posts.append(*batch);
    }
    qCInfo(lcClaude).noquote() << QStringLiteral("Claude wrote %1 posts for the week of %2")
                                      .arg(posts.size())
                                      .arg(request.weekStart.toString(Qt::ISODate));
    return posts;
}

VoidResult ClaudeContentGenerator::testConnection()
{
    HttpRequest call;
    call.url = endpoint(m_config.baseUrl, QStringLiteral("/v1/models"));
    call.headers = {{"x-api-key", m_config.apiKey.toUtf8()}, {"anthropic-version", "2023-06-01"}};
    call.timeoutMs = 30000;
    const HttpResponse response = m_http.send(call);
    if (!response.ok()) {
        return m_http.errorFor(response, QStringLiteral("listing models"));
    }
    return {};
}

} // namespace Bfs
