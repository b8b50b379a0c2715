#include "configcommand.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include "settings/desktopsettings.h"
#include "settings/settingsregistry.h"
#include "settings/teamsettings.h"

namespace Bfs::App {

namespace {

QString currentValue(const SettingDefinition &definition, const DatabasePtr &database)
{
    return definition.scope == SettingScope::Team ? TeamSettings(database).value(definition.key)
                                                  : DesktopSettings::value(definition.key);
}

QString scopeName(SettingScope scope)
{
    return scope == SettingScope::Team ? QStringLiteral("team") : QStringLiteral("desktop");
}

int listSettings(CommandContext &context, const DatabasePtr &database)
{
    QJsonArray array;
    for (const SettingDefinition &definition : SettingsRegistry::all()) {
        const QString value = currentValue(definition, database);
        if (context.json()) {
            array.append(QJsonObject{{QStringLiteral("key"), definition.key},
                                     {QStringLiteral("value"), value},
                                     {QStringLiteral("default"), definition.defaultValue},
                                     {QStringLiteral("scope"), scopeName(definition.scope)},
                                     {QStringLiteral("description"), definition.description}});
        } else {
            context.out() << definition.key << " = " << value << "\n";
        }
    }
    if (context.json()) {
        context.out() << QString::fromUtf8(QJsonDocument(array).toJson(QJsonDocument::Indented));
    }
    return ExitSuccess;
}

int getSetting(CommandContext &context, const DatabasePtr &database, const QString &key)
{
    const auto definition = SettingsRegistry::find(key);
    if (!definition) {
        return context.usageError(
            QStringLiteral("there is no setting named %1 (see config list)").arg(key));
    }
    context.out() << currentValue(*definition, database) << "\n";
    return ExitSuccess;
}

int setSetting(CommandContext &context,
               const DatabasePtr &database,
               const QString &key,
               const QString &value)
{
    const auto definition = SettingsRegistry::find(key);
    if (!definition) {
        return context.usageError(
            QStringLiteral("there is no setting named %1 (see config list)").arg(key));
    }
    const VoidResult stored = definition->scope == SettingScope::Team
                                  ? TeamSettings(database).setValue(key, value)
                                  : DesktopSettings::setValue(key, value);
    if (!stored) {
        return context.usageError(stored.errorDetail());
    }
    context.out() << key << " = " << value << "\n";
    return ExitSuccess;
}

int runConfig(CommandContext &context)
{
    const QStringList arguments = context.positional();
    const QString action = arguments.value(0);
    const bool wellFormed = (action == QLatin1String("list") && arguments.size() == 1)
                            || (action == QLatin1String("get") && arguments.size() == 2)
                            || (action == QLatin1String("set") && arguments.size() == 3);
    if (!wellFormed) {
        return context.usageError(
            QStringLiteral("use config list, config get KEY or config set KEY VALUE"));
    }

    const auto database = context.database();
    if (!database) {
        return ExitUsage;
    }
    if (action == QLatin1String("list")) {
        return listSettings(context, *database);
    }
    if (action == QLatin1String("get")) {
        return getSetting(context, *database, arguments.at(1));
    }
    return setSetting(context, *database, arguments.at(1), arguments.at(2));
}

} // namespace

Command configCommand()
{
    return {QStringLiteral("config"),
            QStringLiteral("Read and change settings (secrets excepted)."),
            QStringLiteral("list | get KEY | set KEY VALUE"),
            {},
            runConfig};
}

} // namespace Bfs::App
