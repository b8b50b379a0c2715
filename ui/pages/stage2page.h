#pragma once

#include "page.h"

class QAction;
class QLabel;

namespace Bfs::Ui {

class DecisionRunner;
class PostPreview;
class PostQueue;
class RejectBar;

// Stage 2 review: each designed post as it will look on each platform
// (image and caption together). Keys: A approve, R reject, N ask for new
// images, J next, K previous, Ctrl+Z undo; A and R act on every selected row.
class Stage2Page final : public Page
{
    Q_OBJECT

public:
    explicit Stage2Page(const UiContext &context, QWidget *parent = nullptr);

    Q_DISABLE_COPY_MOVE(Stage2Page)

    QString pageKey() const override { return QStringLiteral("stage2"); }

    QString title() const override { return tr("Stage 2 Review"); }

    QList<PostStatus> countedStatuses() const override { return {PostStatus::DesignComplete}; }

    void refresh() override;

    PostQueue *queue() const { return m_queue; }

    DecisionRunner *decisions() const { return m_decisions; }

public slots:
    void approve();
    void startReject();
    void startNewImages();
    void undo();

private:
    void setupWidgets();
    void setupActions();
    void connectSignals();
    void showPost();
    void onRejectBarConfirmed(const QString &reasonCode, const QString &comment);
    void onFinished(const QList<Post> &decided, const QStringList &problems);
    void showMessage(const QString &text, bool problem);

    PostQueue *m_queue = nullptr;
    DecisionRunner *m_decisions = nullptr;
    QLabel *m_title = nullptr;
    QLabel *m_meta = nullptr;
    PostPreview *m_preview = nullptr;
    QLabel *m_message = nullptr;
    RejectBar *m_rejectBar = nullptr;
    QAction *m_undoAction = nullptr;
    qint64 m_shownId = 0;
    int m_shownVersion = 0;
};

} // namespace Bfs::Ui
