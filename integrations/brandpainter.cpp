#include "brandpainter.h"

#include <algorithm>
#include <array>
#include <cmath>

#include <QFontMetricsF>
#include <QLinearGradient>
#include <QPainter>
#include <QPainterPath>

namespace Bfs::Brand {

namespace {

constexpr std::array<QRgb, 6> kAccents = {
    0xF2A541, // gold
    0x2EC4B6, // teal
    0xFF6B6B, // coral
    0x5BC0EB, // sky
    0x9BC53D, // green
    0xA06CD5, // violet
};

constexpr std::array<QRgb, 3> kMids = {0x134074, 0x13315C, 0x1D4E89};
constexpr QRgb kDeep = 0x0B2545;
constexpr QRgb kText = 0xFFFFFF;

// FNV-1a over the UTF-16 code units: stable across runs and platforms,
// unlike qHash, whose seed changes per process.
quint32 stableHash(const QString &text)
{
    quint32 hash = 2166136261U;
    for (const QChar c : text) {
        hash ^= c.unicode();
        hash *= 16777619U;
    }
    return hash;
}

QColor withAlpha(QColor color, int alpha)
{
    color.setAlpha(alpha);
    return color;
}

QStringList wrapWords(const QStringList &words, const QFontMetricsF &metrics, qreal width)
{
    QStringList lines;
    QString current;
    for (const QString &word : words) {
        const QString candidate = current.isEmpty() ? word : current + QLatin1Char(' ') + word;
        if (current.isEmpty() || metrics.horizontalAdvance(candidate) <= width) {
            current = candidate;
        } else {
            lines.append(current);
            current = word;
        }
    }
    if (!current.isEmpty()) {
        lines.append(current);
    }
    return lines;
}

bool linesFit(const QStringList &lines, const QFontMetricsF &metrics, const QSizeF &box)
{
    const bool narrowEnough = std::all_of(lines.begin(), lines.end(), [&](const QString &line) {
        return metrics.horizontalAdvance(line) <= box.width();
    });
    return narrowEnough && metrics.lineSpacing() * lines.size() <= box.height();
}

} // namespace

Palette paletteFor(const QString &topic)
{
    const quint32 hash = stableHash(topic.toLower());
    return {QColor(kDeep),
            QColor(kMids.at((hash >> 8) % kMids.size())),
            QColor(kAccents.at(hash % kAccents.size())),
            QColor(kText)};
}

void paintBackground(QPainter &painter, const QSize &size, const Palette &palette)
{
    const qreal w = size.width();
    const qreal h = size.height();
    painter.save();
    painter.setRenderHint(QPainter::Antialiasing);

    QLinearGradient gradient(0, 0, w, h);
    gradient.setColorAt(0, palette.deep);
    gradient.setColorAt(1, palette.mid);
    painter.fillRect(QRectF(0, 0, w, h), gradient);

    painter.setPen(Qt::NoPen);
    painter.setBrush(withAlpha(palette.accent, 46));
    painter.drawEllipse(QPointF(w * 0.88, h * 0.1), w * 0.42, w * 0.42);

    painter.setBrush(Qt::NoBrush);
    painter.setPen(QPen(withAlpha(palette.accent, 80), w * 0.03));
    painter.drawEllipse(QPointF(w * 0.08, h * 0.94), w * 0.32, w * 0.32);

    QPainterPath band;
    band.moveTo(0, h * 0.80);
    band.lineTo(w, h * 0.64);
    band.lineTo(w, h * 0.71);
    band.lineTo(0, h * 0.87);
    band.closeSubpath();
    painter.fillPath(band, withAlpha(Qt::white, 16));

    painter.setPen(Qt::NoPen);
    painter.setBrush(withAlpha(Qt::white, 40));
    const qreal step = w / 36;
    for (int column = 0; column < 10; ++column) {
        for (int row = 0; row < 7; ++row) {
            const QPointF dot(w * 0.70 + column * step, h * 0.40 + row * step);
            painter.drawEllipse(dot, w * 0.0025, w * 0.0025);
        }
    }
    painter.restore();
}

void paintLogoMark(QPainter &painter, const QRectF &box, const Palette &palette)
{
    painter.save();
    painter.setRenderHint(QPainter::Antialiasing);
    painter.setPen(Qt::NoPen);
    painter.setBrush(palette.accent);
    painter.drawRoundedRect(box, box.width() * 0.22, box.height() * 0.22);

    // Three rising bars and a line climbing over them.
    const qreal barWidth = box.width() * 0.14;
    const qreal gap = box.width() * 0.07;
    const qreal baseline = box.bottom() - box.height() * 0.18;
    const qreal left = box.left() + (box.width() - 3 * barWidth - 2 * gap) / 2;
    const std::array<qreal, 3> heights = {0.26, 0.40, 0.54};
    painter.setBrush(palette.deep);
    for (std::size_t i = 0; i < heights.size(); ++i) {
        const qreal x = left + qreal(i) * (barWidth + gap);
        const qreal height = box.height() * heights.at(i);
        painter.drawRoundedRect(
            QRectF(x, baseline - height, barWidth, height), barWidth * 0.3, barWidth * 0.3);
    }

    QPainterPath rise;
    rise.moveTo(left - gap, baseline - box.height() * 0.34);
    rise.quadTo(box.center().x(),
                baseline - box.height() * 0.52,
                box.right() - box.width() * 0.16,
                box.top() + box.height() * 0.16);
    painter.setPen(QPen(palette.text, box.width() * 0.05, Qt::SolidLine, Qt::RoundCap));
    painter.setBrush(Qt::NoBrush);
    painter.drawPath(rise);
    painter.restore();
}

FittedText fitText(
    const QString &text, QFont font, const QSizeF &box, int largestPixelSize, int smallestPixelSize)
{
    const QStringList words = text.simplified().split(QLatin1Char(' '), Qt::SkipEmptyParts);
    FittedText fitted;
    for (int pixels = largestPixelSize;; pixels -= 2) {
        font.setPixelSize(std::max(pixels, smallestPixelSize));
        const QFontMetricsF metrics(font);
        fitted = {font, wrapWords(words, metrics, box.width()), metrics.lineSpacing()};
        if (linesFit(fitted.lines, metrics, box) || pixels <= smallestPixelSize) {
            break;
        }
    }

    const QFontMetricsF metrics(fitted.font);
    const auto maxLines = std::max<qsizetype>(
        1, qsizetype(std::floor(box.height() / fitted.lineHeight)));
    if (fitted.lines.size() > maxLines) {
        const QString rest = fitted.lines.mid(maxLines - 1).join(QLatin1Char(' '));
        fitted.lines = fitted.lines.mid(0, maxLines - 1);
        fitted.lines.append(rest + QStringLiteral(" \u2026"));
    }
    for (QString &line : fitted.lines) {
        line = metrics.elidedText(line, Qt::ElideRight, box.width());
    }
    return fitted;
}

void paintLines(QPainter &painter, const FittedText &text, const QPointF &topLeft)
{
    painter.save();
    painter.setFont(text.font);
    const QFontMetricsF metrics(text.font);
    for (qsizetype i = 0; i < text.lines.size(); ++i) {
        const qreal baseline = topLeft.y() + qreal(i) * text.lineHeight + metrics.ascent();
        painter.drawText(QPointF(topLeft.x(), baseline), text.lines.at(i));
    }
    painter.restore();
}

} // namespace Bfs::Brand
