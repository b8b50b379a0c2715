#include "background.h"

namespace Bfs::Ui {

QThreadPool *databasePool()
{
    static QThreadPool pool;
    static const bool configured = [] {
        pool.setMaxThreadCount(2);
        pool.setObjectName(QStringLiteral("bfs-ui-database"));
        return true;
    }();
    Q_UNUSED(configured)
    return &pool;
}

} // namespace Bfs::Ui
