#pragma once

#include <QJsonObject>
#include <QSet>
#include <QUrl>

#include "contentgenerator.h"
#include "httpclient.h"

namespace Bfs {

struct ClaudeConfig
{
    QUrl baseUrl = QUrl(QStringLiteral("https://api.anthropic.com"));
    QString apiKey;
    QString model = QStringLiteral("claude-sonnet-4-5");
    // A post of four captions takes roughly 600 output tokens, so a batch
    // of 8 stays well under this cap.
    int maxTokens = 8192;
    int batchSize = 8;
    // Attempts per batch before the week fails; invalid posts are asked
    // for again, with the reasons, on each further attempt.
    int maxAttempts = 3;
    int timeoutMs = 600000;
};

// The week's posts from Claude (API.md §1) by forced tool use: the app
// plans each post's owner, kind and platforms (one "slot" each) and Claude
// writes title, topic, captions and, for videos, concept and script, via
// the emit_posts tool. Every post is validated; a reply cut at max_tokens
// counts as a failure of the whole batch.
class ClaudeContentGenerator final : public ContentGenerator
{
public:
    struct Slot
    {
        int index = 0;
        QString owner;
        bool office = true;
        PostKind kind = PostKind::Image;
        QList<Platform> platforms;
    };

    explicit ClaudeContentGenerator(ClaudeConfig config);

    QString name() const override { return QStringLiteral("Claude"); }

    [[nodiscard]] Result<QList<Post>> generateWeek(const ContentRequest &request) override;

    [[nodiscard]] VoidResult testConnection();

    HttpClient &http() { return m_http; }

    static QList<Slot> planSlots(const ContentRequest &request);
    static QJsonObject toolDefinition();

private:
    struct BatchResult
    {
        QList<Post> posts;
        QList<Slot> retry;
        QStringList problems;
    };

    Result<QList<Post>> writeBatch(const ContentRequest &request, QList<Slot> pending);
    Result<BatchResult> askOnce(const ContentRequest &request,
                                const QList<Slot> &pending,
                                const QStringList &problems);
    QJsonObject requestBody(const ContentRequest &request,
                            const QList<Slot> &pending,
                            const QStringList &problems) const;
    QString validate(const QJsonObject &item, const Slot &slot) const;
    Post toPost(const ContentRequest &request, const QJsonObject &item, const Slot &slot);

    ClaudeConfig m_config;
    HttpClient m_http;
    QSet<QString> m_titles;
};

} // namespace Bfs
