#include "postlistmodel.h"

#include <QCoreApplication>
#include <QLocale>

#include "background.h"
#include "errortext.h"
#include "uilogging.h"

namespace Bfs::Ui {

QString statusDisplayName(PostStatus status)
{
    const auto tr = [](const char *text) {
        return QCoreApplication::translate("Bfs::Ui::PostStatus", text);
    };
    switch (status) {
    case PostStatus::PendingApproval:
        return tr("Stage 1 review");
    case PostStatus::PendingDesign:
        return tr("Pending design");
    case PostStatus::DesignComplete:
        return tr("Stage 2 review");
    case PostStatus::Approved:
        return tr("Approved");
    case PostStatus::Published:
        return tr("Published");
    case PostStatus::Rejected:
        return tr("Rejected");
    case PostStatus::PendingVideoUpload:
        return tr("Waiting for clips");
    case PostStatus::VideoReview:
        return tr("Clips to sort");
    case PostStatus::VideoLibrary:
        return tr("Video library");
    }
    return {};
}

PostListModel::PostListModel(DatabasePtr database, QObject *parent)
    : QAbstractTableModel(parent)
    , m_database(std::move(database))
{}

void PostListModel::setFilter(const PostFilter &filter)
{
    m_filter = filter;
    m_filter.limit = -1;
    m_filter.offset = 0;
    load(0, kPageSize, true);
}

void PostListModel::setOfficeFilter(const QString &office)
{
    m_office = office;
    load(0, kPageSize, true);
}

void PostListModel::setPlatformFilter(std::optional<Platform> platform)
{
    m_platform = platform;
    load(0, kPageSize, true);
}

void PostListModel::reload()
{
    load(0, qMax(m_fetched, kPageSize), true);
}

int PostListModel::rowOf(qint64 postId) const
{
    for (int row = 0; row < m_posts.size(); ++row) {
        if (m_posts.at(row).id == postId) {
            return row;
        }
    }
    return -1;
}

void PostListModel::updatePost(const Post &post)
{
    const int row = rowOf(post.id);
    if (row < 0) {
        return;
    }
    if (m_filter.status && *m_filter.status != post.status) {
        removePost(post.id);
        return;
    }
    m_posts[row] = post;
    emit dataChanged(index(row, 0), index(row, ColumnCount - 1));
}

void PostListModel::removePost(qint64 postId)
{
    const int row = rowOf(postId);
    if (row < 0) {
        return;
    }
    beginRemoveRows({}, row, row);
    m_posts.removeAt(row);
    endRemoveRows();
    // The repository's offsets move up by one too.
    m_fetched = qMax(0, m_fetched - 1);
    m_totalCount = qMax(0, m_totalCount - 1);
    emit totalCountChanged(m_totalCount);
}

int PostListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_posts.size());
}

int PostListModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant PostListModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid)) {
        return {};
    }
    const Post &post = m_posts.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
        return displayText(post, index.column());
    case Qt::ToolTipRole:
        return index.column() == TitleColumn ? post.topic : QVariant();
    case PostIdRole:
        return post.id;
    case VersionRole:
        return post.version;
    default:
        return {};
    }
}

QString PostListModel::displayText(const Post &post, int column) const
{
    switch (column) {
    case TitleColumn:
        return post.title;
    case OwnersColumn:
        return (post.offices + post.accounts).join(QLatin1String(", "));
    case KindColumn:
        return post.kind == PostKind::Video ? tr("Video") : tr("Image");
    case PlatformsColumn: {
        QStringList names;
        for (const Platform platform : post.platforms) {
            names.append(platformDisplayName(platform));
        }
        return names.join(QLatin1String(", "));
    }
    case WeekColumn:
        return QLocale().toString(post.weekStart, QLocale::ShortFormat);
    case StatusColumn:
        return statusDisplayName(post.status);
    case UpdatedColumn:
        return QLocale().toString(post.updatedAt.toLocalTime(), QLocale::ShortFormat);
    default:
        return {};
    }
}

QVariant PostListModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole) {
        return QAbstractTableModel::headerData(section, orientation, role);
    }
    switch (section) {
    case TitleColumn:
        return tr("Title");
    case OwnersColumn:
        return tr("Office / account");
    case KindColumn:
        return tr("Kind");
    case PlatformsColumn:
        return tr("Platforms");
    case WeekColumn:
        return tr("Week");
    case StatusColumn:
        return tr("Status");
    case UpdatedColumn:
        return tr("Updated");
    default:
        return {};
    }
}

bool PostListModel::canFetchMore(const QModelIndex &parent) const
{
    return !parent.isValid() && !m_atEnd && !m_loading;
}

void PostListModel::fetchMore(const QModelIndex &parent)
{
    if (canFetchMore(parent)) {
        load(m_fetched, kPageSize, false);
    }
}

void PostListModel::load(int offset, int limit, bool replace)
{
    const int generation = ++m_generation;
    m_loading = true;

    PostFilter filter = m_filter;
    filter.offset = offset;
    filter.limit = limit;
    const bool needTotal = replace;
    runInBackground(
        this,
        [database = m_database, filter, needTotal]() -> Result<Page> {
            PostRepository posts(database);
            auto list = posts.list(filter);
            if (!list) {
                return list.error();
            }
            Page page{std::move(list).value(), -1};
            if (needTotal) {
                PostFilter all = filter;
                all.limit = -1;
                all.offset = 0;
                const auto total = posts.count(all);
                page.total = total ? *total : -1;
            }
            return page;
        },
        [this, generation, limit, replace](const Result<Page> &page) {
            applyPage(page, generation, limit, replace);
        });
}

void PostListModel::applyPage(const Result<Page> &page, int generation, int limit, bool replace)
{
    if (generation != m_generation) {
        return;
    }
    m_loading = false;
    if (!page) {
        qCWarning(lcUi) << "loading posts failed:" << page.errorDetail();
        emit loadFailed(errorText(page.error()));
        return;
    }

    QList<Post> accepted;
    for (const Post &post : page->posts) {
        if (accepts(post)) {
            accepted.append(post);
        }
    }
    m_atEnd = page->posts.size() < limit;
    if (replace) {
        beginResetModel();
        m_posts = accepted;
        m_fetched = int(page->posts.size());
        endResetModel();
    } else if (!accepted.isEmpty()) {
        beginInsertRows({}, int(m_posts.size()), int(m_posts.size() + accepted.size() - 1));
        m_posts.append(accepted);
        endInsertRows();
    }
    if (!replace) {
        m_fetched += int(page->posts.size());
    }

    if (page->total >= 0 && page->total != m_totalCount) {
        m_totalCount = page->total;
        emit totalCountChanged(m_totalCount);
    }
    emit loaded();
}

bool PostListModel::accepts(const Post &post) const
{
    if (!m_office.isEmpty() && !post.offices.contains(m_office)
        && !post.accounts.contains(m_office)) {
        return false;
    }
    return !m_platform || post.platforms.contains(*m_platform);
}

} // namespace Bfs::Ui
