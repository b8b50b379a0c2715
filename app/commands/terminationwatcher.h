#pragma once

#include <QObject>

class QSocketNotifier;

namespace Bfs::App {

// Turns SIGTERM and SIGINT into the terminationRequested() signal on the
// event loop, through a self-pipe: a signal handler may only write a byte.
// One per process; restores the default handlers when destroyed.
class TerminationWatcher final : public QObject
{
    Q_OBJECT

public:
    explicit TerminationWatcher(QObject *parent = nullptr);
    ~TerminationWatcher() override;

    Q_DISABLE_COPY_MOVE(TerminationWatcher)

signals:
    void terminationRequested(int signalNumber);

private:
    void onReadable();

    QSocketNotifier *m_notifier = nullptr;
};

} // namespace Bfs::App
