#pragma once

#include <QJsonArray>

#include "fakeserver.h"

namespace Bfs::Fakes {

// Metricool's API (API.md §5) under /api: brands, scheduler posts (create
// and list), media normalisation and best times, with its validation and
// the create that times out after it has stored the post.
class FakeMetricool final : public FakeServer
{
    Q_OBJECT

public:
    explicit FakeMetricool(QObject *parent = nullptr);

    QUrl apiUrl() const { return baseUrl().resolved(QUrl(QStringLiteral("/api"))); }

    static constexpr auto kToken = "mc-token-abcdef123456";
    static constexpr auto kUserId = "3001";
    static constexpr auto kBlogId = "42";

    // The next create stores the post, then never answers.
    void storeThenHangNextCreate() { m_hangAfterStore = true; }

    void setNormalizeAnswersJson(bool json) { m_normalizeJson = json; }

    const QJsonArray &posts() const { return m_posts; }

private:
    FakeResponse guard(const CapturedRequest &request) const;
    FakeResponse createPost(const CapturedRequest &request);
    QString validate(const QJsonObject &post) const;
    FakeResponse normalize(const CapturedRequest &request) const;
    FakeResponse bestTimes(const CapturedRequest &request) const;

    QJsonArray m_posts;
    int m_nextId = 1000;
    bool m_hangAfterStore = false;
    bool m_normalizeJson = false;
};

} // namespace Bfs::Fakes
