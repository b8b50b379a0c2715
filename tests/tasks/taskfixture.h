#pragma once

#include <QDateTime>
#include <QString>

#include "domain/post.h"
#include "services.h"
#include "task.h"
#include "testdatabase.h"

namespace Bfs::Test {

// One task test's world: a fresh database on the current engine, a data
// dir, the offline services a fresh install runs on, and a context whose
// clock the test sets. Tasks are run directly, without the orchestrator.
class TaskFixture final
{
public:
    TaskFixture();

    Q_DISABLE_COPY_MOVE(TaskFixture)

    bool isValid() const { return m_database.isValid(); }

    QString errorText() const { return m_database.errorText(); }

    DatabasePtr database() const { return m_database.database(); }

    QString dataDir() const { return m_database.dataDir(); }

    Services &services() { return m_services; }

    // A context for one run at `now` (default: the real time).
    TaskContext context(const QDateTime &now = {}, bool force = false);

    // Runs `task` once with context(now, force).
    TaskOutcome run(Task &task, const QDateTime &now = {}, bool force = false);

    // Inserts a post for `office` (or brand account when empty) in
    // pending_approval; returns its id, or 0 on failure.
    qint64 addPost(PostKind kind,
                   const QString &title,
                   const QString &office = QStringLiteral("Erie"));

    // Moves a post through Stage 1 (and, for image posts, design and Stage 2
    // when `to` asks for it) the way reviewers and the tasks would.
    bool advance(qint64 id,
                 PostStatus to,
                 const QList<ImageSize> &sizes = {ImageSize::Square},
                 DesignMode mode = DesignMode::Full);

    Post post(qint64 id) const;
    int countWithStatus(PostStatus status) const;
    int notificationCount(const QString &kind = {}) const;
    // Runs a statement on the test database (setting up odd states).
    bool exec(const QString &sql, const QVariantList &values = {});

private:
    TestDatabase m_database;
    Services m_services;
};

} // namespace Bfs::Test

#define BFS_TASK_FIXTURE(name)                                                                     \
    Bfs::Test::TaskFixture name;                                                                   \
    QVERIFY2(name.isValid(), qPrintable(name.errorText()))
