#pragma once

#include <QTreeView>

class QLabel;

namespace Bfs::Ui {

// The Sorter's tree view: takes clip drops on every level and, when it
// refuses one, shows why right where the clips would have landed.
class SorterTreeView final : public QTreeView
{
    Q_OBJECT

public:
    explicit SorterTreeView(QWidget *parent = nullptr);

    Q_DISABLE_COPY_MOVE(SorterTreeView)

    // The refusal shown last, empty once it has faded.
    QString refusalText() const;
    bool isRefusalVisible() const;

signals:
    void dropRefused(const QString &reason, const QPoint &position);

protected:
    void dragEnterEvent(QDragEnterEvent *event) override;
    void dragMoveEvent(QDragMoveEvent *event) override;
    void dropEvent(QDropEvent *event) override;

private:
    QString problemAt(const QMimeData *data, const QPoint &position) const;
    void showRefusal(const QString &reason, const QPoint &position);

    QLabel *m_refusal = nullptr;
};

} // namespace Bfs::Ui
