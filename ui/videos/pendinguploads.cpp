#include "pendinguploads.h"

#include <QDesktopServices>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QMimeData>
#include <QProgressBar>
#include <QPushButton>
#include <QTreeWidget>
#include <QVBoxLayout>
#include <QtConcurrent/QtConcurrentRun>

#include "background.h"
#include "repositories/postrepository.h"
#include "repositories/videofilerepository.h"
#include "services.h"
#include "settings/teamsettings.h"
#include "tasks/createvideofolderstask.h"
#include "videoslogging.h"

namespace Bfs::Ui {

namespace {

enum Column {
    ConceptColumn,
    FolderColumn,
    ClipsColumn
};

enum Role {
    PostIdRole = Qt::UserRole + 1,
    FolderRole,
    WebUrlRole,
    DefaultNameRole
};

struct Concept
{
    Post post;
    QString folder;
    QString webUrl;
    QStringList filesInFolder;
    int clipsSynced = 0;
    QString defaultStem;
};

QString folderOf(const Post &post)
{
    return post.videoFolder.isEmpty()
               ? CreateVideoFoldersTask::folderFor(post.id, post.videoConcept)
               : post.videoFolder;
}

Result<QList<Concept>> loadConcepts(const DatabasePtr &database, const QString &dataDir)
{
    Services services = createServices({dataDir, database});
    const QStringList words = TeamSettings(database).listValue(
        QStringLiteral("video.platform_words"));
    QList<Concept> concepts;
    for (const PostStatus status : {PostStatus::PendingVideoUpload, PostStatus::VideoReview}) {
        PostFilter filter;
        filter.status = status;
        filter.kind = PostKind::Video;
        const auto posts = PostRepository(database).list(filter);
        if (!posts) {
            return posts.error();
        }
        for (const Post &post : *posts) {
            Concept entry{post, folderOf(post), {}, {}, 0, {}};
            entry.webUrl = services.files->webUrl(entry.folder);
            if (const auto items = services.files->list(entry.folder)) {
                for (const RemoteItem &item : *items) {
                    entry.filesInFolder.append(item.name);
                }
            }
            const auto clips = VideoFileRepository(database).forPost(post.id);
            entry.clipsSynced = clips ? int(clips->size()) : 0;
            entry.defaultStem = QStringLiteral("%1_%2").arg(
                post.offices.value(0, QStringLiteral("Office")),
                words.value(0, QStringLiteral("General")));
            concepts.append(entry);
        }
    }
    return concepts;
}

// The concept list: accepts files dropped on a concept.
class ConceptTree final : public QTreeWidget
{
public:
    using Dropped = std::function<void(qint64 postId, const QList<QUrl> &urls)>;

    ConceptTree(Dropped dropped, QWidget *parent)
        : QTreeWidget(parent)
        , m_dropped(std::move(dropped))
    {
        setAcceptDrops(true);
        setDragDropMode(QAbstractItemView::DropOnly);
        setDefaultDropAction(Qt::CopyAction);
    }

protected:
    QStringList mimeTypes() const override { return {QStringLiteral("text/uri-list")}; }

    Qt::DropActions supportedDropActions() const override { return Qt::CopyAction; }

