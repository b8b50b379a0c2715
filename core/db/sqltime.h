#pragma once

#include <QDate>
#include <QDateTime>
#include <QVariant>

namespace Bfs {

// Times are stored as ISO 8601 text in UTC with milliseconds
// ("2026-12-03T16:24:00.000Z") on both engines: the text sorts in time
// order, so comparisons in SQL behave the same on SQLite and PostgreSQL.
QVariant toSqlTime(const QDateTime &time);
QDateTime fromSqlTime(const QVariant &value);

QVariant toSqlDate(const QDate &date);
QDate fromSqlDate(const QVariant &value);

} // namespace Bfs
