#include "templatecontentgenerator.h"

#include <map>

#include <QMap>
#include <QRandomGenerator>
#include <QSet>

#include "captionwriter.h"
#include "contentcatalogue.h"
#include "integrationslogging.h"
#include "shuffleddeck.h"
#include "weekplanner.h"

using namespace Qt::StringLiterals;

namespace Bfs {

namespace {

constexpr int kTipsPerPost = 3;
constexpr int kCaptionAttempts = 12;

// Per-topic decks, so posts on one topic use different headlines, hooks,
// tips and video ideas before any repeats.
struct TopicDecks
{
    ShuffledDeck headlines;
    ShuffledDeck hooks;
    ShuffledDeck tips;
    ShuffledDeck videos;
};

QString compactTag(const QString &text)
{
    QString tag;
    for (const QChar c : text) {
        if (c.isLetterOrNumber()) {
            tag.append(c);
        }
    }
    return tag;
}

// Writes the posts of a planned week: headlines, captions and video plans,
// all unique within the week and never one of existingTitles.
class WeekWriter
{
public:
    WeekWriter(const ContentRequest &request, WeekPlan plan, QRandomGenerator &random)
        : m_request(request)
        , m_plan(std::move(plan))
        , m_random(random)
    {
        for (const QString &title : request.existingTitles) {
            m_usedTitles.insert(title.trimmed().toLower());
        }
    }

    Result<QList<Post>> write()
    {
        QList<Post> posts;
        for (const PlannedPost &planned : std::as_const(m_plan.posts)) {
            if (m_request.cancelled != nullptr && m_request.cancelled->load()) {
                return makeError(ErrorCode::Cancelled, u"content generation cancelled"_s);
            }
            posts.append(writePost(planned));
        }
        logSummary(posts);
        return posts;
    }

private:
    TopicDecks &decksFor(int topicIndex)
    {
        auto it = m_decks.find(topicIndex);
        if (it == m_decks.end()) {
            const ContentTopic &topic = contentTopics().at(topicIndex);
            TopicDecks decks{ShuffledDeck(int(topic.headlines.size()), &m_random),
                             ShuffledDeck(int(topic.hooks.size()), &m_random),
                             ShuffledDeck(int(topic.tips.size()), &m_random),
                             ShuffledDeck(int(topic.videos.size()), &m_random)};
            it = m_decks.emplace(topicIndex, std::move(decks)).first;
        }
        return it->second;
    }

    QString fill(QString text, const PostOwner &owner) const
    {
        const QString place = owner.isOffice() ? u"our "_s + owner.office + u" office"_s
                                               : u"one of our offices"_s;
        const QString team = owner.isOffice() ? u"the "_s + owner.office + u" team"_s
                                              : u"our team"_s;
        text.replace(u"{office}"_s, owner.office);
        text.replace(u"{place}"_s, place);
        text.replace(u"{team}"_s, team);
        text.replace(u"{month}"_s, m_plan.week.monthName());
        text.replace(u"{season}"_s, m_plan.week.seasonName());
        text.replace(u"{year}"_s, QString::number(m_plan.week.year));
        text.replace(u"{taxyear}"_s, QString::number(m_plan.week.year - 1));
        if (!text.isEmpty()) {
            text[0] = text.at(0).toUpper();
        }
        return text;
    }

    QString titleFor(const QString &headline, const PostOwner &owner) const
    {
        if (!owner.isOffice() || headline.contains(owner.office, Qt::CaseInsensitive)) {
            return headline;
        }
        return owner.office + u": "_s + headline;
    }

    bool titleFree(const QString &title) const { return !m_usedTitles.contains(title.toLower()); }

    // The headline (or video idea) for a post: unused this week and not in
    // existingTitles when the topic has one left, else numbered as a series.
    QString pickHeadline(const PlannedPost &planned, const PostOwner &owner, const VideoIdea **idea)
    {
        const ContentTopic &topic = contentTopics().at(planned.topic);
        TopicDecks &decks = decksFor(planned.topic);
        const bool video = planned.kind == PostKind::Video;
        const QStringList &pool = video ? videoNames(topic) : topic.headlines;
        ShuffledDeck &deck = video ? decks.videos : decks.headlines;

        auto usable = [&](int i) {
            return !mentionsAny(pool.at(i), m_plan.avoid)
                   && (owner.isOffice() || !pool.at(i).contains(u"{office}"));
        };
        int choice = deck.next([&](int i) {
            return usable(i) && titleFree(titleFor(fill(pool.at(i), owner), owner));
        });
        if (choice < 0) {
            choice = deck.next(usable);
        }
        if (choice < 0) {
            choice = deck.next([](int) { return true; });
        }
        if (choice < 0) {
            return topic.label;
        }
        if (video) {
            *idea = &topic.videos.at(choice);
        }
        return fill(pool.at(choice), owner);
    }

