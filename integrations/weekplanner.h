#pragma once

#include <QList>
#include <QString>
#include <QStringList>

#include "contentgenerator.h"
#include "domain/platform.h"

class QRandomGenerator;

namespace Bfs {

// What a week is called in headlines ({month}, {season}, {year}).
struct WeekFacts
{
    QDate weekStart;
    int isoWeek = 0;
    int isoYear = 0;
    int month = 1;
    int year = 0;

    QString monthName() const;
    // "winter", "spring", "summer" or "fall".
    QString seasonName() const;
};

// Whoever a post is for: one office, or one brand account.
struct PostOwner
{
    QString office;
    QString handle;
    Platform accountPlatform = Platform::Instagram;

    bool isOffice() const { return !office.isEmpty(); }
};

struct PlannedPost
{
    int owner = 0;
    PostKind kind = PostKind::Image;
    // Index into contentTopics().
    int topic = -1;
};

// Who gets how many posts of which kind on which topic, before any text is
// written. Offices come first in `owners`, in the request's order.
struct WeekPlan
{
    WeekFacts week;
    QList<PostOwner> owners;
    QList<PlannedPost> posts;
    // Indices into contentTopics() the week writes about.
    QList<int> topics;
    // Lower-cased topicsToAvoid.
    QStringList avoid;
};

// Plans a week for the request, drawing from `random` (seeded by the
// caller, so the same request gives the same plan):
// - every active office gets officePostCount / offices posts, the
//   remainder going to offices that rotate with the ISO week; brand
//   accounts share accountPostCount the same way;
// - videoSharePercent of all posts are video: YouTube Shorts accounts
//   first (Shorts takes nothing else), then at most one a week per office,
//   at offices picked at random;
// - topics: up to three in season, a window of four evergreen topics that
//   moves with the ISO week, and the office-life topics (events, people,
//   office posts only); no owner gets one topic twice while another fits.
// InvalidArgument when the request cannot be met.
Result<WeekPlan> planWeek(const ContentRequest &request, QRandomGenerator &random);

// True when the text mentions one of the (lower-case) terms to avoid.
bool mentionsAny(const QString &text, const QStringList &terms);

} // namespace Bfs
