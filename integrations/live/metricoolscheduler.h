#pragma once

#include <functional>

#include <QUrl>

#include "httpclient.h"
#include "socialscheduler.h"

namespace Bfs {

struct MetricoolConfig
{
    QUrl baseUrl = QUrl(QStringLiteral("https://app.metricool.com/api"));
    QString token;
    QString userId;
    QString blogId;
    // IANA zone the publication times are written in.
    QString timeZone = QStringLiteral("UTC");
    int timeoutMs = 60000;
};

struct MetricoolBrand
{
    QString id;
    QString label;
    QString timeZone;
};

struct BestTime
{
    int dayOfWeek = 1; // 1 = Sunday … 7 = Saturday, as Metricool counts
    int hour = 0;
    double value = 0;
};

// Live scheduling through Metricool (API.md §5). One Metricool post per
// platform, so each keeps its own caption and time; a platform whose id is
// already in the post's external ids is skipped, so a re-run never posts
// twice. A create is never repeated blindly: after a time-out or a 5xx the
// scheduled posts are listed first to see whether the first attempt landed.
class MetricoolScheduler final : public SocialScheduler
{
public:
    // Turns a local media file into a public URL Metricool can fetch.
    using MediaPublisher = std::function<Result<QUrl>(const QString &localPath)>;

    explicit MetricoolScheduler(MetricoolConfig config);

    QString name() const override { return QStringLiteral("Metricool"); }

    bool testMode() const override { return false; }

    [[nodiscard]] Result<ScheduleOutcome> schedule(const ScheduleRequest &request) override;

    [[nodiscard]] Result<QList<MetricoolBrand>> brands();
    [[nodiscard]] Result<QList<BestTime>> bestTimes(const QString &provider,
                                                    const QDate &from,
                                                    const QDate &to);
    // Metricool's re-hosted copy of a public media URL.
    [[nodiscard]] Result<QUrl> normalizeMedia(const QUrl &source);
    [[nodiscard]] VoidResult testConnection();

    void setMediaPublisher(MediaPublisher publisher) { m_publisher = std::move(publisher); }

    HttpClient &http() { return m_http; }

    // Metricool's network name and per-network fields for a platform.
    static QString networkFor(Platform platform);

private:
    QUrl endpoint(const QString &path, QList<QPair<QString, QString>> query = {}) const;
    HttpRequest request(const QByteArray &method, const QUrl &url) const;
    Result<QStringList> mediaUrls(const ScheduleRequest &request, Platform platform);
    Result<QJsonObject> postBody(const ScheduleRequest &request, Platform platform);
    Result<QJsonObject> create(const QJsonObject &body);
    Result<std::optional<QJsonObject>> findScheduled(const QJsonObject &body);

    MetricoolConfig m_config;
    HttpClient m_http;
    MediaPublisher m_publisher;
};

} // namespace Bfs
