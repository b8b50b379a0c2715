#include "releasemanager.h"

#include <QComboBox>
#include <QDateEdit>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSplitter>
#include <QTableWidget>
#include <QVBoxLayout>

#include "background.h"
#include "releasescheduling.h"
#include "repositories/postrepository.h"
#include "repositories/releaserepository.h"
#include "repositories/videofilerepository.h"
#include "settings/desktopsettings.h"
#include "sortersnapshot.h"
#include "videoplayerwidget.h"
#include "videoslogging.h"

namespace Bfs::Ui {

namespace {

enum ClipColumn {
    FileColumn,
    OfficeColumn,
    PlatformColumn,
    DurationColumn,
    StatusColumn
};

Result<LibraryPostState> loadState(const DatabasePtr &database, qint64 postId)
{
    LibraryPostState state;
    auto post = PostRepository(database).find(postId);
    if (!post) {
        return post.error();
    }
    auto releases = ReleaseRepository(database).forPost(postId);
    if (!releases) {
        return releases.error();
    }
    auto clips = VideoFileRepository(database).forPost(postId);
    if (!clips) {
        return clips.error();
    }
    return LibraryPostState{*post, *releases, *clips};
}

} // namespace

ReleaseManager::ReleaseManager(const UiContext &context, QWidget *parent)
    : QWidget(parent)
    , m_context(context)
{
    setupWidgets();
    connectSignals();
    setEnabled(false);
}

QStringList ReleaseManager::statuses()
{
    return {QStringLiteral("available"),
            QStringLiteral("scheduled"),
            QStringLiteral("published"),
            QStringLiteral("archived")};
}

QWidget *ReleaseManager::buildReleaseSide()
{
    auto *side = new QWidget(this);
    m_releases = new QListWidget(side);
    m_releases->setAccessibleName(tr("Releases"));
    m_name = new QLineEdit(side);
    m_name->setAccessibleName(tr("Release name"));
    m_date = new QDateEdit(side);
    m_date->setAccessibleName(tr("Planned date"));
    m_date->setCalendarPopup(true);
    m_date->setSpecialValueText(tr("No date"));
    m_date->setMinimumDate(QDate(2000, 1, 1));
    m_notes = new QPlainTextEdit(side);
    m_notes->setAccessibleName(tr("Release notes"));
    m_notes->setMaximumHeight(80);
    m_new = new QPushButton(tr("New release"), side);
    m_save = new QPushButton(tr("Save"), side);
    m_delete = new QPushButton(tr("Delete"), side);
    m_delete->setToolTip(tr("Its clips go back to the Sorter's unsorted clips"));
    m_schedule = new QPushButton(tr("Schedule this release"), side);

    auto *form = new QFormLayout;
    form->addRow(tr("Name"), m_name);
    form->addRow(tr("Planned"), m_date);
    form->addRow(tr("Notes"), m_notes);
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_new);
    buttons->addWidget(m_save);
    buttons->addWidget(m_delete);
    auto *layout = new QVBoxLayout(side);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(new QLabel(tr("<b>Releases</b>"), side));
    layout->addWidget(m_releases, 1);
    layout->addLayout(form);
    layout->addLayout(buttons);
    layout->addWidget(m_schedule);
    return side;
}

QWidget *ReleaseManager::buildClipSide()
{
    auto *side = new QWidget(this);
    m_clips = new QTableWidget(0, 5, side);
    m_clips->setAccessibleName(tr("Clips of the release"));
    m_clips->setHorizontalHeaderLabels(
        {tr("File"), tr("Office"), tr("Platform"), tr("Length"), tr("Status")});
    m_clips->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_clips->horizontalHeader()->setSectionResizeMode(FileColumn, QHeaderView::Stretch);
    m_clips->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_clips->setSelectionMode(QAbstractItemView::SingleSelection);
    m_clips->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_clips->verticalHeader()->hide();
    m_status = new QComboBox(side);
    m_status->setAccessibleName(tr("Clip status"));
    for (const QString &status : statuses()) {
        m_status->addItem(status.at(0).toUpper() + status.mid(1), status);
    }
    m_comment = new QLineEdit(side);
    m_comment->setPlaceholderText(tr("Comment (optional)"));
    m_comment->setAccessibleName(tr("Status comment"));
    m_setStatus = new QPushButton(tr("Set status"), side);
    m_history = new QListWidget(side);
    m_history->setAccessibleName(tr("Status history"));
    m_history->setMaximumHeight(90);
    m_player = new VideoPlayerWidget(side);

    auto *statusRow = new QHBoxLayout;
    statusRow->addWidget(m_status);
    statusRow->addWidget(m_comment, 1);
    statusRow->addWidget(m_setStatus);
    auto *layout = new QVBoxLayout(side);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_clips, 1);
    layout->addLayout(statusRow);
    layout->addWidget(m_history);
    layout->addWidget(m_player, 2);
    return side;
}