    static QStringList videoNames(const ContentTopic &topic)
    {
        QStringList names;
        for (const VideoIdea &idea : topic.videos) {
            names.append(idea.name);
        }
        return names;
    }

    QString uniqueTitle(const QString &title)
    {
        QString candidate = title;
        for (int part = 2; !titleFree(candidate); ++part) {
            candidate = title + u", part "_s + QString::number(part);
        }
        m_usedTitles.insert(candidate.toLower());
        return candidate;
    }

    QStringList hashtagsFor(const ContentTopic &topic, const PostOwner &owner)
    {
        QStringList tags;
        for (const QString &tag : topic.hashtags) {
            tags.append(u"#"_s + tag);
        }
        for (qsizetype i = tags.size() - 1; i > 1; --i) {
            tags.swapItemsAt(i, 1 + m_random.bounded(int(i)));
        }
        const QString ownTag = owner.isOffice() ? u"#BFS"_s + compactTag(owner.office)
                                                : u"#BFSFinancial"_s;
        tags.insert(std::min<qsizetype>(1, tags.size()), ownTag);
        if (owner.isOffice()) {
            tags.append(u"#BFSFinancial"_s);
        }
        return tags;
    }

    QString pick(const QStringList &lines) { return lines.at(m_random.bounded(int(lines.size()))); }

    CaptionDraft draftFor(const PlannedPost &planned,
                          const PostOwner &owner,
                          const QString &headline,
                          const VideoIdea *idea)
    {
        const ContentTopic &topic = contentTopics().at(planned.topic);
        TopicDecks &decks = decksFor(planned.topic);
        CaptionDraft draft;
        draft.headline = headline;
        const int hook = decks.hooks.next(
            [&](int i) { return !mentionsAny(topic.hooks.at(i), m_plan.avoid); });
        draft.hook = topic.hooks.value(hook, headline);
        while (draft.tips.size() < std::min<qsizetype>(kTipsPerPost, topic.tips.size())) {
            const int tip = decks.tips.next([&](int i) {
                return !mentionsAny(topic.tips.at(i), m_plan.avoid)
                       && !draft.tips.contains(topic.tips.at(i));
            });
            if (tip < 0) {
                break;
            }
            draft.tips.append(topic.tips.at(tip));
        }
        draft.office = owner.office;
        draft.localLine = fill(pick(owner.isOffice() ? officeLines() : brandLines()), owner);
        draft.callToAction = pick(callsToAction());
        draft.storyPrompt = fill(
            pick(owner.isOffice() ? officeStoryPrompts() : brandStoryPrompts()), owner);
        draft.hashtags = hashtagsFor(topic, owner);
        draft.disclaimer = topic.disclaimer;
        draft.videoName = idea != nullptr ? idea->name : QString();
        draft.variant = m_random.bounded(3);
        return draft;
    }

    QList<Platform> platformsFor(const PlannedPost &planned, const PostOwner &owner) const
    {
        if (!owner.isOffice()) {
            if (owner.accountPlatform == Platform::Instagram && planned.kind == PostKind::Image) {
                return {Platform::Instagram, Platform::Stories};
            }
            return {owner.accountPlatform};
        }
        if (planned.kind == PostKind::Video) {
            return {
                Platform::Facebook, Platform::Instagram, Platform::TikTok, Platform::YouTubeShorts};
        }
        return {Platform::Facebook, Platform::Instagram, Platform::Twitter, Platform::Stories};
    }

