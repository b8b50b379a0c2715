#include "sortertreeview.h"

#include <QDragMoveEvent>
#include <QDropEvent>
#include <QLabel>
#include <QTimer>

#include "sortertreemodel.h"

namespace Bfs::Ui {

namespace {

// Long enough to read a sentence, short enough not to linger over the tree.
constexpr int kRefusalShownMs = 4000;

} // namespace

SorterTreeView::SorterTreeView(QWidget *parent)
    : QTreeView(parent)
    , m_refusal(new QLabel(viewport()))
{
    setDragDropMode(QAbstractItemView::DragDrop);
    setDefaultDropAction(Qt::MoveAction);
    setDropIndicatorShown(true);
    setSelectionMode(QAbstractItemView::ExtendedSelection);
    setHeaderHidden(true);
    m_refusal->setObjectName(QStringLiteral("dropRefusal"));
    m_refusal->setWordWrap(true);
    m_refusal->setMaximumWidth(320);
    m_refusal->setStyleSheet(
        QStringLiteral("QLabel { background: #fdecea; color: #611a15; border: 1px solid #f5c6cb; "
                       "border-radius: 4px; padding: 6px; }"));
    m_refusal->hide();
}

QString SorterTreeView::refusalText() const
{
    return m_refusal->isVisible() ? m_refusal->text() : QString();
}

bool SorterTreeView::isRefusalVisible() const
{
    return m_refusal->isVisible();
}

QString SorterTreeView::problemAt(const QMimeData *data, const QPoint &position) const
{
    const auto *tree = qobject_cast<const SorterTreeModel *>(model());
    const QModelIndex index = indexAt(position);
    if (!tree || !index.isValid()) {
        return {};
    }
    return tree->dropProblem(clipIdsFromMimeData(data), tree->targetAt(index));
}

// Clips are welcome anywhere in the tree; each row then says yes or why not.
void SorterTreeView::dragEnterEvent(QDragEnterEvent *event)
{
    QTreeView::dragEnterEvent(event);
    if (event->mimeData()->hasFormat(kClipIdsMimeType)) {
        event->setDropAction(Qt::MoveAction);
        event->accept();
    }
}

void SorterTreeView::dragMoveEvent(QDragMoveEvent *event)
{
    QTreeView::dragMoveEvent(event);
    const QString problem = problemAt(event->mimeData(), event->position().toPoint());
    if (!problem.isEmpty()) {
        event->ignore();
        showRefusal(problem, event->position().toPoint());
    } else {
        m_refusal->hide();
    }
}

void SorterTreeView::dropEvent(QDropEvent *event)
{
    const QString problem = problemAt(event->mimeData(), event->position().toPoint());
    if (!problem.isEmpty()) {
        event->ignore();
        showRefusal(problem, event->position().toPoint());
        return;
    }
    m_refusal->hide();
    QTreeView::dropEvent(event);
}

void SorterTreeView::showRefusal(const QString &reason, const QPoint &position)
{
    m_refusal->setText(reason);
    m_refusal->adjustSize();
    const QPoint corner(
        qMin(position.x() + 12, qMax(0, viewport()->width() - m_refusal->width())),
        qMin(position.y() + 12, qMax(0, viewport()->height() - m_refusal->height())));
    m_refusal->move(corner);
    m_refusal->show();
    m_refusal->raise();
    emit dropRefused(reason, position);
    QTimer::singleShot(kRefusalShownMs, m_refusal, [label = m_refusal, reason] {
        if (label->text() == reason) {
            label->hide();
        }
    });
}

} // namespace Bfs::Ui
