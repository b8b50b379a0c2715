#include "clock.h"

#include "orchestratorlogging.h"

namespace Bfs {

namespace {

// Milliseconds to add to the real clock, from the test-only BFS_TEST_NOW.
qint64 testOffsetMs()
{
    static const qint64 offset = [] {
        const QString text = qEnvironmentVariable("BFS_TEST_NOW");
        if (text.isEmpty()) {
            return qint64(0);
        }
        const QDateTime start = QDateTime::fromString(text, Qt::ISODateWithMs);
        if (!start.isValid()) {
            qCWarning(lcScheduler) << "ignoring BFS_TEST_NOW, not an ISO 8601 time:" << text;
            return qint64(0);
        }
        qCInfo(lcScheduler) << "test clock starts at" << start.toUTC().toString(Qt::ISODate);
        return start.toMSecsSinceEpoch() - QDateTime::currentMSecsSinceEpoch();
    }();
    return offset;
}

} // namespace

Clock databaseClock(const DatabasePtr &database)
{
    const qint64 offset = testOffsetMs();
    return [database, offset] {
        return database->currentTime().addMSecs(offset);
    };
}

} // namespace Bfs
