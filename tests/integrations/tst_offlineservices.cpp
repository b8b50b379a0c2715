#include <QJsonArray>
#include <QRegularExpression>
#include <QSet>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>

#include "localfilestore.h"
#include "localnotifier.h"
#include "notificationhub.h"
#include "services.h"
#include "testmodescheduler.h"

using namespace Qt::StringLiterals;
using namespace Bfs;

class TstOfflineServices : public QObject
{
    Q_OBJECT

private slots:
    void namesEveryNotificationKind();
    void deliversNotificationsFromWorkerThreadsToTheMainThread();
    void logsEveryNotification();
    void schedulesNothingInTestMode();
    void refusesToScheduleWithoutPlatforms();
    void createsTheOfflineServicesUnderTheDataDir();
};

void TstOfflineServices::namesEveryNotificationKind()
{
    const QList<NotificationKind> kinds = {
        NotificationKind::Reminder,
        NotificationKind::Escalation,
        NotificationKind::Designers,
        NotificationKind::DesignsReady,
        NotificationKind::ClipsReady,
        NotificationKind::Analytics,
        NotificationKind::HealthAlert,
        NotificationKind::RunFinished,
        NotificationKind::Info,
    };
    static const QRegularExpression kSnakeCase(u"^[a-z]+(_[a-z]+)*$"_s);
    QSet<QString> keys;
    for (const NotificationKind kind : kinds) {
        const QString key = notificationKindKey(kind);
        QVERIFY2(kSnakeCase.match(key).hasMatch(), qPrintable(key));
        keys.insert(key);
    }
    QCOMPARE(keys.size(), kinds.size());
    QCOMPARE(notificationKindKey(NotificationKind::DesignsReady), u"designs_ready"_s);
}

void TstOfflineServices::deliversNotificationsFromWorkerThreadsToTheMainThread()
{
    NotificationHub *hub = NotificationHub::instance();
    QCOMPARE(hub->thread(), QCoreApplication::instance()->thread());
    QList<NotificationMessage> received;
    QList<QThread *> receivingThreads;
    QObject receiver;
    connect(hub,
            &NotificationHub::notificationPosted,
            &receiver,
            [&](const NotificationMessage &message) {
                received.append(message);
                receivingThreads.append(QThread::currentThread());
            });

    std::atomic_bool sent{false};
    std::unique_ptr<QThread> worker(QThread::create([&sent] {
        LocalNotifier notifier;
        sent = notifier
                   .notify({NotificationKind::ClipsReady,
                            u"Clips ready"_s,
                            u"3 clips for post 12"_s,
                            u"bfs://post/12"_s})
                   .ok();
    }));
    worker->start();
    QVERIFY(worker->wait(10000));
    QVERIFY(sent);

    QTRY_COMPARE_WITH_TIMEOUT(received.size(), 1, 5000);
    QCOMPARE(received.constFirst().kind, NotificationKind::ClipsReady);
    QCOMPARE(received.constFirst().title, u"Clips ready"_s);
    QCOMPARE(received.constFirst().body, u"3 clips for post 12"_s);
    QCOMPARE(received.constFirst().link, u"bfs://post/12"_s);
    QCOMPARE(receivingThreads.constFirst(), QThread::currentThread());
}

void TstOfflineServices::logsEveryNotification()
{
    QTest::ignoreMessage(
        QtInfoMsg,
        QRegularExpression(
            u"^\\[escalation\\] Approvals waiting: 4 posts over 48 h .*bfs://page/stage1"_s));
    QSignalSpy posted(NotificationHub::instance(), &NotificationHub::notificationPosted);

    LocalNotifier notifier;
    QVERIFY(notifier
                .notify({NotificationKind::Escalation,
                         u"Approvals waiting"_s,
                         u"4 posts over 48 h"_s,
                         u"bfs://page/stage1"_s})
                .ok());
    QCOMPARE(posted.size(), 1);
}

void TstOfflineServices::schedulesNothingInTestMode()
{
    QTemporaryDir dir;
    ScheduleRequest request;
    request.post.id = 12;
    request.post.title = u"Erie: Budget basics"_s;
    request.post.status = PostStatus::Approved;
    const QDateTime morning(QDate(2026, 3, 10), QTime(13, 0), Qt::UTC);
    request.publishTimes = {{Platform::Facebook, morning},
                            {Platform::Twitter, morning.addSecs(3600)}};
    request.mediaPaths = {{ImageSize::Square, dir.filePath(u"missing.png"_s)}};

    TestModeScheduler scheduler;
    QVERIFY(scheduler.testMode());
    QTest::ignoreMessage(QtWarningMsg, QRegularExpression(u"media missing"_s));
    QTest::ignoreMessage(
        QtInfoMsg,
        QRegularExpression(
            u"post 12 .*facebook at 2026-03-10T13:00:00Z, twitter at 2026-03-10T14:00:00Z"_s));
    const auto outcome = scheduler.schedule(request);

    QVERIFY2(outcome.ok(), qPrintable(outcome.errorDetail()));
    QVERIFY(outcome->testMode);
    QVERIFY(outcome->externalId.isEmpty());
    const QJsonObject times = outcome->details.value(u"publishTimes"_s).toObject();
    QCOMPARE(times.value(u"facebook"_s).toString(), u"2026-03-10T13:00:00Z"_s);
    QCOMPARE(outcome->details.value(u"missingMedia"_s).toArray().size(), 1);
    QCOMPARE(request.post.status, PostStatus::Approved);
}

void TstOfflineServices::refusesToScheduleWithoutPlatforms()
{
    TestModeScheduler scheduler;
    QCOMPARE(scheduler.schedule({}).errorCode(), ErrorCode::InvalidArgument);
}

void TstOfflineServices::createsTheOfflineServicesUnderTheDataDir()
{
    QTemporaryDir dir;
    const Services services = createServices({dir.path(), nullptr});

    QVERIFY(services.content && services.images && services.files && services.notifier
            && services.scheduler);
    QVERIFY(services.scheduler->testMode());
    const auto *files = dynamic_cast<LocalFileStore *>(services.files.get());
    QVERIFY(files != nullptr);
    QCOMPARE(files->rootDir(), QDir(dir.path()).filePath(u"sharepoint"_s));

    const auto folder = services.files->ensureFolder(u"Video Content"_s);
    QVERIFY(folder.ok());
    QVERIFY(QFileInfo(dir.filePath(u"sharepoint/Video Content"_s)).isDir());
}

QTEST_GUILESS_MAIN(TstOfflineServices)
#include "tst_offlineservices.moc"
