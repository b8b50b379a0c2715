#include "pendingdesignpage.h"

#include <QDir>
#include <QDropEvent>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QImage>
#include <QLabel>
#include <QMimeData>
#include <QPushButton>
#include <QTableView>
#include <QVBoxLayout>

#include "background.h"
#include "errortext.h"
#include "models/postlistmodel.h"
#include "orchestrator.h"
#include "repositories/postrepository.h"
#include "settings/desktopsettings.h"
#include "uilogging.h"
#include "widgets/postqueue.h"
#include "workflow/postworkflow.h"

namespace Bfs::Ui {

namespace {

const QString kGenerateTask = QStringLiteral("generate_pending_images");

// Copies the dropped file into images/ as a PNG of the size its shape
// matches, then records it (completing the design once all sizes exist).
Result<Post> storeImage(const DatabasePtr &database,
                        const QString &dataDir,
                        const Post &post,
                        const QString &file)
{
    const QImage image(file);
    if (image.isNull()) {
        return makeError(ErrorCode::InvalidArgument,
                         QStringLiteral("%1 is not an image").arg(file));
    }
    const ImageSize size = image.height() > image.width() ? ImageSize::Portrait : ImageSize::Square;
    QDir(dataDir).mkpath(QStringLiteral("images"));
    const QString target = QDir(dataDir).filePath(
        QStringLiteral("images/%1_%2.png").arg(post.id).arg(imageSizeKey(size)));
    if (!image.save(target, "PNG")) {
        return makeError(ErrorCode::Io, QStringLiteral("cannot write %1").arg(target));
    }

    // The queue's copy may predate an earlier drop: merge into the stored one.
    PostRepository repository(database);
    const auto current = repository.find(post.id);
    if (!current) {
        return current.error();
    }
    QMap<ImageSize, QString> images = current->images;
    images.insert(size, target);
    const QList<ImageSize> wanted = current->imageSizes.isEmpty()
                                        ? imageSizesFor(current->platforms)
                                        : current->imageSizes;
    const bool complete = std::all_of(
        wanted.cbegin(), wanted.cend(), [&](ImageSize needed) { return images.contains(needed); });
    if (complete) {
        return PostWorkflow(database).completeDesign(
            post.id, current->version, images, DesktopSettings::reviewerName());
    }
    if (auto saved = repository.setImages(post.id, images); !saved) {
        return saved.error();
    }
    return repository.find(post.id);
}

} // namespace

PendingDesignPage::PendingDesignPage(const UiContext &context, QWidget *parent)
    : Page(context, parent)
{
    setupWidgets();
    connectSignals();
    showPost();
}

void PendingDesignPage::setupWidgets()
{
    m_queue = new PostQueue(context().database, PostStatus::PendingDesign, this);
    m_queue->view()->setAcceptDrops(true);
    m_queue->view()->viewport()->setAcceptDrops(true);
    m_queue->view()->viewport()->installEventFilter(this);
    m_generate = new QPushButton(tr("Generate Now"), this);
    m_generate->setAccessibleName(tr("Generate the pending images now"));
    m_generate->setEnabled(context().orchestrator != nullptr);
    auto *hint = new QLabel(tr("Drop an image file on a post to supply its design yourself."),
                            this);
    m_details = new QLabel(this);
    m_details->setWordWrap(true);
    m_message = new QLabel(this);
    m_message->setObjectName(QStringLiteral("designMessage"));
    m_message->setWordWrap(true);

    auto *top = new QHBoxLayout;
    top->addWidget(hint, 1);
    top->addWidget(m_generate);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(top);
    layout->addWidget(m_queue, 1);
    layout->addWidget(m_details);
    layout->addWidget(m_message);
}

void PendingDesignPage::connectSignals()
{
    connect(m_queue, &PostQueue::currentPostChanged, this, &PendingDesignPage::showPost);
    connect(m_generate, &QPushButton::clicked, this, &PendingDesignPage::generateNow);
}

void PendingDesignPage::refresh()
{
    m_queue->refresh();
}

void PendingDesignPage::showPost()
{
    const auto post = m_queue->currentPost();
    if (!post) {
        m_details->setText(tr("No post is waiting for a design."));
        return;
    }
    const QList<ImageSize> sizes = post->imageSizes.isEmpty() ? imageSizesFor(post->platforms)
                                                              : post->imageSizes;
    QStringList missing;
    for (const ImageSize size : sizes) {
        if (!post->images.contains(size)) {
            missing.append(size == ImageSize::Square ? tr("square") : tr("portrait"));
        }
    }
    const QString who = post->designMode == DesignMode::BackgroundOnly
                            ? tr("Needs a designer: the generator makes a background only.")
                            : tr("The image generator can make this one.");
    m_details->setText(
        tr("<b>%1</b><br>%2<br>Still missing: %3")
            .arg(post->title.toHtmlEscaped(), who, missing.join(QLatin1String(", "))));
}

void PendingDesignPage::generateNow()
{
    if (context().orchestrator
        && context().orchestrator->runNow(kGenerateTask, RunTrigger::Manual)) {
        emit statusMessage(tr("Generating the pending images…"));
    } else {
        emit statusMessage(tr("Image generation is already running."));
    }
}

void PendingDesignPage::supplyImage(const Post &post, const QString &file)
{
    m_message->setText(tr("Storing %1…").arg(QFileInfo(file).fileName()));
    runInBackground(
        this,
        [database = context().database, dataDir = context().dataDir, post, file] {
            return storeImage(database, dataDir, post, file);
        },
        [this](const Result<Post> &stored) {
            if (!stored) {
                qCWarning(lcUi) << "storing a design failed:" << stored.errorDetail();
                m_message->setText(errorText(stored.error()));
                return;
            }
            m_message->setText(stored->status == PostStatus::DesignComplete
                                   ? tr("\"%1\" is ready for Stage 2.").arg(stored->title)
                                   : tr("Image stored for \"%1\".").arg(stored->title));
            m_queue->refresh();
        });
}

bool PendingDesignPage::eventFilter(QObject *watched, QEvent *event)
{
    if (watched != m_queue->view()->viewport()) {
        return Page::eventFilter(watched, event);
    }
    if (event->type() == QEvent::DragEnter || event->type() == QEvent::DragMove) {
        auto *drag = static_cast<QDropEvent *>(event);
        if (drag->mimeData()->hasUrls()) {
            drag->acceptProposedAction();
            return true;
        }
    } else if (event->type() == QEvent::Drop) {
        auto *drop = static_cast<QDropEvent *>(event);
        const QModelIndex index = m_queue->view()->indexAt(drop->position().toPoint());
        const QList<QUrl> urls = drop->mimeData()->urls();
        if (index.isValid() && !urls.isEmpty() && urls.constFirst().isLocalFile()) {
            supplyImage(m_queue->model()->postAt(index.row()), urls.constFirst().toLocalFile());
            drop->acceptProposedAction();
            return true;
        }
    }
    return Page::eventFilter(watched, event);
}

} // namespace Bfs::Ui
