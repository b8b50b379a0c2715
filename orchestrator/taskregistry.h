#pragma once

#include <functional>
#include <memory>

#include <QList>
#include <QString>
#include <QStringList>

#include "task.h"

namespace Bfs {

// The tasks this build knows, by name: the eleven of SPEC.md, plus the
// test-only task when BFS_TEST_TASKS=1. A fresh Task object is made for
// every run, so tasks keep no state between runs or threads.
class TaskRegistry final
{
public:
    using Factory = std::function<std::unique_ptr<Task>()>;

    struct Entry
    {
        QString name;
        QString defaultSchedule;
        QString description;
        Factory create;
    };

    static const QList<Entry> &entries();
    static QStringList names();
    static bool contains(const QString &name);
    static std::unique_ptr<Task> create(const QString &name);
    static QString defaultSchedule(const QString &name);
};

// A task of SPEC.md that is not built yet: every run fails with
// "not implemented", so it is never mistaken for a success.
class PlaceholderTask final : public Task
{
public:
    PlaceholderTask(const QString &name, const QString &schedule, const QString &description);

    QString name() const override { return m_name; }

    QString defaultSchedule() const override { return m_schedule; }

    QString description() const override { return m_description; }

    TaskOutcome run(TaskContext &context) override;

private:
    QString m_name;
    QString m_schedule;
    QString m_description;
};

} // namespace Bfs
