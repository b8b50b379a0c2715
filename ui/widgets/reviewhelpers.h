#pragma once

#include <QKeySequence>
#include <QString>

#include "domain/post.h"

class QAction;
class QPushButton;
class QWidget;

namespace Bfs::Ui {

// A page-wide keyboard action: active while the focus is anywhere on the
// page. Text fields still receive plain letters (they claim them first).
QAction *addPageShortcut(QWidget *page, const QString &text, const QKeySequence &key);

// A button that triggers `action` and names its key in the tooltip.
QPushButton *buttonFor(QAction *action, QWidget *parent);

// "Brussels, Ghent · week of 1/6/25 · image" for a review header.
QString postSummary(const Post &post);

} // namespace Bfs::Ui
