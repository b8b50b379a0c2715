#include "desktopsettings.h"

#include <QSettings>

#include "settingsregistry.h"

namespace Bfs {

namespace {

// QSettings is cheap to construct and not copyable; each call opens the
// same per-user store.
class Store final : public QSettings
{
public:
    Store()
        : QSettings(QSettings::NativeFormat,
                    QSettings::UserScope,
                    QStringLiteral("BFS"),
                    QStringLiteral("BFS Marketing"))
    {}
};

} // namespace

QString DesktopSettings::value(const QString &key)
{
    const auto definition = SettingsRegistry::find(key);
    const QString fallback = definition ? definition->defaultValue : QString();
    return Store().value(key, fallback).toString();
}

VoidResult DesktopSettings::setValue(const QString &key, const QString &value)
{
    const auto definition = SettingsRegistry::find(key);
    if (!definition || definition->scope != SettingScope::Desktop) {
        return makeError(ErrorCode::InvalidArgument,
                         QStringLiteral("%1 is not a desktop setting").arg(key));
    }
    if (const QString problem = SettingsRegistry::validate(*definition, value);
        !problem.isEmpty()) {
        return makeError(ErrorCode::InvalidArgument, problem);
    }
    Store settings;
    settings.setValue(key, value);
    settings.sync();
    if (settings.status() != QSettings::NoError) {
        return makeError(ErrorCode::Io, QStringLiteral("cannot write %1").arg(settings.fileName()));
    }
    return {};
}

QVariant DesktopSettings::uiState(const QString &key)
{
    return Store().value(QStringLiteral("ui/") + key);
}

void DesktopSettings::setUiState(const QString &key, const QVariant &value)
{
    Store().setValue(QStringLiteral("ui/") + key, value);
}

QString DesktopSettings::reviewerName()
{
    const QString configured = value(QString::fromLatin1(SettingKeys::kReviewerName)).trimmed();
    if (!configured.isEmpty()) {
        return configured;
    }
    const QString login = qEnvironmentVariable("USER", qEnvironmentVariable("USERNAME"));
    return login.isEmpty() ? QStringLiteral("reviewer") : login;
}

} // namespace Bfs
