#pragma once

#include <QStyledItemDelegate>

namespace Bfs::Ui {

// Paints an unsorted clip as a thumbnail card: picture, office and
// platform, duration and resolution, and a portrait/landscape badge.
class ClipDelegate final : public QStyledItemDelegate
{
    Q_OBJECT

public:
    explicit ClipDelegate(QObject *parent = nullptr);

    Q_DISABLE_COPY_MOVE(ClipDelegate)

    void paint(QPainter *painter,
               const QStyleOptionViewItem &option,
               const QModelIndex &index) const override;
    QSize sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const override;

    static constexpr QSize kCardSize{176, 150};

private:
    void paintThumbnail(QPainter *painter, const QRect &area, const QModelIndex &index) const;
    void paintBadge(QPainter *painter, const QRect &area, bool portrait) const;
};

} // namespace Bfs::Ui
