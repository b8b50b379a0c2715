#pragma once

#include "pages/page.h"

class QListWidget;
class QTabWidget;

namespace Bfs::Ui {

class PendingUploads;
class ReleaseManager;
class SorterView;

// The Videos page: Pending uploads (concepts waiting for clips, upload by
// drop), the Video Sorter, and the Video Library with its release manager
// and player. Each tab loads its data when shown.
class VideosPage final : public Page
{
    Q_OBJECT

public:
    explicit VideosPage(const UiContext &context, QWidget *parent = nullptr);

    Q_DISABLE_COPY_MOVE(VideosPage)

    QString pageKey() const override { return QStringLiteral("videos"); }

    QString title() const override { return tr("Videos"); }

    QList<PostStatus> countedStatuses() const override
    {
        return {PostStatus::PendingVideoUpload, PostStatus::VideoReview};
    }

    void refresh() override;

    // Tabs in order: 0 pending uploads, 1 Sorter, 2 library.
    void showTab(int tab);

    PendingUploads *pendingUploads() const { return m_uploads; }

    SorterView *sorterView() const { return m_sorter; }

    ReleaseManager *releaseManager() const { return m_releases; }

    QListWidget *libraryPosts() const { return m_libraryPosts; }

private:
    void setupWidgets();
    void connectSignals();
    QWidget *buildLibrary();
    void loadLibrary();

    QTabWidget *m_tabs = nullptr;
    PendingUploads *m_uploads = nullptr;
    SorterView *m_sorter = nullptr;
    QListWidget *m_libraryPosts = nullptr;
    ReleaseManager *m_releases = nullptr;
};

} // namespace Bfs::Ui
