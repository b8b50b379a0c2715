#pragma once

#include <optional>

#include <QTimer>
#include <QWidget>

#include "db/database.h"
#include "domain/post.h"

class QComboBox;
class QLabel;
class QLineEdit;
class QTableView;

namespace Bfs::Ui {

class PostListModel;

// A queue of posts in one status: a filter bar (week, office or account,
// kind, platform, search) over a lazily loaded table with multi-selection.
// Keeps the current post across reloads when it is still there.
class PostQueue final : public QWidget
{
    Q_OBJECT

public:
    PostQueue(DatabasePtr database, std::optional<PostStatus> status, QWidget *parent = nullptr);

    Q_DISABLE_COPY_MOVE(PostQueue)

    PostListModel *model() const { return m_model; }

    QTableView *view() const { return m_view; }

    void setStatus(std::optional<PostStatus> status);
    // Loads the posts again (and, the first time, the filter choices).
    void refresh();

    std::optional<Post> currentPost() const;
    QList<Post> selectedPosts() const;
    bool selectPost(qint64 postId);
    void selectRow(int row);
    void selectNext();
    void selectPrevious();

signals:
    // The current post changed (or was reloaded); 0 when there is none.
    void currentPostChanged(qint64 postId);

private:
    void setupWidgets();
    void connectSignals();
    void loadChoices();
    void applyFilter();
    void restoreCurrent();

    DatabasePtr m_database;
    std::optional<PostStatus> m_status;
    PostListModel *m_model = nullptr;
    QTableView *m_view = nullptr;
    QComboBox *m_week = nullptr;
    QComboBox *m_owner = nullptr;
    QComboBox *m_kind = nullptr;
    QComboBox *m_platform = nullptr;
    QLineEdit *m_search = nullptr;
    QLabel *m_count = nullptr;
    QTimer m_searchDelay;
    qint64 m_currentId = 0;
    bool m_choicesLoaded = false;
};

} // namespace Bfs::Ui
