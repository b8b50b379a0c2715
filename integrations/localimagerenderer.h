#pragma once

#include <QImage>

#include "imagegenerator.h"

namespace Bfs {

// The offline image generator: a branded card drawn with QPainter at the
// real sizes (1024x1024 square, 1024x1792 portrait). Full design mode puts
// the logo, topic, headline (wrapped, shrunk until it fits) and the office
// or account on it; background_only draws the same background with no text
// and no logo, for a designer to finish. Costs nothing.
//
// Drawing text needs a QGuiApplication (the offscreen platform will do);
// without one, full-mode requests fail with ErrorCode::Unsupported.
class LocalImageRenderer final : public ImageGenerator
{
public:
    // logoPath: an image to use instead of the built-in logo mark when it
    // exists and loads (e.g. <dataDir>/brand/logo.png); empty for none.
    explicit LocalImageRenderer(const QString &logoPath = {});

    QString name() const override;
    [[nodiscard]] Result<GeneratedImage> generate(const ImageRequest &request) override;

    // The card itself, without writing it; for previews and tests.
    QImage render(const Post &post, ImageSize size);

private:
    void paintDesign(QPainter &painter, const Post &post, ImageSize size);
    const QImage &logo();

    QString m_logoPath;
    QImage m_logo;
    bool m_logoLoaded = false;
};

} // namespace Bfs
