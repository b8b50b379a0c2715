#include "remotepath.h"

#include <QStringList>

#include "filestore.h"

namespace Bfs {

namespace {

constexpr QChar kReplacement = u'_';

bool isRefusedCharacter(QChar c)
{
    static const QString kRefused = QStringLiteral("\"*:<>?/\\|#%");
    return c.unicode() < 0x20 || kRefused.contains(c);
}

bool isTrimmed(QChar c)
{
    return c == u'.' || c.isSpace();
}

// CON, PRN, AUX, NUL, COM0-COM9 and LPT0-LPT9, with or without an extension.
bool isReservedDeviceName(const QString &baseName)
{
    const QString upper = baseName.toUpper();
    if (upper == u"CON" || upper == u"PRN" || upper == u"AUX" || upper == u"NUL") {
        return true;
    }
    const bool numbered = upper.size() == 4 && upper.at(3).isDigit();
    return numbered && (upper.startsWith(u"COM") || upper.startsWith(u"LPT"));
}

QString trimmedName(const QString &name)
{
    qsizetype begin = 0;
    qsizetype end = name.size();
    while (begin < end && isTrimmed(name.at(begin))) {
        ++begin;
    }
    while (end > begin && isTrimmed(name.at(end - 1))) {
        --end;
    }
    return name.mid(begin, end - begin);
}

} // namespace

QString sanitizeRemoteName(const QString &name)
{
    QString result = name;
    for (QChar &c : result) {
        if (isRefusedCharacter(c)) {
            c = kReplacement;
        }
    }

    // "_vti_" is refused anywhere in a name; removing its leading underscore
    // can form a new one ("__vti__"), hence the loop.
    while (result.contains(u"_vti_", Qt::CaseInsensitive)) {
        const qsizetype at = result.indexOf(u"_vti_", 0, Qt::CaseInsensitive);
        result.remove(at, 1);
    }
    result = trimmedName(result);

    // "~$name" (Office lock files) and folders starting with "~" are refused.
    if (result.startsWith(u'~')) {
        result[0] = kReplacement;
    }

    const qsizetype dot = result.indexOf(u'.');
    const QString baseName = dot < 0 ? result : result.left(dot);
    if (isReservedDeviceName(baseName)
        || result.compare(u"desktop.ini", Qt::CaseInsensitive) == 0) {
        result.insert(baseName.size(), kReplacement);
    }
    return result.isEmpty() ? QString(kReplacement) : result;
}

QString sanitizeRemotePath(const QString &path)
{
    QStringList segments;
    for (const QString &segment : path.split(u'/', Qt::SkipEmptyParts)) {
        segments.append(sanitizeRemoteName(segment));
    }

    // A library refuses a folder called "forms" at its root.
    if (!segments.isEmpty() && segments.constFirst().compare(u"forms", Qt::CaseInsensitive) == 0) {
        segments.first().append(kReplacement);
    }
    return segments.join(u'/');
}

} // namespace Bfs
