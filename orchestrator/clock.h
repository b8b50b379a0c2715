#pragma once

#include <functional>

#include <QDateTime>

#include "db/database.h"

namespace Bfs {

// "Now" for the scheduler and the leases, in UTC. Passed in so tests drive
// time; any thread may call it.
using Clock = std::function<QDateTime()>;

// The database's clock (the server's on PostgreSQL, so desktops with
// skewed clocks agree). Test only: when the environment variable
// BFS_TEST_NOW holds an ISO 8601 time, the clock starts there at process
// start and runs on at normal speed.
Clock databaseClock(const DatabasePtr &database);

} // namespace Bfs
