#pragma once

#include <atomic>
#include <memory>

#include <QThreadPool>
#include <QUrl>
#include <QWidget>

#include "uicontext.h"

class QLabel;
class QLineEdit;
class QProgressBar;
class QPushButton;
class QTreeWidget;
class QTreeWidgetItem;

namespace Bfs::Ui {

// Video concepts waiting for clips: each post's upload folder (opened as
// the SharePoint web link, or the local folder offline) and the clips
// found so far. Files dropped on a concept are uploaded to its folder
// through the file store, one at a time, under the {Office}_{Platform}.ext
// name the user confirms, with progress and cancel.
class PendingUploads final : public QWidget
{
    Q_OBJECT

public:
    explicit PendingUploads(const UiContext &context, QWidget *parent = nullptr);
    ~PendingUploads() override;

    Q_DISABLE_COPY_MOVE(PendingUploads)

    void reload();

    QTreeWidget *concepts() const { return m_concepts; }

    QLineEdit *nameEdit() const { return m_name; }

    QPushButton *uploadButton() const { return m_upload; }

    // Queues local files for the post; the first one waits for its name.
    void addFiles(qint64 postId, const QList<QUrl> &urls);

signals:
    void loaded();
    void uploadFinished(const QString &remotePath);
    void uploadFailed(const QString &reason);
    void statusMessage(const QString &text);

private:
    struct Upload
    {
        qint64 postId = 0;
        QString localPath;
    };

    void setupWidgets();
    void connectSignals();
    void showNextUpload();
    void startUpload();
    void finishUpload(const QString &remotePath, const QString &error);
    void openFolder();
    QTreeWidgetItem *itemForPost(qint64 postId) const;

    UiContext m_context;
    QThreadPool m_transferPool;
    QTreeWidget *m_concepts = nullptr;
    QPushButton *m_open = nullptr;
    QWidget *m_confirm = nullptr;
    QLabel *m_confirmText = nullptr;
    QLineEdit *m_name = nullptr;
    QPushButton *m_upload = nullptr;
    QPushButton *m_skip = nullptr;
    QProgressBar *m_progress = nullptr;
    QPushButton *m_cancel = nullptr;
    QList<Upload> m_queue;
    bool m_uploading = false;
    std::shared_ptr<std::atomic_bool> m_cancelled = std::make_shared<std::atomic_bool>(false);
};

} // namespace Bfs::Ui
