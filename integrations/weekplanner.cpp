#include "weekplanner.h"

#include <algorithm>

#include <QMap>
#include <QRandomGenerator>

#include "contentcatalogue.h"
#include "integrationslogging.h"
#include "shuffleddeck.h"

using namespace Qt::StringLiterals;

namespace Bfs {

namespace {

constexpr int kEvergreenTopicsPerWeek = 4;
constexpr int kSeasonalTopicsPerWeek = 3;

WeekFacts weekFacts(const QDate &weekStart)
{
    // The middle of the week decides month and season, so a week starting
    // on the 30th belongs to the month most of its days are in.
    const QDate middle = weekStart.addDays(3);
    WeekFacts facts;
    facts.weekStart = weekStart;
    facts.isoWeek = weekStart.weekNumber(&facts.isoYear);
    facts.month = middle.month();
    facts.year = middle.year();
    return facts;
}

QList<int> shareOut(int total, int owners, int rotation)
{
    QList<int> counts(owners, owners > 0 ? total / owners : 0);
    const int extra = owners > 0 ? total % owners : 0;
    for (int i = 0; i < extra; ++i) {
        counts[(rotation + i) % owners] += 1;
    }
    return counts;
}

// Brand accounts that can only carry video come first.
int videoPreference(Platform platform)
{
    switch (platform) {
    case Platform::YouTubeShorts:
        return 0;
    case Platform::TikTok:
        return 1;
    case Platform::Instagram:
        return 2;
    default:
        return 3;
    }
}

class Planner
{
public:
    Planner(const ContentRequest &request, QRandomGenerator &random)
        : m_request(request)
        , m_random(random)
    {
        m_plan.week = weekFacts(request.weekStart);
        for (const QString &term : request.topicsToAvoid) {
            if (!term.trimmed().isEmpty()) {
                m_plan.avoid.append(term.trimmed().toLower());
            }
        }
    }

    Result<WeekPlan> plan()
    {
        collectOwners();
        if (const auto error = checkRequest(); error) {
            return *error;
        }
        chooseTopics();
        planPosts();
        planVideos();
        if (const auto error = assignTopics(); error) {
            return *error;
        }
        return m_plan;
    }

private:
    void collectOwners()
    {
        for (const Office &office : m_request.offices) {
            if (office.active && !office.name.trimmed().isEmpty()) {
                m_plan.owners.append({office.name.trimmed(), {}, {}});
                ++m_offices;
            }
        }
        for (const SocialAccount &account : m_request.accounts) {
            if (!account.active || account.handle.isEmpty()) {
                continue;
            }
            const auto platform = platformFromKey(account.platform);
            if (!platform) {
                qCWarning(lcServiceContent) << "Skipping brand account" << account.handle
                                            << "on unknown platform" << account.platform;
                continue;
            }
            m_plan.owners.append({{}, account.handle, *platform});
        }
    }

    std::optional<Error> checkRequest() const
    {
        const ContentRequest &r = m_request;
        if (!r.weekStart.isValid()) {
            return makeError(ErrorCode::InvalidArgument, u"no week to write for"_s);
        }
        if (r.officePostCount < 0 || r.accountPostCount < 0 || r.videoSharePercent < 0
            || r.videoSharePercent > 100) {
            return makeError(ErrorCode::InvalidArgument,
                             u"post counts or video share out of range"_s);
        }
        if (r.officePostCount > 0 && m_offices == 0) {
            return makeError(ErrorCode::InvalidArgument,
                             u"office posts requested but no active office"_s);
        }
        if (r.accountPostCount > 0 && m_plan.owners.size() == m_offices) {
            return makeError(ErrorCode::InvalidArgument,
                             u"brand-account posts requested but no usable account"_s);
        }
        return std::nullopt;
    }

    bool topicAvoided(const ContentTopic &topic) const
    {
        const QString label = topic.label.toLower();
        const QString key = QString(topic.key).replace(u'_', u' ');
        return std::any_of(m_plan.avoid.begin(), m_plan.avoid.end(), [&](const QString &term) {
            return label.contains(term) || key.contains(term) || term.contains(label);
        });
    }

    void chooseTopics()
    {
        const QList<ContentTopic> &topics = contentTopics();
        QList<int> evergreen;
        QList<int> officeLife;
        QList<int> seasonal;
        for (int i = 0; i < topics.size(); ++i) {
            const ContentTopic &topic = topics.at(i);
            if (topicAvoided(topic)) {
                continue;
            }
            if (topic.months.isEmpty()) {
                (topic.officeOnly ? officeLife : evergreen).append(i);
            } else if (topic.months.contains(m_plan.week.month)) {
                seasonal.append(i);
            }
        }

        const int isoWeek = m_plan.week.isoWeek;
        for (int i = 0; i < std::min<int>(kSeasonalTopicsPerWeek, seasonal.size()); ++i) {
            m_plan.topics.append(seasonal.at((isoWeek + i) % seasonal.size()));
        }
        const int start = evergreen.isEmpty() ? 0 : (isoWeek * 3) % evergreen.size();
        for (int i = 0; i < std::min<int>(kEvergreenTopicsPerWeek, evergreen.size()); ++i) {
            m_plan.topics.append(evergreen.at((start + i) % evergreen.size()));
        }
        m_plan.topics.append(officeLife);
    }

