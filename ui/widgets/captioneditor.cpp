#include "captioneditor.h"

#include <QCheckBox>
#include <QGridLayout>
#include <QLabel>
#include <QPlainTextEdit>

namespace Bfs::Ui {

CaptionEditor::CaptionEditor(QWidget *parent)
    : QWidget(parent)
{
    m_layout = new QGridLayout(this);
    m_layout->setContentsMargins(0, 0, 0, 0);
    m_layout->setColumnStretch(0, 1);
}

void CaptionEditor::clear()
{
    for (const Row &row : std::as_const(m_rows)) {
        delete row.include;
        delete row.edit;
        delete row.length;
    }
    m_rows.clear();
}

void CaptionEditor::setPost(const Post &post)
{
    clear();
    QList<Platform> platforms = post.platforms;
    for (auto it = post.captions.cbegin(); it != post.captions.cend(); ++it) {
        if (!platforms.contains(it.key())) {
            platforms.append(it.key());
        }
    }
    for (const Platform platform : std::as_const(platforms)) {
        addRow(platform, post.captions.value(platform), post.platforms.contains(platform));
    }
}

void CaptionEditor::addRow(Platform platform, const QString &caption, bool selected)
{
    Row row;
    row.platform = platform;
    row.original = caption;
    row.include = new QCheckBox(platformDisplayName(platform), this);
    row.include->setChecked(selected);
    row.include->setAccessibleName(tr("Post on %1").arg(platformDisplayName(platform)));
    row.edit = new QPlainTextEdit(caption, this);
    row.edit->setObjectName(QStringLiteral("caption_") + platformKey(platform));
    row.edit->setAccessibleName(tr("%1 caption").arg(platformDisplayName(platform)));
    row.edit->setTabChangesFocus(true);
    row.edit->setFixedHeight(row.edit->fontMetrics().lineSpacing() * 4 + 12);
    row.length = new QLabel(this);
    row.length->setObjectName(QStringLiteral("length_") + platformKey(platform));
    row.length->setAlignment(Qt::AlignRight | Qt::AlignTop);
    row.length->setMinimumWidth(
        row.length->fontMetrics().horizontalAdvance(QStringLiteral("00000 / 00000")));

    // Platform and length above a full-width editor: captions stay readable
    // however narrow the review panel is.
    const int line = int(m_rows.size()) * 2;
    m_layout->addWidget(row.include, line, 0);
    m_layout->addWidget(row.length, line, 1);
    m_layout->addWidget(row.edit, line + 1, 0, 1, 2);
    m_rows.append(row);
    updateLength(row);

    connect(row.edit, &QPlainTextEdit::textChanged, this, [this, platform] {
        for (const Row &candidate : std::as_const(m_rows)) {
            if (candidate.platform == platform) {
                updateLength(candidate);
            }
        }
        emit changed();
    });
    connect(row.include, &QCheckBox::toggled, this, [this] {
        for (const Row &candidate : std::as_const(m_rows)) {
            updateLength(candidate);
        }
        emit platformsChanged();
        emit changed();
    });
}

void CaptionEditor::updateLength(const Row &row)
{
    const int length = int(row.edit->toPlainText().size());
    const int limit = captionLimit(row.platform);
    row.length->setText(tr("%1 / %2").arg(length).arg(limit));
    const bool over = length > limit && row.include->isChecked();
    // Red text plus the word, so the state does not depend on colour alone.
    row.length->setStyleSheet(over ? QStringLiteral("color: #c0392b; font-weight: bold;")
                                   : QString());
    row.length->setToolTip(over ? tr("Too long for %1").arg(platformDisplayName(row.platform))
                                : QString());
    row.length->setAccessibleName(tr("%1 caption length").arg(platformDisplayName(row.platform)));
}

QMap<Platform, QString> CaptionEditor::captions() const
{
    QMap<Platform, QString> result;
    for (const Row &row : m_rows) {
        result.insert(row.platform, row.edit->toPlainText());
    }
    return result;
}

QList<Platform> CaptionEditor::selectedPlatforms() const
{
    QList<Platform> result;
    for (const Row &row : m_rows) {
        if (row.include->isChecked()) {
            result.append(row.platform);
        }
    }
    return result;
}

bool CaptionEditor::isEdited() const
{
    return std::any_of(m_rows.cbegin(), m_rows.cend(), [](const Row &row) {
        return row.edit->toPlainText() != row.original;
    });
}

QStringList CaptionEditor::problems() const
{
    QStringList result;
    for (const Row &row : m_rows) {
        const int length = int(row.edit->toPlainText().size());
        const int limit = captionLimit(row.platform);
        if (row.include->isChecked() && length > limit) {
            result.append(tr("The %1 caption is %2 characters long; %1 takes at most %3.")
                              .arg(platformDisplayName(row.platform))
                              .arg(length)
                              .arg(limit));
        }
    }
    if (m_rows.isEmpty() == false && selectedPlatforms().isEmpty()) {
        result.append(tr("Choose at least one platform."));
    }
    return result;
}

QPlainTextEdit *CaptionEditor::editorFor(Platform platform) const
{
    for (const Row &row : m_rows) {
        if (row.platform == platform) {
            return row.edit;
        }
    }
    return nullptr;
}

} // namespace Bfs::Ui
