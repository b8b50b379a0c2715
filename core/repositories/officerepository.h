#pragma once

#include <QList>

#include "db/database.h"
#include "domain/records.h"
#include "result.h"

namespace Bfs {

// The team's offices and brand social accounts, seeded on first start and
// editable from Settings.
class OfficeRepository final
{
public:
    explicit OfficeRepository(DatabasePtr database);

    [[nodiscard]] Result<QList<Office>> offices(bool activeOnly = true) const;
    [[nodiscard]] Result<Office> findOffice(const QString &name) const;
    [[nodiscard]] Result<qint64> saveOffice(const Office &office);

    [[nodiscard]] Result<QList<SocialAccount>> accounts(bool activeOnly = true) const;
    [[nodiscard]] Result<qint64> saveAccount(const SocialAccount &account);

private:
    DatabasePtr m_database;
};

} // namespace Bfs
