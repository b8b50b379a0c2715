#include "stage1page.h"

#include <QAction>
#include <QCheckBox>
#include <QComboBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QScrollArea>
#include <QSplitter>
#include <QTableView>
#include <QTextBrowser>
#include <QVBoxLayout>

#include "background.h"
#include "models/postlistmodel.h"
#include "repositories/postrepository.h"
#include "settings/desktopsettings.h"
#include "uilogging.h"
#include "widgets/captioneditor.h"
#include "widgets/decisionrunner.h"
#include "widgets/postqueue.h"
#include "widgets/rejectbar.h"
#include "widgets/reviewhelpers.h"
#include "workflow/postworkflow.h"

namespace Bfs::Ui {

namespace {

const QString kSplitterKey = QStringLiteral("stage1/splitter");

} // namespace

Stage1Page::Stage1Page(const UiContext &context, QWidget *parent)
    : Page(context, parent)
{
    setupWidgets();
    setupActions();
    connectSignals();
    restoreState();
}

void Stage1Page::setupWidgets()
{
    m_queue = new PostQueue(context().database, PostStatus::PendingApproval, this);
    m_decisions = new DecisionRunner(context().database, this);

    auto *splitter = new QSplitter(Qt::Horizontal, this);
    splitter->setObjectName(QStringLiteral("stage1Splitter"));
    splitter->addWidget(m_queue);
    splitter->addWidget(createDetail());
    splitter->setStretchFactor(0, 2);
    splitter->setStretchFactor(1, 3);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(splitter);
}

QWidget *Stage1Page::createDetail()
{
    auto *detail = new QWidget(this);
    m_title = new QLabel(detail);
    m_title->setObjectName(QStringLiteral("postTitle"));
    m_title->setWordWrap(true);
    QFont titleFont = m_title->font();
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.3);
    titleFont.setBold(true);
    m_title->setFont(titleFont);
    m_meta = new QLabel(detail);
    m_meta->setWordWrap(true);
    m_captions = new CaptionEditor(detail);

    m_imageOptions = new QWidget(detail);
    m_square = new QCheckBox(tr("Square 1024×1024"), m_imageOptions);
    m_portrait = new QCheckBox(tr("Portrait 1024×1792"), m_imageOptions);
    m_designMode = new QComboBox(m_imageOptions);
    m_designMode->setAccessibleName(tr("Design mode"));
    m_designMode->addItem(tr("Full design"), int(DesignMode::Full));
    m_designMode->addItem(tr("Background only (a designer adds the text)"),
                          int(DesignMode::BackgroundOnly));
    auto *options = new QFormLayout(m_imageOptions);
    auto *sizes = new QHBoxLayout;
    sizes->addWidget(m_square);
    sizes->addWidget(m_portrait);
    sizes->addStretch();
    options->addRow(tr("Image sizes:"), sizes);
    options->addRow(tr("Design:"), m_designMode);

    m_video = new QTextBrowser(detail);
    m_video->setAccessibleName(tr("Video concept and shot list"));
    m_videoBox = m_video;

    auto *scroll = new QScrollArea(detail);
    auto *content = new QWidget(scroll);
    auto *contentLayout = new QVBoxLayout(content);
    contentLayout->addWidget(m_title);
    contentLayout->addWidget(m_meta);
    contentLayout->addWidget(m_captions);
    contentLayout->addWidget(m_imageOptions);
    contentLayout->addWidget(m_videoBox, 1);
    contentLayout->addStretch();
    scroll->setWidget(content);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);

    m_message = new QLabel(detail);
    m_message->setObjectName(QStringLiteral("reviewMessage"));
    m_message->setWordWrap(true);
    m_message->hide();
    m_rejectBar = new RejectBar(detail);
    auto *layout = new QVBoxLayout(detail);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(scroll, 1);
    layout->addWidget(m_message);
    layout->addWidget(m_rejectBar);
    return detail;
}

