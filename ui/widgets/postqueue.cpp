#include "postqueue.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QTableView>
#include <QVBoxLayout>

#include "background.h"
#include "models/postlistmodel.h"
#include "repositories/officerepository.h"

namespace Bfs::Ui {

namespace {

QDate mondayOf(const QDate &date)
{
    return date.addDays(1 - date.dayOfWeek());
}

QComboBox *filterCombo(const QString &name, const QString &accessibleName, QWidget *parent)
{
    auto *combo = new QComboBox(parent);
    combo->setObjectName(name);
    combo->setAccessibleName(accessibleName);
    // Shrinkable: office names are long, and the queue shares its width.
    combo->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    combo->setMinimumContentsLength(6);
    return combo;
}

} // namespace

PostQueue::PostQueue(DatabasePtr database, std::optional<PostStatus> status, QWidget *parent)
    : QWidget(parent)
    , m_database(std::move(database))
    , m_status(status)
{
    setupWidgets();
    connectSignals();
}

void PostQueue::setupWidgets()
{
    m_model = new PostListModel(m_database, this);
    m_week = filterCombo(QStringLiteral("weekFilter"), tr("Week"), this);
    m_week->addItem(tr("All weeks"));
    const QDate thisWeek = mondayOf(QDate::currentDate());
    for (int offset = 1; offset >= -6; --offset) {
        const QDate week = thisWeek.addDays(7 * offset);
        m_week->addItem(tr("Week of %1").arg(QLocale().toString(week, QLocale::ShortFormat)), week);
    }
    m_owner = filterCombo(QStringLiteral("ownerFilter"), tr("Office or account"), this);
    m_owner->addItem(tr("All offices"));
    m_kind = filterCombo(QStringLiteral("kindFilter"), tr("Kind"), this);
    m_kind->addItem(tr("Images and videos"));
    m_kind->addItem(tr("Images"), QVariant::fromValue(int(PostKind::Image)));
    m_kind->addItem(tr("Videos"), QVariant::fromValue(int(PostKind::Video)));
    m_platform = filterCombo(QStringLiteral("platformFilter"), tr("Platform"), this);
    m_platform->addItem(tr("All platforms"));
    for (const Platform platform : allPlatforms()) {
        m_platform->addItem(platformDisplayName(platform), int(platform));
    }
    m_search = new QLineEdit(this);
    m_search->setObjectName(QStringLiteral("search"));
    m_search->setAccessibleName(tr("Search"));
    m_search->setPlaceholderText(tr("Search titles and topics"));
    m_search->setClearButtonEnabled(true);
    m_count = new QLabel(this);

    m_view = new QTableView(this);
    m_view->setObjectName(QStringLiteral("queue"));
    m_view->setAccessibleName(tr("Posts"));
    m_view->setModel(m_model);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_view->setAlternatingRowColors(true);
    m_view->setWordWrap(false);
    m_view->verticalHeader()->hide();
    m_view->horizontalHeader()->setStretchLastSection(true);
    m_view->horizontalHeader()->resizeSection(PostListModel::TitleColumn, 260);
    m_view->horizontalHeader()->resizeSection(PostListModel::OwnersColumn, 140);

    // Search above the filters: one row of all of them made the queue so
    // wide that the review panel beside it had no room.
    auto *searchRow = new QHBoxLayout;
    searchRow->addWidget(m_search, 1);
    searchRow->addWidget(m_count);
    auto *filters = new QHBoxLayout;
    for (QWidget *widget : {static_cast<QWidget *>(m_week),
                            static_cast<QWidget *>(m_owner),
                            static_cast<QWidget *>(m_kind),
                            static_cast<QWidget *>(m_platform)}) {
        filters->addWidget(widget, 1);
    }
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(searchRow);
    layout->addLayout(filters);
    layout->addWidget(m_view, 1);
    setTabOrder(m_search, m_view);
}

void PostQueue::connectSignals()
{
    m_searchDelay.setSingleShot(true);
    m_searchDelay.setInterval(250);
    connect(&m_searchDelay, &QTimer::timeout, this, &PostQueue::applyFilter);
    connect(m_search, &QLineEdit::textChanged, &m_searchDelay, qOverload<>(&QTimer::start));
    for (QComboBox *combo : {m_week, m_kind}) {
        connect(combo, &QComboBox::currentIndexChanged, this, &PostQueue::applyFilter);
    }
    connect(m_owner, &QComboBox::currentIndexChanged, this, [this] {
        m_model->setOfficeFilter(m_owner->currentIndex() > 0 ? m_owner->currentText() : QString());
    });
    connect(m_platform, &QComboBox::currentIndexChanged, this, [this] {
        const QVariant data = m_platform->currentData();
        m_model->setPlatformFilter(data.isValid() ? std::optional(Platform(data.toInt()))
                                                  : std::nullopt);
    });
    connect(m_model, &PostListModel::loaded, this, &PostQueue::restoreCurrent);
    connect(m_model, &PostListModel::totalCountChanged, this, [this](int count) {
        m_count->setText(tr("%n post(s)", nullptr, qMax(0, count)));
    });
    connect(m_view->selectionModel(),
            &QItemSelectionModel::currentRowChanged,
            this,
            [this](const QModelIndex &current) {
                m_currentId = current.isValid()
                                  ? m_model->data(current, PostListModel::PostIdRole).toLongLong()
                                  : 0;
                emit currentPostChanged(m_currentId);
            });
}

void PostQueue::setStatus(std::optional<PostStatus> status)
{
    m_status = status;
    applyFilter();
}

void PostQueue::refresh()
{
    if (!m_choicesLoaded) {
        loadChoices();
    }
    applyFilter();
}

void PostQueue::loadChoices()
{
    m_choicesLoaded = true;
    runInBackground(
        this,
        [database = m_database] {
            OfficeRepository repository(database);
            QStringList names;
            if (const auto offices = repository.offices()) {
                for (const Office &office : *offices) {
                    names.append(office.name);
                }
            }
            if (const auto accounts = repository.accounts()) {
                for (const SocialAccount &account : *accounts) {
                    names.append(account.handle);
                }
            }
            return names;
        },
        [this](const QStringList &names) { m_owner->addItems(names); });
}

void PostQueue::applyFilter()
{
    PostFilter filter;
    filter.status = m_status;
    filter.weekStart = m_week->currentData().toDate();
    if (const QVariant kind = m_kind->currentData(); kind.isValid()) {
        filter.kind = PostKind(kind.toInt());
    }
    filter.search = m_search->text().trimmed();
    m_model->setFilter(filter);
}

void PostQueue::restoreCurrent()
{
    const int row = m_currentId != 0 ? m_model->rowOf(m_currentId) : -1;
    if (row >= 0 && m_view->currentIndex().row() != row) {
        selectRow(row);
        return;
    }
    if (row >= 0) {
        emit currentPostChanged(m_currentId);
        return;
    }
    if (!m_view->currentIndex().isValid() && m_model->rowCount() > 0) {
        selectRow(0);
    } else if (m_model->rowCount() == 0) {
        m_currentId = 0;
        emit currentPostChanged(0);
    }
}

std::optional<Post> PostQueue::currentPost() const
{
    const int row = m_model->rowOf(m_currentId);
    return row >= 0 ? std::optional(m_model->postAt(row)) : std::nullopt;
}

QList<Post> PostQueue::selectedPosts() const
{
    QList<Post> posts;
    const QModelIndexList rows = m_view->selectionModel()->selectedRows();
    for (const QModelIndex &index : rows) {
        posts.append(m_model->postAt(index.row()));
    }
    if (posts.isEmpty()) {
        if (const auto current = currentPost()) {
            posts.append(*current);
        }
    }
    return posts;
}

bool PostQueue::selectPost(qint64 postId)
{
    const int row = m_model->rowOf(postId);
    if (row >= 0) {
        selectRow(row);
    } else {
        // Selected once a load brings it (see restoreCurrent()).
        m_currentId = postId;
    }
    return row >= 0;
}

void PostQueue::selectRow(int row)
{
    if (m_model->rowCount() == 0) {
        return;
    }
    row = qBound(0, row, m_model->rowCount() - 1);
    const QModelIndex index = m_model->index(row, 0);
    m_view->selectionModel()->setCurrentIndex(
        index, QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
    m_view->scrollTo(index);
}

void PostQueue::selectNext()
{
    selectRow(m_view->currentIndex().row() + 1);
}

void PostQueue::selectPrevious()
{
    selectRow(qMax(0, m_view->currentIndex().row() - 1));
}

} // namespace Bfs::Ui
