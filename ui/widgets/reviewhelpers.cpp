#include "reviewhelpers.h"

#include <QAction>
#include <QCoreApplication>
#include <QLocale>
#include <QPushButton>
#include <QWidget>

namespace Bfs::Ui {

QAction *addPageShortcut(QWidget *page, const QString &text, const QKeySequence &key)
{
    auto *action = new QAction(text, page);
    action->setShortcut(key);
    action->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    page->addAction(action);
    return action;
}

QPushButton *buttonFor(QAction *action, QWidget *parent)
{
    auto *button = new QPushButton(action->text(), parent);
    button->setAccessibleName(action->text());
    button->setToolTip(
        QCoreApplication::translate("Bfs::Ui::Review", "%1 (%2)")
            .arg(action->text(), action->shortcut().toString(QKeySequence::NativeText)));
    button->setEnabled(action->isEnabled());
    QObject::connect(button, &QPushButton::clicked, action, &QAction::trigger);
    QObject::connect(action, &QAction::enabledChanged, button, &QPushButton::setEnabled);
    return button;
}

QString postSummary(const Post &post)
{
    const auto tr = [](const char *text) {
        return QCoreApplication::translate("Bfs::Ui::Review", text);
    };
    const QString owners = (post.offices + post.accounts).join(QLatin1String(", "));
    const QString kind = post.kind == PostKind::Video ? tr("video") : tr("image");
    return tr("%1 · week of %2 · %3")
        .arg(owners.isEmpty() ? tr("no office") : owners,
             QLocale().toString(post.weekStart, QLocale::ShortFormat),
             kind);
}

} // namespace Bfs::Ui
