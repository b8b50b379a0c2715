#include <QRegularExpression>
#include <QSet>
#include <QTest>

#include "templatecontentgenerator.h"

using namespace Qt::StringLiterals;
using namespace Bfs;

Q_DECLARE_METATYPE(Bfs::ContentRequest)

namespace {

QList<Office> seedOffices()
{
    const QStringList names = {
        u"Erie"_s,         u"Pittsburgh"_s, u"Harrisburg"_s, u"Allentown"_s,    u"Scranton"_s,
        u"Buffalo"_s,      u"Rochester"_s,  u"Syracuse"_s,   u"Cleveland"_s,    u"Akron"_s,
        u"Youngstown"_s,   u"Toledo"_s,     u"Columbus"_s,   u"Dayton"_s,       u"Cincinnati"_s,
        u"Indianapolis"_s, u"Fort Wayne"_s, u"South Bend"_s, u"Evansville"_s,   u"Louisville"_s,
        u"Lexington"_s,    u"Detroit"_s,    u"Ann Arbor"_s,  u"Grand Rapids"_s, u"Lansing"_s,
        u"Kalamazoo"_s,
    };
    QList<Office> offices;
    for (const QString &name : names) {
        offices.append(
            {offices.size() + 1, name, name.left(3).toUpper(), u"America/New_York"_s, true});
    }
    return offices;
}

QList<SocialAccount> seedAccounts()
{
    return {{1, u"instagram"_s, u"@bfs.financial"_s, true},
            {2, u"tiktok"_s, u"@bfsfinancial"_s, true},
            {3, u"youtube_shorts"_s, u"@BFSFinancial"_s, true},
            {4, u"twitter"_s, u"@BFSFinancial"_s, true}};
}

ContentRequest requestFor(const QDate &week)
{
    ContentRequest request;
    request.weekStart = week;
    request.offices = seedOffices();
    request.accounts = seedAccounts();
    return request;
}

QList<Post> generate(const ContentRequest &request)
{
    TemplateContentGenerator generator;
    auto result = generator.generateWeek(request);
    if (!result) {
        qWarning() << "generateWeek failed:" << result.errorDetail();
        return {};
    }
    return std::move(result).value();
}

// Everything the generator decides about a post, as one comparable string.
QString fingerprint(const Post &post)
{
    QStringList parts = {postKindKey(post.kind),
                         post.title,
                         post.topic,
                         post.videoConcept,
                         post.videoScript,
                         post.offices.join(u','),
                         post.accounts.join(u',')};
    for (auto it = post.captions.begin(); it != post.captions.end(); ++it) {
        parts.append(platformKey(it.key()) + u'=' + it.value());
    }
    for (const Platform platform : post.platforms) {
        parts.append(platformKey(platform));
    }
    return parts.join(u'|');
}

QStringList fingerprints(const QList<Post> &posts)
{
    QStringList result;
    for (const Post &post : posts) {
        result.append(fingerprint(post));
    }
    return result;
}

// A Monday in each month of a year, and the turn of the year.
void addWeeksOfTheYear()
{
    QTest::addColumn<QDate>("week");
    for (QDate week(2026, 1, 5); week.year() == 2026; week = week.addDays(28)) {
        QTest::newRow(qPrintable(week.toString(Qt::ISODate))) << week;
    }
    QTest::newRow("2026-12-28") << QDate(2026, 12, 28);
}

} // namespace

class TstTemplateContentGenerator : public QObject
{
    Q_OBJECT

private slots:
    void writesTheWeeksMixOfPosts();
    void givesEveryOfficeTwoOrThreePosts();
    void rotatesTheExtraOfficePostByWeek();
    void sharesAccountPostsOverEveryAccount();
    void keepsCaptionsWithinPlatformLimits_data();
    void keepsCaptionsWithinPlatformLimits();
    void neverRepeatsATitleOrCaption_data();
    void neverRepeatsATitleOrCaption();
    void mentionsTheOfficeInEveryOfficeCaption();
    void fillsPostsInPendingApprovalShape();
    void givesVideoPostsAConceptAndShotList();
    void isDeterministicForAWeek();
    void differsBetweenWeeks();
    void rotatesTopicsWithTheSeason();
    void skipsExistingTitles();
    void leavesOutTopicsToAvoid();
    void stopsWhenCancelled();
    void refusesRequestsItCannotMeet_data();
    void refusesRequestsItCannotMeet();
};

