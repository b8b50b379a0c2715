#pragma once

#include <QSqlDatabase>

#include "databaselocation.h"
#include "result.h"

namespace Bfs {

// A write transaction that rolls back unless commit() succeeded. On SQLite
// it begins IMMEDIATE, taking the write lock up front, so two processes
// never both read and then deadlock trying to upgrade to a write.
class Transaction final
{
public:
    Transaction(const QSqlDatabase &connection, DatabaseEngine engine);
    ~Transaction();

    Q_DISABLE_COPY_MOVE(Transaction)

    [[nodiscard]] VoidResult begin();
    [[nodiscard]] VoidResult commit();

private:
    QSqlDatabase m_connection;
    DatabaseEngine m_engine;
    bool m_open = false;
};

} // namespace Bfs
