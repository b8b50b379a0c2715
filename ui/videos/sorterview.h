#pragma once

#include <QWidget>

#include "db/database.h"

class QComboBox;
class QLabel;
class QLineEdit;
class QListView;
class QSortFilterProxyModel;
class QToolButton;

namespace Bfs::Ui {

class SorterTreeView;
class VideoSorter;

// The Video Sorter tab: unsorted clips as a filterable thumbnail grid on
// the left, the Post → Release → Office → Platform tree on the right, and
// undo/redo for every move. Drag clips either way; several at once.
class SorterView final : public QWidget
{
    Q_OBJECT

public:
    explicit SorterView(DatabasePtr database, QWidget *parent = nullptr);

    Q_DISABLE_COPY_MOVE(SorterView)

    VideoSorter *sorter() const { return m_sorter; }

    QListView *grid() const { return m_grid; }

    SorterTreeView *tree() const { return m_tree; }

    QSortFilterProxyModel *filterModel() const { return m_filter; }

    void reload();

signals:
    void statusMessage(const QString &text);

private:
    void setupWidgets();
    void setupActions();
    void connectSignals();
    QWidget *buildGridSide();
    void applyFilter();
    void updateCounts();
    void askForRelease(const QList<qint64> &clipIds, qint64 postId);

    VideoSorter *m_sorter = nullptr;
    QSortFilterProxyModel *m_filter = nullptr;
    QLineEdit *m_search = nullptr;
    QComboBox *m_orientation = nullptr;
    QListView *m_grid = nullptr;
    QLabel *m_count = nullptr;
    SorterTreeView *m_tree = nullptr;
    QToolButton *m_undo = nullptr;
    QToolButton *m_redo = nullptr;
};

} // namespace Bfs::Ui
