#include "faketeams.h"

#include <QJsonArray>
#include <QJsonObject>

namespace Bfs::Fakes {

namespace {

FakeResponse flowError(int status, const QString &code)
{
    return FakeResponse::json(status,
                              QJsonObject{{QStringLiteral("error"),
                                           QJsonObject{{QStringLiteral("code"), code},
                                                       {QStringLiteral("message"), code}}}});
}

} // namespace

FakeTeams::FakeTeams(QObject *parent)
    : FakeServer(parent)
{
    route("POST", QStringLiteral("/workflows/.*"), [this](const CapturedRequest &request) {
        return receive(request);
    });
}

QUrl FakeTeams::webhookUrl() const
{
    return baseUrl().resolved(
        QUrl(QStringLiteral("/workflows/abc123/triggers/manual/paths/invoke?api-version=1"
                            "&sp=%2Ftriggers%2Fmanual%2Frun&sv=1.0&sig=")
             + QString::fromLatin1(kSignature)));
}

FakeResponse FakeTeams::receive(const CapturedRequest &request) const
{
    if (request.query.queryItemValue(QStringLiteral("sig")) != QLatin1String(kSignature)) {
        return flowError(401, QStringLiteral("DirectApiAuthorizationRequired"));
    }
    if (request.hasHeader("Authorization")) {
        return flowError(400, QStringLiteral("DirectApiRequestHasMoreThanOneAuthorization"));
    }
    if (request.body.size() > m_sizeLimit) {
        return flowError(413, QStringLiteral("RequestEntityTooLarge"));
    }
    const QJsonObject body = request.json().object();
    if (!body.value(QStringLiteral("attachments")).isArray()) {
        return flowError(400, QStringLiteral("InvalidTemplate"));
    }
    return FakeResponse::empty(202);
}

} // namespace Bfs::Fakes
