#include <QTest>
#include <QtConcurrent>

#include "repositories/postrepository.h"
#include "repositories/statushistoryrepository.h"
#include "testdatabase.h"
#include "testposts.h"
#include "workflow/postworkflow.h"

using namespace Bfs;

namespace {

const QString kReviewer = QStringLiteral("Riley");

// Performs one named workflow action on the post's current version.
Result<Post> perform(PostWorkflow &workflow, const Post &post, const QString &action)
{
    const QMap<ImageSize, QString> images = {
        {ImageSize::Square, QStringLiteral("images/1_square.png")},
        {ImageSize::Portrait, QStringLiteral("images/1_portrait.png")}};
    if (action == QLatin1String("approve1")) {
        return workflow.approveStage1(post.id, post.version, {}, kReviewer);
    }
    if (action == QLatin1String("reject")) {
        return workflow.reject(post.id,
                               post.version,
                               QStringLiteral("off_brand"),
                               QStringLiteral("too salesy"),
                               kReviewer);
    }
    if (action == QLatin1String("design")) {
        return workflow.completeDesign(
            post.id, post.version, images, QStringLiteral("orchestrator"));
    }
    if (action == QLatin1String("approve2")) {
        return workflow.approveStage2(post.id, post.version, kReviewer);
    }
    if (action == QLatin1String("newimages")) {
        return workflow.requestNewImages(
            post.id, post.version, QStringLiteral("warmer colours"), kReviewer);
    }
    if (action == QLatin1String("publish")) {
        return workflow.markPublished(post.id, post.version, {}, QStringLiteral("orchestrator"));
    }
    if (action == QLatin1String("clips")) {
        return workflow.markClipsFound(post.id, post.version, QStringLiteral("orchestrator"));
    }
    return workflow.moveToLibrary(post.id, post.version, kReviewer);
}

struct Reachable
{
    PostKind kind;
    const char *status;
    QStringList path;
    QStringList allowed;
};

// How to reach each status, and which actions SPEC.md's workflow allows
// from it; every other action must be refused.
const QList<Reachable> kReachable = {
    {PostKind::Image,
     "pending_approval",
     {},
     {QStringLiteral("approve1"), QStringLiteral("reject")}},
    {PostKind::Image, "pending_design", {QStringLiteral("approve1")}, {QStringLiteral("design")}},
    {PostKind::Image,
     "design_complete",
     {QStringLiteral("approve1"), QStringLiteral("design")},
     {QStringLiteral("approve2"), QStringLiteral("reject"), QStringLiteral("newimages")}},
    {PostKind::Image,
     "approved",
     {QStringLiteral("approve1"), QStringLiteral("design"), QStringLiteral("approve2")},
     {QStringLiteral("publish")}},
    {PostKind::Image,
     "published",
     {QStringLiteral("approve1"),
      QStringLiteral("design"),
      QStringLiteral("approve2"),
      QStringLiteral("publish")},
     {}},
    {PostKind::Image, "rejected", {QStringLiteral("reject")}, {}},
    {PostKind::Video,
     "pending_approval",
     {},
     {QStringLiteral("approve1"), QStringLiteral("reject")}},
    {PostKind::Video,
     "pending_video_upload",
     {QStringLiteral("approve1")},
     {QStringLiteral("clips")}},
    {PostKind::Video,
     "video_review",
     {QStringLiteral("approve1"), QStringLiteral("clips")},
     {QStringLiteral("library")}},
    {PostKind::Video,
     "video_library",
     {QStringLiteral("approve1"), QStringLiteral("clips"), QStringLiteral("library")},
     {}},
    {PostKind::Video, "rejected", {QStringLiteral("reject")}, {}},
};

const QStringList kActions = {QStringLiteral("approve1"),
                              QStringLiteral("reject"),
                              QStringLiteral("design"),
                              QStringLiteral("approve2"),
                              QStringLiteral("newimages"),
                              QStringLiteral("publish"),
                              QStringLiteral("clips"),
                              QStringLiteral("library")};

} // namespace

class TstPostWorkflow final : public QObject
{
    Q_OBJECT

private slots:

    void initTestCase_data() { Test::addEngineRows(); }

    void cleanupTestCase() { Test::releaseSharedDatabases(); }

    void allowsOnlyTheWorkflowsTransitions_data();
    void allowsOnlyTheWorkflowsTransitions();
    void stage1ApprovalRecordsChoicesAndHistory();
    void staleApprovalIsRefusedWithWhoAndWhen();
    void concurrentApprovalsLetExactlyOneWin();
    void rejectionNeedsAKnownReasonCode();
    void approvalIsRefusedWhileACaptionIsOverItsLimit();
    void newImagesNeedAComment();
    void undoTakesBackTheLastDecisionOnly();
};

