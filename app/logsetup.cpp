#include "logsetup.h"

#include <cstdio>

#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QLoggingCategory>
#include <QMutex>
#include <QThread>

namespace Bfs::App {

namespace {

constexpr qint64 kMaxLogBytes = 5 * 1024 * 1024;
constexpr int kKeptLogFiles = 5;

struct LogState
{
    QMutex mutex;
    QFile file;
    QString path;
    bool verbose = false;
};

LogState &state()
{
    static LogState logState;
    return logState;
}

const char *levelName(QtMsgType type)
{
    switch (type) {
    case QtDebugMsg:
        return "debug";
    case QtInfoMsg:
        return "info";
    case QtWarningMsg:
        return "warning";
    case QtCriticalMsg:
        return "critical";
    case QtFatalMsg:
        return "fatal";
    }
    return "info";
}

// Renames bfs-marketing.log to .1, .1 to .2, ... dropping the oldest.
void rotate(LogState &log)
{
    log.file.close();
    QFile::remove(log.path + QStringLiteral(".%1").arg(kKeptLogFiles - 1));
    for (int index = kKeptLogFiles - 2; index >= 1; --index) {
        QFile::rename(log.path + QStringLiteral(".%1").arg(index),
                      log.path + QStringLiteral(".%1").arg(index + 1));
    }
    QFile::rename(log.path, log.path + QStringLiteral(".1"));
    log.file.setFileName(log.path);
    (void)log.file.open(QIODevice::Append | QIODevice::Text);
}

void handleMessage(QtMsgType type, const QMessageLogContext &context, const QString &message)
{
    const QString line = QStringLiteral("%1 %2 %3 [%4] %5\n")
                             .arg(QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs),
                                  QString::fromLatin1(levelName(type)),
                                  QString::fromLatin1(context.category ? context.category
                                                                       : "default"),
                                  QString::number(quintptr(QThread::currentThreadId()), 16),
                                  message);
    const QByteArray bytes = line.toUtf8();

    LogState &log = state();
    QMutexLocker locker(&log.mutex);
    if (log.file.isOpen()) {
        if (log.file.size() + bytes.size() > kMaxLogBytes) {
            rotate(log);
        }
        log.file.write(bytes);
        log.file.flush();
    }
    // QtInfoMsg sorts after QtFatalMsg in the enum, so name the levels.
    const bool serious = type == QtWarningMsg || type == QtCriticalMsg || type == QtFatalMsg;
    const bool toStderr = serious || log.verbose;
    if (toStderr || !log.file.isOpen()) {
        std::fputs(bytes.constData(), stderr);
    }
}

} // namespace

void installLogging(const QString &dataDir, bool verbose)
{
    LogState &log = state();
    {
        QMutexLocker locker(&log.mutex);
        log.verbose = verbose;
        log.file.close();
        QDir(dataDir).mkpath(QStringLiteral("logs"));
        log.path = QDir(dataDir).filePath(QStringLiteral("logs/bfs-marketing.log"));
        log.file.setFileName(log.path);
        (void)log.file.open(QIODevice::Append | QIODevice::Text);
    }
    if (verbose) {
        QLoggingCategory::setFilterRules(QStringLiteral("bfs.*.debug=true"));
    }
    qInstallMessageHandler(handleMessage);
}

QString logFilePath()
{
    LogState &log = state();
    QMutexLocker locker(&log.mutex);
    return log.path;
}

} // namespace Bfs::App
