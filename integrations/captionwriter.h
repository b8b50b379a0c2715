#pragma once

#include <QList>
#include <QString>
#include <QStringList>

#include "domain/platform.h"
#include "domain/post.h"

namespace Bfs {

// The pieces of one post the template generator has chosen, already
// resolved (no placeholders left). writeCaption() lays them out per
// platform; which pieces a layout uses depends on `variant`.
struct CaptionDraft
{
    QString headline;
    QString hook;
    QStringList tips;
    // The office the post is for; empty for a brand-account post. Every
    // caption of an office post names it.
    QString office;
    QString localLine;
    QString callToAction;
    QString storyPrompt;
    // With the leading '#'; most relevant first.
    QStringList hashtags;
    QString disclaimer;
    // Video posts: the concept's name, used as "New video: ...".
    QString videoName;
    int variant = 0;
};

// A caption for the platform that never exceeds captionLimit(platform):
// optional pieces (hashtags, extra tips, the call to action) are dropped
// first, then the opening is shortened at a word boundary.
QString writeCaption(const CaptionDraft &draft, Platform platform, PostKind kind);

// One piece of a caption. Pieces with dropPriority 0 are never dropped; the
// highest priority goes first. A shrinkable piece is shortened (with an
// ellipsis) once nothing is left to drop.
struct CaptionPart
{
    QString text;
    QString separator;
    int dropPriority = 0;
    bool shrinkable = false;
};

QString fitCaption(QList<CaptionPart> parts, int limit);

} // namespace Bfs
