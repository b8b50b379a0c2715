#include "stage2page.h"

#include <QAction>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QScrollArea>
#include <QSplitter>
#include <QTableView>
#include <QVBoxLayout>

#include "background.h"
#include "models/postlistmodel.h"
#include "settings/desktopsettings.h"
#include "uilogging.h"
#include "widgets/decisionrunner.h"
#include "widgets/postpreview.h"
#include "widgets/postqueue.h"
#include "widgets/rejectbar.h"
#include "widgets/reviewhelpers.h"
#include "workflow/postworkflow.h"

namespace Bfs::Ui {

namespace {

const QString kSplitterKey = QStringLiteral("stage2/splitter");

} // namespace

Stage2Page::Stage2Page(const UiContext &context, QWidget *parent)
    : Page(context, parent)
{
    setupWidgets();
    setupActions();
    connectSignals();
    showPost();
}

void Stage2Page::setupWidgets()
{
    m_queue = new PostQueue(context().database, PostStatus::DesignComplete, this);
    m_decisions = new DecisionRunner(context().database, this);

    auto *detail = new QWidget(this);
    m_title = new QLabel(detail);
    QFont titleFont = m_title->font();
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.3);
    titleFont.setBold(true);
    m_title->setFont(titleFont);
    m_title->setWordWrap(true);
    m_meta = new QLabel(detail);
    m_meta->setWordWrap(true);
    m_preview = new PostPreview(context().dataDir, detail);
    auto *scroll = new QScrollArea(detail);
    scroll->setWidget(m_preview);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    m_message = new QLabel(detail);
    m_message->setObjectName(QStringLiteral("reviewMessage"));
    m_message->setWordWrap(true);
    m_message->hide();
    m_rejectBar = new RejectBar(detail);
    auto *detailLayout = new QVBoxLayout(detail);
    detailLayout->setContentsMargins(0, 0, 0, 0);
    detailLayout->addWidget(m_title);
    detailLayout->addWidget(m_meta);
    detailLayout->addWidget(scroll, 1);
    detailLayout->addWidget(m_message);
    detailLayout->addWidget(m_rejectBar);

    auto *splitter = new QSplitter(Qt::Horizontal, this);
    splitter->addWidget(m_queue);
    splitter->addWidget(detail);
    splitter->setStretchFactor(0, 2);
    splitter->setStretchFactor(1, 3);
    if (!splitter->restoreState(DesktopSettings::uiState(kSplitterKey).toByteArray())) {
        splitter->setSizes({350, 700});
    }
    connect(splitter, &QSplitter::splitterMoved, this, [splitter] {
        DesktopSettings::setUiState(kSplitterKey, splitter->saveState());
    });
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(splitter);
}

void Stage2Page::setupActions()
{
    auto *approveAction = addPageShortcut(this, tr("Approve"), QKeySequence(Qt::Key_A));
    auto *rejectAction = addPageShortcut(this, tr("Reject…"), QKeySequence(Qt::Key_R));
    auto *imagesAction = addPageShortcut(this, tr("New images…"), QKeySequence(Qt::Key_N));
    auto *nextAction = addPageShortcut(this, tr("Skip"), QKeySequence(Qt::Key_J));
    auto *previousAction = addPageShortcut(this, tr("Previous"), QKeySequence(Qt::Key_K));
    m_undoAction = addPageShortcut(this, tr("Undo"), QKeySequence::Undo);
    m_undoAction->setEnabled(false);
    connect(approveAction, &QAction::triggered, this, &Stage2Page::approve);
    connect(rejectAction, &QAction::triggered, this, &Stage2Page::startReject);
    connect(imagesAction, &QAction::triggered, this, &Stage2Page::startNewImages);
    connect(nextAction, &QAction::triggered, m_queue, &PostQueue::selectNext);
    connect(previousAction, &QAction::triggered, m_queue, &PostQueue::selectPrevious);
    connect(m_undoAction, &QAction::triggered, this, &Stage2Page::undo);

    auto *buttons = new QHBoxLayout;
    buttons->addWidget(buttonFor(m_undoAction, this));
    buttons->addStretch();
    buttons->addWidget(buttonFor(nextAction, this));
    buttons->addWidget(buttonFor(imagesAction, this));
    buttons->addWidget(buttonFor(rejectAction, this));
    QPushButton *approveButton = buttonFor(approveAction, this);
    approveButton->setDefault(true);
    buttons->addWidget(approveButton);
    qobject_cast<QVBoxLayout *>(layout())->addLayout(buttons);
}