void TstTemplateContentGenerator::writesTheWeeksMixOfPosts()
{
    const QList<Post> posts = generate(requestFor(QDate(2026, 3, 9)));

    QCOMPARE(posts.size(), 65);
    const auto officePosts = std::count_if(
        posts.begin(), posts.end(), [](const Post &p) { return !p.offices.isEmpty(); });
    const auto videos = std::count_if(
        posts.begin(), posts.end(), [](const Post &p) { return p.kind == PostKind::Video; });
    QCOMPARE(officePosts, 53);
    QCOMPARE(posts.size() - officePosts, 12);
    QCOMPARE(videos, 13);
}

void TstTemplateContentGenerator::givesEveryOfficeTwoOrThreePosts()
{
    const QList<Post> posts = generate(requestFor(QDate(2026, 3, 9)));

    QMap<QString, int> perOffice;
    for (const Post &post : posts) {
        for (const QString &office : post.offices) {
            ++perOffice[office];
        }
    }
    QCOMPARE(perOffice.size(), 26);
    int threes = 0;
    for (const int count : std::as_const(perOffice)) {
        QVERIFY2(count == 2 || count == 3, qPrintable(QString::number(count)));
        threes += count == 3 ? 1 : 0;
    }
    QCOMPARE(threes, 1);
}

void TstTemplateContentGenerator::rotatesTheExtraOfficePostByWeek()
{
    QSet<QString> officesWithThree;
    for (int week = 0; week < 4; ++week) {
        QMap<QString, int> perOffice;
        for (const Post &post : generate(requestFor(QDate(2026, 3, 9).addDays(7 * week)))) {
            for (const QString &office : post.offices) {
                ++perOffice[office];
            }
        }
        for (auto it = perOffice.begin(); it != perOffice.end(); ++it) {
            if (it.value() == 3) {
                officesWithThree.insert(it.key());
            }
        }
    }
    QCOMPARE(officesWithThree.size(), 4);
}

void TstTemplateContentGenerator::sharesAccountPostsOverEveryAccount()
{
    const QList<Post> posts = generate(requestFor(QDate(2026, 3, 9)));

    QMap<QString, int> perAccount;
    for (const Post &post : posts) {
        for (const QString &handle : post.accounts) {
            ++perAccount[handle + u'/' + platformKey(post.platforms.constFirst())];
        }
    }
    QCOMPARE(perAccount.size(), 4);
    for (const int count : std::as_const(perAccount)) {
        QCOMPARE(count, 3);
    }
}

void TstTemplateContentGenerator::keepsCaptionsWithinPlatformLimits_data()
{
    addWeeksOfTheYear();
}

void TstTemplateContentGenerator::keepsCaptionsWithinPlatformLimits()
{
    QFETCH(QDate, week);
    const QList<Post> posts = generate(requestFor(week));
    QCOMPARE(posts.size(), 65);

    for (const Post &post : posts) {
        QVERIFY(!post.captions.isEmpty());
        for (auto it = post.captions.begin(); it != post.captions.end(); ++it) {
            QVERIFY2(!it.value().trimmed().isEmpty(), qPrintable(post.title));
            QVERIFY2(it.value().size() <= captionLimit(it.key()),
                     qPrintable(platformKey(it.key()) + u": "_s + it.value()));
            QVERIFY2(!it.value().contains(u'{'), qPrintable(it.value()));
        }
    }
}

void TstTemplateContentGenerator::neverRepeatsATitleOrCaption_data()
{
    addWeeksOfTheYear();
}

void TstTemplateContentGenerator::neverRepeatsATitleOrCaption()
{
    QFETCH(QDate, week);
    const QList<Post> posts = generate(requestFor(week));

    QSet<QString> titles;
    QSet<QString> captions;
    int captionCount = 0;
    for (const Post &post : posts) {
        QVERIFY2(!titles.contains(post.title.toLower()), qPrintable(post.title));
        titles.insert(post.title.toLower());
        for (const QString &caption : post.captions) {
            QVERIFY2(!captions.contains(caption), qPrintable(caption));
            captions.insert(caption);
            ++captionCount;
        }
    }
    QCOMPARE(captions.size(), captionCount);
}

