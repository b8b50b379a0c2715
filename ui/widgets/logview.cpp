#include "logview.h"

#include <QFile>
#include <QScrollBar>

#include "background.h"

namespace Bfs::Ui {

namespace {

struct Chunk
{
    QString text;
    qint64 offset = 0;
};

Chunk readFrom(const QString &path, qint64 offset)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        return {QString(), offset};
    }
    // A rotated (shorter) file starts again from the top.
    if (offset < 0 || offset > file.size()) {
        offset = qMax<qint64>(0, file.size() - LogView::kMaxInitialBytes);
    }
    file.seek(offset);
    const QByteArray data = file.readAll();
    return {QString::fromUtf8(data), offset + data.size()};
}

} // namespace

LogView::LogView(const QString &path, QWidget *parent)
    : QPlainTextEdit(parent)
    , m_path(path)
{
    setReadOnly(true);
    setLineWrapMode(QPlainTextEdit::NoWrap);
    setMaximumBlockCount(5000);
    setAccessibleName(tr("Log"));
    QFont mono(QStringLiteral("monospace"));
    mono.setStyleHint(QFont::TypeWriter);
    setFont(mono);
    m_timer.setInterval(1000);
    connect(&m_timer, &QTimer::timeout, this, &LogView::poll);
}

void LogView::showEvent(QShowEvent *event)
{
    QPlainTextEdit::showEvent(event);
    poll();
    m_timer.start();
}

void LogView::hideEvent(QHideEvent *event)
{
    m_timer.stop();
    QPlainTextEdit::hideEvent(event);
}

void LogView::poll()
{
    if (m_reading) {
        return;
    }
    m_reading = true;
    runInBackground(
        this,
        [path = m_path, offset = m_offset] { return readFrom(path, offset); },
        [this](const Chunk &chunk) {
            m_reading = false;
            m_offset = chunk.offset;
            if (chunk.text.isEmpty()) {
                return;
            }
            const bool atEnd = verticalScrollBar()->value() == verticalScrollBar()->maximum();
            moveCursor(QTextCursor::End);
            insertPlainText(chunk.text);
            if (atEnd) {
                verticalScrollBar()->setValue(verticalScrollBar()->maximum());
            }
        });
}

} // namespace Bfs::Ui
