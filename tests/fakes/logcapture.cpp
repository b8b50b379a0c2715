#include "logcapture.h"

#include <QLoggingCategory>

namespace Bfs::Fakes {

namespace {

QMutex g_mutex;
QStringList g_lines;

} // namespace

LogCapture::LogCapture()
{
    QMutexLocker locker(&g_mutex);
    g_lines.clear();
    QLoggingCategory::setFilterRules(QStringLiteral("bfs.*=true"));
    m_previous = qInstallMessageHandler(handler);
}

LogCapture::~LogCapture()
{
    qInstallMessageHandler(m_previous);
    QLoggingCategory::setFilterRules(QString());
}

QStringList LogCapture::lines() const
{
    QMutexLocker locker(&g_mutex);
    return g_lines;
}

QString LogCapture::lineContaining(const QString &text) const
{
    for (const QString &line : lines()) {
        if (line.contains(text)) {
            return line;
        }
    }
    return {};
}

void LogCapture::handler(QtMsgType, const QMessageLogContext &context, const QString &message)
{
    QMutexLocker locker(&g_mutex);
    g_lines.append(QString::fromLatin1(context.category) + QStringLiteral(": ") + message);
}

} // namespace Bfs::Fakes
