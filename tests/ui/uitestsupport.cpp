#include "uitestsupport.h"

#include <QDate>
#include <QDir>

#include "repositories/postrepository.h"

namespace Bfs::Test {

void isolateDesktopSettings()
{
    static QTemporaryDir configDir;
    qputenv("XDG_CONFIG_HOME", QFile::encodeName(configDir.path()));
    qputenv("USER", "tester");
}

Post sampleImagePost(const QString &title, const QString &office)
{
    Post post;
    post.weekStart = QDate::currentDate().addDays(1 - QDate::currentDate().dayOfWeek());
    post.kind = PostKind::Image;
    post.title = title;
    post.topic = QStringLiteral("Spring open house");
    post.platforms = {Platform::Facebook, Platform::Instagram, Platform::Twitter};
    for (const Platform platform : post.platforms) {
        post.captions.insert(platform,
                             QStringLiteral("%1 on %2").arg(title, platformDisplayName(platform)));
    }
    post.status = PostStatus::PendingApproval;
    post.offices = {office};
    // Empty, not null: the repository binds null strings as NULL.
    post.videoConcept = post.videoScript = post.videoFolder = post.updatedBy = QStringLiteral("");
    return post;
}

QList<qint64> insertPosts(const DatabasePtr &database, const QList<Post> &posts)
{
    PostRepository repository(database);
    QList<qint64> ids;
    for (const Post &post : posts) {
        const auto id = repository.insert(post);
        if (!id) {
            qWarning("inserting a post failed: %s", qPrintable(id.errorDetail()));
            return {};
        }
        ids.append(*id);
    }
    return ids;
}

} // namespace Bfs::Test