void ReleaseManager::setupWidgets()
{
    auto *splitter = new QSplitter(Qt::Horizontal, this);
    splitter->addWidget(buildReleaseSide());
    splitter->addWidget(buildClipSide());
    splitter->setStretchFactor(1, 2);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(splitter);
}

void ReleaseManager::connectSignals()
{
    connect(m_releases, &QListWidget::currentRowChanged, this, &ReleaseManager::showRelease);
    connect(m_clips, &QTableWidget::itemSelectionChanged, this, &ReleaseManager::showClip);
    connect(m_new, &QPushButton::clicked, this, [this] {
        createRelease(tr("Release %1").arg(m_state.releases.size() + 1));
    });
    connect(m_save, &QPushButton::clicked, this, &ReleaseManager::saveEditedRelease);
    connect(m_delete, &QPushButton::clicked, this, &ReleaseManager::confirmDelete);
    connect(
        m_schedule, &QPushButton::clicked, this, [this] { scheduleRelease(currentReleaseId()); });
    connect(m_setStatus, &QPushButton::clicked, this, [this] {
        setClipStatus(currentClipId(), m_status->currentData().toString(), m_comment->text());
    });
}

void ReleaseManager::showPost(qint64 postId)
{
    runInBackground(
        this,
        [database = m_context.database, postId] { return loadState(database, postId); },
        [this](const Result<LibraryPostState> &state) { applyState(state); });
}

// Runs the write and then reloads the post, both on the database pool, so
// the reload always sees the write.
template<typename Write>
void ReleaseManager::writeAndReload(Write write, const QString &doneMessage)
{
    const qint64 postId = m_state.post.id;
    runInBackground(
        this,
        [database = m_context.database, postId, write]() -> Result<LibraryPostState> {
            if (VoidResult done = write(database); !done) {
                return done.error();
            }
            return loadState(database, postId);
        },
        [this, doneMessage](const Result<LibraryPostState> &state) {
            if (state && !doneMessage.isEmpty()) {
                emit statusMessage(doneMessage);
            }
            applyState(state);
        });
}

void ReleaseManager::applyState(const Result<LibraryPostState> &state)
{
    if (!state) {
        qCWarning(lcVideos) << "release manager:" << state.error().detail;
        emit statusMessage(tr("Could not update the release: %1").arg(state.error().detail));
        return;
    }
    const qint64 keepRelease = m_state.post.id == state->post.id ? currentReleaseId() : 0;
    m_state = *state;
    setEnabled(true);

    const QSignalBlocker blocker(m_releases);
    m_releases->clear();
    int row = m_state.releases.isEmpty() ? -1 : 0;
    for (const Release &release : std::as_const(m_state.releases)) {
        auto *item = new QListWidgetItem(release.name, m_releases);
        item->setData(Qt::UserRole, release.id);
        if (release.id == keepRelease) {
            row = m_releases->count() - 1;
        }
    }
    m_releases->setCurrentRow(row);
    showRelease();
    emit postLoaded();
}

qint64 ReleaseManager::currentReleaseId() const
{
    const QListWidgetItem *item = m_releases->currentItem();
    return item ? item->data(Qt::UserRole).toLongLong() : 0;
}

qint64 ReleaseManager::currentClipId() const
{
    const int row = m_clips->currentRow();
    const QTableWidgetItem *item = row >= 0 ? m_clips->item(row, FileColumn) : nullptr;
    return item ? item->data(Qt::UserRole).toLongLong() : 0;
}

void ReleaseManager::showRelease()
{
    const qint64 releaseId = currentReleaseId();
    Release release;
    for (const Release &candidate : std::as_const(m_state.releases)) {
        if (candidate.id == releaseId) {
            release = candidate;
        }
    }
    m_name->setText(release.name);
    m_date->setDate(release.plannedDate.isValid() ? release.plannedDate : m_date->minimumDate());
    m_notes->setPlainText(release.notes);
    for (QWidget *control : {static_cast<QWidget *>(m_save),
                             static_cast<QWidget *>(m_delete),
                             static_cast<QWidget *>(m_schedule)}) {
        control->setEnabled(releaseId != 0);
    }

    m_clips->setRowCount(0);
    for (const VideoClip &clip : std::as_const(m_state.clips)) {
        if (clip.releaseId != releaseId || releaseId == 0) {
            continue;
        }
        const int row = m_clips->rowCount();
        m_clips->insertRow(row);
        auto *file = new QTableWidgetItem(clip.fileName);
        file->setData(Qt::UserRole, clip.id);
        m_clips->setItem(row, FileColumn, file);
        m_clips->setItem(row, OfficeColumn, new QTableWidgetItem(clip.officeName));
        m_clips->setItem(row, PlatformColumn, new QTableWidgetItem(clip.platform));
        m_clips->setItem(
            row, DurationColumn, new QTableWidgetItem(formatDuration(clip.durationSeconds)));
        m_clips->setItem(row, StatusColumn, new QTableWidgetItem(clip.status));
    }
    showClip();
}

