#pragma once

#include <QTest>

#include "db/database.h"
#include "domain/post.h"
#include "repositories/postrepository.h"

namespace Bfs::Test {

// A post as the generator would write it: pending approval, for Erie,
// with captions for the platforms of its kind.
inline Post samplePost(PostKind kind,
                       const QString &title = QStringLiteral("Budget for the holidays"))
{
    Post post;
    post.weekStart = QDate(2026, 12, 7);
    post.kind = kind;
    post.title = title;
    post.topic = QStringLiteral("holiday budgeting");
    post.offices = {QStringLiteral("Erie")};
    if (kind == PostKind::Image) {
        post.captions = {
            {Platform::Facebook, QStringLiteral("Plan your holiday spending with Erie.")},
            {Platform::Instagram, QStringLiteral("Holiday budget tips from Erie ✨")},
            {Platform::Stories, QStringLiteral("Swipe up for Erie's holiday tips")}};
    } else {
        post.captions = {
            {Platform::TikTok, QStringLiteral("Three holiday money myths, busted in Erie")},
            {Platform::YouTubeShorts, QStringLiteral("Holiday money myths")}};
        post.videoConcept = QStringLiteral("An advisor busts three holiday money myths");
        post.videoScript = QStringLiteral("1. Wide shot of the office\n2. Myth one\n3. Myth two");
    }
    post.platforms = post.captions.keys();
    post.imageSizes = imageSizesFor(post.platforms);
    return post;
}

inline qint64 insertPost(const DatabasePtr &database, const Post &post)
{
    const auto id = PostRepository(database).insert(post);
    if (!id) {
        qWarning("inserting a test post failed: %s", qPrintable(id.errorDetail()));
        return 0;
    }
    return *id;
}

} // namespace Bfs::Test