    // Captions for every platform, none equal to a caption already written
    // this week: a clash draws new pieces, and as a last resort the unique
    // title leads the caption.
    QMap<Platform, QString> captionsFor(const PlannedPost &planned,
                                        const PostOwner &owner,
                                        const Post &post,
                                        const QString &headline,
                                        const VideoIdea *idea)
    {
        QMap<Platform, QString> captions;
        for (int attempt = 0; attempt < kCaptionAttempts; ++attempt) {
            const CaptionDraft draft = draftFor(planned, owner, headline, idea);
            captions.clear();
            for (const Platform platform : post.platforms) {
                captions.insert(platform, writeCaption(draft, platform, post.kind));
            }
            if (captionsUnused(captions)) {
                break;
            }
        }
        for (auto it = captions.begin(); it != captions.end(); ++it) {
            if (m_usedCaptions.contains(it.value())) {
                qCWarning(lcServiceContent)
                    << "Caption clash for" << post.title << "on" << platformKey(it.key());
                it.value() = fitCaption(
                    {{post.title, {}, 0, false}, {it.value(), u"\n\n"_s, 0, true}},
                    captionLimit(it.key()));
            }
            m_usedCaptions.insert(it.value());
        }
        return captions;
    }

    bool captionsUnused(const QMap<Platform, QString> &captions) const
    {
        QSet<QString> seen;
        for (const QString &caption : captions) {
            if (m_usedCaptions.contains(caption) || seen.contains(caption)) {
                return false;
            }
            seen.insert(caption);
        }
        return true;
    }

    void addVideoPlan(Post &post, const PostOwner &owner, const VideoIdea &idea) const
    {
        post.videoConcept = idea.name + u": "_s + fill(idea.description, owner);
        QStringList shots;
        for (const QString &shot : idea.shots) {
            shots.append(QString::number(shots.size() + 1) + u". "_s + fill(shot, owner));
        }
        const QString endCard = owner.isOffice()
                                    ? u"End card: the "_s + owner.office
                                          + u" office sign and the BFS logo."_s
                                    : u"End card: the BFS logo and "_s + owner.handle + u"."_s;
        shots.append(QString::number(shots.size() + 1) + u". "_s + endCard);
        post.videoScript = shots.join(u'\n');
    }

    Post writePost(const PlannedPost &planned)
    {
        const PostOwner &owner = m_plan.owners.at(planned.owner);
        const ContentTopic &topic = contentTopics().at(planned.topic);
        const VideoIdea *idea = nullptr;
        const QString headline = pickHeadline(planned, owner, &idea);

        Post post;
        post.weekStart = m_request.weekStart;
        post.kind = planned.kind;
        post.topic = topic.label;
        post.title = uniqueTitle(titleFor(headline, owner));
        post.platforms = platformsFor(planned, owner);
        post.imageSizes = imageSizesFor(post.platforms);
        post.designMode = DesignMode::Full;
        post.status = PostStatus::PendingApproval;
        (owner.isOffice() ? post.offices : post.accounts)
            .append(owner.isOffice() ? owner.office : owner.handle);
        if (idea != nullptr) {
            addVideoPlan(post, owner, *idea);
        }
        post.captions = captionsFor(planned, owner, post, headline, idea);
        qCDebug(lcServiceContent) << "Wrote" << postKindKey(post.kind) << "post" << post.title
                                  << "on" << post.topic;
        return post;
    }

    void logSummary(const QList<Post> &posts) const
    {
        const auto videos = std::count_if(posts.begin(), posts.end(), [](const Post &post) {
            return post.kind == PostKind::Video;
        });
        QStringList topicNames;
        for (const int topic : m_plan.topics) {
            topicNames.append(contentTopics().at(topic).key);
        }
        qCInfo(lcServiceContent).noquote()
            << u"Template generator wrote %1 posts (%2 video) for the week of %3 on: %4"_s
                   .arg(posts.size())
                   .arg(videos)
                   .arg(m_request.weekStart.toString(Qt::ISODate), topicNames.join(u", "_s));
    }

    const ContentRequest &m_request;
    WeekPlan m_plan;
    QRandomGenerator &m_random;
    std::map<int, TopicDecks> m_decks;
    QSet<QString> m_usedTitles;
    QSet<QString> m_usedCaptions;
};

} // namespace

QString TemplateContentGenerator::name() const
{
    return u"template"_s;
}

Result<QList<Post>> TemplateContentGenerator::generateWeek(const ContentRequest &request)
{
    // Seeded from the week alone: the same request always gives the same week.
    QRandomGenerator random(quint32(request.weekStart.toJulianDay()));
    auto plan = planWeek(request, random);
    if (!plan) {
        return plan.error();
    }
    WeekWriter writer(request, std::move(plan).value(), random);
    return writer.write();
}

} // namespace Bfs
