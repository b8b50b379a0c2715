#include "analyticsrepository.h"

#include <QJsonDocument>

#include "db/sqlquery.h"
#include "db/sqltime.h"

namespace Bfs {

namespace {

const QString kSelectReports = QStringLiteral(
    "SELECT id, week_start, created_at, posts_generated, target, stage1_approval_rate, "
    "stage2_approval_rate, report FROM analytics_history ");

AnalyticsReport readReport(const SqlQuery &query)
{
    AnalyticsReport report;
    report.id = query.value(0).toLongLong();
    report.weekStart = fromSqlDate(query.value(1));
    report.createdAt = fromSqlTime(query.value(2));
    report.postsGenerated = query.value(3).toInt();
    report.target = query.value(4).toInt();
    report.stage1ApprovalRate = query.value(5).toDouble();
    report.stage2ApprovalRate = query.value(6).toDouble();
    report.report = QJsonDocument::fromJson(query.value(7).toString().toUtf8()).object();
    return report;
}

QString reportText(const AnalyticsReport &report)
{
    return QString::fromUtf8(QJsonDocument(report.report).toJson(QJsonDocument::Compact));
}

} // namespace

AnalyticsRepository::AnalyticsRepository(DatabasePtr database)
    : m_database(std::move(database))
{}

Result<qint64> AnalyticsRepository::save(const AnalyticsReport &report)
{
    const QDateTime createdAt = report.createdAt.isValid() ? report.createdAt
                                                           : m_database->currentTime();
    const auto existing = forWeek(report.weekStart);
    if (!existing && existing.errorCode() != ErrorCode::NotFound) {
        return existing.error();
    }

    SqlQuery query(m_database->connection(),
                   existing ? QStringLiteral("UPDATE analytics_history SET created_at = ?, "
                                             "posts_generated = ?, target = ?, "
                                             "stage1_approval_rate = ?, stage2_approval_rate = ?, "
                                             "report = ? WHERE id = ?")
                            : QStringLiteral("INSERT INTO analytics_history (created_at, "
                                             "posts_generated, target, stage1_approval_rate, "
                                             "stage2_approval_rate, report, week_start) "
                                             "VALUES (?, ?, ?, ?, ?, ?, ?)"));
    query.bind(toSqlTime(createdAt))
        .bind(report.postsGenerated)
        .bind(report.target)
        .bind(report.stage1ApprovalRate)
        .bind(report.stage2ApprovalRate)
        .bind(reportText(report));
    if (existing) {
        query.bind(existing->id);
    } else {
        query.bind(toSqlDate(report.weekStart));
    }
    if (auto done = query.exec(); !done) {
        return done.error();
    }

    if (existing) {
        return existing->id;
    }
    const auto saved = forWeek(report.weekStart);
    if (!saved) {
        return saved.error();
    }
    return saved->id;
}

Result<AnalyticsReport> AnalyticsRepository::forWeek(const QDate &weekStart) const
{
    SqlQuery query(m_database->connection(),
                   kSelectReports + QStringLiteral("WHERE week_start = ? ORDER BY id DESC"));
    query.bind(toSqlDate(weekStart));
    if (auto done = query.exec(); !done) {
        return done.error();
    }
    if (!query.next()) {
        return makeError(
            ErrorCode::NotFound,
            QStringLiteral("no report for the week of %1").arg(weekStart.toString(Qt::ISODate)));
    }
    return readReport(query);
}

Result<QList<AnalyticsReport>> AnalyticsRepository::recent(int limit) const
{
    SqlQuery query(m_database->connection(),
                   kSelectReports + QStringLiteral("ORDER BY week_start DESC, id DESC LIMIT ?"));
    query.bind(limit);
    if (auto done = query.exec(); !done) {
        return done.error();
    }
    QList<AnalyticsReport> reports;
    while (query.next()) {
        reports.append(readReport(query));
    }
    return reports;
}

} // namespace Bfs
