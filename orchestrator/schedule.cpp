#include "schedule.h"

#include <algorithm>

#include <QRegularExpression>
#include <QStringList>

namespace Bfs {

namespace {

constexpr qint64 kMinuteMs = 60 * 1000;
constexpr qint64 kHourMs = 60 * kMinuteMs;
constexpr int kMaxIntervalMinutes = 24 * 60;

const char *const kWeekdays[] = {"MON", "TUE", "WED", "THU", "FRI", "SAT", "SUN"};

Error invalid(const QString &text, const QString &why)
{
    return makeError(ErrorCode::InvalidArgument,
                     QStringLiteral("invalid schedule \"%1\": %2").arg(text, why));
}

int parseWeekday(const QString &word)
{
    for (int day = 0; day < 7; ++day) {
        if (word.compare(QLatin1String(kWeekdays[day]), Qt::CaseInsensitive) == 0) {
            return day + 1;
        }
    }
    return 0;
}

QTime parseTime(const QString &word)
{
    static const QRegularExpression pattern(QStringLiteral("^(\\d{1,2}):(\\d{2})$"));
    const auto match = pattern.match(word.trimmed());
    if (!match.hasMatch()) {
        return {};
    }
    return QTime(match.captured(1).toInt(), match.captured(2).toInt());
}

// Minutes from "5m", "30m", "2h"; 0 when the word is not a duration.
int parseInterval(const QString &word)
{
    static const QRegularExpression pattern(QStringLiteral("^(\\d{1,4})([mh])$"));
    const auto match = pattern.match(word.toLower());
    if (!match.hasMatch()) {
        return 0;
    }
    const int number = match.captured(1).toInt();
    return match.captured(2) == QLatin1String("h") ? number * 60 : number;
}

} // namespace

Result<Schedule> Schedule::parse(const QString &text)
{
    const QStringList words = text.simplified().split(QLatin1Char(' '), Qt::SkipEmptyParts);
    if (words.isEmpty()) {
        return invalid(text, QStringLiteral("it is empty"));
    }

    Schedule schedule;
    schedule.m_text = words.join(QLatin1Char(' '));
    const QString kind = words.first().toLower();
    if (kind == QLatin1String("weekly") && words.size() == 3) {
        schedule.m_kind = Kind::Weekly;
        schedule.m_weekday = parseWeekday(words.at(1));
        if (schedule.m_weekday == 0) {
            return invalid(text,
                           QStringLiteral("the day must be one of MON TUE WED THU FRI SAT SUN"));
        }
        const QTime time = parseTime(words.at(2));
        if (!time.isValid()) {
            return invalid(text, QStringLiteral("the time must be HH:MM"));
        }
        schedule.m_times = {time};
        return schedule;
    }
    if (kind == QLatin1String("daily") && words.size() >= 2) {
        schedule.m_kind = Kind::Daily;
        const QStringList times = words.mid(1).join(QString()).split(QLatin1Char(','),
                                                                     Qt::SkipEmptyParts);
        for (const QString &word : times) {
            const QTime time = parseTime(word);
            if (!time.isValid()) {
                return invalid(text, QStringLiteral("\"%1\" is not a time HH:MM").arg(word));
            }
            schedule.m_times.append(time);
        }
        std::sort(schedule.m_times.begin(), schedule.m_times.end());
        schedule.m_times.erase(std::unique(schedule.m_times.begin(), schedule.m_times.end()),
                               schedule.m_times.end());
        if (schedule.m_times.isEmpty()) {
            return invalid(text, QStringLiteral("give at least one time HH:MM"));
        }
        return schedule;
    }
    if (kind == QLatin1String("hourly") && words.size() == 2) {
        schedule.m_kind = Kind::Hourly;
        QString minute = words.at(1);
        if (minute.startsWith(QLatin1Char(':'))) {
            minute.remove(0, 1);
        }
        bool ok = false;
        schedule.m_minute = minute.toInt(&ok);
        if (!ok || minute.size() > 2 || schedule.m_minute < 0 || schedule.m_minute > 59) {
            return invalid(text, QStringLiteral("the minute must be :00 to :59"));
        }
        return schedule;
    }
    if (kind == QLatin1String("every") && words.size() == 2) {
        schedule.m_kind = Kind::Every;
        schedule.m_intervalMinutes = parseInterval(words.at(1));
        if (schedule.m_intervalMinutes < 1 || schedule.m_intervalMinutes > kMaxIntervalMinutes) {
            return invalid(text,
                           QStringLiteral("the interval must be 1m to 24h, e.g. \"every 5m\""));
        }
        return schedule;
    }
    return invalid(text,
                   QStringLiteral("expected \"weekly MON 06:00\", \"daily 06:00,18:00\", "
                                  "\"hourly :15\" or \"every 5m\""));
}

QDateTime Schedule::nextAfter(const QDateTime &after, const QTimeZone &zone) const
{
    switch (m_kind) {
    case Kind::Weekly:
    case Kind::Daily:
        return nextLocalAfter(after, zone);
    case Kind::Hourly:
        return nextHourlyAfter(after, zone);
    case Kind::Every:
        return nextEveryAfter(after);
    }
    return {};
}

QDateTime Schedule::latestAtOrBefore(const QDateTime &time, const QTimeZone &zone) const
{
    if (m_kind == Kind::Every) {
        const qint64 period = m_intervalMinutes * kMinuteMs;
        const qint64 ms = time.toMSecsSinceEpoch();
        return QDateTime::fromMSecsSinceEpoch(ms - (ms % period + period) % period,
                                              QTimeZone::utc());
    }

    // Every other kind has a due time within this window before any time.
    const qint64 windowMs = m_kind == Kind::Weekly  ? 8 * 24 * kHourMs
                            : m_kind == Kind::Daily ? 2 * 24 * kHourMs
                                                    : 3 * kHourMs;
    QDateTime latest;
    QDateTime candidate = nextAfter(time.addMSecs(-windowMs), zone);
    while (candidate.isValid() && candidate <= time) {
        latest = candidate;
        candidate = nextAfter(candidate, zone);
    }
    return latest;
}

QDateTime Schedule::nextLocalAfter(const QDateTime &after, const QTimeZone &zone) const
{
    const QDate localDate = after.toTimeZone(zone).date();
    for (int day = -1; day <= 8; ++day) {
        const QDate date = localDate.addDays(day);
        if (m_kind == Kind::Weekly && date.dayOfWeek() != m_weekday) {
            continue;
        }
        for (const QTime &time : m_times) {
            const QDateTime due = resolveLocalTime(date, time, zone);
            if (due > after) {
                return due;
            }
        }
    }
    return {};
}

QDateTime Schedule::nextHourlyAfter(const QDateTime &after, const QTimeZone &zone) const
{
    // Between two offset changes the wanted instants are one hour apart, so
    // compute with the offset in force and restart at a change that comes first.
    qint64 from = after.toMSecsSinceEpoch() + 1;
    for (int attempt = 0; attempt < 8; ++attempt) {
        const QDateTime fromTime = QDateTime::fromMSecsSinceEpoch(from, QTimeZone::utc());
        const qint64 offsetMs = zone.offsetFromUtc(fromTime) * 1000LL;
        const qint64 local = from + offsetMs;
        qint64 candidate = local - (local % kHourMs + kHourMs) % kHourMs + m_minute * kMinuteMs;
        if (candidate < local) {
            candidate += kHourMs;
        }
        candidate -= offsetMs;

        const QTimeZone::OffsetData change = zone.nextTransition(fromTime);
        if (!change.atUtc.isValid() || change.atUtc.toMSecsSinceEpoch() > candidate) {
            return QDateTime::fromMSecsSinceEpoch(candidate, QTimeZone::utc());
        }
        from = change.atUtc.toMSecsSinceEpoch();
    }
    return {};
}

QDateTime Schedule::nextEveryAfter(const QDateTime &after) const
{
    const qint64 period = m_intervalMinutes * kMinuteMs;
    const qint64 ms = after.toMSecsSinceEpoch();
    const qint64 floor = ms - (ms % period + period) % period;
    return QDateTime::fromMSecsSinceEpoch(floor + period, QTimeZone::utc());
}

QDateTime resolveLocalTime(const QDate &date, const QTime &time, const QTimeZone &zone)
{
    // Read the local time as if it were UTC, then try each offset in force
    // around it: an offset that maps back to itself is a real occurrence.
    const QDateTime naive(date, time, QTimeZone::utc());
    QList<int> offsets;
    for (const int days : {-1, 0, 1}) {
        const int offset = zone.offsetFromUtc(naive.addDays(days));
        if (!offsets.contains(offset)) {
            offsets.append(offset);
        }
    }

    QDateTime earliest;
    for (const int offset : std::as_const(offsets)) {
        const QDateTime candidate = naive.addSecs(-offset);
        if (zone.offsetFromUtc(candidate) == offset
            && (!earliest.isValid() || candidate < earliest)) {
            earliest = candidate;
        }
    }
    if (earliest.isValid()) {
        return earliest;
    }

    // In a gap: with the offset from before the change, the time lands just
    // past the change, whose instant is the first valid time after.
    const QDateTime pastChange = naive.addSecs(-zone.offsetFromUtc(naive.addDays(-1)));
    const QTimeZone::OffsetData change = zone.previousTransition(pastChange.addMSecs(1));
    return change.atUtc.isValid() ? change.atUtc.toUTC() : pastChange;
}

} // namespace Bfs
