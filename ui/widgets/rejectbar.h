#pragma once

#include <QFrame>

class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;

namespace Bfs::Ui {

// The inline panel a reviewer fills in to reject a post (a reason code and
// a comment) or to ask for new images (a comment). Enter confirms, Escape
// cancels; it never blocks the window the way a modal dialog would.
class RejectBar final : public QFrame
{
    Q_OBJECT

public:
    enum class Mode {
        Reject,
        NewImages
    };

    explicit RejectBar(QWidget *parent = nullptr);

    Q_DISABLE_COPY_MOVE(RejectBar)

    // Reason codes as configured by the team (workflow.rejection_reasons).
    void setReasons(const QStringList &codes);
    // Shows the bar for `count` posts and puts the focus in it.
    void open(Mode mode, int count);

    Mode mode() const { return m_mode; }

    static QString reasonDisplayName(const QString &code);

signals:
    void confirmed(const QString &reasonCode, const QString &comment);
    void cancelled();

protected:
    void keyPressEvent(QKeyEvent *event) override;

private:
    void setupWidgets();
    void confirm();

    Mode m_mode = Mode::Reject;
    QLabel *m_title = nullptr;
    QComboBox *m_reason = nullptr;
    QLineEdit *m_comment = nullptr;
    QPushButton *m_confirm = nullptr;
    QPushButton *m_cancel = nullptr;
};

} // namespace Bfs::Ui
