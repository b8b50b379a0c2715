#pragma once

#include <QDate>
#include <QList>

#include "db/database.h"
#include "domain/records.h"
#include "result.h"

namespace Bfs {

// analytics_history: one weekly report a row, written by weekly_analytics
// and read by the Analytics page.
class AnalyticsRepository final
{
public:
    explicit AnalyticsRepository(DatabasePtr database);

    // Keeps one row per week: a report for a week that has one replaces it,
    // so a forced re-run corrects the figures instead of doubling them.
    [[nodiscard]] Result<qint64> save(const AnalyticsReport &report);
    [[nodiscard]] Result<AnalyticsReport> forWeek(const QDate &weekStart) const;
    // Newest week first.
    [[nodiscard]] Result<QList<AnalyticsReport>> recent(int limit) const;

private:
    DatabasePtr m_database;
};

} // namespace Bfs
