#pragma once

#include <optional>

#include <QList>
#include <QString>

namespace Bfs {

// Team settings live in the database's settings table and are shared by
// every desktop; desktop settings live in this machine's QSettings.
enum class SettingScope {
    Team,
    Desktop,
};

enum class SettingType {
    Text,
    Integer,
    Boolean,
    Schedule,
    List,
};

struct SettingDefinition
{
    QString key;
    QString defaultValue;
    SettingScope scope = SettingScope::Team;
    SettingType type = SettingType::Text;
    QString description;
};

// Every setting the app knows, with its default and scope, in one table.
// Secrets are not settings: they live in the OS keychain.
class SettingsRegistry final
{
public:
    static const QList<SettingDefinition> &all();
    static std::optional<SettingDefinition> find(const QString &key);

    // Checks a value against the setting's type; returns a reason when it
    // does not fit, or an empty string.
    static QString validate(const SettingDefinition &definition, const QString &value);
};

namespace SettingKeys {
inline constexpr auto kTeamTimeZone = "team.time_zone";
inline constexpr auto kPostsPerWeek = "content.posts_per_week";
inline constexpr auto kOfficePostsPerWeek = "content.office_posts_per_week";
inline constexpr auto kVideoSharePercent = "content.video_share_percent";
inline constexpr auto kBrandVoice = "content.brand_voice";
inline constexpr auto kTopicsToAvoid = "content.topics_to_avoid";
inline constexpr auto kRejectionReasons = "workflow.rejection_reasons";
inline constexpr auto kOrchestratorPaused = "orchestrator.paused";
inline constexpr auto kMaxParallelRuns = "orchestrator.max_parallel_runs";
inline constexpr auto kReviewerName = "reviewer.name";
} // namespace SettingKeys

// "schedule.<task>" and "task.<task>.enabled" for each of the 11 tasks.
QString scheduleSettingKey(const QString &task);
QString taskEnabledSettingKey(const QString &task);

} // namespace Bfs
