#pragma once

#include <QMap>

#include "fakeserver.h"

namespace Bfs::Fakes {

// Microsoft Graph for one SharePoint site (API.md §3): the token endpoint,
// site and drive resolution, folders (409 on a name taken), paged
// children, small PUTs, upload sessions that enforce 320 KiB chunks in
// order (416 otherwise, status GET with the gap), and downloads through a
// 302 to a second "download host" that refuses our token.
class FakeGraph final : public FakeServer
{
    Q_OBJECT

public:
    explicit FakeGraph(QObject *parent = nullptr);

    bool startBoth();

    QUrl loginUrl() const { return baseUrl(); }

    QUrl graphUrl() const { return baseUrl().resolved(QUrl(QStringLiteral("/v1.0"))); }

    QUrl siteUrl() const
    {
        return QUrl(QStringLiteral("https://contoso.sharepoint.com/sites/Marketing"));
    }

    static constexpr auto kTenant = "tenant-1";
    static constexpr auto kClientId = "client-1";
    static constexpr auto kSecret = "graph-secret-value-424242";

    void setTokenLifetime(int seconds) { m_tokenLifetime = seconds; }

    // Every token issued so far stops working (401 InvalidAuthenticationToken).
    void expireTokens() { m_validTokens.clear(); }

    void setPageSize(int size) { m_pageSize = size; }

    // The next chunk is answered 202 but not kept, leaving a gap.
    void dropNextChunk() { m_dropNextChunk = true; }

    // Sessions answer 404 once this many chunks were received in them.
    void expireSessionsAfter(int chunks) { m_expireAfterChunks = chunks; }

    int tokensIssued() const { return m_tokensIssued; }

    QByteArray file(const QString &path) const { return m_files.value(path); }

    bool hasFolder(const QString &path) const { return m_folders.contains(path); }

    void addFile(const QString &path, const QByteArray &data) { m_files.insert(path, data); }

    FakeServer &downloadHost() { return m_downloads; }

private:
    struct Session
    {
        QString path;
        QByteArray data;
        int chunks = 0;
    };

    void addRoutes();
    bool authorised(const CapturedRequest &request) const;
    FakeResponse issueToken(const CapturedRequest &request);
    FakeResponse createFolder(const QString &parent, const CapturedRequest &request);
    FakeResponse children(const QString &folder, int skip);
    FakeResponse chunk(const QString &id, const CapturedRequest &request);
    QJsonObject item(const QString &path) const;

    FakeServer m_downloads;
    QStringList m_validTokens;
    QSet<QString> m_folders;
    QMap<QString, QByteArray> m_files;
    QMap<QString, Session> m_sessions;
    int m_tokenLifetime = 3599;
    int m_tokensIssued = 0;
    int m_pageSize = 200;
    int m_expireAfterChunks = -1;
    bool m_dropNextChunk = false;
};

} // namespace Bfs::Fakes
