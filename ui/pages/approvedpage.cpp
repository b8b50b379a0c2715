#include "approvedpage.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QJsonDocument>
#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

#include "orchestrator.h"
#include "widgets/postqueue.h"
#include "widgets/reviewhelpers.h"

namespace Bfs::Ui {

ApprovedPage::ApprovedPage(const UiContext &context, QWidget *parent)
    : Page(context, parent)
{
    setupWidgets();
    showPost();
}

void ApprovedPage::setupWidgets()
{
    m_queue = new PostQueue(context().database, PostStatus::Approved, this);
    m_status = new QComboBox(this);
    m_status->setAccessibleName(tr("Show"));
    m_status->addItem(tr("Approved, not scheduled yet"), int(PostStatus::Approved));
    m_status->addItem(tr("Scheduled and published"), int(PostStatus::Published));
    m_schedule = new QPushButton(tr("Schedule Now"), this);
    m_schedule->setAccessibleName(tr("Schedule the approved posts on Metricool now"));
    m_schedule->setEnabled(context().orchestrator != nullptr);
    m_details = new QLabel(this);
    m_details->setWordWrap(true);
    m_details->setTextInteractionFlags(Qt::TextSelectableByMouse);

    auto *top = new QHBoxLayout;
    top->addWidget(m_status);
    top->addStretch();
    top->addWidget(m_schedule);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(top);
    layout->addWidget(m_queue, 1);
    layout->addWidget(m_details);

    connect(m_status, &QComboBox::currentIndexChanged, this, [this] {
        m_queue->setStatus(PostStatus(m_status->currentData().toInt()));
    });
    connect(m_queue, &PostQueue::currentPostChanged, this, &ApprovedPage::showPost);
    connect(m_schedule, &QPushButton::clicked, this, &ApprovedPage::scheduleNow);
}

void ApprovedPage::refresh()
{
    m_queue->refresh();
}

void ApprovedPage::showPost()
{
    const auto post = m_queue->currentPost();
    if (!post) {
        m_details->setText(tr("Nothing here yet."));
        return;
    }
    QStringList platforms;
    for (const Platform platform : post->platforms) {
        platforms.append(platformDisplayName(platform));
    }
    const QString metricool =
        post->externalIds.isEmpty()
            ? tr("not scheduled on Metricool yet")
            : QString::fromUtf8(QJsonDocument(post->externalIds).toJson(QJsonDocument::Compact));
    m_details->setText(tr("<b>%1</b><br>%2<br>Platforms: %3<br>Metricool: %4")
                           .arg(post->title.toHtmlEscaped(),
                                postSummary(*post).toHtmlEscaped(),
                                platforms.join(QLatin1String(", ")),
                                metricool.toHtmlEscaped()));
}

void ApprovedPage::scheduleNow()
{
    const bool started = context().orchestrator
                         && context().orchestrator->runNow(QStringLiteral("publish_to_metricool"),
                                                           RunTrigger::Manual);
    emit statusMessage(started ? tr("Scheduling the approved posts…")
                               : tr("Scheduling is already running."));
}

} // namespace Bfs::Ui
