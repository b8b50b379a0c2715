#include "sqltime.h"

#include <QTimeZone>

namespace Bfs {

QVariant toSqlTime(const QDateTime &time)
{
    if (!time.isValid()) {
        return QVariant(QMetaType::fromType<QString>());
    }
    return time.toUTC().toString(Qt::ISODateWithMs);
}

QDateTime fromSqlTime(const QVariant &value)
{
    if (value.isNull()) {
        return {};
    }
    if (value.metaType().id() == QMetaType::QDateTime) {
        return value.toDateTime().toUTC();
    }
    QDateTime time = QDateTime::fromString(value.toString(), Qt::ISODateWithMs);
    if (time.timeSpec() == Qt::LocalTime) {
        time.setTimeZone(QTimeZone::utc());
    }
    return time.toUTC();
}

QVariant toSqlDate(const QDate &date)
{
    if (!date.isValid()) {
        return QVariant(QMetaType::fromType<QString>());
    }
    return date.toString(Qt::ISODate);
}

QDate fromSqlDate(const QVariant &value)
{
    return value.isNull() ? QDate() : QDate::fromString(value.toString().left(10), Qt::ISODate);
}

} // namespace Bfs
