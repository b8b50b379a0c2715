#include "settingsregistry.h"

#include <QRegularExpression>

namespace Bfs {

namespace {

SettingDefinition team(const char *key,
                       const char *defaultValue,
                       SettingType type,
                       const char *description)
{
    return {QString::fromLatin1(key),
            QString::fromUtf8(defaultValue),
            SettingScope::Team,
            type,
            QString::fromUtf8(description)};
}

SettingDefinition desktop(const char *key,
                          const char *defaultValue,
                          SettingType type,
                          const char *description)
{
    return {QString::fromLatin1(key),
            QString::fromUtf8(defaultValue),
            SettingScope::Desktop,
            type,
            QString::fromUtf8(description)};
}

struct TaskDefaults
{
    const char *task;
    const char *schedule;
};

// SPEC.md's default schedules. Formats: "weekly MON 06:00",
// "daily 06:00,12:00,18:00", "hourly :15", "every 5m".
constexpr TaskDefaults kTaskDefaults[] = {
    {"generate_content", "weekly MON 06:00"},
    {"generate_pending_images", "daily 06:00,12:00,18:00"},
    {"publish_to_metricool", "hourly :00"},
    {"check_approvals", "hourly :15"},
    {"notify_designers", "daily 06:00,12:00,18:00"},
    {"check_designs", "daily 06:45,12:45,18:45"},
    {"create_video_folders", "every 5m"},
    {"sync_sharepoint_videos", "every 15m"},
    {"backup_approved_posts", "daily 23:00"},
    {"weekly_analytics", "weekly FRI 17:00"},
    {"health_check", "every 30m"},
};

QList<SettingDefinition> buildRegistry()
{
    QList<SettingDefinition> settings = {
        team("team.time_zone",
             "",
             SettingType::Text,
             "IANA time zone schedules are evaluated in; empty means this machine's zone"),
        team("content.posts_per_week",
             "65",
             SettingType::Integer,
             "Posts generate_content makes per week"),
        team("content.office_posts_per_week",
             "53",
             SettingType::Integer,
             "Of those, posts for offices (the rest go to brand accounts)"),
        team("content.video_share_percent",
             "20",
             SettingType::Integer,
             "Share of video posts, in percent"),
        team("content.brand_voice",
             "Warm, plain-spoken and expert; local to each office.",
             SettingType::Text,
             "Brand voice given to the content generator"),
        team("content.topics_to_avoid",
             "",
             SettingType::List,
             "Comma-separated topics never to write about"),
        team("workflow.rejection_reasons",
             "off_brand,factual_error,wrong_office,tone,image_quality,duplicate,other",
             SettingType::List,
             "Reason codes a reviewer can give when rejecting"),
        team("orchestrator.paused", "false", SettingType::Boolean, "Pause every scheduled run"),
        team("orchestrator.max_parallel_runs",
             "2",
             SettingType::Integer,
             "How many different tasks may run at the same time"),
        team("approvals.reminder_hours",
             "24",
             SettingType::Integer,
             "Stage 1 wait before a reminder"),
        team("approvals.escalation_hours",
             "48",
             SettingType::Integer,
             "Stage 1 wait before an escalation"),
        team("design.reminder_hours", "24", SettingType::Integer, "Design wait before a reminder"),
        team("design.escalation_hours",
             "48",
             SettingType::Integer,
             "Design wait before an escalation"),
        team("health.max_database_mb",
             "500",
             SettingType::Integer,
             "Database size that raises an alert"),
        team(
            "health.max_disk_percent", "90", SettingType::Integer, "Disk use that raises an alert"),
        team("health.max_memory_percent",
             "90",
             SettingType::Integer,
             "Memory use that raises an alert"),
        team("health.stuck_hours",
             "4",
             SettingType::Integer,
             "Hours in an automated stage after which a post counts as stuck"),
        team("images.price_cents_per_size",
             "4",
             SettingType::Integer,
             "Cost of one generated image when the service reports no usage, in cents"),
        team("video.platform_words",
             "General,Reels,TikTok,Shorts,Stories",
             SettingType::List,
             "Platform words accepted in clip file names ({Office}_{Platform}.mp4)"),
        team("services.anthropic.base_url",
             "https://api.anthropic.com",
             SettingType::Text,
             "Claude API address (a proxy or a test fake may stand in)"),
        team("services.anthropic.model", "claude-sonnet-4-5", SettingType::Text, "Claude model id"),
        team("services.openai.base_url",
             "https://api.openai.com/v1",
             SettingType::Text,
             "OpenAI API address"),
        team("services.openai.image_model", "gpt-image-1", SettingType::Text, "GPT Image model"),
        team("services.graph.login_url",
             "https://login.microsoftonline.com",
             SettingType::Text,
             "Microsoft sign-in address for Graph tokens"),
        team("services.graph.base_url",
             "https://graph.microsoft.com/v1.0",
             SettingType::Text,
             "Microsoft Graph address"),
        team("services.graph.site_url",
             "",
             SettingType::Text,
             "SharePoint site, e.g. https://contoso.sharepoint.com/sites/Marketing"),
        team("services.graph.tenant_id", "", SettingType::Text, "Entra tenant id of the Graph app"),
        team("services.graph.client_id", "", SettingType::Text, "Client id of the Graph app"),
        team("services.metricool.base_url",
             "https://app.metricool.com/api",
             SettingType::Text,
             "Metricool API address"),
        team("services.metricool.user_id", "", SettingType::Text, "Metricool account id (userId)"),
        team("services.metricool.blog_id", "", SettingType::Text, "Metricool brand id (blogId)"),
        team("services.metricool.test_mode",
             "true",
             SettingType::Boolean,
             "Log what would be scheduled instead of scheduling it on Metricool"),
        team(
            "publishing.best_times.facebook",
            "09:00,13:00,16:00",
            SettingType::List,
            "Facebook publish times (team time zone) that publish_to_metricool spreads posts over"),
        team("publishing.best_times.instagram",
             "11:00,14:00,19:00",
             SettingType::List,
             "Instagram publish times (team time zone)"),
        team("publishing.best_times.twitter",
             "08:00,12:00,17:00",
             SettingType::List,
             "Twitter/X publish times (team time zone)"),
        team("publishing.best_times.stories",
             "10:00,15:00,20:00",
             SettingType::List,
             "Stories publish times (team time zone)"),
        team("publishing.best_times.tiktok",
             "12:00,18:00,21:00",
             SettingType::List,
             "TikTok publish times (team time zone)"),
        team("publishing.best_times.youtube_shorts",
             "12:00,17:00,20:00",
             SettingType::List,
             "YouTube Shorts publish times (team time zone)"),
        desktop("reviewer.name",
                "",
                SettingType::Text,
                "Name recorded with this desktop's approvals; empty means the login name"),
    };

    for (const auto &defaults : kTaskDefaults) {
        const QString task = QString::fromLatin1(defaults.task);
        settings.append({scheduleSettingKey(task),
                         QString::fromLatin1(defaults.schedule),
                         SettingScope::Team,
                         SettingType::Schedule,
                         QStringLiteral("When %1 runs").arg(task)});
        settings.append({taskEnabledSettingKey(task),
                         QStringLiteral("true"),
                         SettingScope::Team,
                         SettingType::Boolean,
                         QStringLiteral("Whether %1 runs at all").arg(task)});
    }
    return settings;
}

} // namespace

QString scheduleSettingKey(const QString &task)
{
    return QStringLiteral("schedule.") + task;
}

QString taskEnabledSettingKey(const QString &task)
{
    return QStringLiteral("task.%1.enabled").arg(task);
}

const QList<SettingDefinition> &SettingsRegistry::all()
{
    static const QList<SettingDefinition> registry = buildRegistry();
    return registry;
}

std::optional<SettingDefinition> SettingsRegistry::find(const QString &key)
{
    for (const SettingDefinition &definition : all()) {
        if (definition.key == key) {
            return definition;
        }
    }
    return std::nullopt;
}

QString SettingsRegistry::validate(const SettingDefinition &definition, const QString &value)
{
    switch (definition.type) {
    case SettingType::Integer: {
        bool ok = false;
        value.toLongLong(&ok);
        return ok ? QString()
                  : QStringLiteral("%1 takes a whole number, not \"%2\"")
                        .arg(definition.key, value);
    }
    case SettingType::Boolean:
        if (value == QLatin1String("true") || value == QLatin1String("false")) {
            return {};
        }
        return QStringLiteral("%1 takes true or false, not \"%2\"").arg(definition.key, value);
    case SettingType::Text:
    case SettingType::Schedule:
    case SettingType::List:
        return {};
    }
    return {};
}

} // namespace Bfs
