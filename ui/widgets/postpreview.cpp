#include "postpreview.h"

#include <QDir>
#include <QFrame>
#include <QGridLayout>
#include <QImage>
#include <QLabel>
#include <QPixmap>
#include <QResizeEvent>
#include <QVBoxLayout>

#include "background.h"

namespace Bfs::Ui {

namespace {

// Preview width of a card; portrait images keep their 9:16 shape.
constexpr int kCardWidth = 240;
// Card width plus its frame and margins.
constexpr int kCardOuterWidth = kCardWidth + 20;

} // namespace

PostPreview::PostPreview(const QString &dataDir, QWidget *parent)
    : QWidget(parent)
    , m_dataDir(dataDir)
{
    m_layout = new QGridLayout(this);
    m_layout->setContentsMargins(0, 0, 0, 0);
    m_layout->setAlignment(Qt::AlignTop | Qt::AlignLeft);
    // Take the scroll area's width as given and reflow the cards into it,
    // rather than forcing the widest arrangement on the panel.
    m_layout->setSizeConstraint(QLayout::SetNoConstraint);
    setSizePolicy(QSizePolicy::Ignored, QSizePolicy::Preferred);
}

QString PostPreview::resolveImagePath(const QString &dataDir, const QString &stored)
{
    if (stored.isEmpty() || QDir::isAbsolutePath(stored)) {
        return stored;
    }
    return QDir(dataDir).filePath(stored);
}

void PostPreview::clear()
{
    qDeleteAll(m_cards);
    m_cards.clear();
    m_imageLabels.clear();
    ++m_generation;
}

void PostPreview::setPost(const Post &post)
{
    clear();
    m_postId = post.id;
    for (const Platform platform : post.platforms) {
        m_cards.append(createCard(post, platform));
    }
    m_columns = 0;
    arrangeCards();
    for (auto it = post.images.cbegin(); it != post.images.cend(); ++it) {
        loadImage(it.key(), resolveImagePath(m_dataDir, it.value()));
    }
}

int PostPreview::columnsForWidth() const
{
    const int spacing = qMax(0, m_layout->horizontalSpacing());
    return qMax(1, (width() + spacing) / (kCardOuterWidth + spacing));
}

void PostPreview::arrangeCards()
{
    const int columns = columnsForWidth();
    if (columns == m_columns) {
        return;
    }
    m_columns = columns;
    for (QWidget *card : std::as_const(m_cards)) {
        m_layout->removeWidget(card);
    }
    for (int index = 0; index < m_cards.size(); ++index) {
        m_layout->addWidget(m_cards.at(index), index / columns, index % columns, Qt::AlignTop);
    }
}

void PostPreview::resizeEvent(QResizeEvent *event)
{
    QWidget::resizeEvent(event);
    arrangeCards();
}

QWidget *PostPreview::createCard(const Post &post, Platform platform)
{
    auto *card = new QFrame(this);
    card->setFrameShape(QFrame::StyledPanel);
    card->setFixedWidth(kCardOuterWidth);
    auto *name = new QLabel(platformDisplayName(platform), card);
    QFont bold = name->font();
    bold.setBold(true);
    name->setFont(bold);
    const ImageSize size = imageSizeFor(platform);
    auto *image = new QLabel(card);
    image->setAlignment(Qt::AlignCenter);
    image->setFixedSize(kCardWidth, kCardWidth * imageHeight(size) / imageWidth(size));
    image->setText(
        post.images.contains(size)
            ? tr("Loading…")
            : tr("No %1 image").arg(size == ImageSize::Square ? tr("square") : tr("portrait")));
    image->setAccessibleName(tr("%1 image").arg(platformDisplayName(platform)));
    auto *caption = new QLabel(post.captions.value(platform), card);
    caption->setWordWrap(true);
    caption->setTextInteractionFlags(Qt::TextSelectableByMouse);
    caption->setAccessibleName(tr("%1 caption").arg(platformDisplayName(platform)));
    auto *layout = new QVBoxLayout(card);
    layout->addWidget(name);
    layout->addWidget(image);
    layout->addWidget(caption);
    layout->addStretch();
    m_imageLabels.insert(size, image);
    return card;
}

void PostPreview::loadImage(ImageSize size, const QString &path)
{
    const int generation = m_generation;
    const QSize target(kCardWidth, kCardWidth * imageHeight(size) / imageWidth(size));
    runInBackground(
        this,
        [path, target] {
            QImage image(path);
            return image.isNull()
                       ? image
                       : image.scaled(target, Qt::KeepAspectRatio, Qt::SmoothTransformation);
        },
        [this, generation, size](const QImage &image) {
            if (generation != m_generation) {
                return;
            }
            const auto labels = m_imageLabels.values(size);
            for (QLabel *label : labels) {
                if (image.isNull()) {
                    label->setText(tr("The image file cannot be read."));
                } else {
                    label->setPixmap(QPixmap::fromImage(image));
                }
            }
        });
}

} // namespace Bfs::Ui
