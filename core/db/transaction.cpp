#include "transaction.h"

#include <QSqlError>
#include <QSqlQuery>

#include "logging.h"
#include "sqlquery.h"

namespace Bfs {

Transaction::Transaction(const QSqlDatabase &connection, DatabaseEngine engine)
    : m_connection(connection)
    , m_engine(engine)
{}

Transaction::~Transaction()
{
    if (!m_open) {
        return;
    }
    QSqlQuery rollback(m_connection);
    if (!rollback.exec(QStringLiteral("ROLLBACK"))) {
        qCWarning(lcDb) << "rollback failed:" << rollback.lastError().text();
    }
}

VoidResult Transaction::begin()
{
    const QString statement = m_engine == DatabaseEngine::Sqlite ? QStringLiteral("BEGIN IMMEDIATE")
                                                                 : QStringLiteral("BEGIN");
    QSqlQuery query(m_connection);
    if (!query.exec(statement)) {
        return databaseError(query.lastError(), QStringLiteral("starting a transaction"));
    }
    m_open = true;
    return {};
}

VoidResult Transaction::commit()
{
    QSqlQuery query(m_connection);
    if (!query.exec(QStringLiteral("COMMIT"))) {
        return databaseError(query.lastError(), QStringLiteral("committing a transaction"));
    }
    m_open = false;
    return {};
}

} // namespace Bfs
