#pragma once

#include <functional>

#include <QDateTime>
#include <QList>
#include <QString>

#include "result.h"

namespace Bfs {

// One file or folder in the team's file store. Paths are relative to the
// store's root, with '/' separators ("Video Content/Post-12-budget-tips").
struct RemoteItem
{
    QString id;
    QString name;
    QString path;
    qint64 size = 0;
    bool folder = false;
    QDateTime modifiedAt;
    QString webUrl;
};

// Called with bytes done and total; return false to cancel.
using TransferProgress = std::function<bool(qint64 done, qint64 total)>;

// The file store: SharePoint through Microsoft Graph live, a folder tree
// under the data dir offline. Both apply SharePoint's name rules, so a
// path that works offline works live.
class FileStore
{
public:
    virtual ~FileStore() = default;

    virtual QString name() const = 0;

    // Creates the folder and its parents if missing; returns it either way.
    [[nodiscard]] virtual Result<RemoteItem> ensureFolder(const QString &path) = 0;
    // NotFound when the folder does not exist.
    [[nodiscard]] virtual Result<QList<RemoteItem>> list(const QString &folderPath) = 0;
    [[nodiscard]] virtual Result<RemoteItem> upload(const QString &localPath,
                                                    const QString &remotePath,
                                                    const TransferProgress &progress = {}) = 0;
    [[nodiscard]] virtual VoidResult download(const RemoteItem &item,
                                              const QString &localPath,
                                              const TransferProgress &progress = {}) = 0;
    // A link a person can open: the SharePoint web URL, or a file:// URL.
    virtual QString webUrl(const QString &path) const = 0;
};

// Replaces the characters SharePoint refuses in a file or folder name
// (" * : < > ? / \ | # %, leading/trailing spaces and dots) so names are
// the same offline and live.
QString sanitizeRemoteName(const QString &name);

} // namespace Bfs
