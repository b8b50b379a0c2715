#include <QtTest>

#include "fakegraph.h"
#include "graphfilestore.h"
#include "logcapture.h"

using namespace Bfs;
using namespace Bfs::Fakes;

class TstGraphFileStore final : public QObject
{
    Q_OBJECT

private slots:
    void init();

    void createsNestedFoldersAndAcceptsOnesThatExist();
    void listsEveryPageOfAFolder();
    void reportsAMissingFolderAsNotFound();
    void uploadsASmallFileInOnePut();
    void uploadsALargeFileInOrdered320KiBChunksWithoutTheToken();
    void resumesFromTheGapGraphReports();
    void restartsAnExpiredUploadSession();
    void renewsAnExpiredTokenOnceAndReplays();
    void renewsATokenAboutToExpire();
    void downloadsThroughTheRedirectWithoutTheToken();
    void sanitisesNamesLikeTheOfflineStore();
    void keepsTheSecretAndTokensOutOfLogs();

private:
    GraphConfig config() const;
    QString localFile(const QByteArray &data);

    std::unique_ptr<FakeGraph> m_fake;
    std::unique_ptr<GraphFileStore> m_store;
    QTemporaryDir m_dir;
};

GraphConfig TstGraphFileStore::config() const
{
    GraphConfig config;
    config.loginUrl = m_fake->loginUrl();
    config.baseUrl = m_fake->graphUrl();
    config.tenantId = QString::fromLatin1(FakeGraph::kTenant);
    config.clientId = QString::fromLatin1(FakeGraph::kClientId);
    config.clientSecret = QString::fromLatin1(FakeGraph::kSecret);
    config.siteUrl = m_fake->siteUrl();
    config.smallUploadLimit = 512 * 1024;
    config.chunkSize = 320 * 1024;
    return config;
}

void TstGraphFileStore::init()
{
    m_fake = std::make_unique<FakeGraph>();
    QVERIFY(m_fake->startBoth());
    m_store = std::make_unique<GraphFileStore>(config());
    m_store->http().setSleeper([](int) {});
}

QString TstGraphFileStore::localFile(const QByteArray &data)
{
    static int counter = 0;
    const QString path = m_dir.filePath(QStringLiteral("local-%1.bin").arg(++counter));
    QFile file(path);
    file.open(QIODevice::WriteOnly);
    file.write(data);
    return path;
}

void TstGraphFileStore::createsNestedFoldersAndAcceptsOnesThatExist()
{
    QVERIFY(m_store->ensureFolder(QStringLiteral("Video Content")).ok());

    const auto folder = m_store->ensureFolder(QStringLiteral("Video Content/Post-12 budget"));

    QVERIFY2(folder.ok(), qPrintable(folder.errorDetail()));
    QVERIFY(folder->folder);
    QCOMPARE(folder->name, QStringLiteral("Post-12 budget"));
    QVERIFY(m_fake->hasFolder(QStringLiteral("Video Content/Post-12 budget")));
    const auto creates = m_fake->requests("POST", QStringLiteral(".*/children"));
    QCOMPARE(creates.last().json()[QStringLiteral("@microsoft.graph.conflictBehavior")].toString(),
             QStringLiteral("fail"));
}

void TstGraphFileStore::listsEveryPageOfAFolder()
{
    QVERIFY(m_store->ensureFolder(QStringLiteral("Clips")).ok());
    for (int i = 0; i < 7; ++i) {
        m_fake->addFile(QStringLiteral("Clips/clip-%1.mp4").arg(i), "x");
    }
    m_fake->setPageSize(3);

    const auto items = m_store->list(QStringLiteral("Clips"));

    QVERIFY2(items.ok(), qPrintable(items.errorDetail()));
    QCOMPARE(items->size(), 7);
    QCOMPARE(items->last().path, QStringLiteral("Clips/clip-6.mp4"));
    QCOMPARE(m_fake->count("GET", QStringLiteral(".*children")), 3);
}

void TstGraphFileStore::reportsAMissingFolderAsNotFound()
{
    QCOMPARE(m_store->list(QStringLiteral("Nowhere")).errorCode(), ErrorCode::NotFound);
}

void TstGraphFileStore::uploadsASmallFileInOnePut()
{
    QVERIFY(m_store->ensureFolder(QStringLiteral("Images")).ok());

    const auto item = m_store->upload(localFile("small"), QStringLiteral("Images/a.png"));

    QVERIFY2(item.ok(), qPrintable(item.errorDetail()));
    QCOMPARE(m_fake->file(QStringLiteral("Images/a.png")), QByteArray("small"));
}

