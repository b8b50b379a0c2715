#pragma once

#include <optional>

#include <QByteArray>
#include <QJsonArray>

#include "filestore.h"
#include "httpclient.h"

namespace Bfs {

class GraphFileStore;

// One resumable upload through a Graph upload session: chunks of a
// multiple of 320 KiB in order, sent without our token (the upload URL is
// pre-authenticated), resumed from nextExpectedRanges after a gap or an
// overlap, and started over once the session expires (404).
class GraphUploader final
{
public:
    GraphUploader(GraphFileStore &store,
                  const QByteArray &data,
                  const QString &remotePath,
                  const TransferProgress &progress);

    [[nodiscard]] Result<RemoteItem> run();

private:
    Result<QUrl> createSession();
    Result<std::optional<RemoteItem>> sendChunks(const QUrl &uploadUrl);
    Result<qint64> resumePoint(const QUrl &uploadUrl);
    void cancel(const QUrl &uploadUrl);

    GraphFileStore &m_store;
    const QByteArray &m_data;
    QString m_remotePath;
    TransferProgress m_progress;
};

// The first byte Graph still expects, from ranges like "327680-" or "0-99".
[[nodiscard]] std::optional<qint64> firstExpectedByte(const QJsonArray &ranges);

} // namespace Bfs