void TstPostWorkflow::allowsOnlyTheWorkflowsTransitions_data()
{
    QTest::addColumn<int>("kind");
    QTest::addColumn<QStringList>("path");
    QTest::addColumn<QString>("action");
    QTest::addColumn<bool>("allowed");

    for (const Reachable &start : kReachable) {
        for (const QString &action : kActions) {
            const QString name =
                QStringLiteral("%1 %2 + %3")
                    .arg(postKindKey(start.kind), QLatin1String(start.status), action);
            QTest::newRow(qPrintable(name))
                << int(start.kind) << start.path << action << start.allowed.contains(action);
        }
    }
}

void TstPostWorkflow::allowsOnlyTheWorkflowsTransitions()
{
    QFETCH(int, kind);
    QFETCH(QStringList, path);
    QFETCH(QString, action);
    QFETCH(bool, allowed);
    Test::TestDatabase &db = Test::sharedDatabase(Test::currentEngine());
    QVERIFY2(db.isValid(), qPrintable(db.errorText()));
    PostRepository posts(db.database());
    PostWorkflow workflow(db.database());
    const qint64 id = Test::insertPost(db.database(), Test::samplePost(PostKind(kind)));
    for (const QString &step : path) {
        const auto reached = perform(workflow, *posts.find(id), step);
        QVERIFY2(reached, qPrintable(reached.errorDetail()));
    }
    const Post before = *posts.find(id);
    const int historyBefore = int(StatusHistoryRepository(db.database()).forPost(id)->size());

    const auto result = perform(workflow, before, action);

    const int historyAfter = int(StatusHistoryRepository(db.database()).forPost(id)->size());
    if (allowed) {
        QVERIFY2(result, qPrintable(result.errorDetail()));
        QCOMPARE(result->version, before.version + 1);
        QCOMPARE(historyAfter, historyBefore + 1);
    } else {
        QVERIFY(!result);
        QCOMPARE(result.errorCode(), ErrorCode::TransitionNotAllowed);
        QCOMPARE(posts.find(id)->status, before.status);
        QCOMPARE(historyAfter, historyBefore);
    }
}

void TstPostWorkflow::stage1ApprovalRecordsChoicesAndHistory()
{
    BFS_OPEN_TEST_DATABASE(db);
    const qint64 id = Test::insertPost(db.database(), Test::samplePost(PostKind::Image));

    const auto approved = PostWorkflow(db.database())
                              .approveStage1(id,
                                             1,
                                             {{Platform::Instagram, Platform::Stories},
                                              {},
                                              DesignMode::BackgroundOnly},
                                             kReviewer);

    QVERIFY2(approved, qPrintable(approved.errorDetail()));
    QCOMPARE(approved->status, PostStatus::PendingDesign);
    QCOMPARE(approved->platforms, (QList<Platform>{Platform::Instagram, Platform::Stories}));
    QCOMPARE(approved->imageSizes, (QList<ImageSize>{ImageSize::Square, ImageSize::Portrait}));
    QCOMPARE(approved->designMode, DesignMode::BackgroundOnly);
    QCOMPARE(approved->updatedBy, kReviewer);
    const auto history = StatusHistoryRepository(db.database()).forPost(id);
    QCOMPARE(history->size(), 1);
    QCOMPARE(history->first().fromStatus, QStringLiteral("pending_approval"));
    QCOMPARE(history->first().toStatus, QStringLiteral("pending_design"));
    QCOMPARE(history->first().stage, QStringLiteral("stage1"));
    QCOMPARE(history->first().changedBy, kReviewer);
}

void TstPostWorkflow::staleApprovalIsRefusedWithWhoAndWhen()
{
    BFS_OPEN_TEST_DATABASE(db);
    const qint64 id = Test::insertPost(db.database(), Test::samplePost(PostKind::Image));
    PostWorkflow mine(db.database());
    PostWorkflow theirs(db.openAnother());
    const Post myCopy = *PostRepository(db.database()).find(id);

    QVERIFY(theirs.reject(id, myCopy.version, QStringLiteral("tone"), {}, QStringLiteral("Dana")));
    const auto stale = mine.approveStage1(id, myCopy.version, {}, kReviewer);

    QVERIFY(!stale);
    QCOMPARE(stale.errorCode(), ErrorCode::StaleVersion);
    QVERIFY2(stale.errorDetail().contains(QLatin1String("changed by Dana at")),
             qPrintable(stale.errorDetail()));
    QCOMPARE(PostRepository(db.database()).find(id)->status, PostStatus::Rejected);
    QCOMPARE(StatusHistoryRepository(db.database()).forPost(id)->size(), 1);
}

