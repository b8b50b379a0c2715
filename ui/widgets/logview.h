#pragma once

#include <QPlainTextEdit>
#include <QTimer>

namespace Bfs::Ui {

// Follows the app's log file like `tail -f`: reads what was appended, on
// the database pool, once a second while visible. Starts from the file's
// last kMaxInitialBytes so a large log opens instantly.
class LogView final : public QPlainTextEdit
{
    Q_OBJECT

public:
    explicit LogView(const QString &path, QWidget *parent = nullptr);

    Q_DISABLE_COPY_MOVE(LogView)

    static constexpr qint64 kMaxInitialBytes = 64 * 1024;

protected:
    void showEvent(QShowEvent *event) override;
    void hideEvent(QHideEvent *event) override;

private:
    void poll();

    QString m_path;
    QTimer m_timer;
    qint64 m_offset = -1;
    bool m_reading = false;
};

} // namespace Bfs::Ui
