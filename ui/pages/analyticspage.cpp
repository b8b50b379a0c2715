#include "analyticspage.h"

#include <QJsonArray>
#include <QListWidget>
#include <QLocale>
#include <QSplitter>
#include <QTextBrowser>
#include <QVBoxLayout>

#include "background.h"
#include "errortext.h"
#include "repositories/analyticsrepository.h"

namespace Bfs::Ui {

namespace {

QString humanKey(const QString &key)
{
    QString text = key;
    text.replace(QLatin1Char('_'), QLatin1Char(' '));
    if (!text.isEmpty()) {
        text[0] = text.at(0).toUpper();
    }
    return text;
}

QString valueText(const QJsonValue &value)
{
    if (value.isDouble()) {
        const double number = value.toDouble();
        return number == std::floor(number) ? QLocale().toString(qint64(number))
                                            : QLocale().toString(number, 'f', 1);
    }
    if (value.isBool()) {
        return value.toBool() ? AnalyticsPage::tr("yes") : AnalyticsPage::tr("no");
    }
    if (value.isObject()) {
        QStringList parts;
        const QJsonObject object = value.toObject();
        for (auto it = object.constBegin(); it != object.constEnd(); ++it) {
            parts.append(humanKey(it.key()) + QStringLiteral(": ") + valueText(it.value()));
        }
        return parts.join(QStringLiteral(", "));
    }
    return value.toVariant().toString();
}

QString sectionHtml(const QString &key, const QJsonValue &value)
{
    QString html = QStringLiteral("<h3>%1</h3>").arg(humanKey(key).toHtmlEscaped());
    if (value.isArray()) {
        const QJsonArray items = value.toArray();
        if (items.isEmpty()) {
            return html + QStringLiteral("<p>%1</p>").arg(AnalyticsPage::tr("None."));
        }
        html += QStringLiteral("<ol>");
        for (const QJsonValue &item : items) {
            html += QStringLiteral("<li>%1</li>").arg(valueText(item).toHtmlEscaped());
        }
        return html + QStringLiteral("</ol>");
    }
    if (value.isObject()) {
        html += QStringLiteral("<table cellpadding=3>");
        const QJsonObject object = value.toObject();
        for (auto it = object.constBegin(); it != object.constEnd(); ++it) {
            html += QStringLiteral("<tr><td>%1</td><td><b>%2</b></td></tr>")
                        .arg(humanKey(it.key()).toHtmlEscaped(),
                             valueText(it.value()).toHtmlEscaped());
        }
        return html + QStringLiteral("</table>");
    }
    return html + QStringLiteral("<p>%1</p>").arg(valueText(value).toHtmlEscaped());
}

} // namespace

AnalyticsPage::AnalyticsPage(const UiContext &context, QWidget *parent)
    : Page(context, parent)
{
    m_weeks = new QListWidget(this);
    m_weeks->setAccessibleName(tr("Weekly reports"));
    m_report = new QTextBrowser(this);
    m_report->setAccessibleName(tr("Report"));
    auto *splitter = new QSplitter(Qt::Horizontal, this);
    splitter->addWidget(m_weeks);
    splitter->addWidget(m_report);
    splitter->setStretchFactor(1, 1);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(splitter);
    connect(m_weeks, &QListWidget::currentRowChanged, this, &AnalyticsPage::showReport);
}

void AnalyticsPage::refresh()
{
    runInBackground(
        this,
        [database = context().database] {
            return AnalyticsRepository(database).recent(kMaxReports);
        },
        [this](const Result<QList<AnalyticsReport>> &reports) {
            if (!reports) {
                m_report->setPlainText(errorText(reports.error()));
                return;
            }
            m_reports = *reports;
            m_weeks->clear();
            for (const AnalyticsReport &report : m_reports) {
                m_weeks->addItem(
                    tr("Week of %1")
                        .arg(QLocale().toString(report.weekStart, QLocale::ShortFormat)));
            }
            if (m_reports.isEmpty()) {
                m_report->setHtml(tr("<p>No weekly report yet: weekly_analytics writes one "
                                     "every Friday (or run it from the Orchestrator page).</p>"));
            }
            m_weeks->setCurrentRow(0);
        });
}

void AnalyticsPage::showReport(int row)
{
    if (row >= 0 && row < m_reports.size()) {
        m_report->setHtml(reportHtml(m_reports.at(row)));
    }
}

QString AnalyticsPage::reportHtml(const AnalyticsReport &report)
{
    const QLocale locale;
    QString html =
        tr("<h2>Week of %1</h2>").arg(locale.toString(report.weekStart, QLocale::LongFormat));
    html += tr("<p><b>%1</b> posts generated of <b>%2</b> planned.<br>"
               "Stage 1 approval rate: <b>%3%</b> · Stage 2 approval rate: <b>%4%</b></p>")
                .arg(report.postsGenerated)
                .arg(report.target)
                // The weekly task stores rates as percentages (0–100).
                .arg(locale.toString(report.stage1ApprovalRate, 'f', 1),
                     locale.toString(report.stage2ApprovalRate, 'f', 1));
    // Single figures in one table first, then the lists and groups.
    QString figures;
    QString sections;
    for (auto it = report.report.constBegin(); it != report.report.constEnd(); ++it) {
        if (it.value().isArray() || it.value().isObject()) {
            sections += sectionHtml(it.key(), it.value());
        } else {
            figures += QStringLiteral("<tr><td>%1</td><td><b>%2</b></td></tr>")
                           .arg(humanKey(it.key()).toHtmlEscaped(),
                                valueText(it.value()).toHtmlEscaped());
        }
    }
    if (!figures.isEmpty()) {
        html += tr("<h3>Figures</h3>") + QStringLiteral("<table cellpadding=3>") + figures
                + QStringLiteral("</table>");
    }
    return html + sections;
}

} // namespace Bfs::Ui
