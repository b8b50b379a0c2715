#include "sqlquery.h"

#include <QSqlError>

#include "logging.h"

namespace Bfs {

namespace {

bool isBusy(const QSqlError &error)
{
    const QString text = error.databaseText();
    return text.contains(QLatin1String("database is locked"))
           || text.contains(QLatin1String("database is busy"));
}

} // namespace

Error databaseError(const QSqlError &error, const QString &what)
{
    const QString detail = QStringLiteral("%1: %2").arg(what, error.text().trimmed());
    if (isBusy(error)) {
        return makeError(ErrorCode::Busy, detail);
    }
    if (error.type() == QSqlError::ConnectionError) {
        return makeError(ErrorCode::DatabaseUnavailable, detail);
    }
    return makeError(ErrorCode::DatabaseError, detail);
}

SqlQuery::SqlQuery(const QSqlDatabase &connection, const QString &sql)
    : m_query(connection)
    , m_sql(sql)
{
    m_query.setForwardOnly(true);
    // PostgreSQL prepares only SELECT/INSERT/UPDATE/DELETE/VALUES, so a
    // statement without placeholders (DDL in migrations) runs unprepared.
    m_direct = !sql.contains(QLatin1Char('?'));
    m_prepared = m_direct || m_query.prepare(sql);
}

SqlQuery &SqlQuery::bind(const QVariant &value)
{
    // Qt binds a null QString as SQL NULL; an empty text column is meant
    // here. Explicit NULLs are null QVariants and stay NULL.
    const bool nullText = !value.isNull() && value.metaType().id() == QMetaType::QString
                          && value.toString().isNull();
    m_query.addBindValue(nullText ? QVariant(QString(QLatin1String(""))) : value);
    return *this;
}

VoidResult SqlQuery::exec()
{
    if (!m_prepared) {
        qCWarning(lcDb) << "could not prepare" << m_sql << m_query.lastError().text();
        return databaseError(m_query.lastError(), QStringLiteral("preparing a statement"));
    }
    if (!(m_direct ? m_query.exec(m_sql) : m_query.exec())) {
        qCDebug(lcDb) << "statement failed:" << m_sql << m_query.lastError().text();
        return databaseError(m_query.lastError(), QStringLiteral("running a statement"));
    }
    return {};
}

Result<QVariant> SqlQuery::scalar()
{
    if (auto result = exec(); !result) {
        return result.error();
    }
    if (!m_query.next()) {
        return makeError(ErrorCode::NotFound, QStringLiteral("the statement returned no row"));
    }
    const QVariant value = m_query.value(0);
    // An unfinished statement (RETURNING) would keep SQLite from committing.
    m_query.finish();
    return value;
}

} // namespace Bfs
