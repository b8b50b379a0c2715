#include "page.h"

#include <QLabel>
#include <QVBoxLayout>

namespace Bfs::Ui {

Page::Page(const UiContext &context, QWidget *parent)
    : QWidget(parent)
    , m_context(context)
{}

PlaceholderPage::PlaceholderPage(const UiContext &context,
                                 const QString &key,
                                 const QString &title,
                                 const QList<PostStatus> &statuses,
                                 QWidget *parent)
    : Page(context, parent)
    , m_key(key)
    , m_title(title)
    , m_statuses(statuses)
{
    auto *label = new QLabel(tr("%1 is coming in a later version.").arg(title), this);
    label->setAlignment(Qt::AlignCenter);
    label->setAccessibleName(title);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(label);
}

} // namespace Bfs::Ui
