#pragma once

#include <QDir>

#include "filestore.h"

namespace Bfs {

// The offline file store: SharePoint's folder layout as a folder tree
// under rootDir (<dataDir>/sharepoint). Paths are sanitised with the same
// rules the Graph client applies, item ids are the sanitised relative
// paths, and web URLs are file:// URLs. Uploads and downloads copy in
// chunks through QSaveFile, so a cancelled or failed transfer leaves no
// partial file behind. One instance is used by one thread at a time; two
// instances on one root are as safe as two people on one SharePoint site.
class LocalFileStore final : public FileStore
{
public:
    explicit LocalFileStore(const QString &rootDir);

    QString name() const override;
    [[nodiscard]] Result<RemoteItem> ensureFolder(const QString &path) override;
    [[nodiscard]] Result<QList<RemoteItem>> list(const QString &folderPath) override;
    [[nodiscard]] Result<RemoteItem> upload(const QString &localPath,
                                            const QString &remotePath,
                                            const TransferProgress &progress = {}) override;
    [[nodiscard]] VoidResult download(const RemoteItem &item,
                                      const QString &localPath,
                                      const TransferProgress &progress = {}) override;
    QString webUrl(const QString &path) const override;

    QString rootDir() const;

    // Bytes copied between progress reports.
    static constexpr qint64 kChunkSize = 1024 * 1024;

private:
    Result<QString> remotePathFor(const QString &path) const;
    QString localPathFor(const QString &relativePath) const;
    RemoteItem itemFor(const QString &relativePath) const;

    QDir m_root;
};

} // namespace Bfs