void Stage1Page::setupActions()
{
    auto *approveAction = addPageShortcut(this, tr("Approve"), QKeySequence(Qt::Key_A));
    auto *rejectAction = addPageShortcut(this, tr("Reject…"), QKeySequence(Qt::Key_R));
    auto *nextAction = addPageShortcut(this, tr("Skip"), QKeySequence(Qt::Key_J));
    auto *previousAction = addPageShortcut(this, tr("Previous"), QKeySequence(Qt::Key_K));
    m_undoAction = addPageShortcut(this, tr("Undo"), QKeySequence::Undo);
    m_undoAction->setEnabled(false);
    connect(approveAction, &QAction::triggered, this, &Stage1Page::approve);
    connect(rejectAction, &QAction::triggered, this, &Stage1Page::startReject);
    connect(nextAction, &QAction::triggered, m_queue, &PostQueue::selectNext);
    connect(previousAction, &QAction::triggered, m_queue, &PostQueue::selectPrevious);
    connect(m_undoAction, &QAction::triggered, this, &Stage1Page::undo);

    m_approveButton = buttonFor(approveAction, this);
    m_approveButton->setObjectName(QStringLiteral("approveButton"));
    m_approveButton->setDefault(true);
    m_rejectButton = buttonFor(rejectAction, this);
    m_skipButton = buttonFor(nextAction, this);
    m_undoButton = buttonFor(m_undoAction, this);
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_undoButton);
    buttons->addStretch();
    buttons->addWidget(m_skipButton);
    buttons->addWidget(m_rejectButton);
    buttons->addWidget(m_approveButton);
    qobject_cast<QVBoxLayout *>(layout())->addLayout(buttons);
    setTabOrder(m_queue->view(), m_captions);
    setTabOrder(m_approveButton, m_rejectButton);
}

void Stage1Page::connectSignals()
{
    connect(m_queue, &PostQueue::currentPostChanged, this, &Stage1Page::showPost);
    connect(m_captions, &CaptionEditor::platformsChanged, this, &Stage1Page::updateSizes);
    connect(m_rejectBar, &RejectBar::confirmed, this, &Stage1Page::reject);
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
                onDecided(outcome.decided, problems);
            });
}

void Stage1Page::restoreState()
{
    if (auto *splitter = findChild<QSplitter *>(QStringLiteral("stage1Splitter"))) {
        if (!splitter->restoreState(DesktopSettings::uiState(kSplitterKey).toByteArray())) {
            splitter->setSizes({400, 600});
        }
        connect(splitter, &QSplitter::splitterMoved, this, [splitter] {
            DesktopSettings::setUiState(kSplitterKey, splitter->saveState());
        });
    }
    showPost(0);
}

void Stage1Page::refresh()
{
    m_queue->refresh();
    loadReasons();
}

void Stage1Page::loadReasons()
{
    runInBackground(
        this,
        [database = context().database] { return PostWorkflow(database).rejectionReasons(); },
        [this](const QStringList &reasons) { m_rejectBar->setReasons(reasons); });
}

void Stage1Page::showPost(qint64 postId)
{
    const auto post = m_queue->currentPost();
    if (!post) {
        m_shownId = 0;
        m_title->setText(tr("Nothing to review"));
        m_meta->setText(tr("Every post of this queue has a decision."));
        m_captions->clear();
        m_imageOptions->hide();
        m_videoBox->hide();
        return;
    }
    // A reload that brings the same version keeps what the reviewer typed.
    if (post->id == m_shownId && post->version == m_shownVersion) {
        return;
    }
    Q_UNUSED(postId)
    m_shownId = post->id;
    m_shownVersion = post->version;
    m_title->setText(post->title);
    m_meta->setText(postSummary(*post) + QLatin1Char('\n') + post->topic);
    m_captions->setPost(*post);
    m_designMode->setCurrentIndex(m_designMode->findData(int(post->designMode)));
    m_imageOptions->setVisible(post->kind == PostKind::Image);
    m_videoBox->setVisible(post->kind == PostKind::Video);
    m_video->setMarkdown(
        tr("**Concept:** %1\n\n**Shot list**\n\n%2").arg(post->videoConcept, post->videoScript));
    updateSizes();
}

