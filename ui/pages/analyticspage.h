#pragma once

#include "domain/records.h"
#include "page.h"

class QListWidget;
class QTextBrowser;

namespace Bfs::Ui {

// The weekly reports of analytics_history, newest first: generated against
// target, approval rates per stage, and whatever else the report holds
// (top rejection reasons, time per stage, bottlenecks) in readable form.
class AnalyticsPage final : public Page
{
    Q_OBJECT

public:
    explicit AnalyticsPage(const UiContext &context, QWidget *parent = nullptr);

    Q_DISABLE_COPY_MOVE(AnalyticsPage)

    static constexpr int kMaxReports = 52;

    QString pageKey() const override { return QStringLiteral("analytics"); }

    QString title() const override { return tr("Analytics"); }

    void refresh() override;

    // The report as HTML; public for tests.
    static QString reportHtml(const AnalyticsReport &report);

private:
    void showReport(int row);

    QListWidget *m_weeks = nullptr;
    QTextBrowser *m_report = nullptr;
    QList<AnalyticsReport> m_reports;
};

} // namespace Bfs::Ui