void TstTemplateContentGenerator::mentionsTheOfficeInEveryOfficeCaption()
{
    for (const Post &post : generate(requestFor(QDate(2026, 11, 23)))) {
        if (post.offices.isEmpty()) {
            continue;
        }
        const QString office = post.offices.constFirst();
        QVERIFY2(post.title.contains(office), qPrintable(post.title));
        for (auto it = post.captions.begin(); it != post.captions.end(); ++it) {
            QVERIFY2(it.value().contains(office),
                     qPrintable(office + u" missing on "_s + platformKey(it.key()) + u": "_s
                                + it.value()));
        }
    }
}

void TstTemplateContentGenerator::fillsPostsInPendingApprovalShape()
{
    const QDate week(2026, 6, 1);
    for (const Post &post : generate(requestFor(week))) {
        QCOMPARE(post.id, 0);
        QCOMPARE(post.weekStart, week);
        QCOMPARE(post.status, PostStatus::PendingApproval);
        QCOMPARE(post.designMode, DesignMode::Full);
        QVERIFY(!post.topic.isEmpty());
        QCOMPARE(post.offices.size() + post.accounts.size(), 1);
        QCOMPARE(post.platforms, post.captions.keys());
        QCOMPARE(post.imageSizes, imageSizesFor(post.platforms));

        if (!post.offices.isEmpty() && post.kind == PostKind::Image) {
            const QList<Platform> expected = {
                Platform::Facebook, Platform::Instagram, Platform::Twitter, Platform::Stories};
            QCOMPARE(post.platforms, expected);
        } else if (!post.offices.isEmpty()) {
            const QList<Platform> expected = {
                Platform::Facebook, Platform::Instagram, Platform::TikTok, Platform::YouTubeShorts};
            QCOMPARE(post.platforms, expected);
        } else {
            QVERIFY(post.platforms.size() == 1 || post.platforms.contains(Platform::Stories));
        }
    }
}

void TstTemplateContentGenerator::givesVideoPostsAConceptAndShotList()
{
    static const QRegularExpression kShot(u"^(\\d+)\\. \\S.*$"_s);
    for (const Post &post : generate(requestFor(QDate(2026, 9, 14)))) {
        if (post.kind == PostKind::Image) {
            QVERIFY(post.videoConcept.isEmpty());
            QVERIFY(post.videoScript.isEmpty());
            continue;
        }
        QVERIFY2(post.videoConcept.size() > 20, qPrintable(post.videoConcept));
        const QStringList shots = post.videoScript.split(u'\n');
        QVERIFY2(shots.size() >= 4 && shots.size() <= 6, qPrintable(post.videoScript));
        for (qsizetype i = 0; i < shots.size(); ++i) {
            const auto match = kShot.match(shots.at(i));
            QVERIFY2(match.hasMatch(), qPrintable(shots.at(i)));
            QCOMPARE(match.captured(1).toInt(), i + 1);
        }
        if (!post.offices.isEmpty()) {
            QVERIFY(post.videoScript.contains(post.offices.constFirst()));
        }
    }
}

void TstTemplateContentGenerator::isDeterministicForAWeek()
{
    const QDate week(2026, 4, 20);
    const QStringList first = fingerprints(generate(requestFor(week)));
    const QStringList second = fingerprints(generate(requestFor(week)));

    QCOMPARE(first.size(), 65);
    QCOMPARE(second, first);
}

void TstTemplateContentGenerator::differsBetweenWeeks()
{
    const QList<Post> first = generate(requestFor(QDate(2026, 4, 20)));
    const QStringList firstPrints = fingerprints(first);
    const QSet<QString> firstSet(firstPrints.begin(), firstPrints.end());
    auto sharedWithFirst = [&](const QList<Post> &posts) {
        const QStringList prints = fingerprints(posts);
        return std::count_if(prints.begin(), prints.end(), [&](const QString &post) {
            return firstSet.contains(post);
        });
    };

    // On its own, a topic that stays in season can bring back a brand post;
    // with last week's titles passed as existingTitles, nothing repeats.
    ContentRequest next = requestFor(QDate(2026, 4, 27));
    QVERIFY(sharedWithFirst(generate(next)) <= 3);
    for (const Post &post : first) {
        next.existingTitles.append(post.title);
    }
    QCOMPARE(sharedWithFirst(generate(next)), 0);
}

