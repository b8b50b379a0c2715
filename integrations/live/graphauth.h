#pragma once

#include <QDateTime>
#include <QUrl>

#include "httpclient.h"

namespace Bfs {

struct GraphConfig
{
    QUrl loginUrl = QUrl(QStringLiteral("https://login.microsoftonline.com"));
    QUrl baseUrl = QUrl(QStringLiteral("https://graph.microsoft.com/v1.0"));
    QString tenantId;
    QString clientId;
    QString clientSecret;
    // The SharePoint site, e.g. https://contoso.sharepoint.com/sites/Marketing.
    QUrl siteUrl;
    // Files up to this size go in one PUT; larger ones through a session.
    qint64 smallUploadLimit = 4 * 1024 * 1024;
    // A multiple of 320 KiB, as upload sessions require.
    qint64 chunkSize = 10 * 320 * 1024;
    // A token with less than this left is renewed before use.
    int renewMarginSeconds = 300;
    int timeoutMs = 120000;
};

// Client-credentials tokens for Microsoft Graph (API.md §3), cached until
// shortly before they expire. There is no refresh token in this flow: a
// new one is simply requested.
class GraphAuth final
{
public:
    GraphAuth(const GraphConfig &config, HttpClient &http);

    Q_DISABLE_COPY_MOVE(GraphAuth)

    [[nodiscard]] Result<QString> token();

    // Forgets the cached token, after Graph refused it.
    void invalidate() { m_token.clear(); }

private:
    const GraphConfig &m_config;
    HttpClient &m_http;
    QString m_token;
    QDateTime m_expiresAt;
};

} // namespace Bfs