void TstPostWorkflow::concurrentApprovalsLetExactlyOneWin()
{
    BFS_OPEN_TEST_DATABASE(db);
    const qint64 id = Test::insertPost(db.database(), Test::samplePost(PostKind::Image));
    const DatabasePtr first = db.openAnother();
    const DatabasePtr second = db.openAnother();

    auto approveOn = [id](const DatabasePtr &database, const QString &who) {
        return PostWorkflow(database).approveStage1(id, 1, {}, who).ok();
    };
    QFuture<bool> a = QtConcurrent::run(approveOn, first, QStringLiteral("Ana"));
    QFuture<bool> b = QtConcurrent::run(approveOn, second, QStringLiteral("Ben"));

    QCOMPARE(int(a.result()) + int(b.result()), 1);
    QCOMPARE(StatusHistoryRepository(db.database()).forPost(id)->size(), 1);
    QCOMPARE(PostRepository(db.database()).find(id)->version, 2);
}

void TstPostWorkflow::rejectionNeedsAKnownReasonCode()
{
    BFS_OPEN_TEST_DATABASE(db);
    const qint64 id = Test::insertPost(db.database(), Test::samplePost(PostKind::Image));
    PostWorkflow workflow(db.database());

    const auto unknown = workflow.reject(id, 1, QStringLiteral("ugly"), {}, kReviewer);
    const auto known = workflow.reject(
        id, 1, QStringLiteral("factual_error"), QStringLiteral("rate is 4.1%"), kReviewer);

    QCOMPARE(unknown.errorCode(), ErrorCode::InvalidArgument);
    QVERIFY(unknown.errorDetail().contains(QLatin1String("off_brand")));
    QVERIFY(known);
    const StatusChange change = StatusHistoryRepository(db.database()).forPost(id)->first();
    QCOMPARE(change.reasonCode, QStringLiteral("factual_error"));
    QCOMPARE(change.comment, QStringLiteral("rate is 4.1%"));
}

void TstPostWorkflow::approvalIsRefusedWhileACaptionIsOverItsLimit()
{
    BFS_OPEN_TEST_DATABASE(db);
    Post post = Test::samplePost(PostKind::Image);
    post.captions[Platform::Twitter] = QString(281, QLatin1Char('x'));
    const qint64 id = Test::insertPost(db.database(), post);

    const auto refused =
        PostWorkflow(db.database()).approveStage1(id, 1, {{Platform::Twitter}, {}, {}}, kReviewer);

    QVERIFY(!refused);
    QCOMPARE(refused.errorCode(), ErrorCode::InvalidArgument);
    QVERIFY2(refused.errorDetail().contains(QLatin1String("281")),
             qPrintable(refused.errorDetail()));
    QCOMPARE(PostRepository(db.database()).find(id)->status, PostStatus::PendingApproval);
}

void TstPostWorkflow::newImagesNeedAComment()
{
    BFS_OPEN_TEST_DATABASE(db);
    PostWorkflow workflow(db.database());
    PostRepository posts(db.database());
    const qint64 id = Test::insertPost(db.database(), Test::samplePost(PostKind::Image));
    QVERIFY(perform(workflow, *posts.find(id), QStringLiteral("approve1")));
    QVERIFY(perform(workflow, *posts.find(id), QStringLiteral("design")));

    const auto withoutComment = workflow.requestNewImages(
        id, posts.find(id)->version, QStringLiteral("  "), kReviewer);
    const auto withComment = perform(workflow, *posts.find(id), QStringLiteral("newimages"));

    QCOMPARE(withoutComment.errorCode(), ErrorCode::InvalidArgument);
    QVERIFY(withComment);
    QCOMPARE(withComment->status, PostStatus::PendingDesign);
    QCOMPARE(StatusHistoryRepository(db.database()).forPost(id)->last().comment,
             QStringLiteral("warmer colours"));
}

void TstPostWorkflow::undoTakesBackTheLastDecisionOnly()
{
    BFS_OPEN_TEST_DATABASE(db);
    PostWorkflow workflow(db.database());
    PostRepository posts(db.database());
    const qint64 id = Test::insertPost(db.database(), Test::samplePost(PostKind::Image));
    QVERIFY(perform(workflow, *posts.find(id), QStringLiteral("reject")));

    const auto undone = workflow.undoDecision(id, posts.find(id)->version, kReviewer);
    QVERIFY2(undone, qPrintable(undone.errorDetail()));
    QCOMPARE(undone->status, PostStatus::PendingApproval);

    QVERIFY(perform(workflow, *posts.find(id), QStringLiteral("approve1")));
    QVERIFY(perform(workflow, *posts.find(id), QStringLiteral("design")));
    const auto tooLate = workflow.undoDecision(id, posts.find(id)->version, kReviewer);
    QCOMPARE(tooLate.errorCode(), ErrorCode::TransitionNotAllowed);
    QCOMPARE(posts.find(id)->status, PostStatus::DesignComplete);
}

QTEST_GUILESS_MAIN(TstPostWorkflow)
#include "tst_postworkflow.moc"
