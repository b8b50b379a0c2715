#include "captionwriter.h"

#include <algorithm>

using namespace Qt::StringLiterals;

namespace Bfs {

namespace {

constexpr QChar kEllipsis = u'\u2026';

// Drop priorities: the higher, the sooner a piece goes when a caption is
// too long. Required pieces (the opening, the office line) are 0.
constexpr int kKeep = 0;
constexpr int kDisclaimerLast = 1;
constexpr int kSecondaryText = 2;
constexpr int kCallToAction = 3;
constexpr int kHashtags = 4;

QString compose(const QList<CaptionPart> &parts)
{
    QString text;
    for (const CaptionPart &part : parts) {
        if (part.text.isEmpty()) {
            continue;
        }
        if (!text.isEmpty()) {
            text += part.separator;
        }
        text += part.text;
    }
    return text;
}

// Cuts to at most maxLength characters, at a word boundary when one is
// near, and ends with an ellipsis.
QString shortenAtWord(const QString &text, qsizetype maxLength)
{
    if (text.size() <= maxLength) {
        return text;
    }
    if (maxLength <= 1) {
        return maxLength == 1 ? QString(kEllipsis) : QString();
    }

    QString cut = text.left(maxLength - 1);
    const qsizetype space = cut.lastIndexOf(u' ');
    if (space > cut.size() / 2) {
        cut.truncate(space);
    }
    while (!cut.isEmpty()
           && (QStringView(u" ,.;:-|").contains(cut.back()) || cut.back().isHighSurrogate())) {
        cut.chop(1);
    }
    return cut + kEllipsis;
}

QString hashtagLine(const CaptionDraft &draft, int count, const QString &extra = {})
{
    QStringList tags = draft.hashtags.mid(0, count);
    if (!extra.isEmpty()) {
        tags.append(extra);
    }
    return tags.join(u' ');
}

QString tipList(const QStringList &tips, bool numbered)
{
    QStringList lines;
    for (qsizetype i = 0; i < tips.size(); ++i) {
        const QString marker = numbered ? QString::number(i + 1) + u". "_s : u"\u2022 "_s;
        lines.append(marker + tips.at(i));
    }
    return lines.join(u'\n');
}

QString firstTip(const CaptionDraft &draft)
{
    return draft.tips.value(0);
}

QString opening(const CaptionDraft &draft, PostKind kind)
{
    if (kind == PostKind::Video && !draft.videoName.isEmpty()) {
        return u"New video: "_s + draft.videoName + u". "_s + draft.hook;
    }
    return draft.hook;
}

QList<CaptionPart> facebookParts(const CaptionDraft &draft, PostKind kind)
{
    const QString paragraph = u"\n\n"_s;
    QList<CaptionPart> parts;
    switch (draft.variant % 3) {
    case 0:
        parts = {{opening(draft, kind), {}, kKeep, true},
                 {draft.tips.join(u' '), paragraph, kSecondaryText, false}};
        break;
    case 1:
        // A video's opening already names it; only image posts lead with the headline.
        if (kind == PostKind::Image) {
            parts.append({draft.headline, {}, kKeep, true});
        }
        parts.append({opening(draft, kind), paragraph, kKeep, kind == PostKind::Video});
        parts.append({draft.tips.mid(0, 2).join(u' '), u" "_s, kSecondaryText, false});
        break;
    default:
        parts = {
            {opening(draft, kind), {}, kKeep, true},
            {u"Good to know:\n"_s + tipList(draft.tips, true), paragraph, kSecondaryText, false}};
        break;
    }
    parts.append({draft.localLine, paragraph, kKeep, false});
    parts.append({draft.callToAction, u" "_s, kCallToAction, false});
    parts.append({draft.disclaimer, paragraph, kDisclaimerLast, false});
    parts.append({hashtagLine(draft, 3), paragraph, kHashtags, false});
    return parts;
}

QList<CaptionPart> instagramParts(const CaptionDraft &draft)
{
    const QString paragraph = u"\n\n"_s;
    QList<CaptionPart> parts;
    switch (draft.variant % 3) {
    case 0:
        parts = {{draft.headline, {}, kKeep, true},
                 {draft.hook, paragraph, kKeep, false},
                 {tipList(draft.tips, false), paragraph, kSecondaryText, false}};
        break;
    case 1:
        parts = {{draft.hook, {}, kKeep, true},
                 {tipList(draft.tips, true), paragraph, kSecondaryText, false}};
        break;
    default:
        parts = {{draft.headline, {}, kKeep, true},
                 {draft.tips.mid(0, 2).join(u' '), paragraph, kSecondaryText, false}};
        break;
    }
    parts.append({draft.localLine, paragraph, kKeep, false});
    parts.append({draft.callToAction, paragraph, kCallToAction, false});
    parts.append({draft.disclaimer, paragraph, kDisclaimerLast, false});
    parts.append({hashtagLine(draft, 8), paragraph, kHashtags, false});
    return parts;
}

QList<CaptionPart> twitterParts(const CaptionDraft &draft, PostKind kind)
{
    const bool office = !draft.office.isEmpty();
    const QString lead = draft.variant % 3 == 1 && kind == PostKind::Image ? draft.headline
                                                                           : opening(draft, kind);
    const QString separator = draft.variant % 3 == 2 ? u"\n\n"_s : u" "_s;
    return {
        {lead, {}, kKeep, true},
        {firstTip(draft), separator, kSecondaryText, false},
        {draft.localLine, separator, office ? kKeep : kSecondaryText, false},
        {hashtagLine(draft, 2), u" "_s, kCallToAction, false},
    };
}

QList<CaptionPart> storiesParts(const CaptionDraft &draft)
{
    const QString paragraph = u"\n\n"_s;
    switch (draft.variant % 3) {
    case 0:
        return {{draft.headline, {}, kKeep, true}, {draft.storyPrompt, paragraph, kKeep, false}};
    case 1:
        return {{draft.hook, {}, kKeep, true}, {draft.storyPrompt, paragraph, kKeep, false}};
    default:
        return {{draft.headline, {}, kKeep, true},
                {firstTip(draft), paragraph, kSecondaryText, false},
                {draft.storyPrompt, paragraph, kKeep, false}};
    }
}

QList<CaptionPart> tiktokParts(const CaptionDraft &draft)
{
    const QString lead = draft.variant % 2 == 0 ? draft.hook : draft.headline;
    return {
        {lead, {}, kKeep, true},
        {firstTip(draft), u" "_s, kSecondaryText, false},
        {draft.localLine, u"\n\n"_s, kKeep, false},
        {hashtagLine(draft, 4, u"#MoneyTok"_s), u"\n\n"_s, kHashtags, false},
    };
}

QList<CaptionPart> shortsParts(const CaptionDraft &draft)
{
    QList<CaptionPart> parts = {{draft.headline, {}, kKeep, true}};
    if (!draft.office.isEmpty()) {
        parts.append({draft.office, u" | "_s, kKeep, false});
    }
    parts.append({u"#Shorts"_s, u" "_s, kSecondaryText, false});
    return parts;
}

} // namespace

QString fitCaption(QList<CaptionPart> parts, int limit)
{
    QString text = compose(parts);
    while (text.size() > limit) {
        const auto drop = std::max_element(
            parts.begin(), parts.end(), [](const auto &a, const auto &b) {
                return a.dropPriority < b.dropPriority;
            });
        if (drop == parts.end() || drop->dropPriority == kKeep) {
            break;
        }
        parts.erase(drop);
        text = compose(parts);
    }

    if (text.size() > limit) {
        const auto shrink = std::find_if(parts.begin(), parts.end(), [](const auto &part) {
            return part.shrinkable && !part.text.isEmpty();
        });
        if (shrink != parts.end()) {
            const qsizetype excess = text.size() - limit;
            shrink->text = shortenAtWord(shrink->text, shrink->text.size() - excess);
            text = compose(parts);
        }
    }
    return text.size() > limit ? shortenAtWord(text, limit) : text;
}

QString writeCaption(const CaptionDraft &draft, Platform platform, PostKind kind)
{
    QList<CaptionPart> parts;
    switch (platform) {
    case Platform::Facebook:
        parts = facebookParts(draft, kind);
        break;
    case Platform::Instagram:
        parts = instagramParts(draft);
        break;
    case Platform::Twitter:
        parts = twitterParts(draft, kind);
        break;
    case Platform::Stories:
        parts = storiesParts(draft);
        break;
    case Platform::TikTok:
        parts = tiktokParts(draft);
        break;
    case Platform::YouTubeShorts:
        parts = shortsParts(draft);
        break;
    }
    return fitCaption(parts, captionLimit(platform));
}

} // namespace Bfs