void TstGraphFileStore::uploadsALargeFileInOrdered320KiBChunksWithoutTheToken()
{
    QVERIFY(m_store->ensureFolder(QStringLiteral("Clips")).ok());
    QByteArray data(1000 * 1024, 'v');
    data[5] = 'a';

    const auto item = m_store->upload(localFile(data), QStringLiteral("Clips/big.mp4"));

    QVERIFY2(item.ok(), qPrintable(item.errorDetail()));
    QCOMPARE(m_fake->file(QStringLiteral("Clips/big.mp4")), data);
    const auto chunks = m_fake->requests("PUT", QStringLiteral("/upload/.*"));
    QCOMPARE(chunks.size(), 4);
    QCOMPARE(chunks.at(1).header("Content-Range"), QByteArray("bytes 327680-655359/1024000"));
    QCOMPARE(chunks.at(3).header("Content-Range"), QByteArray("bytes 983040-1023999/1024000"));
    for (const CapturedRequest &chunk : chunks) {
        QVERIFY(!chunk.hasHeader("Authorization"));
    }
}

void TstGraphFileStore::resumesFromTheGapGraphReports()
{
    QVERIFY(m_store->ensureFolder(QStringLiteral("Clips")).ok());
    const QByteArray data(1000 * 1024, 'g');
    m_fake->dropNextChunk();

    const auto item = m_store->upload(localFile(data), QStringLiteral("Clips/gap.mp4"));

    QVERIFY2(item.ok(), qPrintable(item.errorDetail()));
    QCOMPARE(m_fake->file(QStringLiteral("Clips/gap.mp4")), data);
    QCOMPARE(m_fake->count("GET", QStringLiteral("/upload/.*")), 1);
}

void TstGraphFileStore::restartsAnExpiredUploadSession()
{
    QVERIFY(m_store->ensureFolder(QStringLiteral("Clips")).ok());
    const QByteArray data(1000 * 1024, 'e');
    m_fake->expireSessionsAfter(2);

    const auto item = m_store->upload(localFile(data), QStringLiteral("Clips/expired.mp4"));

    QVERIFY2(item.ok(), qPrintable(item.errorDetail()));
    QCOMPARE(m_fake->file(QStringLiteral("Clips/expired.mp4")), data);
    QCOMPARE(m_fake->count("POST", QStringLiteral(".*createUploadSession")), 2);
}

void TstGraphFileStore::renewsAnExpiredTokenOnceAndReplays()
{
    QVERIFY(m_store->ensureFolder(QStringLiteral("A")).ok());
    m_fake->expireTokens();

    const auto folder = m_store->ensureFolder(QStringLiteral("B"));

    QVERIFY2(folder.ok(), qPrintable(folder.errorDetail()));
    QCOMPARE(m_fake->tokensIssued(), 2);
}

void TstGraphFileStore::renewsATokenAboutToExpire()
{
    m_fake->setTokenLifetime(5);

    QVERIFY(m_store->ensureFolder(QStringLiteral("A")).ok());
    QVERIFY(m_store->ensureFolder(QStringLiteral("B")).ok());

    QVERIFY(m_fake->tokensIssued() >= 3);
}

void TstGraphFileStore::downloadsThroughTheRedirectWithoutTheToken()
{
    QVERIFY(m_store->ensureFolder(QStringLiteral("Clips")).ok());
    m_fake->addFile(QStringLiteral("Clips/in.mp4"), "video bytes");
    const auto items = m_store->list(QStringLiteral("Clips"));
    QVERIFY(items.ok() && items->size() == 1);
    const QString target = m_dir.filePath(QStringLiteral("down/in.mp4"));

    const VoidResult done = m_store->download(items->first(), target);

    QVERIFY2(done.ok(), qPrintable(done.errorDetail()));
    QFile file(target);
    QVERIFY(file.open(QIODevice::ReadOnly));
    QCOMPARE(file.readAll(), QByteArray("video bytes"));
    QCOMPARE(m_fake->downloadHost().requests().size(), 1);
}

void TstGraphFileStore::sanitisesNamesLikeTheOfflineStore()
{
    const auto folder = m_store->ensureFolder(QStringLiteral("Post 3: Budget? "));

    QVERIFY2(folder.ok(), qPrintable(folder.errorDetail()));
    QCOMPARE(folder->name, sanitizeRemoteName(QStringLiteral("Post 3: Budget? ")));
}

void TstGraphFileStore::keepsTheSecretAndTokensOutOfLogs()
{
    LogCapture logs;
    QVERIFY(m_store->ensureFolder(QStringLiteral("Clips")).ok());
    QVERIFY(m_store->upload(localFile(QByteArray(700 * 1024, 'z')), QStringLiteral("Clips/z.mp4"))
                .ok());

    QVERIFY(!logs.lines().isEmpty());
    QVERIFY(logs.lineContaining(QLatin1String(FakeGraph::kSecret)).isEmpty());
    QVERIFY(logs.lineContaining(QStringLiteral("graph-token-")).isEmpty());
    QVERIFY(logs.lineContaining(QStringLiteral("upload-secret-xyz")).isEmpty());
}

QTEST_GUILESS_MAIN(TstGraphFileStore)
#include "tst_graphfilestore.moc"
