#pragma once

#include <memory>

#include <QDateTime>
#include <QSqlDatabase>

#include "databaselocation.h"
#include "result.h"

namespace Bfs {

// The team's database. Open it once per process with open(), which checks
// the location, refuses what is not ours or is newer than this build, and
// runs the migrations. Any thread may then call connection(): each thread
// gets its own QSqlDatabase, created on first use and closed when the
// thread ends, because Qt connections must not cross threads.
class Database final
{
public:
    ~Database();

    Q_DISABLE_COPY_MOVE(Database)

    [[nodiscard]] static Result<std::shared_ptr<Database>> open(const DatabaseLocation &location);

    // Connects and checks without creating, migrating or changing anything.
    [[nodiscard]] static VoidResult probe(const DatabaseLocation &location);

    QSqlDatabase connection() const;

    DatabaseEngine engine() const { return m_location.engine; }

    const DatabaseLocation &location() const { return m_location; }

    QString describe() const { return m_location.describe(); }

    // The database's clock where there is a server, so desktops with skewed
    // clocks agree on due times and leases; the local clock for SQLite.
    QDateTime currentTime() const;

    int schemaVersion() const;

private:
    explicit Database(const DatabaseLocation &location);

    [[nodiscard]] Result<QSqlDatabase> openConnection() const;

    DatabaseLocation m_location;
    QString m_connectionPrefix;
};

using DatabasePtr = std::shared_ptr<Database>;

} // namespace Bfs
