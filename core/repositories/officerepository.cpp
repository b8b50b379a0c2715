#include "officerepository.h"

#include "db/sqlquery.h"

namespace Bfs {

namespace {

Office readOffice(const SqlQuery &query)
{
    return {query.value(0).toLongLong(),
            query.value(1).toString(),
            query.value(2).toString(),
            query.value(3).toString(),
            query.value(4).toInt() != 0};
}

} // namespace

OfficeRepository::OfficeRepository(DatabasePtr database)
    : m_database(std::move(database))
{}

Result<QList<Office>> OfficeRepository::offices(bool activeOnly) const
{
    SqlQuery query(m_database->connection(),
                   QStringLiteral("SELECT id, name, short_code, time_zone, active FROM offices "
                                  "WHERE active = 1 OR ? = 0 ORDER BY name"));
    query.bind(activeOnly ? 1 : 0);
    if (auto done = query.exec(); !done) {
        return done.error();
    }
    QList<Office> offices;
    while (query.next()) {
        offices.append(readOffice(query));
    }
    return offices;
}

Result<Office> OfficeRepository::findOffice(const QString &name) const
{
    SqlQuery query(
        m_database->connection(),
        QStringLiteral(
            "SELECT id, name, short_code, time_zone, active FROM offices WHERE name = ?"));
    query.bind(name);
    if (auto done = query.exec(); !done) {
        return done.error();
    }
    if (!query.next()) {
        return makeError(ErrorCode::NotFound,
                         QStringLiteral("there is no office named \"%1\"").arg(name));
    }
    return readOffice(query);
}

Result<qint64> OfficeRepository::saveOffice(const Office &office)
{
    if (office.name.trimmed().isEmpty() || office.shortCode.trimmed().isEmpty()) {
        return makeError(ErrorCode::InvalidArgument,
                         QStringLiteral("an office needs a name and a short code"));
    }
    const bool isNew = office.id == 0;
    SqlQuery query(
        m_database->connection(),
        isNew ? QStringLiteral("INSERT INTO offices (name, short_code, time_zone, active) "
                               "VALUES (?, ?, ?, ?) RETURNING id")
              : QStringLiteral("UPDATE offices SET name = ?, short_code = ?, time_zone = ?, "
                               "active = ? WHERE id = ? RETURNING id"));
    query.bind(office.name.trimmed())
        .bind(office.shortCode.trimmed())
        .bind(office.timeZone)
        .bind(office.active ? 1 : 0);
    if (!isNew) {
        query.bind(office.id);
    }
    const auto id = query.scalar();
    if (!id) {
        return id.error();
    }
    return id->toLongLong();
}

Result<QList<SocialAccount>> OfficeRepository::accounts(bool activeOnly) const
{
    SqlQuery query(m_database->connection(),
                   QStringLiteral("SELECT id, platform, handle, active FROM social_accounts "
                                  "WHERE active = 1 OR ? = 0 ORDER BY id"));
    query.bind(activeOnly ? 1 : 0);
    if (auto done = query.exec(); !done) {
        return done.error();
    }
    QList<SocialAccount> accounts;
    while (query.next()) {
        accounts.append({query.value(0).toLongLong(),
                         query.value(1).toString(),
                         query.value(2).toString(),
                         query.value(3).toInt() != 0});
    }
    return accounts;
}

Result<qint64> OfficeRepository::saveAccount(const SocialAccount &account)
{
    if (account.platform.isEmpty() || account.handle.trimmed().isEmpty()) {
        return makeError(ErrorCode::InvalidArgument,
                         QStringLiteral("an account needs a platform and a handle"));
    }
    const bool isNew = account.id == 0;
    SqlQuery query(
        m_database->connection(),
        isNew ? QStringLiteral("INSERT INTO social_accounts (platform, handle, active) "
                               "VALUES (?, ?, ?) RETURNING id")
              : QStringLiteral("UPDATE social_accounts SET platform = ?, handle = ?, active = ? "
                               "WHERE id = ? RETURNING id"));
    query.bind(account.platform).bind(account.handle.trimmed()).bind(account.active ? 1 : 0);
    if (!isNew) {
        query.bind(account.id);
    }
    const auto id = query.scalar();
    if (!id) {
        return id.error();
    }
    return id->toLongLong();
}

} // namespace Bfs
