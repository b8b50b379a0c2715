#pragma once

#include "page.h"

class QLabel;
class QPushButton;

namespace Bfs::Ui {

class PostQueue;

// Posts waiting for their images: which need a designer (background-only
// designs), "Generate Now" for the rest, and dropping an image file on a
// post to supply it (a portrait file fills the portrait size, else square).
class PendingDesignPage final : public Page
{
    Q_OBJECT

public:
    explicit PendingDesignPage(const UiContext &context, QWidget *parent = nullptr);

    Q_DISABLE_COPY_MOVE(PendingDesignPage)

    QString pageKey() const override { return QStringLiteral("pending_design"); }

    QString title() const override { return tr("Pending Design"); }

    QList<PostStatus> countedStatuses() const override { return {PostStatus::PendingDesign}; }

    void refresh() override;

    // Stores `file` as one of the post's images; completes the design when
    // every requested size is there. Also what a drop on the queue does.
    void supplyImage(const Post &post, const QString &file);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void setupWidgets();
    void connectSignals();
    void showPost();
    void generateNow();

    PostQueue *m_queue = nullptr;
    QLabel *m_details = nullptr;
    QLabel *m_message = nullptr;
    QPushButton *m_generate = nullptr;
};

} // namespace Bfs::Ui
