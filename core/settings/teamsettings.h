#pragma once

#include <QMap>
#include <QString>
#include <QStringList>

#include "db/database.h"
#include "result.h"

namespace Bfs {

// Team-wide settings in the database's settings table. Reads go to the
// database every time (they are cheap), so a lead's change on one desktop
// takes effect at the next run everywhere without a restart. Keys must be
// in the SettingsRegistry; unset keys read as their registered default.
// Any thread may use its own TeamSettings.
class TeamSettings final
{
public:
    explicit TeamSettings(DatabasePtr database);

    QString value(const QString &key) const;
    int intValue(const QString &key) const;
    bool boolValue(const QString &key) const;
    QStringList listValue(const QString &key) const;

    [[nodiscard]] VoidResult setValue(const QString &key, const QString &value);

    // Every stored team setting, key → value.
    [[nodiscard]] Result<QMap<QString, QString>> storedValues() const;

    // Stores the registered default of every team setting not stored yet,
    // so `config list` and other desktops see the same values.
    [[nodiscard]] VoidResult seedDefaults();

private:
    DatabasePtr m_database;
};

} // namespace Bfs
