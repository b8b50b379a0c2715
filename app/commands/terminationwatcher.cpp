#include "terminationwatcher.h"

#include <csignal>

#include <QSocketNotifier>

#include <sys/socket.h>
#include <unistd.h>

namespace Bfs::App {

namespace {

int s_pipe[2] = {-1, -1};

void onSignal(int signalNumber)
{
    const char byte = char(signalNumber);
    [[maybe_unused]] const auto written = ::write(s_pipe[0], &byte, 1);
}

void installHandler(int signalNumber, void (*handler)(int))
{
    struct sigaction action = {};
    action.sa_handler = handler;
    sigemptyset(&action.sa_mask);
    action.sa_flags = SA_RESTART;
    ::sigaction(signalNumber, &action, nullptr);
}

} // namespace

TerminationWatcher::TerminationWatcher(QObject *parent)
    : QObject(parent)
{
    if (::socketpair(AF_UNIX, SOCK_STREAM, 0, s_pipe) != 0) {
        qWarning("cannot watch for SIGTERM: socketpair failed");
        return;
    }
    m_notifier = new QSocketNotifier(s_pipe[1], QSocketNotifier::Read, this);
    connect(m_notifier, &QSocketNotifier::activated, this, &TerminationWatcher::onReadable);
    installHandler(SIGTERM, onSignal);
    installHandler(SIGINT, onSignal);
}

TerminationWatcher::~TerminationWatcher()
{
    installHandler(SIGTERM, SIG_DFL);
    installHandler(SIGINT, SIG_DFL);
    for (int &end : s_pipe) {
        if (end >= 0) {
            ::close(end);
            end = -1;
        }
    }
}

void TerminationWatcher::onReadable()
{
    char byte = 0;
    if (::read(s_pipe[1], &byte, 1) == 1) {
        emit terminationRequested(int(byte));
    }
}

} // namespace Bfs::App
