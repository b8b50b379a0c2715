#include "videospage.h"

#include <QLabel>
#include <QListWidget>
#include <QSplitter>
#include <QTabWidget>
#include <QVBoxLayout>

#include "background.h"
#include "pendinguploads.h"
#include "releasemanager.h"
#include "repositories/postrepository.h"
#include "settings/desktopsettings.h"
#include "sorterview.h"

namespace Bfs::Ui {

namespace {

const QString kTabKey = QStringLiteral("videos/tab");

enum Tab {
    UploadsTab,
    SorterTab,
    LibraryTab
};

} // namespace

VideosPage::VideosPage(const UiContext &context, QWidget *parent)
    : Page(context, parent)
{
    setupWidgets();
    connectSignals();
}

void VideosPage::setupWidgets()
{
    m_uploads = new PendingUploads(context(), this);
    m_sorter = new SorterView(context().database, this);
    m_tabs = new QTabWidget(this);
    m_tabs->setAccessibleName(tr("Video views"));
    m_tabs->addTab(m_uploads, tr("Pending uploads"));
    m_tabs->addTab(m_sorter, tr("Video Sorter"));
    m_tabs->addTab(buildLibrary(), tr("Video Library"));
    m_tabs->setCurrentIndex(DesktopSettings::uiState(kTabKey).toInt());
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_tabs);
}

QWidget *VideosPage::buildLibrary()
{
    auto *library = new QSplitter(Qt::Horizontal, this);
    auto *side = new QWidget(library);
    m_libraryPosts = new QListWidget(side);
    m_libraryPosts->setAccessibleName(tr("Posts in the Video Library"));
    auto *sideLayout = new QVBoxLayout(side);
    sideLayout->setContentsMargins(0, 0, 0, 0);
    sideLayout->addWidget(new QLabel(tr("<b>Video Library</b>"), side));
    sideLayout->addWidget(m_libraryPosts);
    m_releases = new ReleaseManager(context(), library);
    library->addWidget(side);
    library->addWidget(m_releases);
    library->setStretchFactor(1, 3);
    return library;
}

void VideosPage::connectSignals()
{
    connect(m_tabs, &QTabWidget::currentChanged, this, [this](int tab) {
        DesktopSettings::setUiState(kTabKey, tab);
        refresh();
    });
    connect(m_libraryPosts, &QListWidget::currentRowChanged, this, [this](int row) {
        if (const QListWidgetItem *item = m_libraryPosts->item(row)) {
            m_releases->showPost(item->data(Qt::UserRole).toLongLong());
        }
    });
    connect(m_uploads, &PendingUploads::statusMessage, this, &Page::statusMessage);
    connect(m_sorter, &SorterView::statusMessage, this, &Page::statusMessage);
    connect(m_releases, &ReleaseManager::statusMessage, this, &Page::statusMessage);
}

void VideosPage::showTab(int tab)
{
    m_tabs->setCurrentIndex(tab);
}

void VideosPage::refresh()
{
    switch (m_tabs->currentIndex()) {
    case UploadsTab:
        m_uploads->reload();
        break;
    case SorterTab:
        // A refresh while a move is in flight would show the clip in both places for a moment.
        m_sorter->reload();
        break;
    default:
        loadLibrary();
    }
}

void VideosPage::loadLibrary()
{
    PostFilter filter;
    filter.status = PostStatus::VideoLibrary;
    filter.kind = PostKind::Video;
    runInBackground(
        this,
        [database = context().database, filter] { return PostRepository(database).list(filter); },
        [this](const Result<QList<Post>> &posts) {
            if (!posts) {
                emit statusMessage(tr("Could not load the library: %1").arg(posts.error().detail));
                return;
            }
            const qint64 current =
                m_libraryPosts->currentItem()
                    ? m_libraryPosts->currentItem()->data(Qt::UserRole).toLongLong()
                    : 0;
            const QSignalBlocker blocker(m_libraryPosts);
            m_libraryPosts->clear();
            for (const Post &post : *posts) {
                auto *item = new QListWidgetItem(tr("#%1 %2").arg(post.id).arg(post.title),
                                                 m_libraryPosts);
                item->setData(Qt::UserRole, post.id);
                if (post.id == current || (current == 0 && m_libraryPosts->count() == 1)) {
                    m_libraryPosts->setCurrentItem(item);
                }
            }
            if (const QListWidgetItem *item = m_libraryPosts->currentItem()) {
                m_releases->showPost(item->data(Qt::UserRole).toLongLong());
            }
        });
}

} // namespace Bfs::Ui
