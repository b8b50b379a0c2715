#pragma once

#include <QMutex>
#include <QStringList>
#include <QtGlobal>

namespace Bfs::Fakes {

// Collects every log line written while it exists, with every category
// switched on to debug, so a test can assert that no secret was logged.
class LogCapture final
{
public:
    LogCapture();
    ~LogCapture();

    Q_DISABLE_COPY_MOVE(LogCapture)

    QStringList lines() const;
    // The first line containing `text`, or an empty string.
    QString lineContaining(const QString &text) const;

private:
    static void handler(QtMsgType type, const QMessageLogContext &context, const QString &message);

    QtMessageHandler m_previous = nullptr;
};

} // namespace Bfs::Fakes
