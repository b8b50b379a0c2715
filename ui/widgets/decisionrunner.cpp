#include "decisionrunner.h"

#include <QLocale>

#include "background.h"
#include "errortext.h"
#include "models/postlistmodel.h"
#include "repositories/postrepository.h"
#include "settings/desktopsettings.h"
#include "uilogging.h"
#include "workflow/postworkflow.h"

namespace Bfs::Ui {

namespace {

DecisionRunner::Outcome decideAll(const DatabasePtr &database,
                                  const QList<Post> &posts,
                                  const DecisionRunner::Decision &decision)
{
    PostWorkflow workflow(database);
    PostRepository repository(database);
    DecisionRunner::Outcome outcome;
    for (const Post &post : posts) {
        auto result = decision(workflow, post);
        if (result) {
            outcome.decided.append(*result);
            continue;
        }
        DecisionRunner::Failure failure{post.id, result.error(), std::nullopt};
        if (auto current = repository.find(post.id)) {
            failure.current = *current;
        }
        outcome.failures.append(failure);
    }
    return outcome;
}

} // namespace

DecisionRunner::DecisionRunner(DatabasePtr database, QObject *parent)
    : QObject(parent)
    , m_database(std::move(database))
{}

void DecisionRunner::run(const QList<Post> &posts, const Decision &decision, bool undoable)
{
    if (m_busy || posts.isEmpty()) {
        return;
    }
    setBusy(true);
    runInBackground(
        this,
        [database = m_database, posts, decision] { return decideAll(database, posts, decision); },
        [this, undoable](const Outcome &outcome) { finish(outcome, undoable); });
}

bool DecisionRunner::undoLast()
{
    if (m_busy || m_undoStack.isEmpty()) {
        return false;
    }
    const UndoEntry entry = m_undoStack.takeLast();
    emit undoAvailableChanged(canUndo());

    Post post;
    post.id = entry.postId;
    post.version = entry.version;
    run(
        {post},
        [actor = DesktopSettings::reviewerName()](PostWorkflow &workflow, const Post &target) {
            return workflow.undoDecision(target.id, target.version, actor);
        },
        false);
    return true;
}

void DecisionRunner::finish(const Outcome &outcome, bool undoable)
{
    setBusy(false);
    if (undoable) {
        for (const Post &post : outcome.decided) {
            m_undoStack.append({post.id, post.version});
        }
        emit undoAvailableChanged(canUndo());
    }
    for (const Failure &failure : outcome.failures) {
        qCInfo(lcReview) << "decision on post" << failure.postId
                         << "refused:" << failure.error.detail;
    }
    qCInfo(lcReview) << "decided" << outcome.decided.size() << "posts," << outcome.failures.size()
                     << "refused";
    emit finished(outcome);
}

void DecisionRunner::setBusy(bool busy)
{
    if (m_busy != busy) {
        m_busy = busy;
        emit busyChanged(busy);
    }
}

QString DecisionRunner::describe(const Failure &failure)
{
    if (failure.error.code == ErrorCode::StaleVersion && failure.current) {
        const Post &post = *failure.current;
        const QString who = post.updatedBy.isEmpty() ? tr("the orchestrator") : post.updatedBy;
        const QString when = QLocale().toString(post.updatedAt.toLocalTime(), QLocale::ShortFormat);
        return tr("\"%1\" was changed by %2 at %3 before your decision. It has been reloaded: "
                  "check it and decide again.")
            .arg(post.title, who, when);
    }
    if (failure.error.code == ErrorCode::TransitionNotAllowed && failure.current) {
        return tr("\"%1\" cannot be changed that way any more: it is now at \"%2\".")
            .arg(failure.current->title, statusDisplayName(failure.current->status));
    }
    return errorText(failure.error);
}

} // namespace Bfs::Ui
