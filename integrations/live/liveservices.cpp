#include "liveservices.h"

#include "claudecontentgenerator.h"
#include "credentialstore.h"
#include "gptimagegenerator.h"
#include "graphfilestore.h"
#include "httplogging.h"
#include "metricoolscheduler.h"
#include "services.h"
#include "settings/teamsettings.h"
#include "teamsnotifier.h"

namespace Bfs {

namespace {

QUrl urlSetting(const TeamSettings &settings, const char *key)
{
    return QUrl(settings.value(QString::fromLatin1(key)));
}

ClaudeConfig claudeConfig(const TeamSettings &settings, const QString &key)
{
    ClaudeConfig config;
    config.baseUrl = urlSetting(settings, "services.anthropic.base_url");
    config.model = settings.value(QStringLiteral("services.anthropic.model"));
    config.apiKey = key;
    return config;
}

GptImageConfig imageConfig(const TeamSettings &settings, const QString &key)
{
    GptImageConfig config;
    config.baseUrl = urlSetting(settings, "services.openai.base_url");
    config.model = settings.value(QStringLiteral("services.openai.image_model"));
    config.priceCentsPerImage = settings.intValue(QStringLiteral("images.price_cents_per_size"));
    config.apiKey = key;
    return config;
}

GraphConfig graphConfig(const TeamSettings &settings, const QString &secret)
{
    GraphConfig config;
    config.loginUrl = urlSetting(settings, "services.graph.login_url");
    config.baseUrl = urlSetting(settings, "services.graph.base_url");
    config.siteUrl = urlSetting(settings, "services.graph.site_url");
    config.tenantId = settings.value(QStringLiteral("services.graph.tenant_id"));
    config.clientId = settings.value(QStringLiteral("services.graph.client_id"));
    config.clientSecret = secret;
    return config;
}

MetricoolConfig metricoolConfig(const TeamSettings &settings, const QString &token)
{
    MetricoolConfig config;
    config.baseUrl = urlSetting(settings, "services.metricool.base_url");
    config.userId = settings.value(QStringLiteral("services.metricool.user_id"));
    config.blogId = settings.value(QStringLiteral("services.metricool.blog_id"));
    const QString zone = settings.value(QStringLiteral("team.time_zone"));
    config.timeZone = zone.isEmpty() ? QStringLiteral("UTC") : zone;
    config.token = token;
    return config;
}

bool graphConfigured(const GraphConfig &config)
{
    return !config.tenantId.isEmpty() && !config.clientId.isEmpty() && config.siteUrl.isValid()
           && !config.siteUrl.host().isEmpty();
}

} // namespace

QStringList liveServiceNames()
{
    return {QStringLiteral("anthropic"),
            QStringLiteral("openai"),
            QStringLiteral("graph"),
            QStringLiteral("teams"),
            QStringLiteral("metricool")};
}

QString credentialKeyFor(const QString &service)
{
    static const QMap<QString, QString> keys{
        {QStringLiteral("anthropic"), CredentialStore::kAnthropicKey},
        {QStringLiteral("openai"), CredentialStore::kOpenAiKey},
        {QStringLiteral("graph"), CredentialStore::kGraphSecret},
        {QStringLiteral("teams"), CredentialStore::kTeamsWebhook},
        {QStringLiteral("metricool"), CredentialStore::kMetricoolToken},
        {QStringLiteral("database"), CredentialStore::kDatabasePassword}};
    return keys.value(service);
}

void applyLiveServices(Services &services, const DatabasePtr &database, CredentialStore &store)
{
    if (!database) {
        return;
    }
    const TeamSettings settings(database);
    QStringList offline;
    auto secretFor = [&](const QString &service) {
        const QString secret = store.read(credentialKeyFor(service));
        if (secret.isEmpty()) {
            offline.append(service);
        }
        return secret;
    };

    if (const QString key = secretFor(QStringLiteral("anthropic")); !key.isEmpty()) {
        services.content = std::make_unique<ClaudeContentGenerator>(claudeConfig(settings, key));
    }
    if (const QString key = secretFor(QStringLiteral("openai")); !key.isEmpty()) {
        services.images = std::make_unique<GptImageGenerator>(imageConfig(settings, key));
    }
    if (const QString secret = secretFor(QStringLiteral("graph")); !secret.isEmpty()) {
        const GraphConfig config = graphConfig(settings, secret);
        if (graphConfigured(config)) {
            services.files = std::make_unique<GraphFileStore>(config);
        } else {
            qCWarning(lcGraph) << "SharePoint stays offline: services.graph.tenant_id, client_id "
                                  "or site_url is not set";
        }
    }
    if (const QString url = secretFor(QStringLiteral("teams")); !url.isEmpty()) {
        services.notifier = std::make_unique<TeamsNotifier>(QUrl(url));
    }
    const bool testMode = settings.boolValue(QStringLiteral("services.metricool.test_mode"));
    if (!testMode) {
        if (const QString token = secretFor(QStringLiteral("metricool")); !token.isEmpty()) {
            services.scheduler = std::make_unique<MetricoolScheduler>(
                metricoolConfig(settings, token));
        }
    }

    if (!offline.isEmpty()) {
        qCWarning(lcCredentials).noquote()
            << QStringLiteral("Offline for lack of a secret: %1 (set one with "
                              "`bfs-marketing credentials set SERVICE`)")
                   .arg(offline.join(QStringLiteral(", ")));
    }
}

Result<QString> testServiceConnection(const QString &service,
                                      const DatabasePtr &database,
                                      CredentialStore &store)
{
    const QString secret = store.read(credentialKeyFor(service));
    if (secret.isEmpty()) {
        return makeError(
            ErrorCode::InvalidArgument,
            QStringLiteral("no credential for %1 (bfs-marketing credentials set %1)").arg(service));
    }
    const TeamSettings settings(database);
    VoidResult verdict;
    if (service == QLatin1String("anthropic")) {
        verdict = ClaudeContentGenerator(claudeConfig(settings, secret)).testConnection();
    } else if (service == QLatin1String("openai")) {
        verdict = GptImageGenerator(imageConfig(settings, secret)).testConnection();
    } else if (service == QLatin1String("graph")) {
        verdict = GraphFileStore(graphConfig(settings, secret)).testConnection();
    } else if (service == QLatin1String("teams")) {
        verdict = TeamsNotifier(QUrl(secret)).testConnection();
    } else if (service == QLatin1String("metricool")) {
        verdict = MetricoolScheduler(metricoolConfig(settings, secret)).testConnection();
    } else {
        return makeError(ErrorCode::InvalidArgument,
                         QStringLiteral("unknown service %1").arg(service));
    }
    if (!verdict) {
        return verdict.error();
    }
    return QStringLiteral("%1: connected").arg(service);
}

} // namespace Bfs
