#include "graphfilestore.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSaveFile>

#include "graphuploader.h"
#include "httplogging.h"
#include "remotepath.h"

namespace Bfs {

namespace {

QString encodePath(const QString &path)
{
    QStringList segments;
    for (const QString &segment : path.split(u'/', Qt::SkipEmptyParts)) {
        segments.append(QString::fromLatin1(QUrl::toPercentEncoding(segment)));
    }
    return segments.join(u'/');
}

QString joinPath(const QString &parent, const QString &name)
{
    return parent.isEmpty() ? name : parent + u'/' + name;
}

} // namespace

GraphFileStore::GraphFileStore(GraphConfig config)
    : m_config(std::move(config))
    , m_http(QStringLiteral("Graph"))
    , m_auth(m_config, m_http)
{}

HttpRequest GraphFileStore::graphRequest(const QByteArray &method, const QString &encodedPath) const
{
    HttpRequest request;
    request.method = method;
    request.url = QUrl::fromEncoded(m_config.baseUrl.toEncoded() + encodedPath.toUtf8());
    request.timeoutMs = m_config.timeoutMs;
    return request;
}

HttpResponse GraphFileStore::call(HttpRequest request)
{
    const qsizetype plain = request.headers.size();
    for (int attempt = 0; attempt < 2; ++attempt) {
        const auto token = m_auth.token();
        if (!token) {
            HttpResponse failed;
            failed.networkError = token.errorDetail();
            return failed;
        }
        request.headers.resize(plain);
        request.headers.append({"Authorization", "Bearer " + token->toUtf8()});
        const HttpResponse response = m_http.send(request);
        if (response.status != 401 || attempt == 1) {
            return response;
        }
        qCInfo(lcGraph) << "Graph refused the token; renewing it once";
        m_auth.invalidate();
    }
    return {};
}

VoidResult GraphFileStore::resolveDrive()
{
    if (!m_driveId.isEmpty()) {
        return {};
    }

    const QString sitePath = QStringLiteral("/sites/%1:%2")
                                 .arg(m_config.siteUrl.host(),
                                      m_config.siteUrl.path(QUrl::FullyEncoded));
    const HttpResponse site = call(graphRequest("GET", sitePath));
    if (!site.ok()) {
        return m_http.errorFor(site, QStringLiteral("finding the SharePoint site"));
    }
    const QString siteId = QJsonDocument::fromJson(site.body)[QStringLiteral("id")].toString();
    const HttpResponse drive = call(
        graphRequest("GET",
                     QStringLiteral("/sites/%1/drive")
                         .arg(QString::fromLatin1(QUrl::toPercentEncoding(siteId)))));
    if (!drive.ok()) {
        return m_http.errorFor(drive, QStringLiteral("finding the document library"));
    }
    const QJsonDocument json = QJsonDocument::fromJson(drive.body);
    m_driveId = json[QStringLiteral("id")].toString();
    m_driveWebUrl = json[QStringLiteral("webUrl")].toString();
    qCInfo(lcGraph).noquote() << QStringLiteral("Using document library %1").arg(m_driveWebUrl);
    return {};
}

QString GraphFileStore::itemPath(const QString &path, const QString &suffix) const
{
    const QString drive = QStringLiteral("/drives/") + m_driveId;
    if (path.isEmpty()) {
        return drive + QStringLiteral("/root") + (suffix.isEmpty() ? QString() : u'/' + suffix);
    }
    return drive + QStringLiteral("/root:/") + encodePath(path)
           + (suffix.isEmpty() ? QString() : QStringLiteral(":/") + suffix);
}

RemoteItem GraphFileStore::toItem(const QJsonObject &json, const QString &parentPath) const
{
    RemoteItem item;
    item.id = json.value(QStringLiteral("id")).toString();
    item.name = json.value(QStringLiteral("name")).toString();
    item.path = joinPath(parentPath, item.name);
    item.size = qint64(json.value(QStringLiteral("size")).toDouble());
    item.folder = json.contains(QStringLiteral("folder"));
    item.modifiedAt = QDateTime::fromString(
        json.value(QStringLiteral("lastModifiedDateTime")).toString(), Qt::ISODate);
    item.webUrl = json.value(QStringLiteral("webUrl")).toString();
    return item;
}

Result<RemoteItem> GraphFileStore::itemAt(const QString &path)
{
    const HttpResponse response = call(graphRequest("GET", itemPath(path)));
    if (response.status == 404) {
        return makeError(ErrorCode::NotFound, QStringLiteral("%1 is not in SharePoint").arg(path));
    }
    if (!response.ok()) {
        return m_http.errorFor(response, QStringLiteral("reading %1").arg(path));
    }
    return toItem(QJsonDocument::fromJson(response.body).object(), path.section(u'/', 0, -2));
}

Result<RemoteItem> GraphFileStore::createFolder(const QString &parent, const QString &name)
{
    HttpRequest request = graphRequest("POST", itemPath(parent, QStringLiteral("children")));
    request.headers = {{"Content-Type", "application/json"}};
    request.body = QJsonDocument(QJsonObject{{QStringLiteral("name"), name},
                                             {QStringLiteral("folder"), QJsonObject()},
                                             {QStringLiteral("@microsoft.graph.conflictBehavior"),
                                              QStringLiteral("fail")}})
                       .toJson(QJsonDocument::Compact);
    const HttpResponse response = call(request);

    // 200 (some accounts answer with the existing folder) counts as found;
    // 409 means someone made it first: fetch it.
    if (response.status == 409) {
        return itemAt(joinPath(parent, name));
    }
    if (!response.ok()) {
        return m_http.errorFor(response, QStringLiteral("creating folder %1").arg(name));
    }
    return toItem(QJsonDocument::fromJson(response.body).object(), parent);
}

Result<RemoteItem> GraphFileStore::ensureFolder(const QString &path)
{
    if (auto resolved = resolveDrive(); !resolved) {
        return resolved.error();
    }

    const QString clean = sanitizeRemotePath(path);
    RemoteItem folder;
    folder.folder = true;
    QString parent;
    for (const QString &segment : clean.split(u'/', Qt::SkipEmptyParts)) {
        const auto created = createFolder(parent, segment);
        if (!created) {
            return created.error();
        }
        folder = *created;
        parent = joinPath(parent, segment);
    }
    return folder;
}

Result<QList<RemoteItem>> GraphFileStore::list(const QString &folderPath)
{
    if (auto resolved = resolveDrive(); !resolved) {
        return resolved.error();
    }

    const QString clean = sanitizeRemotePath(folderPath);
    HttpRequest request = graphRequest("GET", itemPath(clean, QStringLiteral("children")));
    QList<RemoteItem> items;
    while (true) {
        const HttpResponse response = call(request);
        if (response.status == 404) {
            return makeError(ErrorCode::NotFound,
                             QStringLiteral("%1 is not in SharePoint").arg(clean));
        }
        if (!response.ok()) {
            return m_http.errorFor(response, QStringLiteral("listing %1").arg(clean));
        }
        const QJsonObject page = QJsonDocument::fromJson(response.body).object();
        for (const QJsonValue &value : page.value(QStringLiteral("value")).toArray()) {
            items.append(toItem(value.toObject(), clean));
        }
        const QString next = page.value(QStringLiteral("@odata.nextLink")).toString();
        if (next.isEmpty()) {
            break;
        }
        // The next link is opaque: follow it verbatim.
        request.url = QUrl::fromEncoded(next.toUtf8());
    }
    return items;
}

Result<RemoteItem> GraphFileStore::uploadSmall(const QByteArray &data, const QString &remotePath)
{
    HttpRequest request = graphRequest("PUT", itemPath(remotePath, QStringLiteral("content")));
    request.headers = {{"Content-Type", "application/octet-stream"}};
    request.body = data;
    const HttpResponse response = call(request);
    if (!response.ok()) {
        return m_http.errorFor(response, QStringLiteral("uploading %1").arg(remotePath));
    }
    return toItem(QJsonDocument::fromJson(response.body).object(), remotePath.section(u'/', 0, -2));
}

Result<RemoteItem> GraphFileStore::upload(const QString &localPath,
                                          const QString &remotePath,
                                          const TransferProgress &progress)
{
    if (auto resolved = resolveDrive(); !resolved) {
        return resolved.error();
    }
    QFile file(localPath);
    if (!file.open(QIODevice::ReadOnly)) {
        return makeError(ErrorCode::Io, QStringLiteral("cannot read %1").arg(localPath));
    }

    // TODO: files are read whole into memory; stream chunks from disk once
    // clips larger than a few hundred MB go through this path.
    const QByteArray data = file.readAll();
    const QString clean = sanitizeRemotePath(remotePath);
    if (data.size() <= m_config.smallUploadLimit) {
        return uploadSmall(data, clean);
    }
    GraphUploader uploader(*this, data, clean, progress);
    return uploader.run();
}

VoidResult GraphFileStore::download(const RemoteItem &item,
                                    const QString &localPath,
                                    const TransferProgress &progress)
{
    if (auto resolved = resolveDrive(); !resolved) {
        return resolved.error();
    }

    const HttpResponse redirect = call(
        graphRequest("GET", QStringLiteral("/drives/%1/items/%2/content").arg(m_driveId, item.id)));
    HttpResponse content = redirect;
    if (redirect.status >= 300 && redirect.status < 400) {
        // The pre-authenticated location must not get our token.
        HttpRequest follow;
        follow.url = QUrl::fromEncoded(redirect.header("Location"));
        follow.timeoutMs = m_config.timeoutMs;
        content = m_http.send(follow);
    }
    if (!content.ok()) {
        return m_http.errorFor(content, QStringLiteral("downloading %1").arg(item.name));
    }
    if (progress && !progress(content.body.size(), content.body.size())) {
        return makeError(ErrorCode::Cancelled, QStringLiteral("download cancelled"));
    }

    QDir().mkpath(QFileInfo(localPath).absolutePath());
    QSaveFile file(localPath);
    if (!file.open(QIODevice::WriteOnly) || file.write(content.body) != content.body.size()
        || !file.commit()) {
        return makeError(ErrorCode::Io, QStringLiteral("cannot write %1").arg(localPath));
    }
    return {};
}

QString GraphFileStore::webUrl(const QString &path) const
{
    const QString base = m_driveWebUrl.isEmpty() ? m_config.siteUrl.toString() : m_driveWebUrl;
    return base + u'/' + encodePath(sanitizeRemotePath(path));
}

VoidResult GraphFileStore::testConnection()
{
    m_driveId.clear();
    return resolveDrive();
}

} // namespace Bfs
