#include "localimagerenderer.h"

#include <QDir>
#include <QFileInfo>
#include <QFontMetricsF>
#include <QGuiApplication>
#include <QPainter>
#include <QPainterPath>
#include <QSaveFile>

#include "brandpainter.h"
#include "integrationslogging.h"

using namespace Qt::StringLiterals;

namespace Bfs {

namespace {

constexpr qreal kMargin = 80;
constexpr qreal kLogoSize = 96;
constexpr int kSmallestHeadlinePixels = 40;

// Where the headline goes on each card; the portrait card has room lower down.
QRectF headlineBox(ImageSize size, qreal width)
{
    if (size == ImageSize::Square) {
        return {kMargin, 310, width - 2 * kMargin, 420};
    }
    return {kMargin, 600, width - 2 * kMargin, 700};
}

QFont brandFont(int pixelSize, QFont::Weight weight)
{
    QFont font(u"DejaVu Sans"_s);
    font.setStyleHint(QFont::SansSerif);
    font.setPixelSize(pixelSize);
    font.setWeight(weight);
    return font;
}

// The office already appears at the foot of the card, so a title such as
// "Erie: Five small leaks..." shows only its headline.
QString headlineOf(const Post &post)
{
    for (const QString &office : post.offices) {
        const QString prefix = office + u": "_s;
        if (post.title.startsWith(prefix)) {
            return post.title.mid(prefix.size());
        }
    }
    return post.title;
}

QString ownerLine(const Post &post)
{
    if (!post.offices.isEmpty()) {
        return post.offices.constFirst() + u" office"_s;
    }
    return post.accounts.value(0, u"BFS Financial"_s);
}

void paintWordmark(QPainter &painter, const QPointF &topLeft, const Brand::Palette &palette)
{
    painter.setPen(palette.text);
    const QFont name = brandFont(46, QFont::Bold);
    painter.setFont(name);
    painter.drawText(topLeft + QPointF(0, QFontMetricsF(name).ascent()), u"BFS"_s);
    const QFont tagline = brandFont(22, QFont::Normal);
    painter.setFont(tagline);
    painter.drawText(topLeft + QPointF(2, 56 + QFontMetricsF(tagline).ascent()), u"Financial"_s);
}

void paintLocationPin(QPainter &painter, const QRectF &box, const QColor &color)
{
    QPainterPath pin;
    const qreal r = box.width() / 2;
    pin.moveTo(box.center().x(), box.bottom());
    pin.arcTo(QRectF(box.left(), box.top(), box.width(), box.width()), -60, 300);
    pin.closeSubpath();
    pin.addEllipse(QPointF(box.center().x(), box.top() + r), r * 0.4, r * 0.4);
    pin.setFillRule(Qt::OddEvenFill);
    painter.fillPath(pin, color);
}

void paintOwnerPill(QPainter &painter,
                    const Post &post,
                    const QSizeF &card,
                    const Brand::Palette &palette)
{
    const QFont font = brandFont(34, QFont::Bold);
    const QFontMetricsF metrics(font);
    const QString text = metrics.elidedText(
        ownerLine(post), Qt::ElideRight, card.width() - 2 * kMargin - 120);
    const bool office = !post.offices.isEmpty();
    const qreal iconWidth = office ? 44 : 0;
    const QRectF pill(kMargin,
                      card.height() - kMargin - 76,
                      metrics.horizontalAdvance(text) + iconWidth + 64,
                      76);

    painter.setPen(Qt::NoPen);
    painter.setBrush(QColor(255, 255, 255, 34));
    painter.drawRoundedRect(pill, 38, 38);
    if (office) {
        paintLocationPin(
            painter, QRectF(pill.left() + 30, pill.top() + 18, 26, 40), palette.accent);
    }
    painter.setPen(palette.text);
    painter.setFont(font);
    const qreal baseline = pill.center().y() + (metrics.ascent() - metrics.descent()) / 2;
    painter.drawText(QPointF(pill.left() + 32 + iconWidth, baseline), text);
}

} // namespace

LocalImageRenderer::LocalImageRenderer(const QString &logoPath)
    : m_logoPath(logoPath)
{}

QString LocalImageRenderer::name() const
{
    return u"local renderer"_s;
}

QImage LocalImageRenderer::render(const Post &post, ImageSize size)
{
    QImage image(imageWidth(size), imageHeight(size), QImage::Format_RGB32);
    QPainter painter(&image);
    painter.setRenderHints(QPainter::Antialiasing | QPainter::TextAntialiasing
                           | QPainter::SmoothPixmapTransform);

    const Brand::Palette palette = Brand::paletteFor(post.topic);
    Brand::paintBackground(painter, image.size(), palette);
    if (post.designMode == DesignMode::Full) {
        paintDesign(painter, post, size);
    }
    painter.end();
    return image;
}

void LocalImageRenderer::paintDesign(QPainter &painter, const Post &post, ImageSize size)
{
    const Brand::Palette palette = Brand::paletteFor(post.topic);
    const QSizeF card(imageWidth(size), imageHeight(size));
    const QRectF logoBox(kMargin, kMargin, kLogoSize, kLogoSize);
    if (const QImage &custom = logo(); !custom.isNull()) {
        painter.drawImage(
            logoBox,
            custom.scaled(logoBox.size().toSize(), Qt::KeepAspectRatio, Qt::SmoothTransformation));
    } else {
        Brand::paintLogoMark(painter, logoBox, palette);
    }
    paintWordmark(painter, QPointF(logoBox.right() + 24, logoBox.top() + 6), palette);

    const QRectF box = headlineBox(size, card.width());
    const QFont topicFont = [] {
        QFont font = brandFont(26, QFont::Bold);
        font.setLetterSpacing(QFont::AbsoluteSpacing, 3);
        return font;
    }();
    painter.setPen(palette.accent);
    painter.setFont(topicFont);
    painter.drawText(QPointF(box.left(), box.top() - 40), post.topic.toUpper());

    const int largest = size == ImageSize::Square ? 96 : 116;
    const Brand::FittedText headline = Brand::fitText(headlineOf(post),
                                                      brandFont(largest, QFont::Bold),
                                                      box.size(),
                                                      largest,
                                                      kSmallestHeadlinePixels);
    painter.setPen(palette.text);
    Brand::paintLines(painter, headline, box.topLeft());
    painter.fillRect(QRectF(box.left(), box.top() + headline.height() + 28, 120, 10),
                     palette.accent);

    paintOwnerPill(painter, post, card, palette);
}

const QImage &LocalImageRenderer::logo()
{
    if (!m_logoLoaded) {
        m_logoLoaded = true;
        if (!m_logoPath.isEmpty() && QFileInfo::exists(m_logoPath)) {
            m_logo.load(m_logoPath);
            if (m_logo.isNull()) {
                qCWarning(lcServiceImages)
                    << "Logo" << m_logoPath << "could not be read; using the built-in mark";
            }
        }
    }
    return m_logo;
}

Result<GeneratedImage> LocalImageRenderer::generate(const ImageRequest &request)
{
    if (request.outputPath.isEmpty()) {
        return makeError(ErrorCode::InvalidArgument, u"no output path for the image"_s);
    }
    const bool needsText = request.post.designMode == DesignMode::Full;
    if (needsText && qobject_cast<QGuiApplication *>(QCoreApplication::instance()) == nullptr) {
        return makeError(ErrorCode::Unsupported, u"drawing text needs a QGuiApplication"_s);
    }

    const QImage image = render(request.post, request.size);
    const QFileInfo target(request.outputPath);
    if (!QDir().mkpath(target.absolutePath())) {
        return makeError(ErrorCode::Io, u"cannot create folder "_s + target.absolutePath());
    }

    QSaveFile file(request.outputPath);
    if (!file.open(QIODevice::WriteOnly)) {
        return makeError(ErrorCode::Io,
                         u"cannot write "_s + request.outputPath + u": "_s + file.errorString());
    }
    if (!image.save(&file, "PNG")) {
        file.cancelWriting();
        return makeError(ErrorCode::Io, u"cannot encode "_s + request.outputPath + u" as PNG"_s);
    }
    if (!file.commit()) {
        return makeError(ErrorCode::Io,
                         u"cannot save "_s + request.outputPath + u": "_s + file.errorString());
    }

    qCDebug(lcServiceImages) << "Rendered" << request.outputPath << imageSizeKey(request.size)
                             << designModeKey(request.post.designMode);
    return GeneratedImage{request.outputPath, image.width(), image.height(), 0};
}

} // namespace Bfs
