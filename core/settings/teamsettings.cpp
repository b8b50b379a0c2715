#include "teamsettings.h"

#include <QDateTime>

#include "db/sqlquery.h"
#include "db/sqltime.h"
#include "db/transaction.h"
#include "logging.h"
#include "settingsregistry.h"

namespace Bfs {

TeamSettings::TeamSettings(DatabasePtr database)
    : m_database(std::move(database))
{}

QString TeamSettings::value(const QString &key) const
{
    const auto definition = SettingsRegistry::find(key);
    Q_ASSERT_X(definition, "TeamSettings::value", qPrintable(key));
    const QString fallback = definition ? definition->defaultValue : QString();

    SqlQuery query(m_database->connection(),
                   QStringLiteral("SELECT value FROM settings WHERE key = ?"));
    query.bind(key);
    if (auto done = query.exec(); !done) {
        qCWarning(lcSettings) << "reading" << key
                              << "failed, using its default:" << done.errorDetail();
        return fallback;
    }
    return query.next() ? query.value(0).toString() : fallback;
}

int TeamSettings::intValue(const QString &key) const
{
    bool ok = false;
    const int number = value(key).toInt(&ok);
    if (ok) {
        return number;
    }
    const auto definition = SettingsRegistry::find(key);
    qCWarning(lcSettings) << key << "is not a number; using its default";
    return definition ? definition->defaultValue.toInt() : 0;
}

bool TeamSettings::boolValue(const QString &key) const
{
    return value(key).trimmed().toLower() == QLatin1String("true");
}

QStringList TeamSettings::listValue(const QString &key) const
{
    QStringList items;
    const QStringList parts = value(key).split(QLatin1Char(','), Qt::SkipEmptyParts);
    for (const QString &part : parts) {
        if (!part.trimmed().isEmpty()) {
            items.append(part.trimmed());
        }
    }
    return items;
}

VoidResult TeamSettings::setValue(const QString &key, const QString &value)
{
    const auto definition = SettingsRegistry::find(key);
    if (!definition || definition->scope != SettingScope::Team) {
        return makeError(ErrorCode::InvalidArgument,
                         QStringLiteral("%1 is not a team setting").arg(key));
    }
    if (const QString problem = SettingsRegistry::validate(*definition, value);
        !problem.isEmpty()) {
        return makeError(ErrorCode::InvalidArgument, problem);
    }

    SqlQuery query(m_database->connection(),
                   QStringLiteral("INSERT INTO settings (key, value, updated_at) VALUES (?, ?, ?) "
                                  "ON CONFLICT (key) DO UPDATE SET value = excluded.value, "
                                  "updated_at = excluded.updated_at"));
    query.bind(key).bind(value).bind(toSqlTime(QDateTime::currentDateTimeUtc()));
    if (auto done = query.exec(); !done) {
        return done;
    }
    qCInfo(lcSettings) << "team setting" << key << "changed";
    return {};
}

Result<QMap<QString, QString>> TeamSettings::storedValues() const
{
    SqlQuery query(m_database->connection(),
                   QStringLiteral("SELECT key, value FROM settings ORDER BY key"));
    if (auto done = query.exec(); !done) {
        return done.error();
    }
    QMap<QString, QString> values;
    while (query.next()) {
        values.insert(query.value(0).toString(), query.value(1).toString());
    }
    return values;
}

VoidResult TeamSettings::seedDefaults()
{
    // One transaction: every start runs this, and seventy separate commits
    // would cost a noticeable fraction of a second on SQLite.
    Transaction transaction(m_database->connection(), m_database->engine());
    if (auto begun = transaction.begin(); !begun) {
        return begun;
    }

    const QVariant now = toSqlTime(QDateTime::currentDateTimeUtc());
    for (const SettingDefinition &definition : SettingsRegistry::all()) {
        if (definition.scope != SettingScope::Team) {
            continue;
        }
        SqlQuery query(
            m_database->connection(),
            QStringLiteral("INSERT INTO settings (key, value, updated_at) VALUES (?, ?, ?) "
                           "ON CONFLICT (key) DO NOTHING"));
        query.bind(definition.key).bind(definition.defaultValue).bind(now);
        if (auto done = query.exec(); !done) {
            return done;
        }
    }
    return transaction.commit();
}

} // namespace Bfs
