#pragma once

#include <optional>

#include <QAbstractTableModel>
#include <QList>

#include "db/database.h"
#include "domain/post.h"
#include "repositories/postrepository.h"

namespace Bfs::Ui {

// Posts matching a filter, loaded lazily in pages of kPageSize rows on the
// database pool: views see the first page quickly and pull more with
// fetchMore() as they scroll. The office and platform filters apply to each
// loaded page, as the repository cannot filter on them. GUI thread only.
class PostListModel final : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column {
        TitleColumn,
        OwnersColumn,
        KindColumn,
        PlatformsColumn,
        WeekColumn,
        StatusColumn,
        UpdatedColumn,
        ColumnCount
    };

    enum Role {
        PostIdRole = Qt::UserRole + 1,
        VersionRole
    };

    static constexpr int kPageSize = 200;

    explicit PostListModel(DatabasePtr database, QObject *parent = nullptr);

    Q_DISABLE_COPY_MOVE(PostListModel)

    // Replaces the filter and loads its first page (limit and offset are ours).
    void setFilter(const PostFilter &filter);
    void setOfficeFilter(const QString &office);
    void setPlatformFilter(std::optional<Platform> platform);

    const PostFilter &filter() const { return m_filter; }

    // Loads again as many rows as are shown now, keeping the filter.
    void reload();

    bool isLoading() const { return m_loading; }

    // Posts matching the repository filter, loaded or not; -1 until known.
    int totalCount() const { return m_totalCount; }

    const Post &postAt(int row) const { return m_posts.at(row); }

    int rowOf(qint64 postId) const;
    // Puts a fresh copy of a post in place, or drops it when it no longer
    // matches the status filter (e.g. after a decision).
    void updatePost(const Post &post);
    void removePost(qint64 postId);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role) const override;
    bool canFetchMore(const QModelIndex &parent) const override;
    void fetchMore(const QModelIndex &parent) override;

signals:
    // A load (first page, more rows or a reload) arrived.
    void loaded();
    void loadFailed(const QString &message);
    void totalCountChanged(int count);

private:
    struct Page
    {
        QList<Post> posts;
        int total = -1;
    };

    void load(int offset, int limit, bool replace);
    void applyPage(const Result<Page> &page, int generation, int limit, bool replace);
    bool accepts(const Post &post) const;
    QString displayText(const Post &post, int column) const;

    DatabasePtr m_database;
    PostFilter m_filter;
    QString m_office;
    std::optional<Platform> m_platform;
    QList<Post> m_posts;
    // Rows read from the repository so far, before the office/platform filter.
    int m_fetched = 0;
    int m_totalCount = -1;
    int m_generation = 0;
    bool m_loading = false;
    bool m_atEnd = true;
};

QString statusDisplayName(PostStatus status);

} // namespace Bfs::Ui