void TstTemplateContentGenerator::rotatesTopicsWithTheSeason()
{
    auto topicsOf = [](const QDate &week) {
        QSet<QString> topics;
        for (const Post &post : generate(requestFor(week))) {
            topics.insert(post.topic);
        }
        return topics;
    };
    const QSet<QString> february = topicsOf(QDate(2026, 2, 9));
    const QSet<QString> august = topicsOf(QDate(2026, 8, 17));
    const QSet<QString> december = topicsOf(QDate(2026, 12, 7));

    QVERIFY(february.contains(u"Tax season"_s));
    QVERIFY(!august.contains(u"Tax season"_s));
    QVERIFY(august.contains(u"Back-to-school savings"_s));
    QVERIFY(december.contains(u"Holiday spending"_s));
    QVERIFY(february.contains(u"Community events"_s));
    QVERIFY(february.contains(u"Staff spotlight"_s));

    // The evergreen topics move with the ISO week too.
    QVERIFY(topicsOf(QDate(2026, 2, 16)) != february);
}

void TstTemplateContentGenerator::skipsExistingTitles()
{
    const QDate week(2026, 5, 11);
    const QList<Post> first = generate(requestFor(week));
    ContentRequest request = requestFor(week);
    for (const Post &post : first) {
        request.existingTitles.append(post.title.toUpper());
    }

    const QList<Post> second = generate(request);
    QCOMPARE(second.size(), 65);
    const QSet<QString> taken(request.existingTitles.begin(), request.existingTitles.end());
    for (const Post &post : second) {
        QVERIFY2(!taken.contains(post.title.toUpper()), qPrintable(post.title));
    }
}

void TstTemplateContentGenerator::leavesOutTopicsToAvoid()
{
    ContentRequest request = requestFor(QDate(2026, 2, 9));
    request.topicsToAvoid = {u"tax season"_s, u"cryptocurrency"_s};

    const QList<Post> posts = generate(request);
    QCOMPARE(posts.size(), 65);
    for (const Post &post : posts) {
        QVERIFY(post.topic != u"Tax season"_s);
        for (const QString &caption : post.captions) {
            QVERIFY2(!caption.contains(u"cryptocurrency"_s, Qt::CaseInsensitive),
                     qPrintable(caption));
        }
    }
}

void TstTemplateContentGenerator::stopsWhenCancelled()
{
    std::atomic_bool cancelled{true};
    ContentRequest request = requestFor(QDate(2026, 3, 9));
    request.cancelled = &cancelled;

    TemplateContentGenerator generator;
    const auto result = generator.generateWeek(request);
    QVERIFY(!result.ok());
    QCOMPARE(result.errorCode(), ErrorCode::Cancelled);
}

void TstTemplateContentGenerator::refusesRequestsItCannotMeet_data()
{
    QTest::addColumn<ContentRequest>("request");

    ContentRequest noWeek = requestFor(QDate(2026, 3, 9));
    noWeek.weekStart = {};
    QTest::newRow("no week") << noWeek;

    ContentRequest noOffices = requestFor(QDate(2026, 3, 9));
    noOffices.offices.clear();
    QTest::newRow("no offices") << noOffices;

    ContentRequest inactiveAccounts = requestFor(QDate(2026, 3, 9));
    for (SocialAccount &account : inactiveAccounts.accounts) {
        account.active = false;
    }
    QTest::newRow("no active account") << inactiveAccounts;

    ContentRequest share = requestFor(QDate(2026, 3, 9));
    share.videoSharePercent = 120;
    QTest::newRow("video share over 100") << share;

    ContentRequest avoidAll = requestFor(QDate(2026, 3, 9));
    avoidAll.topicsToAvoid = {u"a"_s, u"e"_s, u"i"_s, u"o"_s, u"u"_s};
    QTest::newRow("every topic avoided") << avoidAll;
}

void TstTemplateContentGenerator::refusesRequestsItCannotMeet()
{
    QFETCH(ContentRequest, request);

    TemplateContentGenerator generator;
    const auto result = generator.generateWeek(request);
    QVERIFY(!result.ok());
    QCOMPARE(result.errorCode(), ErrorCode::InvalidArgument);
}

QTEST_GUILESS_MAIN(TstTemplateContentGenerator)
#include "tst_templatecontentgenerator.moc"
