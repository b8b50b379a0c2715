#include "graphuploader.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include "graphfilestore.h"
#include "httplogging.h"

namespace Bfs {

namespace {

constexpr qint64 kChunkUnit = 320 * 1024;
// A session that expires this often is not going to work.
constexpr int kMaxSessions = 3;

} // namespace

std::optional<qint64> firstExpectedByte(const QJsonArray &ranges)
{
    std::optional<qint64> first;
    for (const QJsonValue &range : ranges) {
        bool ok = false;
        const qint64 start = range.toString().section(u'-', 0, 0).toLongLong(&ok);
        if (ok && (!first || start < *first)) {
            first = start;
        }
    }
    return first;
}

GraphUploader::GraphUploader(GraphFileStore &store,
                             const QByteArray &data,
                             const QString &remotePath,
                             const TransferProgress &progress)
    : m_store(store)
    , m_data(data)
    , m_remotePath(remotePath)
    , m_progress(progress)
{}

Result<QUrl> GraphUploader::createSession()
{
    HttpRequest request = m_store.graphRequest(
        "POST", m_store.itemPath(m_remotePath, QStringLiteral("createUploadSession")));
    request.headers = {{"Content-Type", "application/json"}};
    request.body =
        QJsonDocument(QJsonObject{{QStringLiteral("item"),
                                   QJsonObject{{QStringLiteral("@microsoft.graph.conflictBehavior"),
                                                QStringLiteral("replace")}}}})
            .toJson(QJsonDocument::Compact);
    const HttpResponse response = m_store.call(request);
    if (!response.ok()) {
        return m_store.m_http.errorFor(response, QStringLiteral("starting an upload session"));
    }
    const QString url =
        QJsonDocument::fromJson(response.body)[QStringLiteral("uploadUrl")].toString();
    m_store.m_http.addSecret(QUrl(url).query());
    return QUrl::fromEncoded(url.toUtf8());
}

Result<qint64> GraphUploader::resumePoint(const QUrl &uploadUrl)
{
    HttpRequest status;
    status.url = uploadUrl;
    const HttpResponse response = m_store.m_http.send(status);
    if (!response.ok()) {
        return m_store.m_http.errorFor(response, QStringLiteral("reading the upload state"));
    }
    const auto first = firstExpectedByte(
        QJsonDocument::fromJson(response.body)[QStringLiteral("nextExpectedRanges")].toArray());
    return first.value_or(m_data.size());
}

void GraphUploader::cancel(const QUrl &uploadUrl)
{
    HttpRequest request;
    request.method = "DELETE";
    request.url = uploadUrl;
    request.retryable = false;
    (void)m_store.m_http.send(request);
}

Result<std::optional<RemoteItem>> GraphUploader::sendChunks(const QUrl &uploadUrl)
{
    const qint64 total = m_data.size();
    const qint64 chunk = std::max(kChunkUnit, m_store.m_config.chunkSize / kChunkUnit * kChunkUnit);
    qint64 offset = 0;
    while (offset < total) {
        if (m_progress && !m_progress(offset, total)) {
            cancel(uploadUrl);
            return makeError(ErrorCode::Cancelled, QStringLiteral("upload cancelled"));
        }
        const qint64 length = std::min(chunk, total - offset);
        HttpRequest put;
        put.method = "PUT";
        put.url = uploadUrl;
        put.timeoutMs = m_store.m_config.timeoutMs;
        put.body = m_data.mid(offset, length);
        put.headers = {{"Content-Range",
                        QStringLiteral("bytes %1-%2/%3")
                            .arg(offset)
                            .arg(offset + length - 1)
                            .arg(total)
                            .toLatin1()}};
        const HttpResponse response = m_store.m_http.send(put);

        if (response.status == 404) {
            return std::optional<RemoteItem>();
        }
        if (response.status == 416) {
            const auto resumed = resumePoint(uploadUrl);
            if (!resumed) {
                return resumed.error();
            }
            offset = *resumed;
            continue;
        }
        if (!response.ok()) {
            return m_store.m_http.errorFor(response, QStringLiteral("uploading a chunk"));
        }
        const QJsonObject reply = QJsonDocument::fromJson(response.body).object();
        if (response.status == 200 || response.status == 201) {
            return std::optional<RemoteItem>(
                m_store.toItem(reply, m_remotePath.section(u'/', 0, -2)));
        }
        offset = firstExpectedByte(reply.value(QStringLiteral("nextExpectedRanges")).toArray())
                     .value_or(offset + length);
    }
    return makeError(ErrorCode::Service, QStringLiteral("Graph: upload ended without an item"));
}

Result<RemoteItem> GraphUploader::run()
{
    for (int session = 0; session < kMaxSessions; ++session) {
        const auto uploadUrl = createSession();
        if (!uploadUrl) {
            return uploadUrl.error();
        }
        const auto item = sendChunks(*uploadUrl);
        if (!item) {
            return item.error();
        }
        if (item->has_value()) {
            return item->value();
        }
        qCWarning(lcGraph) << "Upload session expired; starting over";
    }
    return makeError(
        ErrorCode::Service,
        QStringLiteral("Graph: upload sessions kept expiring for %1").arg(m_remotePath));
}

} // namespace Bfs