void Stage1Page::updateSizes()
{
    const QList<ImageSize> sizes = imageSizesFor(m_captions->selectedPlatforms());
    m_square->setChecked(sizes.contains(ImageSize::Square));
    m_portrait->setChecked(sizes.contains(ImageSize::Portrait));
}

void Stage1Page::approve()
{
    const QList<Post> posts = m_queue->selectedPosts();
    if (posts.isEmpty() || m_decisions->isBusy()) {
        return;
    }
    const QString actor = DesktopSettings::reviewerName();
    if (posts.size() > 1) {
        qCInfo(lcReview) << "bulk approving" << posts.size() << "posts at stage 1";
        m_decisions->run(
            posts,
            [actor](PostWorkflow &workflow, const Post &post) {
                return workflow.approveStage1(post.id, post.version, Stage1Choices{}, actor);
            },
            true);
        return;
    }

    if (const QStringList problems = m_captions->problems(); !problems.isEmpty()) {
        showMessage(tr("Not approved: %1").arg(problems.join(QLatin1Char(' '))), true);
        return;
    }
    Stage1Choices choices;
    choices.platforms = m_captions->selectedPlatforms();
    if (m_square->isChecked()) {
        choices.imageSizes.append(ImageSize::Square);
    }
    if (m_portrait->isChecked()) {
        choices.imageSizes.append(ImageSize::Portrait);
    }
    choices.designMode = DesignMode(m_designMode->currentData().toInt());
    const bool edited = m_captions->isEdited();
    const QMap<Platform, QString> captions = m_captions->captions();
    m_decisions->run(
        posts,
        [actor, choices, edited, captions, database = context().database](PostWorkflow &workflow,
                                                                          const Post &post) {
            int version = post.version;
            if (edited) {
                auto saved = PostRepository(database).updateCaptions(
                    post.id, version, captions, actor);
                if (!saved) {
                    return Result<Post>(saved.error());
                }
                version = *saved;
            }
            return workflow.approveStage1(post.id, version, choices, actor);
        },
        true);
}

void Stage1Page::startReject()
{
    const int count = int(m_queue->selectedPosts().size());
    if (count > 0 && !m_decisions->isBusy()) {
        m_rejectBar->open(RejectBar::Mode::Reject, count);
    }
}

void Stage1Page::reject(const QString &reasonCode, const QString &comment)
{
    const QString actor = DesktopSettings::reviewerName();
    m_decisions->run(
        m_queue->selectedPosts(),
        [actor, reasonCode, comment](PostWorkflow &workflow, const Post &post) {
            return workflow.reject(post.id, post.version, reasonCode, comment, actor);
        },
        true);
    m_queue->view()->setFocus();
}

void Stage1Page::undo()
{
    if (m_decisions->undoLast()) {
        showMessage(tr("Undoing the last decision…"), false);
    }
}

void Stage1Page::onDecided(const QList<Post> &decided, const QStringList &problems)
{
    const int row = m_queue->view()->currentIndex().row();
    bool restored = false;
    for (const Post &post : decided) {
        if (post.status == PostStatus::PendingApproval) {
            restored = true;
        }
        m_queue->model()->removePost(post.id);
    }
    if (restored) {
        // An undo brought a post back: show it again where it belongs.
        m_queue->model()->reload();
        m_queue->selectPost(decided.constFirst().id);
    } else {
        m_queue->selectRow(row);
    }
    m_shownId = 0;
    showPost(0);
    if (!problems.isEmpty()) {
        showMessage(problems.join(QLatin1Char('\n')), true);
    } else {
        showMessage(restored ? tr("Decision undone.")
                             : tr("%n post(s) decided.", nullptr, int(decided.size())),
                    false);
    }
    m_queue->view()->setFocus();
}

void Stage1Page::showMessage(const QString &text, bool problem)
{
    m_message->setText(text);
    m_message->setStyleSheet(problem ? QStringLiteral("color: #c0392b;") : QString());
    m_message->setVisible(!text.isEmpty());
    emit statusMessage(text);
}

} // namespace Bfs::Ui