    void planPosts()
    {
        const int accounts = int(m_plan.owners.size()) - m_offices;
        const int rotation = m_plan.week.isoYear * 53 + m_plan.week.isoWeek;
        const QList<int> officeCounts = shareOut(
            m_request.officePostCount, m_offices, m_offices > 0 ? rotation % m_offices : 0);
        const QList<int> accountCounts = shareOut(
            m_request.accountPostCount, accounts, accounts > 0 ? rotation % accounts : 0);
        for (int owner = 0; owner < m_plan.owners.size(); ++owner) {
            const int count = owner < m_offices ? officeCounts.at(owner)
                                                : accountCounts.at(owner - m_offices);
            for (int i = 0; i < count; ++i) {
                m_plan.posts.append({owner, PostKind::Image, -1});
            }
        }
    }

    const PostOwner &ownerOf(int post) const
    {
        return m_plan.owners.at(m_plan.posts.at(post).owner);
    }

    void planVideos()
    {
        const int total = m_request.officePostCount + m_request.accountPostCount;
        const int videos = qRound(total * m_request.videoSharePercent / 100.0);

        QList<int> accountPosts;
        int shortsPosts = 0;
        for (int i = 0; i < m_plan.posts.size(); ++i) {
            if (!ownerOf(i).isOffice()) {
                accountPosts.append(i);
                shortsPosts += ownerOf(i).accountPlatform == Platform::YouTubeShorts ? 1 : 0;
            }
        }
        std::stable_sort(accountPosts.begin(), accountPosts.end(), [&](int a, int b) {
            return videoPreference(ownerOf(a).accountPlatform)
                   < videoPreference(ownerOf(b).accountPlatform);
        });
        const int share = qRound(m_request.accountPostCount * m_request.videoSharePercent / 100.0);
        const int accountVideos = std::min(
            {std::max(share, shortsPosts), videos, int(accountPosts.size())});
        for (int i = 0; i < accountVideos; ++i) {
            m_plan.posts[accountPosts.at(i)].kind = PostKind::Video;
        }
        planOfficeVideos(videos - accountVideos);
    }

    // One video per office first, at offices picked at random for the week.
    void planOfficeVideos(int videos)
    {
        QMap<int, QList<int>> postsByOffice;
        for (int i = 0; i < m_plan.posts.size(); ++i) {
            if (m_plan.posts.at(i).owner < m_offices) {
                postsByOffice[m_plan.posts.at(i).owner].append(i);
            }
        }
        QList<int> offices = postsByOffice.keys();
        shuffleWith(offices, m_random);

        int officePosts = 0;
        for (const QList<int> &owned : std::as_const(postsByOffice)) {
            officePosts += int(owned.size());
        }
        videos = std::min(videos, officePosts);
        for (int k = 0, made = 0; made < videos; ++k) {
            const QList<int> &owned = postsByOffice[offices.at(k % offices.size())];
            const int round = k / int(offices.size());
            if (round < owned.size()) {
                m_plan.posts[owned.at(round)].kind = PostKind::Video;
                ++made;
            }
        }
    }

    std::optional<Error> assignTopics()
    {
        const QList<ContentTopic> &topics = contentTopics();
        ShuffledDeck deck(int(m_plan.topics.size()), &m_random);
        QMap<int, QList<int>> usedByOwner;
        for (PlannedPost &post : m_plan.posts) {
            const bool office = m_plan.owners.at(post.owner).isOffice();
            auto fits = [&](int choice) {
                const ContentTopic &topic = topics.at(m_plan.topics.at(choice));
                return (office || !topic.officeOnly)
                       && (post.kind == PostKind::Image || !topic.videos.isEmpty());
            };
            int choice = deck.next(
                [&](int c) { return fits(c) && !usedByOwner.value(post.owner).contains(c); });
            if (choice < 0) {
                choice = deck.next(fits);
            }
            if (choice < 0) {
                return makeError(ErrorCode::InvalidArgument,
                                 u"the topics to avoid leave nothing to write about"_s);
            }
            usedByOwner[post.owner].append(choice);
            post.topic = m_plan.topics.at(choice);
        }
        return std::nullopt;
    }

    const ContentRequest &m_request;
    QRandomGenerator &m_random;
    WeekPlan m_plan;
    int m_offices = 0;
};

} // namespace

QString WeekFacts::monthName() const
{
    static const QStringList kNames = {u"January"_s,
                                       u"February"_s,
                                       u"March"_s,
                                       u"April"_s,
                                       u"May"_s,
                                       u"June"_s,
                                       u"July"_s,
                                       u"August"_s,
                                       u"September"_s,
                                       u"October"_s,
                                       u"November"_s,
                                       u"December"_s};
    return kNames.value(month - 1);
}

QString WeekFacts::seasonName() const
{
    if (month == 12 || month <= 2) {
        return u"winter"_s;
    }
    if (month <= 5) {
        return u"spring"_s;
    }
    return month <= 8 ? u"summer"_s : u"fall"_s;
}

Result<WeekPlan> planWeek(const ContentRequest &request, QRandomGenerator &random)
{
    Planner planner(request, random);
    return planner.plan();
}

bool mentionsAny(const QString &text, const QStringList &terms)
{
    const QString lower = text.toLower();
    return std::any_of(
        terms.begin(), terms.end(), [&](const QString &term) { return lower.contains(term); });
}

} // namespace Bfs
