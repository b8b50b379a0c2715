#pragma once

#include <QColor>
#include <QFont>
#include <QRectF>
#include <QSize>
#include <QString>
#include <QStringList>

class QPainter;

namespace Bfs::Brand {

// The brand's colours for one post: the background gradient runs from
// `deep` to `mid`; `accent` differs per topic so a week's cards vary.
struct Palette
{
    QColor deep;
    QColor mid;
    QColor accent;
    QColor text;
};

// The same topic always gets the same palette.
Palette paletteFor(const QString &topic);

// The text-free card: gradient, soft shapes and a dot grid. Depends only on
// the palette and the size, so two posts on one topic share a background.
void paintBackground(QPainter &painter, const QSize &size, const Palette &palette);

// The logo mark (rising bars in a rounded square), drawn as paths so it is
// sharp at any size and needs no image file.
void paintLogoMark(QPainter &painter, const QRectF &box, const Palette &palette);

// Text broken into lines that fit a box, at the largest pixel size that
// fits; at the smallest size, lines past the box are cut and the last
// one ends with an ellipsis.
struct FittedText
{
    QFont font;
    QStringList lines;
    qreal lineHeight = 0;

    qreal height() const { return lineHeight * lines.size(); }
};

FittedText fitText(const QString &text,
                   QFont font,
                   const QSizeF &box,
                   int largestPixelSize,
                   int smallestPixelSize);

// Draws the lines from the box's top-left corner, left-aligned.
void paintLines(QPainter &painter, const FittedText &text, const QPointF &topLeft);

} // namespace Bfs::Brand
