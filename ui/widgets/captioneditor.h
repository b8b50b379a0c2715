#pragma once

#include <QList>
#include <QMap>
#include <QWidget>

#include "domain/post.h"

class QCheckBox;
class QGridLayout;
class QLabel;
class QPlainTextEdit;

namespace Bfs::Ui {

// A post's captions, one editable row per platform, each with a checkbox
// (post there or not) and its live length against the platform's limit.
class CaptionEditor final : public QWidget
{
    Q_OBJECT

public:
    explicit CaptionEditor(QWidget *parent = nullptr);

    Q_DISABLE_COPY_MOVE(CaptionEditor)

    void setPost(const Post &post);
    void clear();

    QMap<Platform, QString> captions() const;
    QList<Platform> selectedPlatforms() const;
    // Whether the reviewer changed any caption text since setPost().
    bool isEdited() const;
    // One translated sentence per selected platform whose caption is too long.
    QStringList problems() const;
    QPlainTextEdit *editorFor(Platform platform) const;

signals:
    void changed();
    void platformsChanged();

private:
    struct Row
    {
        Platform platform = Platform::Facebook;
        QString original;
        QCheckBox *include = nullptr;
        QPlainTextEdit *edit = nullptr;
        QLabel *length = nullptr;
    };

    void addRow(Platform platform, const QString &caption, bool selected);
    void updateLength(const Row &row);

    QGridLayout *m_layout = nullptr;
    QList<Row> m_rows;
};

} // namespace Bfs::Ui
