#pragma once

#include <QSqlDatabase>

#include "databaselocation.h"
#include "result.h"

namespace Bfs {

// Numbered schema migrations, one SQL file each under core/db/migrations/,
// written once for both engines with ${ID}, ${BIGINT} and ${REAL} standing
// for the column types that differ. Each migration runs in its own
// transaction and is recorded in schema_migrations, so re-running is a no-op.
class Migrations final
{
public:
    Migrations(const QSqlDatabase &connection, DatabaseEngine engine);

    [[nodiscard]] VoidResult migrate();
    [[nodiscard]] VoidResult checkNotNewer() const;

    // 0 for an empty database.
    int currentVersion() const;
    static int latestVersion();

private:
    [[nodiscard]] VoidResult migrateLocked();
    [[nodiscard]] VoidResult ensureVersionTable();
    [[nodiscard]] VoidResult apply(int version, const QString &name, const QString &script);
    QStringList statements(const QString &script) const;

    QSqlDatabase m_connection;
    DatabaseEngine m_engine;
};

} // namespace Bfs
