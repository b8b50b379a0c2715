#pragma once

#include "page.h"

class QAction;
class QCheckBox;
class QComboBox;
class QLabel;
class QPushButton;
class QTextBrowser;

namespace Bfs::Ui {

class CaptionEditor;
class DecisionRunner;
class PostQueue;
class RejectBar;

// Stage 1 review: the queue of posts waiting for approval and, for the
// current post, its captions (editable, with live lengths), platforms,
// image sizes and design mode, or a video's concept and shot list.
// Keys: A approve, R reject, J next, K previous, Ctrl+Z undo. With several
// rows selected, A and R act on all of them.
class Stage1Page final : public Page
{
    Q_OBJECT

public:
    explicit Stage1Page(const UiContext &context, QWidget *parent = nullptr);

    Q_DISABLE_COPY_MOVE(Stage1Page)

    QString pageKey() const override { return QStringLiteral("stage1"); }

    QString title() const override { return tr("Stage 1 Review"); }

    QList<PostStatus> countedStatuses() const override { return {PostStatus::PendingApproval}; }

    void refresh() override;

    PostQueue *queue() const { return m_queue; }

    DecisionRunner *decisions() const { return m_decisions; }

public slots:
    void approve();
    void startReject();
    void undo();

private:
    void setupWidgets();
    QWidget *createDetail();
    void setupActions();
    void connectSignals();
    void restoreState();
    void showPost(qint64 postId);
    void updateSizes();
    void reject(const QString &reasonCode, const QString &comment);
    void onDecided(const QList<Post> &decided, const QStringList &problems);
    void showMessage(const QString &text, bool problem);
    void loadReasons();

    PostQueue *m_queue = nullptr;
    DecisionRunner *m_decisions = nullptr;
    QLabel *m_title = nullptr;
    QLabel *m_meta = nullptr;
    CaptionEditor *m_captions = nullptr;
    QWidget *m_imageOptions = nullptr;
    QCheckBox *m_square = nullptr;
    QCheckBox *m_portrait = nullptr;
    QComboBox *m_designMode = nullptr;
    QWidget *m_videoBox = nullptr;
    QTextBrowser *m_video = nullptr;
    QLabel *m_message = nullptr;
    RejectBar *m_rejectBar = nullptr;
    QPushButton *m_approveButton = nullptr;
    QPushButton *m_rejectButton = nullptr;
    QPushButton *m_skipButton = nullptr;
    QPushButton *m_undoButton = nullptr;
    QAction *m_undoAction = nullptr;
    qint64 m_shownId = 0;
    int m_shownVersion = 0;
};

} // namespace Bfs::Ui