    bool dropMimeData(QTreeWidgetItem *parent,
                      int index,
                      const QMimeData *data,
                      Qt::DropAction action) override
    {
        Q_UNUSED(index)
        Q_UNUSED(action)
        if (!parent || !data->hasUrls()) {
            return false;
        }
        m_dropped(parent->data(ConceptColumn, PostIdRole).toLongLong(), data->urls());
        return true;
    }

private:
    Dropped m_dropped;
};

} // namespace

PendingUploads::PendingUploads(const UiContext &context, QWidget *parent)
    : QWidget(parent)
    , m_context(context)
{
    // One transfer at a time: phones' clips are large and the link is shared.
    m_transferPool.setMaxThreadCount(1);
    setupWidgets();
    connectSignals();
}

PendingUploads::~PendingUploads()
{
    m_cancelled->store(true);
    m_transferPool.waitForDone();
}

void PendingUploads::setupWidgets()
{
    m_concepts = new ConceptTree(
        [this](qint64 postId, const QList<QUrl> &urls) { addFiles(postId, urls); }, this);
    m_concepts->setAccessibleName(tr("Video concepts waiting for clips"));
    m_concepts->setHeaderLabels({tr("Concept"), tr("Folder"), tr("Clips")});
    m_concepts->header()->setSectionResizeMode(ConceptColumn, QHeaderView::Stretch);
    m_concepts->setRootIsDecorated(false);
    m_open = new QPushButton(tr("Open folder"), this);
    m_open->setAccessibleName(tr("Open the concept's upload folder"));

    m_confirm = new QWidget(this);
    m_confirmText = new QLabel(m_confirm);
    m_name = new QLineEdit(m_confirm);
    m_name->setAccessibleName(tr("Name of the uploaded clip"));
    m_upload = new QPushButton(tr("Upload"), m_confirm);
    m_skip = new QPushButton(tr("Skip"), m_confirm);
    m_progress = new QProgressBar(m_confirm);
    m_progress->setAccessibleName(tr("Upload progress"));
    m_cancel = new QPushButton(tr("Cancel upload"), m_confirm);
    auto *confirmLayout = new QHBoxLayout(m_confirm);
    confirmLayout->addWidget(m_confirmText);
    confirmLayout->addWidget(m_name, 1);
    confirmLayout->addWidget(m_upload);
    confirmLayout->addWidget(m_skip);
    confirmLayout->addWidget(m_progress);
    confirmLayout->addWidget(m_cancel);
    m_confirm->hide();

    auto *hint = new QLabel(tr("Drop clips from your desktop onto a concept to upload them to "
                               "its folder as {Office}_{Platform}.mp4."),
                            this);
    hint->setWordWrap(true);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(hint);
    layout->addWidget(m_concepts, 1);
    layout->addWidget(m_confirm);
    layout->addWidget(m_open, 0, Qt::AlignLeft);
}

void PendingUploads::connectSignals()
{
    connect(m_open, &QPushButton::clicked, this, &PendingUploads::openFolder);
    connect(m_upload, &QPushButton::clicked, this, &PendingUploads::startUpload);
    connect(m_skip, &QPushButton::clicked, this, [this] {
        m_queue.removeFirst();
        showNextUpload();
    });
    connect(m_cancel, &QPushButton::clicked, this, [this] { m_cancelled->store(true); });
}

void PendingUploads::reload()
{
    runInBackground(
        this,
        [database = m_context.database, dataDir = m_context.dataDir] {
            return loadConcepts(database, dataDir);
        },
        [this](const Result<QList<Concept>> &concepts) {
            if (!concepts) {
                emit statusMessage(tr("Could not list concepts: %1").arg(concepts.error().detail));
                return;
            }
            m_concepts->clear();
            for (const Concept &entry : *concepts) {
                auto *item = new QTreeWidgetItem(m_concepts);
                item->setText(ConceptColumn, tr("#%1 %2").arg(entry.post.id).arg(entry.post.title));
                item->setText(FolderColumn, entry.folder);
                item->setText(ClipsColumn,
                              tr("%1 in folder, %2 synced")
                                  .arg(entry.filesInFolder.size())
                                  .arg(entry.clipsSynced));
                item->setToolTip(ClipsColumn, entry.filesInFolder.join(QLatin1Char('\n')));
                item->setData(ConceptColumn, PostIdRole, entry.post.id);
                item->setData(ConceptColumn, FolderRole, entry.folder);
                item->setData(ConceptColumn, WebUrlRole, entry.webUrl);
                item->setData(ConceptColumn, DefaultNameRole, entry.defaultStem);
                item->setFlags(Qt::ItemIsEnabled | Qt::ItemIsSelectable | Qt::ItemIsDropEnabled);
            }
            emit loaded();
        });
}

QTreeWidgetItem *PendingUploads::itemForPost(qint64 postId) const
{
    for (int row = 0; row < m_concepts->topLevelItemCount(); ++row) {
        QTreeWidgetItem *item = m_concepts->topLevelItem(row);
        if (item->data(ConceptColumn, PostIdRole).toLongLong() == postId) {
            return item;
        }
    }
    return nullptr;
}

void PendingUploads::openFolder()
{
    const QTreeWidgetItem *item = m_concepts->currentItem();
    if (item) {
        QDesktopServices::openUrl(QUrl(item->data(ConceptColumn, WebUrlRole).toString()));
    }
}

void PendingUploads::addFiles(qint64 postId, const QList<QUrl> &urls)
{
    for (const QUrl &url : urls) {
        if (url.isLocalFile() && QFileInfo(url.toLocalFile()).isFile()) {
            m_queue.append({postId, url.toLocalFile()});
        }
    }
    if (!m_uploading) {
        showNextUpload();
    }
}

void PendingUploads::showNextUpload()
{
    m_uploading = false;
    const QTreeWidgetItem *item = m_queue.isEmpty() ? nullptr : itemForPost(m_queue.first().postId);
    m_confirm->setVisible(item != nullptr);
    if (!item) {
        m_queue.clear();
        return;
    }
    const QFileInfo file(m_queue.first().localPath);
    m_confirmText->setText(
        tr("Upload %1 to %2 as").arg(file.fileName(), item->text(ConceptColumn)));
    m_name->setText(QStringLiteral("%1.%2").arg(
        item->data(ConceptColumn, DefaultNameRole).toString(), file.suffix().toLower()));
    m_name->setFocus();
    m_name->setSelection(0, int(m_name->text().lastIndexOf(QLatin1Char('.'))));
    for (QWidget *widget : {static_cast<QWidget *>(m_name),
                            static_cast<QWidget *>(m_upload),
                            static_cast<QWidget *>(m_skip)}) {
        widget->setEnabled(true);
    }
    m_progress->hide();
    m_cancel->hide();
}

void PendingUploads::startUpload()
{
    const QTreeWidgetItem *item = m_queue.isEmpty() ? nullptr : itemForPost(m_queue.first().postId);
    const QString name = m_name->text().trimmed();
    if (!item || name.isEmpty() || m_uploading) {
        return;
    }

    m_uploading = true;
    m_cancelled->store(false);
    m_name->setEnabled(false);
    m_upload->setEnabled(false);
    m_skip->setEnabled(false);
    m_progress->setRange(0, 0);
    m_progress->show();
    m_cancel->show();

    const QString remotePath = item->data(ConceptColumn, FolderRole).toString() + QLatin1Char('/')
                               + name;
    const QString localPath = m_queue.first().localPath;
    qCInfo(lcVideos) << "uploading" << localPath << "to" << remotePath;
    QPointer<QProgressBar> bar = m_progress;
    auto progress = [bar, cancelled = m_cancelled](qint64 done, qint64 total) {
        QMetaObject::invokeMethod(
            bar,
            [bar, done, total] {
                bar->setRange(0, 1000);
                bar->setValue(total > 0 ? int(done * 1000 / total) : 0);
            },
            Qt::QueuedConnection);
        return !cancelled->load();
    };
    QtConcurrent::run(&m_transferPool,
                      [database = m_context.database,
                       dataDir = m_context.dataDir,
                       localPath,
                       remotePath,
                       progress]() -> QString {
                          Services services = createServices({dataDir, database});
                          const auto folder = services.files->ensureFolder(
                              remotePath.section(QLatin1Char('/'), 0, -2));
                          if (!folder) {
                              return folder.error().detail;
                          }
                          const auto uploaded = services.files->upload(
                              localPath, remotePath, progress);
                          return uploaded ? QString() : uploaded.error().detail;
                      })
        .then(this, [this, remotePath](const QString &error) { finishUpload(remotePath, error); });
}

void PendingUploads::finishUpload(const QString &remotePath, const QString &error)
{
    m_queue.removeFirst();
    if (error.isEmpty()) {
        emit statusMessage(tr("Uploaded %1.").arg(remotePath));
        emit uploadFinished(remotePath);
    } else {
        const QString reason = m_cancelled->load() ? tr("Upload cancelled.")
                                                   : tr("Upload failed: %1").arg(error);
        qCWarning(lcVideos) << "upload of" << remotePath << "failed:" << error;
        emit statusMessage(reason);
        emit uploadFailed(reason);
    }
    showNextUpload();
    reload();
}

} // namespace Bfs::Ui
