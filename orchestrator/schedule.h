#pragma once

#include <QDateTime>
#include <QList>
#include <QString>
#include <QTime>
#include <QTimeZone>

#include "result.h"

namespace Bfs {

// When a task is due, parsed from the text of a schedule.<task> setting:
//   "weekly MON 06:00"         one local time on one weekday
//   "daily 06:00,12:00,18:00"  local times every day
//   "hourly :15"               a minute past every hour
//   "every 5m"                 every N minutes (1-1440), on multiples of N
//                              since the Unix epoch, so every process agrees
// Local times are judged in the given zone. A weekly or daily time that a
// daylight-saving change skips runs once at the first valid time after it
// (02:30 on spring-forward day runs at 03:00); one that happens twice runs
// once, at its first occurrence. "hourly" runs once in every real hour, so
// the repeated hour of fall-back day runs twice and the skipped one not at all.
class Schedule final
{
public:
    enum class Kind {
        Weekly,
        Daily,
        Hourly,
        Every,
    };

    [[nodiscard]] static Result<Schedule> parse(const QString &text);

    Kind kind() const { return m_kind; }

    QString text() const { return m_text; }

    // The first due time strictly after `after`, in UTC.
    QDateTime nextAfter(const QDateTime &after, const QTimeZone &zone) const;
    // The last due time at or before `time`, in UTC.
    QDateTime latestAtOrBefore(const QDateTime &time, const QTimeZone &zone) const;

private:
    Schedule() = default;

    QDateTime nextLocalAfter(const QDateTime &after, const QTimeZone &zone) const;
    QDateTime nextHourlyAfter(const QDateTime &after, const QTimeZone &zone) const;
    QDateTime nextEveryAfter(const QDateTime &after) const;

    Kind m_kind = Kind::Every;
    QString m_text;
    int m_weekday = 1;
    QList<QTime> m_times;
    int m_minute = 0;
    int m_intervalMinutes = 0;
};

// The UTC instant of a local date and time in `zone`, with the
// daylight-saving rule of Schedule: a skipped time gives the end of the
// gap, a repeated time its first occurrence.
QDateTime resolveLocalTime(const QDate &date, const QTime &time, const QTimeZone &zone);

} // namespace Bfs
