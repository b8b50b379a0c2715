#pragma once

#include "page.h"

class QComboBox;
class QLabel;
class QPushButton;

namespace Bfs::Ui {

class PostQueue;

// Approved and published posts with their platforms, planned times and
// Metricool state, and "Schedule Now" (runs publish_to_metricool).
class ApprovedPage final : public Page
{
    Q_OBJECT

public:
    explicit ApprovedPage(const UiContext &context, QWidget *parent = nullptr);

    Q_DISABLE_COPY_MOVE(ApprovedPage)

    QString pageKey() const override { return QStringLiteral("approved"); }

    QString title() const override { return tr("Approved"); }

    QList<PostStatus> countedStatuses() const override { return {PostStatus::Approved}; }

    void refresh() override;

private:
    void setupWidgets();
    void showPost();
    void scheduleNow();

    PostQueue *m_queue = nullptr;
    QComboBox *m_status = nullptr;
    QLabel *m_details = nullptr;
    QPushButton *m_schedule = nullptr;
};

} // namespace Bfs::Ui