void ReleaseManager::showClip()
{
    const qint64 clipId = currentClipId();
    VideoClip clip;
    for (const VideoClip &candidate : std::as_const(m_state.clips)) {
        if (candidate.id == clipId) {
            clip = candidate;
        }
    }
    m_status->setCurrentIndex(qMax(0, m_status->findData(clip.status)));
    m_setStatus->setEnabled(clipId != 0);
    m_player->setClip(clip.localPath, clip.frameRate);
    m_history->clear();
    if (clipId == 0) {
        return;
    }
    runInBackground(
        this,
        [database = m_context.database, clipId] {
            return VideoFileRepository(database).statusHistory(clipId);
        },
        [this, clipId](const Result<QList<VideoStatusChange>> &history) {
            if (!history || clipId != currentClipId()) {
                return;
            }
            m_history->clear();
            for (const VideoStatusChange &change : *history) {
                m_history->addItem(tr("%1: %2 → %3 by %4 %5")
                                       .arg(QLocale().toString(change.changedAt.toLocalTime(),
                                                               QLocale::ShortFormat),
                                            change.fromStatus,
                                            change.toStatus,
                                            change.changedBy,
                                            change.comment));
            }
            emit historyLoaded(clipId);
        });
}

void ReleaseManager::createRelease(const QString &name)
{
    Release release;
    release.postId = m_state.post.id;
    release.name = name;
    writeAndReload(
        [release](const DatabasePtr &database) -> VoidResult {
            const auto id = ReleaseRepository(database).insert(release);
            return id ? VoidResult{} : VoidResult(id.error());
        },
        tr("Release “%1” created.").arg(name));
}

void ReleaseManager::saveRelease(const Release &release)
{
    writeAndReload(
        [release](const DatabasePtr &database) {
            return ReleaseRepository(database).update(release);
        },
        tr("Release “%1” saved.").arg(release.name));
}

void ReleaseManager::saveEditedRelease()
{
    Release release;
    release.id = currentReleaseId();
    release.postId = m_state.post.id;
    release.name = m_name->text().trimmed();
    release.notes = m_notes->toPlainText();
    if (m_date->date() != m_date->minimumDate()) {
        release.plannedDate = m_date->date();
    }
    if (release.name.isEmpty()) {
        emit statusMessage(tr("A release needs a name."));
        return;
    }
    saveRelease(release);
}

void ReleaseManager::confirmDelete()
{
    const qint64 releaseId = currentReleaseId();
    auto *box = new QMessageBox(
        QMessageBox::Question,
        tr("Delete release"),
        tr("Delete “%1”? Its clips go back to unsorted; none is deleted.").arg(m_name->text()),
        QMessageBox::Yes | QMessageBox::Cancel,
        this);
    box->setAttribute(Qt::WA_DeleteOnClose);
    connect(box, &QMessageBox::accepted, this, [this, releaseId] { deleteRelease(releaseId); });
    box->open();
}

void ReleaseManager::deleteRelease(qint64 releaseId)
{
    // The clips' release_id is cleared by the foreign key (ON DELETE SET NULL).
    writeAndReload(
        [releaseId](const DatabasePtr &database) {
            return ReleaseRepository(database).remove(releaseId);
        },
        tr("Release deleted; its clips are unsorted again."));
    emit clipsChanged();
}

void ReleaseManager::setClipStatus(qint64 clipId, const QString &status, const QString &comment)
{
    const QString actor = DesktopSettings::reviewerName();
    writeAndReload(
        [clipId, status, actor, comment](const DatabasePtr &database) {
            return VideoFileRepository(database).setStatus(clipId, status, actor, comment);
        },
        tr("Clip marked %1.").arg(status));
}

void ReleaseManager::scheduleRelease(qint64 releaseId)
{
    const QString actor = DesktopSettings::reviewerName();
    runInBackground(
        this,
        [database = m_context.database, dataDir = m_context.dataDir, releaseId, actor] {
            return Bfs::Ui::scheduleRelease(database, dataDir, releaseId, actor);
        },
        [this](const Result<QString> &message) {
            emit statusMessage(message ? *message
                                       : tr("Could not schedule: %1").arg(message.error().detail));
            showPost(m_state.post.id);
        });
}

} // namespace Bfs::Ui
