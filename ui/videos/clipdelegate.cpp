#include "clipdelegate.h"

#include <QPainter>

#include "sortersnapshot.h"
#include "thumbnailcache.h"
#include "unsortedclipmodel.h"

namespace Bfs::Ui {

ClipDelegate::ClipDelegate(QObject *parent)
    : QStyledItemDelegate(parent)
{}

QSize ClipDelegate::sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const
{
    Q_UNUSED(option)
    Q_UNUSED(index)
    return kCardSize;
}

void ClipDelegate::paint(QPainter *painter,
                         const QStyleOptionViewItem &option,
                         const QModelIndex &index) const
{
    painter->save();
    const QRect card = option.rect.adjusted(4, 4, -4, -4);
    const bool selected = option.state.testFlag(QStyle::State_Selected);
    painter->setPen(selected ? option.palette.highlight().color() : option.palette.mid().color());
    painter->setBrush(selected ? option.palette.highlight().color().lighter(170)
                               : option.palette.base().color());
    painter->drawRoundedRect(card, 4, 4);

    const QRect picture(card.left() + 4, card.top() + 4, card.width() - 8, ThumbnailCache::kHeight);
    paintThumbnail(painter, picture, index);
    paintBadge(painter, picture, index.data(UnsortedClipModel::PortraitRole).toBool());

    painter->setPen(option.palette.text().color());
    const QRect text(card.left() + 6,
                     picture.bottom() + 4,
                     card.width() - 12,
                     card.bottom() - picture.bottom() - 6);
    const QString details = tr("%1 · %2").arg(
        formatDuration(index.data(UnsortedClipModel::DurationRole).toDouble()),
        index.data(UnsortedClipModel::ResolutionRole).toString());
    painter->drawText(
        text,
        Qt::AlignLeft | Qt::AlignTop | Qt::TextSingleLine,
        painter->fontMetrics().elidedText(index.data().toString(), Qt::ElideRight, text.width()));
    painter->drawText(text, Qt::AlignLeft | Qt::AlignBottom | Qt::TextSingleLine, details);
    painter->restore();
}

void ClipDelegate::paintThumbnail(QPainter *painter,
                                  const QRect &area,
                                  const QModelIndex &index) const
{
    const QPixmap pixmap = index.data(Qt::DecorationRole).value<QPixmap>();
    painter->fillRect(area, QColor(0x20, 0x24, 0x2a));
    if (pixmap.isNull()) {
        return;
    }
    const QSize size = pixmap.size().scaled(area.size(), Qt::KeepAspectRatio);
    const QRect target(area.center() - QPoint(size.width() / 2, size.height() / 2), size);
    painter->drawPixmap(target, pixmap);
}

void ClipDelegate::paintBadge(QPainter *painter, const QRect &area, bool portrait) const
{
    const QString text = portrait ? tr("Portrait") : tr("Landscape");
    const QRect badge(area.right() - 70, area.top() + 4, 66, 18);
    painter->setPen(Qt::NoPen);
    painter->setBrush(portrait ? QColor(0x1e, 0x88, 0xe5) : QColor(0x43, 0xa0, 0x47));
    painter->drawRoundedRect(badge, 3, 3);
    painter->setPen(Qt::white);
    painter->drawText(badge, Qt::AlignCenter, text);
}

} // namespace Bfs::Ui
