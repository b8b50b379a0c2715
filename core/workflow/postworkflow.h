#pragma once

#include <QJsonObject>
#include <QList>
#include <QMap>
#include <QStringList>

#include "db/database.h"
#include "domain/post.h"
#include "result.h"

namespace Bfs {

// What a reviewer picks when approving a post at Stage 1. Empty platforms
// mean "the platforms the post was written for"; empty sizes mean "the
// sizes those platforms need".
struct Stage1Choices
{
    QList<Platform> platforms;
    QList<ImageSize> imageSizes;
    DesignMode designMode = DesignMode::Full;
};

// Owns every status change of a post (SPEC.md's workflow). Each change is
// one transaction that checks the reviewer's copy is current (else
// "changed by NAME at TIME" and nothing is written), checks the transition
// is allowed for the post's kind, updates the post and appends its
// status_history row. Use one instance per thread.
class PostWorkflow final
{
public:
    explicit PostWorkflow(DatabasePtr database);

    [[nodiscard]] Result<Post> approveStage1(qint64 id,
                                             int expectedVersion,
                                             const Stage1Choices &choices,
                                             const QString &actor);
    // Rejects at Stage 1 or Stage 2, whichever the post is in.
    [[nodiscard]] Result<Post> reject(qint64 id,
                                      int expectedVersion,
                                      const QString &reasonCode,
                                      const QString &comment,
                                      const QString &actor);
    [[nodiscard]] Result<Post> requestNewImages(qint64 id,
                                                int expectedVersion,
                                                const QString &comment,
                                                const QString &actor);
    [[nodiscard]] Result<Post> completeDesign(qint64 id,
                                              int expectedVersion,
                                              const QMap<ImageSize, QString> &images,
                                              const QString &actor);
    [[nodiscard]] Result<Post> approveStage2(qint64 id, int expectedVersion, const QString &actor);
    [[nodiscard]] Result<Post> markPublished(qint64 id,
                                             int expectedVersion,
                                             const QJsonObject &externalIds,
                                             const QString &actor);
    [[nodiscard]] Result<Post> markClipsFound(qint64 id, int expectedVersion, const QString &actor);
    [[nodiscard]] Result<Post> moveToLibrary(qint64 id, int expectedVersion, const QString &actor);

    // Takes back the last review decision (Stage 1 approve or reject,
    // Stage 2 approve) while nothing has happened to the post since.
    [[nodiscard]] Result<Post> undoDecision(qint64 id, int expectedVersion, const QString &actor);

    // Codes a rejection may give (team setting workflow.rejection_reasons).
    QStringList rejectionReasons() const;

    static bool isAllowed(PostKind kind, PostStatus from, PostStatus to);

private:
    struct Change;

    [[nodiscard]] Result<Post> apply(const Change &change);
    [[nodiscard]] VoidResult checkCaptions(const Post &post,
                                           const QList<Platform> &platforms) const;

    DatabasePtr m_database;
};

} // namespace Bfs
