#include "rejectbar.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>

namespace Bfs::Ui {

RejectBar::RejectBar(QWidget *parent)
    : QFrame(parent)
{
    setupWidgets();
    hide();
}

void RejectBar::setupWidgets()
{
    setFrameShape(QFrame::StyledPanel);
    setObjectName(QStringLiteral("rejectBar"));
    m_title = new QLabel(this);
    m_reason = new QComboBox(this);
    m_reason->setObjectName(QStringLiteral("rejectReason"));
    m_reason->setAccessibleName(tr("Rejection reason"));
    m_comment = new QLineEdit(this);
    m_comment->setObjectName(QStringLiteral("rejectComment"));
    m_comment->setAccessibleName(tr("Comment"));
    m_comment->setPlaceholderText(tr("Comment for the team (optional)"));
    m_confirm = new QPushButton(this);
    m_confirm->setObjectName(QStringLiteral("rejectConfirm"));
    m_cancel = new QPushButton(tr("Cancel"), this);
    m_cancel->setAccessibleName(tr("Cancel"));

    auto *layout = new QHBoxLayout(this);
    layout->addWidget(m_title);
    layout->addWidget(m_reason);
    layout->addWidget(m_comment, 1);
    layout->addWidget(m_confirm);
    layout->addWidget(m_cancel);
    setTabOrder(m_reason, m_comment);
    setTabOrder(m_comment, m_confirm);
    setTabOrder(m_confirm, m_cancel);

    connect(m_confirm, &QPushButton::clicked, this, &RejectBar::confirm);
    connect(m_comment, &QLineEdit::returnPressed, this, &RejectBar::confirm);
    connect(m_cancel, &QPushButton::clicked, this, [this] {
        hide();
        emit cancelled();
    });
}

QString RejectBar::reasonDisplayName(const QString &code)
{
    QString text = code;
    text.replace(QLatin1Char('_'), QLatin1Char(' '));
    if (!text.isEmpty()) {
        text[0] = text.at(0).toUpper();
    }
    return text;
}

void RejectBar::setReasons(const QStringList &codes)
{
    const QString current = m_reason->currentData().toString();
    m_reason->clear();
    for (const QString &code : codes) {
        m_reason->addItem(reasonDisplayName(code), code);
    }
    m_reason->setCurrentIndex(qMax(0, m_reason->findData(current)));
}

void RejectBar::open(Mode mode, int count)
{
    m_mode = mode;
    m_reason->setVisible(mode == Mode::Reject);
    m_comment->clear();
    m_comment->setPlaceholderText(mode == Mode::Reject
                                      ? tr("Comment for the team (optional)")
                                      : tr("What should the designer change? (required)"));
    if (mode == Mode::Reject) {
        m_title->setText(count > 1 ? tr("Reject %n posts:", nullptr, count) : tr("Reject:"));
        m_confirm->setText(tr("Reject"));
    } else {
        m_title->setText(tr("Ask for new images:"));
        m_confirm->setText(tr("Request images"));
    }
    m_confirm->setAccessibleName(m_confirm->text());
    show();
    if (mode == Mode::Reject) {
        m_reason->setFocus(Qt::ShortcutFocusReason);
    } else {
        m_comment->setFocus(Qt::ShortcutFocusReason);
    }
}

void RejectBar::confirm()
{
    if (m_mode == Mode::Reject && m_reason->currentIndex() < 0) {
        return;
    }
    // The designer needs to know what to change; the workflow refuses too.
    if (m_mode == Mode::NewImages && m_comment->text().trimmed().isEmpty()) {
        m_comment->setFocus(Qt::OtherFocusReason);
        return;
    }
    hide();
    emit confirmed(m_mode == Mode::Reject ? m_reason->currentData().toString() : QString(),
                   m_comment->text().trimmed());
}

void RejectBar::keyPressEvent(QKeyEvent *event)
{
    if (event->key() == Qt::Key_Escape) {
        hide();
        emit cancelled();
        return;
    }
    if (event->key() == Qt::Key_Return || event->key() == Qt::Key_Enter) {
        confirm();
        return;
    }
    QFrame::keyPressEvent(event);
}

} // namespace Bfs::Ui
