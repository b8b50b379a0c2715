#pragma once

#include <memory>

#include <QString>
#include <QTemporaryDir>

#include "db/database.h"

namespace Bfs::Test {

// Adds the global `engine` column to a suite's initTestCase_data(), so every
// test function runs once on SQLite and once on PostgreSQL.
void addEngineRows();

// The engine of the current global data row ("sqlite" or "postgresql");
// call it from test functions, which run once per global row.
QString currentEngine();

// A fresh, migrated database for one test: a SQLite file in a temporary
// folder, or a new database in the throwaway PostgreSQL cluster that ctest's
// `postgres` fixture started. PostgreSQL being unavailable is a failure,
// never a skip: these tests must really run on both engines.
class TestDatabase final
{
public:
    explicit TestDatabase(const QString &engine);

    Q_DISABLE_COPY_MOVE(TestDatabase)

    bool isValid() const { return m_database != nullptr; }

    QString errorText() const { return m_error; }

    DatabasePtr database() const { return m_database; }

    // A URL for --database, so the real executable sees the same data.
    QString url() const { return m_url; }

    QString dataDir() const { return m_dataDir.path(); }

    // A second, independent handle on the same data (another desktop).
    DatabasePtr openAnother() const;

private:
    QTemporaryDir m_dataDir;
    QString m_url;
    DatabasePtr m_database;
    QString m_error;
};

// One database per engine shared by every row of a large data-driven test
// whose rows work on posts of their own: creating a database costs about
// half a second, a row a few milliseconds. Release them in cleanupTestCase().
TestDatabase &sharedDatabase(const QString &engine);
void releaseSharedDatabases();

// The cluster's admin URL, or an empty string when no cluster is running.
QString postgresAdminUrl();

} // namespace Bfs::Test

// Opens a TestDatabase for the current engine row or fails the test.
#define BFS_OPEN_TEST_DATABASE(name)                                                               \
    Bfs::Test::TestDatabase name(Bfs::Test::currentEngine());                                      \
    QVERIFY2(name.isValid(), qPrintable(name.errorText()))
