#pragma once

#include <QJsonObject>

#include "filestore.h"
#include "graphauth.h"

namespace Bfs {

class GraphUploader;

// The team's SharePoint document library through Microsoft Graph (API.md
// §3). The site and drive are resolved from the site URL on first use.
// Names are sanitised like the offline store's, so paths match. A 401 from
// Graph renews the token once and replays the call.
class GraphFileStore final : public FileStore
{
public:
    explicit GraphFileStore(GraphConfig config);

    QString name() const override { return QStringLiteral("SharePoint"); }

    [[nodiscard]] Result<RemoteItem> ensureFolder(const QString &path) override;
    [[nodiscard]] Result<QList<RemoteItem>> list(const QString &folderPath) override;
    [[nodiscard]] Result<RemoteItem> upload(const QString &localPath,
                                            const QString &remotePath,
                                            const TransferProgress &progress = {}) override;
    [[nodiscard]] VoidResult download(const RemoteItem &item,
                                      const QString &localPath,
                                      const TransferProgress &progress = {}) override;
    QString webUrl(const QString &path) const override;

    // Resolves the site and drive, which proves the secret and permissions.
    [[nodiscard]] VoidResult testConnection();

    HttpClient &http() { return m_http; }

private:
    friend class GraphUploader;

    VoidResult resolveDrive();
    // Sends with the bearer token; renews it once on 401.
    HttpResponse call(HttpRequest request);
    HttpRequest graphRequest(const QByteArray &method, const QString &encodedPath) const;
    QString itemPath(const QString &path, const QString &suffix = {}) const;
    Result<RemoteItem> itemAt(const QString &path);
    Result<RemoteItem> createFolder(const QString &parent, const QString &name);
    Result<RemoteItem> uploadSmall(const QByteArray &data, const QString &remotePath);
    RemoteItem toItem(const QJsonObject &json, const QString &parentPath) const;

    GraphConfig m_config;
    HttpClient m_http;
    GraphAuth m_auth;
    QString m_driveId;
    QString m_driveWebUrl;
};

} // namespace Bfs
