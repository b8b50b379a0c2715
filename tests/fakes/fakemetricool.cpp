#include "fakemetricool.h"

#include <QJsonObject>

namespace Bfs::Fakes {

namespace {

FakeResponse problem(int status, const QString &message)
{
    return FakeResponse::json(status, QJsonObject{{QStringLiteral("message"), message}});
}

} // namespace

FakeMetricool::FakeMetricool(QObject *parent)
    : FakeServer(parent)
{
    auto guarded = [this](Handler handler) {
        return [this, handler](const CapturedRequest &request) {
            const FakeResponse refused = guard(request);
            return refused.status != 0 ? refused : handler(request);
        };
    };
    route("GET", QStringLiteral("/api/v2/settings/brands"), guarded([](const CapturedRequest &) {
              const QJsonObject brand{
                  {QStringLiteral("id"), QString::fromLatin1(kBlogId).toInt()},
                  {QStringLiteral("label"), QStringLiteral("BFS")},
                  {QStringLiteral("timezone"), QStringLiteral("Europe/London")}};
              return FakeResponse::json(200,
                                        QJsonObject{{QStringLiteral("data"), QJsonArray{brand}}});
          }));
    route("GET", QStringLiteral("/api/admin/simpleProfiles"), guarded([](const CapturedRequest &) {
              return FakeResponse::json(200,
                                        QJsonDocument(QJsonArray{QJsonObject{
                                            {QStringLiteral("blogId"), 42},
                                            {QStringLiteral("title"), QStringLiteral("BFS")}}}));
          }));
    route("POST",
          QStringLiteral("/api/v2/scheduler/posts"),
          guarded([this](const CapturedRequest &request) { return createPost(request); }));
    route(
        "GET", QStringLiteral("/api/v2/scheduler/posts"), guarded([this](const CapturedRequest &) {
            return FakeResponse::json(200, QJsonObject{{QStringLiteral("data"), m_posts}});
        }));
    route("GET",
          QStringLiteral("/api/actions/normalize/image/url"),
          guarded([this](const CapturedRequest &request) { return normalize(request); }));
    route("GET",
          QStringLiteral("/api/v2/scheduler/besttimes/.*"),
          guarded([this](const CapturedRequest &request) { return bestTimes(request); }));
}

FakeResponse FakeMetricool::guard(const CapturedRequest &request) const
{
    if (request.header("X-Mc-Auth") != kToken) {
        return problem(401, QStringLiteral("Unauthorized"));
    }
    if (!request.query.hasQueryItem(QStringLiteral("userId"))
        || (!request.path.endsWith(QLatin1String("simpleProfiles"))
            && !request.query.hasQueryItem(QStringLiteral("blogId")))) {
        return problem(400, QStringLiteral("userId and blogId are required"));
    }
    return FakeResponse{0, {}, {}};
}

QString FakeMetricool::validate(const QJsonObject &post) const
{
    const QJsonArray providers = post.value(QStringLiteral("providers")).toArray();
    if (providers.isEmpty() || !providers.first().isObject()) {
        return QStringLiteral("providers must be objects");
    }
    const QString network = providers.first()[QStringLiteral("network")].toString();
    const QString when =
        post[QStringLiteral("publicationDate")][QStringLiteral("dateTime")].toString();
    const QDateTime at = QDateTime::fromString(when, QStringLiteral("yyyy-MM-ddTHH:mm:ss"));
    if (!at.isValid() || when.endsWith(u'Z')) {
        return QStringLiteral("publicationDate.dateTime must be local wall-clock time");
    }
    if (network == QLatin1String("twitter")
        && post[QStringLiteral("text")].toString().size() > 280) {
        return QStringLiteral("text too long for X");
    }
    if (network == QLatin1String("instagram")
        && post[QStringLiteral("media")].toArray().isEmpty()) {
        return QStringLiteral("Instagram needs media");
    }
    return {};
}

FakeResponse FakeMetricool::createPost(const CapturedRequest &request)
{
    QJsonObject post = request.json().object();
    if (const QString invalid = validate(post); !invalid.isEmpty()) {
        return problem(400, invalid);
    }

    post.insert(QStringLiteral("id"), m_nextId++);
    post.insert(QStringLiteral("uuid"), QStringLiteral("uuid-%1").arg(m_nextId));
    QJsonArray providers = post.value(QStringLiteral("providers")).toArray();
    QJsonObject provider = providers.first().toObject();
    provider.insert(QStringLiteral("status"), QStringLiteral("PENDING"));
    providers.replace(0, provider);
    post.insert(QStringLiteral("providers"), providers);
    m_posts.append(post);

    if (m_hangAfterStore) {
        m_hangAfterStore = false;
        FakeResponse hang;
        hang.hang = true;
        return hang;
    }
    return FakeResponse::json(200, QJsonObject{{QStringLiteral("data"), post}});
}

FakeResponse FakeMetricool::normalize(const CapturedRequest &request) const
{
    const QUrl source(request.query.queryItemValue(QStringLiteral("url"), QUrl::FullyDecoded));
    if (!source.isValid() || source.host().isEmpty()) {
        return problem(400, QStringLiteral("source URL not reachable"));
    }
    const QByteArray hosted = "https://static.metricool.com/planner/" + source.fileName().toUtf8();
    if (m_normalizeJson) {
        return FakeResponse::json(200,
                                  QJsonObject{{QStringLiteral("url"), QString::fromUtf8(hosted)}});
    }
    return FakeResponse::text(200, hosted);
}

FakeResponse FakeMetricool::bestTimes(const CapturedRequest &request) const
{
    const QString provider = request.path.section(u'/', -1);
    static const QStringList supported{QStringLiteral("twitter"),
                                       QStringLiteral("facebook"),
                                       QStringLiteral("instagram"),
                                       QStringLiteral("linkedin"),
                                       QStringLiteral("youtube"),
                                       QStringLiteral("tiktok")};
    if (!supported.contains(provider)) {
        return problem(400, QStringLiteral("unsupported provider"));
    }
    QJsonArray grid;
    for (int day = 1; day <= 7; ++day) {
        for (int hour = 0; hour < 24; ++hour) {
            grid.append(QJsonObject{{QStringLiteral("dayOfWeek"), day},
                                    {QStringLiteral("hour"), hour},
                                    {QStringLiteral("value"), day == 3 && hour == 18 ? 95 : hour}});
        }
    }
    return FakeResponse::json(200, QJsonObject{{QStringLiteral("data"), grid}});
}

} // namespace Bfs::Fakes