void Stage2Page::connectSignals()
{
    connect(m_queue, &PostQueue::currentPostChanged, this, &Stage2Page::showPost);
    connect(m_rejectBar, &RejectBar::confirmed, this, &Stage2Page::onRejectBarConfirmed);
    connect(m_rejectBar, &RejectBar::cancelled, this, [this] { m_queue->view()->setFocus(); });
    connect(m_decisions, &DecisionRunner::undoAvailableChanged, m_undoAction, &QAction::setEnabled);
    connect(m_decisions,
            &DecisionRunner::finished,
            this,
            [this](const DecisionRunner::Outcome &outcome) {
                QStringList problems;
                for (const auto &failure : outcome.failures) {
                    problems.append(DecisionRunner::describe(failure));
                    if (failure.current) {
                        m_shownId = 0;
                        m_queue->model()->updatePost(*failure.current);
                    }
                }
                onFinished(outcome.decided, problems);
            });
}

void Stage2Page::refresh()
{
    m_queue->refresh();
    runInBackground(
        this,
        [database = context().database] { return PostWorkflow(database).rejectionReasons(); },
        [this](const QStringList &reasons) { m_rejectBar->setReasons(reasons); });
}

void Stage2Page::showPost()
{
    const auto post = m_queue->currentPost();
    if (!post) {
        m_shownId = 0;
        m_title->setText(tr("Nothing to review"));
        m_meta->setText(tr("Designed posts appear here for their final check."));
        m_preview->clear();
        return;
    }
    if (post->id == m_shownId && post->version == m_shownVersion) {
        return;
    }
    m_shownId = post->id;
    m_shownVersion = post->version;
    m_title->setText(post->title);
    m_meta->setText(postSummary(*post));
    m_preview->setPost(*post);
}

void Stage2Page::approve()
{
    const QString actor = DesktopSettings::reviewerName();
    m_decisions->run(
        m_queue->selectedPosts(),
        [actor](PostWorkflow &workflow, const Post &post) {
            return workflow.approveStage2(post.id, post.version, actor);
        },
        true);
}

void Stage2Page::startReject()
{
    const int count = int(m_queue->selectedPosts().size());
    if (count > 0 && !m_decisions->isBusy()) {
        m_rejectBar->open(RejectBar::Mode::Reject, count);
    }
}

void Stage2Page::startNewImages()
{
    if (m_queue->currentPost() && !m_decisions->isBusy()) {
        m_rejectBar->open(RejectBar::Mode::NewImages, 1);
    }
}

void Stage2Page::onRejectBarConfirmed(const QString &reasonCode, const QString &comment)
{
    const QString actor = DesktopSettings::reviewerName();
    if (m_rejectBar->mode() == RejectBar::Mode::NewImages) {
        m_decisions->run(
            m_queue->selectedPosts().mid(0, 1),
            [actor, comment](PostWorkflow &workflow, const Post &post) {
                return workflow.requestNewImages(post.id, post.version, comment, actor);
            },
            false);
    } else {
        m_decisions->run(
            m_queue->selectedPosts(),
            [actor, reasonCode, comment](PostWorkflow &workflow, const Post &post) {
                return workflow.reject(post.id, post.version, reasonCode, comment, actor);
            },
            true);
    }
    m_queue->view()->setFocus();
}

void Stage2Page::undo()
{
    if (m_decisions->undoLast()) {
        showMessage(tr("Undoing the last decision…"), false);
    }
}

void Stage2Page::onFinished(const QList<Post> &decided, const QStringList &problems)
{
    const int row = m_queue->view()->currentIndex().row();
    bool restored = false;
    for (const Post &post : decided) {
        restored = restored || post.status == PostStatus::DesignComplete;
        m_queue->model()->removePost(post.id);
    }
    if (restored) {
        m_queue->model()->reload();
        m_queue->selectPost(decided.constFirst().id);
    } else {
        m_queue->selectRow(row);
    }
    m_shownId = 0;
    showPost();
    showMessage(problems.isEmpty()
                    ? (restored ? tr("Decision undone.")
                                : tr("%n post(s) decided.", nullptr, int(decided.size())))
                    : problems.join(QLatin1Char('\n')),
                !problems.isEmpty());
    m_queue->view()->setFocus();
}

void Stage2Page::showMessage(const QString &text, bool problem)
{
    m_message->setText(text);
    m_message->setStyleSheet(problem ? QStringLiteral("color: #c0392b;") : QString());
    m_message->setVisible(!text.isEmpty());
    emit statusMessage(text);
}

} // namespace Bfs::Ui
