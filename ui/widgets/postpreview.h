#pragma once

#include <QHash>
#include <QWidget>

#include "domain/post.h"

class QGridLayout;
class QLabel;

namespace Bfs::Ui {

// A post as it will look on each of its platforms: the platform's image
// (square or portrait) above its caption. Images are read and scaled on
// the database pool, so a large PNG never stalls the window.
class PostPreview final : public QWidget
{
    Q_OBJECT

public:
    explicit PostPreview(const QString &dataDir, QWidget *parent = nullptr);

    Q_DISABLE_COPY_MOVE(PostPreview)

    void setPost(const Post &post);
    void clear();

    // An image path as stored (absolute, or relative to the data dir).
    static QString resolveImagePath(const QString &dataDir, const QString &stored);

protected:
    void resizeEvent(QResizeEvent *event) override;

private:
    QWidget *createCard(const Post &post, Platform platform);
    // Places the cards in as many columns as the width holds.
    void arrangeCards();
    int columnsForWidth() const;
    void loadImage(ImageSize size, const QString &path);

    QString m_dataDir;
    QGridLayout *m_layout = nullptr;
    QList<QWidget *> m_cards;
    QMultiHash<ImageSize, QLabel *> m_imageLabels;
    qint64 m_postId = 0;
    int m_columns = 0;
    int m_generation = 0;
};

} // namespace Bfs::Ui
