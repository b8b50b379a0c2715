#pragma once

#include <QJsonObject>
#include <QUrl>

#include "httpclient.h"
#include "notifier.h"

namespace Bfs {

// Notifications to a Teams channel through a Workflows webhook (API.md §4):
// one Adaptive Card per message with a link back into the app. The webhook
// URL carries its signature, so the whole URL is a secret.
class TeamsNotifier final : public Notifier
{
public:
    explicit TeamsNotifier(const QUrl &webhookUrl);

    QString name() const override { return QStringLiteral("Teams"); }

    [[nodiscard]] VoidResult notify(const NotificationMessage &message) override;

    // Posts a short card saying the connection works.
    [[nodiscard]] VoidResult testConnection();

    HttpClient &http() { return m_http; }

    // The Workflows message for a notification, kept under 20 KB.
    static QJsonObject buildMessage(const NotificationMessage &message);

private:
    QUrl m_webhookUrl;
    HttpClient m_http;
};

} // namespace Bfs
