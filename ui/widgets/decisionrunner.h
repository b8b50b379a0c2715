#pragma once

#include <functional>
#include <optional>

#include <QList>
#include <QObject>

#include "db/database.h"
#include "domain/post.h"
#include "result.h"

namespace Bfs {
class PostWorkflow;
}

namespace Bfs::Ui {

// Carries out a reviewer's decisions on the database pool, one post after
// another, and keeps the undo stack. A stale post (someone else decided
// first) is reloaded and reported with who changed it and when, so nothing
// is overwritten or lost silently. GUI thread only.
class DecisionRunner final : public QObject
{
    Q_OBJECT

public:
    // One decision on one post; runs on a worker thread.
    using Decision = std::function<Result<Post>(PostWorkflow &workflow, const Post &post)>;

    struct Failure
    {
        qint64 postId = 0;
        Error error;
        // The post as it is now, when it could be read.
        std::optional<Post> current;
    };

    struct Outcome
    {
        QList<Post> decided;
        QList<Failure> failures;
    };

    explicit DecisionRunner(DatabasePtr database, QObject *parent = nullptr);

    Q_DISABLE_COPY_MOVE(DecisionRunner)

    // Applies `decision` to each post; `undoable` decisions go on the stack.
    void run(const QList<Post> &posts, const Decision &decision, bool undoable);
    // Takes back the newest undoable decision; false when there is none.
    bool undoLast();

    bool isBusy() const { return m_busy; }

    bool canUndo() const { return !m_undoStack.isEmpty(); }

    // A translated sentence for a failure, naming who got there first.
    static QString describe(const Failure &failure);

signals:
    void finished(const Bfs::Ui::DecisionRunner::Outcome &outcome);
    void busyChanged(bool busy);
    void undoAvailableChanged(bool available);

private:
    struct UndoEntry
    {
        qint64 postId = 0;
        int version = 0;
    };

    void finish(const Outcome &outcome, bool undoable);
    void setBusy(bool busy);

    DatabasePtr m_database;
    QList<UndoEntry> m_undoStack;
    bool m_busy = false;
};

} // namespace Bfs::Ui
