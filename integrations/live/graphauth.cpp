#include "graphauth.h"

#include <QJsonDocument>
#include <QJsonObject>

#include "httplogging.h"

namespace Bfs {

GraphAuth::GraphAuth(const GraphConfig &config, HttpClient &http)
    : m_config(config)
    , m_http(http)
{
    m_http.addSecret(m_config.clientSecret);
}

Result<QString> GraphAuth::token()
{
    const QDateTime now = QDateTime::currentDateTimeUtc();
    if (!m_token.isEmpty() && now.secsTo(m_expiresAt) > m_config.renewMarginSeconds) {
        return m_token;
    }

    const QByteArray form =
        "client_id=" + QUrl::toPercentEncoding(m_config.clientId)
        + "&client_secret=" + QUrl::toPercentEncoding(m_config.clientSecret) + "&scope="
        + QUrl::toPercentEncoding(QStringLiteral("https://graph.microsoft.com/.default"))
        + "&grant_type=client_credentials";
    HttpRequest request;
    request.method = "POST";
    request.url = m_config.loginUrl;
    request.url.setPath(request.url.path() + QLatin1Char('/') + m_config.tenantId
                        + QStringLiteral("/oauth2/v2.0/token"));
    request.headers = {{"Content-Type", "application/x-www-form-urlencoded"}};
    request.body = form;
    request.timeoutMs = m_config.timeoutMs;

    const HttpResponse response = m_http.send(request);
    if (!response.ok()) {
        return m_http.errorFor(response, QStringLiteral("getting a token"));
    }
    const QJsonObject reply = QJsonDocument::fromJson(response.body).object();
    m_token = reply.value(QStringLiteral("access_token")).toString();
    if (m_token.isEmpty()) {
        return makeError(ErrorCode::Service,
                         QStringLiteral("Graph: the token reply held no token"));
    }
    m_http.addSecret(m_token);
    m_expiresAt = now.addSecs(reply.value(QStringLiteral("expires_in")).toInt(3599));
    qCDebug(lcGraph) << "New Graph token, valid until" << m_expiresAt;
    return m_token;
}

} // namespace Bfs
