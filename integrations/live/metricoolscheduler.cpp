#include "metricoolscheduler.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QTimeZone>
#include <QUrlQuery>

#include "httplogging.h"

namespace Bfs {

namespace {

constexpr int kYouTubeTitleLimit = 100;
const QString kDateFormat = QStringLiteral("yyyy-MM-ddTHH:mm:ss");

QJsonObject networkData(Platform platform, const Post &post)
{
    const bool video = post.kind == PostKind::Video;
    switch (platform) {
    case Platform::Facebook:
        return {{QStringLiteral("type"), video ? QStringLiteral("REEL") : QStringLiteral("POST")}};
    case Platform::Instagram:
        return {{QStringLiteral("type"), video ? QStringLiteral("REEL") : QStringLiteral("POST")},
                {QStringLiteral("showReelOnFeed"), true}};
    case Platform::Stories:
        return {{QStringLiteral("type"), QStringLiteral("STORY")}};
    case Platform::Twitter:
        return {{QStringLiteral("tags"), QJsonArray()}};
    case Platform::TikTok:
        return {{QStringLiteral("privacyOption"), QStringLiteral("PUBLIC_TO_EVERYONE")},
                {QStringLiteral("disableComment"), false},
                {QStringLiteral("disableDuet"), false},
                {QStringLiteral("disableStitch"), false},
                {QStringLiteral("title"), post.title}};
    case Platform::YouTubeShorts:
        return {{QStringLiteral("title"), post.title.left(kYouTubeTitleLimit)},
                {QStringLiteral("type"), QStringLiteral("short")},
                {QStringLiteral("privacy"), QStringLiteral("public")},
                {QStringLiteral("madeForKids"), false}};
    }
    return {};
}

QString networkDataKey(Platform platform)
{
    return MetricoolScheduler::networkFor(platform) + QStringLiteral("Data");
}

QJsonObject dataOf(const QByteArray &body)
{
    const QJsonObject object = QJsonDocument::fromJson(body).object();
    const QJsonValue data = object.value(QStringLiteral("data"));
    return data.isObject() ? data.toObject() : object;
}

QJsonObject summaryOf(const QJsonObject &post, const QString &network)
{
    QString status = QStringLiteral("PENDING");
    for (const QJsonValue &provider : post.value(QStringLiteral("providers")).toArray()) {
        if (provider[QStringLiteral("network")].toString() == network) {
            status = provider[QStringLiteral("status")].toString(status);
        }
    }
    const QJsonValue id = post.value(QStringLiteral("id"));
    return {{QStringLiteral("id"),
             id.isDouble() ? QString::number(qint64(id.toDouble())) : id.toString()},
            {QStringLiteral("uuid"), post.value(QStringLiteral("uuid")).toString()},
            {QStringLiteral("network"), network},
            {QStringLiteral("status"), status}};
}

} // namespace

MetricoolScheduler::MetricoolScheduler(MetricoolConfig config)
    : m_config(std::move(config))
    , m_http(QStringLiteral("Metricool"))
{
    m_http.addSecret(m_config.token);
}

QString MetricoolScheduler::networkFor(Platform platform)
{
    switch (platform) {
    case Platform::Facebook:
        return QStringLiteral("facebook");
    case Platform::Instagram:
    case Platform::Stories:
        return QStringLiteral("instagram");
    case Platform::Twitter:
        return QStringLiteral("twitter");
    case Platform::TikTok:
        return QStringLiteral("tiktok");
    case Platform::YouTubeShorts:
        return QStringLiteral("youtube");
    }
    return {};
}

QUrl MetricoolScheduler::endpoint(const QString &path, QList<QPair<QString, QString>> query) const
{
    QUrl url = m_config.baseUrl;
    url.setPath(url.path() + path);
    QUrlQuery items;
    items.addQueryItem(QStringLiteral("blogId"), m_config.blogId);
    items.addQueryItem(QStringLiteral("userId"), m_config.userId);
    items.addQueryItem(QStringLiteral("integrationSource"), QStringLiteral("bfs-marketing"));
    for (const auto &[name, value] : query) {
        items.addQueryItem(name, QString::fromLatin1(QUrl::toPercentEncoding(value)));
    }
    url.setQuery(items);
    return url;
}

HttpRequest MetricoolScheduler::request(const QByteArray &method, const QUrl &url) const
{
    HttpRequest request;
    request.method = method;
    request.url = url;
    request.timeoutMs = m_config.timeoutMs;
    request.headers = {{"X-Mc-Auth", m_config.token.toUtf8()},
                       {"Content-Type", "application/json"}};
    return request;
}

Result<QList<MetricoolBrand>> MetricoolScheduler::brands()
{
    const HttpResponse response = m_http.send(
        request("GET", endpoint(QStringLiteral("/v2/settings/brands"))));
    if (!response.ok()) {
        return m_http.errorFor(response, QStringLiteral("listing brands"));
    }

    // The v2 endpoint wraps the list in "data"; the older one is a bare array.
    const QJsonDocument document = QJsonDocument::fromJson(response.body);
    const QJsonArray items = document.isArray()
                                 ? document.array()
                                 : document.object().value(QStringLiteral("data")).toArray();
    QList<MetricoolBrand> brands;
    for (const QJsonValue &item : items) {
        const QJsonValue id = item[QStringLiteral("id")].isUndefined()
                                  ? item[QStringLiteral("blogId")]
                                  : item[QStringLiteral("id")];
        brands.append(
            {id.isDouble() ? QString::number(qint64(id.toDouble())) : id.toString(),
             item[QStringLiteral("label")].toString(item[QStringLiteral("title")].toString()),
             item[QStringLiteral("timezone")].toString()});
    }
    return brands;
}

Result<QList<BestTime>> MetricoolScheduler::bestTimes(const QString &provider,
                                                      const QDate &from,
                                                      const QDate &to)
{
    const QUrl url = endpoint(QStringLiteral("/v2/scheduler/besttimes/") + provider,
                              {{QStringLiteral("start"), from.startOfDay().toString(kDateFormat)},
                               {QStringLiteral("end"), to.startOfDay().toString(kDateFormat)},
                               {QStringLiteral("timezone"), m_config.timeZone}});
    const HttpResponse response = m_http.send(request("GET", url));
    if (!response.ok()) {
        return m_http.errorFor(response, QStringLiteral("reading best times"));
    }

    QList<BestTime> times;
    const QJsonArray items =
        QJsonDocument::fromJson(response.body)[QStringLiteral("data")].toArray();
    for (const QJsonValue &item : items) {
        times.append({item[QStringLiteral("dayOfWeek")].toInt(),
                      item[QStringLiteral("hour")].toInt(),
                      item[QStringLiteral("value")].toDouble()});
    }
    return times;
}

Result<QUrl> MetricoolScheduler::normalizeMedia(const QUrl &source)
{
    const QUrl url = endpoint(QStringLiteral("/actions/normalize/image/url"),
                              {{QStringLiteral("url"), source.toString(QUrl::FullyEncoded)},
                               {QStringLiteral("folder"), QStringLiteral("PLANNER")}});
    const HttpResponse response = m_http.send(request("GET", url));
    if (!response.ok()) {
        return m_http.errorFor(response, QStringLiteral("normalising media"));
    }

    // Plain text from Metricool itself; some integrations report {"url": …}.
    QString text = QString::fromUtf8(response.body).trimmed();
    if (text.startsWith(u'{')) {
        text = QJsonDocument::fromJson(response.body)[QStringLiteral("url")].toString();
    }
    text.remove(u'"');
    const QUrl normalized(text);
    if (!normalized.isValid() || normalized.scheme().isEmpty()) {
        return makeError(ErrorCode::Service,
                         QStringLiteral("Metricool: no media URL in the reply"));
    }
    return normalized;
}

VoidResult MetricoolScheduler::testConnection()
{
    const auto listed = brands();
    if (!listed) {
        return listed.error();
    }
    for (const MetricoolBrand &brand : *listed) {
        if (brand.id == m_config.blogId) {
            return {};
        }
    }
    return makeError(ErrorCode::InvalidArgument,
                     QStringLiteral("Metricool: brand %1 is not among the account's %2 brands")
                         .arg(m_config.blogId)
                         .arg(listed->size()));
}

Result<QStringList> MetricoolScheduler::mediaUrls(const ScheduleRequest &request, Platform platform)
{
    const QString path = request.mediaPaths.value(imageSizeFor(platform),
                                                  request.mediaPaths.value(ImageSize::Square));
    if (path.isEmpty()) {
        return QStringList();
    }

    QUrl source(path);
    if (source.scheme() != QLatin1String("http") && source.scheme() != QLatin1String("https")) {
        if (!m_publisher) {
            return makeError(ErrorCode::Unsupported,
                             QStringLiteral("Metricool needs a public URL for %1").arg(path));
        }
        const auto published = m_publisher(path);
        if (!published) {
            return published.error();
        }
        source = *published;
    }
    const auto normalized = normalizeMedia(source);
    if (!normalized) {
        return normalized.error();
    }
    return QStringList{normalized->toString()};
}

Result<QJsonObject> MetricoolScheduler::postBody(const ScheduleRequest &request, Platform platform)
{
    const auto media = mediaUrls(request, platform);
    if (!media) {
        return media.error();
    }

    const QTimeZone zone(m_config.timeZone.toUtf8());
    const QDateTime at = request.publishTimes.value(platform).toTimeZone(
        zone.isValid() ? zone : QTimeZone::utc());
    QJsonObject body{{QStringLiteral("text"), request.post.captions.value(platform)},
                     {QStringLiteral("providers"),
                      QJsonArray{QJsonObject{{QStringLiteral("network"), networkFor(platform)}}}},
                     {QStringLiteral("publicationDate"),
                      QJsonObject{{QStringLiteral("dateTime"), at.toString(kDateFormat)},
                                  {QStringLiteral("timezone"), m_config.timeZone}}},
                     {QStringLiteral("autoPublish"), true},
                     {QStringLiteral("draft"), false},
                     {QStringLiteral("media"), QJsonArray::fromStringList(*media)},
                     {QStringLiteral("mediaAltText"),
                      QJsonArray::fromStringList(QStringList(media->size(), request.post.title))},
                     {networkDataKey(platform), networkData(platform, request.post)}};
    return body;
}

Result<QJsonObject> MetricoolScheduler::create(const QJsonObject &body)
{
    HttpRequest create = request("POST", endpoint(QStringLiteral("/v2/scheduler/posts")));
    create.body = QJsonDocument(body).toJson(QJsonDocument::Compact);
    create.retryable = false;

    HttpResponse response = m_http.send(create);
    const bool unknownOutcome = response.status == 0 || response.status >= 500;
    if (unknownOutcome) {
        qCWarning(lcMetricool) << "Create answered" << response.status
                               << "- checking whether the post landed before trying again";
        const auto existing = findScheduled(body);
        if (!existing) {
            return existing.error();
        }
        if (existing->has_value()) {
            qCInfo(lcMetricool) << "The first attempt had been stored; not creating it again";
            return existing->value();
        }
        response = m_http.send(create);
    }
    if (!response.ok()) {
        return m_http.errorFor(response, QStringLiteral("scheduling a post"));
    }
    return dataOf(response.body);
}

Result<std::optional<QJsonObject>> MetricoolScheduler::findScheduled(const QJsonObject &body)
{
    const QJsonObject when = body.value(QStringLiteral("publicationDate")).toObject();
    const QDateTime at = QDateTime::fromString(when.value(QStringLiteral("dateTime")).toString(),
                                               kDateFormat);
    const QUrl url = endpoint(QStringLiteral("/v2/scheduler/posts"),
                              {{QStringLiteral("start"), at.addSecs(-3600).toString(kDateFormat)},
                               {QStringLiteral("end"), at.addSecs(3600).toString(kDateFormat)},
                               {QStringLiteral("timezone"), m_config.timeZone},
                               {QStringLiteral("extendedRange"), QStringLiteral("false")}});
    const HttpResponse response = m_http.send(request("GET", url));
    if (!response.ok()) {
        return m_http.errorFor(response, QStringLiteral("listing scheduled posts"));
    }

    const QString network =
        body[QStringLiteral("providers")][0][QStringLiteral("network")].toString();
    const QJsonArray posts =
        QJsonDocument::fromJson(response.body)[QStringLiteral("data")].toArray();
    for (const QJsonValue &post : posts) {
        const bool sameText = post[QStringLiteral("text")] == body[QStringLiteral("text")];
        const bool sameTime = post[QStringLiteral("publicationDate")][QStringLiteral("dateTime")]
                              == when[QStringLiteral("dateTime")];
        const bool sameNetwork =
            post[QStringLiteral("providers")][0][QStringLiteral("network")].toString() == network;
        if (sameText && sameTime && sameNetwork) {
            return std::optional<QJsonObject>(post.toObject());
        }
    }
    return std::optional<QJsonObject>();
}

Result<ScheduleOutcome> MetricoolScheduler::schedule(const ScheduleRequest &request)
{
    const QJsonObject known =
        request.post.externalIds.value(QStringLiteral("metricool")).toObject();
    ScheduleOutcome outcome;
    outcome.testMode = false;
    outcome.details = known;

    // A failure after other platforms were scheduled still returns their
    // ids (with the failure under "failed"), so a re-run skips them.
    QJsonObject failed;
    int scheduled = 0;
    for (const Platform platform : request.post.platforms) {
        const QString key = platformKey(platform);
        if (known.contains(key) || !request.publishTimes.contains(platform)) {
            continue;
        }
        const auto body = postBody(request, platform);
        const auto created = body ? create(*body) : Result<QJsonObject>(body.error());
        if (!created) {
            if (scheduled == 0) {
                return created.error();
            }
            failed.insert(key, created.errorDetail());
            continue;
        }
        const QJsonObject summary = summaryOf(*created, networkFor(platform));
        outcome.details.insert(key, summary);
        ++scheduled;
        qCInfo(lcMetricool).noquote() << QStringLiteral("Scheduled post %1 on %2 as Metricool %3")
                                             .arg(request.post.id)
                                             .arg(key, summary[QStringLiteral("id")].toString());
    }

    QStringList ids;
    for (const QJsonValue &entry : std::as_const(outcome.details)) {
        if (entry.isObject() && entry.toObject().contains(QStringLiteral("id"))) {
            ids.append(entry[QStringLiteral("id")].toString());
        }
    }
    outcome.externalId = ids.join(u',');
    if (!failed.isEmpty()) {
        outcome.details.insert(QStringLiteral("failed"), failed);
    }
    return outcome;
}

} // namespace Bfs
