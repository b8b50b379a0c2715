#include "localfilestore.h"

#include <QFile>
#include <QFileInfo>
#include <QSaveFile>
#include <QUrl>

#include "integrationslogging.h"
#include "remotepath.h"

using namespace Qt::StringLiterals;

namespace Bfs {

namespace {

// Copies source to targetPath through a QSaveFile: the target appears
// whole on success and not at all on failure or cancel.
VoidResult copyThrough(QIODevice &source,
                       qint64 total,
                       const QString &targetPath,
                       const TransferProgress &progress)
{
    const QFileInfo target(targetPath);
    if (!QDir().mkpath(target.absolutePath())) {
        return makeError(ErrorCode::Io, u"cannot create folder "_s + target.absolutePath());
    }
    QSaveFile out(targetPath);
    if (!out.open(QIODevice::WriteOnly)) {
        return makeError(ErrorCode::Io,
                         u"cannot write "_s + targetPath + u": "_s + out.errorString());
    }

    const auto cancelled = [&](qint64 done) {
        return progress && !progress(done, total);
    };
    if (cancelled(0)) {
        out.cancelWriting();
        return makeError(ErrorCode::Cancelled, u"transfer cancelled"_s);
    }
    qint64 done = 0;
    while (!source.atEnd()) {
        const QByteArray chunk = source.read(LocalFileStore::kChunkSize);
        if (chunk.isEmpty() || out.write(chunk) != chunk.size()) {
            out.cancelWriting();
            return makeError(ErrorCode::Io,
                             u"copy to "_s + targetPath + u" failed: "_s
                                 + (chunk.isEmpty() ? source.errorString() : out.errorString()));
        }
        done += chunk.size();
        if (cancelled(done)) {
            out.cancelWriting();
            return makeError(ErrorCode::Cancelled, u"transfer cancelled"_s);
        }
    }

    if (!out.commit()) {
        return makeError(ErrorCode::Io,
                         u"cannot save "_s + targetPath + u": "_s + out.errorString());
    }
    return {};
}

} // namespace

LocalFileStore::LocalFileStore(const QString &rootDir)
    : m_root(rootDir)
{}

QString LocalFileStore::name() const
{
    return u"local folder"_s;
}

QString LocalFileStore::rootDir() const
{
    return m_root.absolutePath();
}

Result<QString> LocalFileStore::remotePathFor(const QString &path) const
{
    const QString sanitized = sanitizeRemotePath(path);
    if (sanitized.size() > kMaxRemotePathLength) {
        return makeError(ErrorCode::InvalidArgument,
                         u"path longer than %1 characters: "_s.arg(kMaxRemotePathLength)
                             + sanitized);
    }
    return sanitized;
}

QString LocalFileStore::localPathFor(const QString &relativePath) const
{
    return relativePath.isEmpty() ? m_root.absolutePath() : m_root.absoluteFilePath(relativePath);
}

RemoteItem LocalFileStore::itemFor(const QString &relativePath) const
{
    const QFileInfo info(localPathFor(relativePath));
    RemoteItem item;
    item.id = relativePath;
    item.name = relativePath.section(u'/', -1);
    item.path = relativePath;
    item.folder = info.isDir();
    item.size = item.folder ? 0 : info.size();
    item.modifiedAt = info.lastModified().toUTC();
    item.webUrl = QUrl::fromLocalFile(info.absoluteFilePath()).toString(QUrl::FullyEncoded);
    return item;
}

Result<RemoteItem> LocalFileStore::ensureFolder(const QString &path)
{
    const auto relative = remotePathFor(path);
    if (!relative) {
        return relative.error();
    }
    const QString local = localPathFor(*relative);
    const QFileInfo info(local);
    if (info.exists() && !info.isDir()) {
        return makeError(ErrorCode::InvalidArgument,
                         u"a file is in the way of folder "_s + *relative);
    }
    if (!info.exists()) {
        if (!QDir().mkpath(local)) {
            return makeError(ErrorCode::Io, u"cannot create folder "_s + local);
        }
        qCDebug(lcServiceFiles) << "Created folder" << *relative;
    }
    return itemFor(*relative);
}

Result<QList<RemoteItem>> LocalFileStore::list(const QString &folderPath)
{
    const auto relative = remotePathFor(folderPath);
    if (!relative) {
        return relative.error();
    }
    const QString local = localPathFor(*relative);
    if (!QFileInfo(local).isDir()) {
        return makeError(ErrorCode::NotFound, u"no folder "_s + *relative);
    }

    QList<RemoteItem> items;
    const QDir folder(local);
    const auto entries = folder.entryList(QDir::AllEntries | QDir::NoDotAndDotDot,
                                          QDir::Name | QDir::IgnoreCase);
    for (const QString &entry : entries) {
        items.append(itemFor(relative->isEmpty() ? entry : *relative + u'/' + entry));
    }
    return items;
}

Result<RemoteItem> LocalFileStore::upload(const QString &localPath,
                                          const QString &remotePath,
                                          const TransferProgress &progress)
{
    const auto relative = remotePathFor(remotePath);
    if (!relative) {
        return relative.error();
    }
    if (relative->isEmpty()) {
        return makeError(ErrorCode::InvalidArgument, u"no file name to upload to"_s);
    }
    QFile source(localPath);
    if (!QFileInfo(localPath).isFile()) {
        return makeError(ErrorCode::NotFound, u"no file "_s + localPath);
    }
    if (!source.open(QIODevice::ReadOnly)) {
        return makeError(ErrorCode::Io,
                         u"cannot read "_s + localPath + u": "_s + source.errorString());
    }
    const QString target = localPathFor(*relative);
    if (QFileInfo(target).isDir()) {
        return makeError(ErrorCode::InvalidArgument,
                         u"a folder is in the way of file "_s + *relative);
    }

    if (const VoidResult copied = copyThrough(source, source.size(), target, progress); !copied) {
        return copied.error();
    }
    qCDebug(lcServiceFiles) << "Uploaded" << localPath << "to" << *relative;
    return itemFor(*relative);
}

VoidResult LocalFileStore::download(const RemoteItem &item,
                                    const QString &localPath,
                                    const TransferProgress &progress)
{
    const auto relative = remotePathFor(item.path.isEmpty() ? item.id : item.path);
    if (!relative) {
        return relative.error();
    }
    if (localPath.isEmpty()) {
        return makeError(ErrorCode::InvalidArgument, u"no local path to download to"_s);
    }
    const QFileInfo info(localPathFor(*relative));
    if (!info.exists()) {
        return makeError(ErrorCode::NotFound, u"no file "_s + *relative);
    }
    if (info.isDir()) {
        return makeError(ErrorCode::InvalidArgument, *relative + u" is a folder"_s);
    }

    QFile source(info.absoluteFilePath());
    if (!source.open(QIODevice::ReadOnly)) {
        return makeError(ErrorCode::Io,
                         u"cannot read "_s + *relative + u": "_s + source.errorString());
    }
    if (VoidResult copied = copyThrough(source, source.size(), localPath, progress); !copied) {
        return copied;
    }
    qCDebug(lcServiceFiles) << "Downloaded" << *relative << "to" << localPath;
    return {};
}

QString LocalFileStore::webUrl(const QString &path) const
{
    return QUrl::fromLocalFile(localPathFor(sanitizeRemotePath(path))).toString(QUrl::FullyEncoded);
}

} // namespace Bfs
