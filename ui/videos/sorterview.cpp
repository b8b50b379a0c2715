#include "sorterview.h"

#include <QAction>
#include <QComboBox>
#include <QCursor>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QMenu>
#include <QSortFilterProxyModel>
#include <QSplitter>
#include <QToolButton>
#include <QUndoStack>
#include <QVBoxLayout>

#include "clipdelegate.h"
#include "sortertreemodel.h"
#include "sortertreeview.h"
#include "unsortedclipmodel.h"
#include "videosorter.h"

namespace Bfs::Ui {

namespace {

// Filters the grid by words (office, platform, post) and orientation.
class ClipFilterModel final : public QSortFilterProxyModel
{
public:
    using QSortFilterProxyModel::QSortFilterProxyModel;

    // 0 all, 1 portrait only, 2 landscape only.
    void setOrientation(int orientation)
    {
        m_orientation = orientation;
        invalidateFilter();
    }

protected:
    bool filterAcceptsRow(int row, const QModelIndex &parent) const override
    {
        const QModelIndex index = sourceModel()->index(row, 0, parent);
        const bool portrait = index.data(UnsortedClipModel::PortraitRole).toBool();
        if ((m_orientation == 1 && !portrait) || (m_orientation == 2 && portrait)) {
            return false;
        }
        return QSortFilterProxyModel::filterAcceptsRow(row, parent);
    }

private:
    int m_orientation = 0;
};

} // namespace

SorterView::SorterView(DatabasePtr database, QWidget *parent)
    : QWidget(parent)
    , m_sorter(new VideoSorter(std::move(database), this))
{
    setupWidgets();
    setupActions();
    connectSignals();
}

void SorterView::reload()
{
    m_sorter->reload();
}

QWidget *SorterView::buildGridSide()
{
    auto *side = new QWidget(this);
    m_search = new QLineEdit(side);
    m_search->setPlaceholderText(tr("Filter by office, platform or post"));
    m_search->setAccessibleName(tr("Filter unsorted clips"));
    m_search->setClearButtonEnabled(true);
    m_orientation = new QComboBox(side);
    m_orientation->addItems({tr("All shapes"), tr("Portrait"), tr("Landscape")});
    m_orientation->setAccessibleName(tr("Clip orientation"));
    m_count = new QLabel(side);

    m_filter = new ClipFilterModel(this);
    m_filter->setSourceModel(m_sorter->unsortedModel());
    m_filter->setFilterRole(UnsortedClipModel::SearchTextRole);
    m_filter->setFilterCaseSensitivity(Qt::CaseInsensitive);
    m_grid = new QListView(side);
    m_grid->setObjectName(QStringLiteral("unsortedGrid"));
    m_grid->setAccessibleName(tr("Unsorted clips"));
    m_grid->setViewMode(QListView::IconMode);
    m_grid->setResizeMode(QListView::Adjust);
    m_grid->setMovement(QListView::Static);
    m_grid->setUniformItemSizes(true);
    m_grid->setGridSize(ClipDelegate::kCardSize);
    m_grid->setItemDelegate(new ClipDelegate(m_grid));
    m_grid->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_grid->setDragDropMode(QAbstractItemView::DragDrop);
    m_grid->setDefaultDropAction(Qt::MoveAction);
    // Static movement turned the viewport's drops off; clips dragged back from the tree unsort.
    m_grid->viewport()->setAcceptDrops(true);
    m_grid->setModel(m_filter);

    auto *filters = new QHBoxLayout;
    filters->addWidget(m_search, 1);
    filters->addWidget(m_orientation);
    auto *layout = new QVBoxLayout(side);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(new QLabel(tr("<b>Unsorted clips</b>"), side));
    layout->addLayout(filters);
    layout->addWidget(m_grid, 1);
    layout->addWidget(m_count);
    return side;
}

void SorterView::setupWidgets()
{
    m_tree = new SorterTreeView(this);
    m_tree->setObjectName(QStringLiteral("sorterTree"));
    m_tree->setAccessibleName(tr("Posts, releases, offices and platforms"));
    m_tree->setModel(m_sorter->treeModel());
    m_undo = new QToolButton(this);
    m_redo = new QToolButton(this);

    auto *treeSide = new QWidget(this);
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(new QLabel(tr("<b>Posts and releases</b>"), treeSide), 1);
    buttons->addWidget(m_undo);
    buttons->addWidget(m_redo);
    auto *treeLayout = new QVBoxLayout(treeSide);
    treeLayout->setContentsMargins(0, 0, 0, 0);
    treeLayout->addLayout(buttons);
    treeLayout->addWidget(m_tree, 1);

    auto *splitter = new QSplitter(Qt::Horizontal, this);
    splitter->addWidget(buildGridSide());
    splitter->addWidget(treeSide);
    splitter->setStretchFactor(0, 3);
    splitter->setStretchFactor(1, 2);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(splitter);
}

void SorterView::setupActions()
{
    QUndoStack *stack = m_sorter->undoStack();
    QAction *undo = stack->createUndoAction(this, tr("Undo"));
    undo->setShortcut(QKeySequence::Undo);
    QAction *redo = stack->createRedoAction(this, tr("Redo"));
    redo->setShortcut(QKeySequence::Redo);
    m_undo->setDefaultAction(undo);
    m_redo->setDefaultAction(redo);
    m_undo->setAccessibleName(tr("Undo the last move"));
    m_redo->setAccessibleName(tr("Redo the move"));
    addAction(undo);
    addAction(redo);
}

void SorterView::connectSignals()
{
    connect(m_search, &QLineEdit::textChanged, this, &SorterView::applyFilter);
    connect(m_orientation, &QComboBox::currentIndexChanged, this, &SorterView::applyFilter);
    connect(m_sorter, &VideoSorter::loaded, this, [this] {
        m_tree->expandToDepth(1);
        updateCounts();
    });
    connect(m_sorter, &VideoSorter::releaseChoiceNeeded, this, &SorterView::askForRelease);
    connect(m_sorter, &VideoSorter::moveFailed, this, &SorterView::statusMessage);
    connect(m_sorter, &VideoSorter::postMovedToLibrary, this, [this](qint64 postId) {
        emit statusMessage(
            tr("Every clip of post #%1 is sorted: it is in the Video Library now.").arg(postId));
    });
    connect(m_tree, &SorterTreeView::dropRefused, this, &SorterView::statusMessage);
    connect(m_sorter->treeModel(), &SorterTreeModel::dropRefused, this, &SorterView::statusMessage);
}

void SorterView::applyFilter()
{
    auto *filter = static_cast<ClipFilterModel *>(m_filter);
    filter->setOrientation(m_orientation->currentIndex());
    filter->setFilterFixedString(m_search->text());
    updateCounts();
}

void SorterView::updateCounts()
{
    m_count->setText(
        tr("%1 of %n unsorted clip(s) shown", nullptr, m_sorter->unsortedModel()->rowCount())
            .arg(m_filter->rowCount()));
}

// A drop on a post with several releases: the user picks one, or a new one.
void SorterView::askForRelease(const QList<qint64> &clipIds, qint64 postId)
{
    const SorterPost *post = m_sorter->treeModel()->post(postId);
    if (!post) {
        return;
    }
    auto *menu = new QMenu(this);
    menu->setAttribute(Qt::WA_DeleteOnClose);
    menu->setAccessibleName(tr("Choose a release"));
    for (const Release &release : post->releases) {
        menu->addAction(release.name, this, [this, clipIds, postId, id = release.id] {
            m_sorter->moveToRelease(clipIds, postId, id);
        });
    }
    menu->addSeparator();
    menu->addAction(tr("New release"), this, [this, clipIds, postId] {
        m_sorter->moveToRelease(clipIds, postId, 0);
    });
    menu->popup(QCursor::pos());
}

} // namespace Bfs::Ui
