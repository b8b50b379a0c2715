#include "clipname.h"

#include <QFileInfo>

namespace Bfs {

namespace {

const QStringList kVideoSuffixes = {QStringLiteral("mp4"),
                                    QStringLiteral("mov"),
                                    QStringLiteral("m4v"),
                                    QStringLiteral("mkv"),
                                    QStringLiteral("webm"),
                                    QStringLiteral("avi"),
                                    QStringLiteral("3gp")};

QString officeKey(const QString &name)
{
    QString key;
    for (const QChar c : name) {
        if (c != QLatin1Char(' ') && c != QLatin1Char('-') && c != QLatin1Char('_')) {
            key.append(c.toLower());
        }
    }
    return key;
}

Error badName(const QString &reason)
{
    return makeError(ErrorCode::InvalidArgument, reason);
}

} // namespace

Result<ClipName> parseClipName(const QString &fileName,
                               const QList<Office> &offices,
                               const QStringList &platformWords)
{
    const QFileInfo info(fileName);
    if (!kVideoSuffixes.contains(info.suffix().toLower())) {
        return badName(QStringLiteral("not a video file name (expected .mp4, .mov, ...)"));
    }
    const QString base = info.completeBaseName().trimmed();
    const qsizetype split = base.lastIndexOf(QLatin1Char('_'));
    if (split <= 0 || split == base.size() - 1) {
        return badName(QStringLiteral("name is not {Office}_{Platform}, e.g. Erie_Reels.mp4"));
    }

    const QString officePart = base.left(split).trimmed();
    const QString platformPart = base.mid(split + 1).trimmed();
    ClipName name;
    for (const QString &word : platformWords) {
        if (word.trimmed().compare(platformPart, Qt::CaseInsensitive) == 0) {
            name.platform = word.trimmed();
        }
    }
    if (name.platform.isEmpty()) {
        return badName(QStringLiteral("unknown platform '%1' (expected one of %2)")
                           .arg(platformPart, platformWords.join(QStringLiteral(", "))));
    }

    const QString key = officeKey(officePart);
    for (const Office &office : offices) {
        if (officeKey(office.name) == key) {
            name.office = office;
            return name;
        }
    }
    return badName(QStringLiteral("unknown office '%1'").arg(officePart));
}

bool isIgnoredClipName(const QString &fileName)
{
    return fileName.startsWith(QLatin1Char('.')) || fileName.startsWith(QLatin1String("~$"))
           || fileName.endsWith(QLatin1String(".part"), Qt::CaseInsensitive)
           || fileName.endsWith(QLatin1String(".tmp"), Qt::CaseInsensitive);
}

} // namespace Bfs
