#pragma once

#include <QSqlDatabase>
#include <QSqlQuery>
#include <QVariant>

#include "result.h"

namespace Bfs {

// A prepared statement with positional bindings whose failures come back as
// Results. Every repository goes through it, so no SQL is ever built from
// values by string concatenation.
class SqlQuery final
{
public:
    SqlQuery(const QSqlDatabase &connection, const QString &sql);

    SqlQuery &bind(const QVariant &value);

    [[nodiscard]] VoidResult exec();

    bool next() { return m_query.next(); }

    QVariant value(int index) const { return m_query.value(index); }

    QVariant value(const QString &column) const { return m_query.value(column); }

    int rowsAffected() const { return m_query.numRowsAffected(); }

    // Runs a statement expected to return one row with one value
    // (COUNT(*), RETURNING id, ...).
    [[nodiscard]] Result<QVariant> scalar();

private:
    QSqlQuery m_query;
    QString m_sql;
    bool m_prepared = false;
    bool m_direct = false;
};

Error databaseError(const QSqlError &error, const QString &what);

} // namespace Bfs
