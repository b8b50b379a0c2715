#include <QtTest>

#include "fakeopenaiimages.h"
#include "gptimagegenerator.h"
#include "logcapture.h"

using namespace Bfs;
using namespace Bfs::Fakes;

class TstGptImageGenerator final : public QObject
{
    Q_OBJECT

private slots:
    void init();

    void writesTheImageAtTheWorkflowSize_data();
    void writesTheImageAtTheWorkflowSize();
    void extendsThePortraitBackgroundOntoTheStoryCanvas();
    void costsFromUsageOrThePriceSetting_data();
    void costsFromUsageOrThePriceSetting();
    void reportsAModerationRefusalWithItsReasonWithoutRetrying();
    void retriesARateLimitButNotAnEmptyQuota();
    void keepsTheKeyOutOfLogsAndErrors();

private:
    ImageRequest request(ImageSize size) const;

    std::unique_ptr<FakeOpenAiImages> m_fake;
    std::unique_ptr<GptImageGenerator> m_generator;
    QTemporaryDir m_dir;
    QList<int> m_waited;
};

void TstGptImageGenerator::init()
{
    m_fake = std::make_unique<FakeOpenAiImages>();
    QVERIFY(m_fake->start());
    GptImageConfig config;
    config.baseUrl = m_fake->apiUrl();
    config.apiKey = QString::fromLatin1(FakeOpenAiImages::kKey);
    m_generator = std::make_unique<GptImageGenerator>(config);
    m_waited.clear();
    m_generator->http().setSleeper([this](int ms) { m_waited.append(ms); });
}

ImageRequest TstGptImageGenerator::request(ImageSize size) const
{
    ImageRequest request;
    request.post.id = 12;
    request.post.title = QStringLiteral("Budget tips");
    request.post.topic = QStringLiteral("saving money");
    request.size = size;
    request.outputPath = m_dir.filePath(QStringLiteral("12-%1.png").arg(imageSizeKey(size)));
    return request;
}

void TstGptImageGenerator::writesTheImageAtTheWorkflowSize_data()
{
    QTest::addColumn<ImageSize>("size");
    QTest::addColumn<QString>("requested");
    QTest::addColumn<QSize>("written");

    QTest::newRow("square") << ImageSize::Square << QStringLiteral("1024x1024")
                            << QSize(1024, 1024);
    QTest::newRow("portrait") << ImageSize::Portrait << QStringLiteral("1024x1536")
                              << QSize(1024, 1792);
}

void TstGptImageGenerator::writesTheImageAtTheWorkflowSize()
{
    QFETCH(ImageSize, size);
    QFETCH(QString, requested);
    QFETCH(QSize, written);

    const auto image = m_generator->generate(request(size));

    QVERIFY2(image.ok(), qPrintable(image.errorDetail()));
    QCOMPARE(QImage(image->path).size(), written);
    QCOMPARE(QSize(image->width, image->height), written);
    const CapturedRequest sent = m_fake->requests().first();
    QCOMPARE(sent.json()[QStringLiteral("size")].toString(), requested);
    QCOMPARE(sent.json()[QStringLiteral("model")].toString(), QStringLiteral("gpt-image-1"));
    QVERIFY(!sent.json().object().contains(QStringLiteral("response_format")));
    QCOMPARE(sent.header("Authorization"), QByteArray("Bearer ") + FakeOpenAiImages::kKey);
}

void TstGptImageGenerator::extendsThePortraitBackgroundOntoTheStoryCanvas()
{
    QImage source(1024, 1536, QImage::Format_RGB32);
    source.fill(Qt::white);
    for (int x = 0; x < 1024; ++x) {
        source.setPixelColor(x, 0, Qt::red);
        source.setPixelColor(x, 1535, Qt::blue);
    }

    const QImage canvas = GptImageGenerator::fitToCanvas(source, ImageSize::Portrait);

    QCOMPARE(canvas.size(), QSize(1024, 1792));
    QCOMPARE(canvas.pixelColor(500, 10), QColor(Qt::red));
    QCOMPARE(canvas.pixelColor(500, 1780), QColor(Qt::blue));
    QCOMPARE(canvas.pixelColor(500, 896), QColor(Qt::white));
}

void TstGptImageGenerator::costsFromUsageOrThePriceSetting_data()
{
    QTest::addColumn<bool>("usage");
    QTest::addColumn<double>("cents");
    // 100 input tokens at $5/M plus 1056 output tokens at $40/M.
    QTest::newRow("from usage") << true << 4.274;
    QTest::newRow("from price") << false << 4.0;
}

void TstGptImageGenerator::costsFromUsageOrThePriceSetting()
{
    QFETCH(bool, usage);
    QFETCH(double, cents);
    m_fake->setReportsUsage(usage);

    const auto image = m_generator->generate(request(ImageSize::Square));

    QVERIFY(image.ok());
    QVERIFY(qAbs(image->costCents - cents) < 0.001);
}

void TstGptImageGenerator::reportsAModerationRefusalWithItsReasonWithoutRetrying()
{
    ImageRequest blocked = request(ImageSize::Square);
    blocked.post.title = QStringLiteral("BLOCKED");
    blocked.outputPath = m_dir.filePath(QStringLiteral("blocked.png"));

    const auto image = m_generator->generate(blocked);

    QCOMPARE(image.errorCode(), ErrorCode::Service);
    QVERIFY(image.errorDetail().startsWith(QStringLiteral("moderation: ")));
    QVERIFY(image.errorDetail().contains(QStringLiteral("violence")));
    QCOMPARE(m_fake->requests().size(), 1);
    QVERIFY(!QFile::exists(blocked.outputPath));
}

void TstGptImageGenerator::retriesARateLimitButNotAnEmptyQuota()
{
    const QByteArray quota =
        R"({"error":{"code":"insufficient_quota","type":"insufficient_quota"}})";
    m_fake->script("POST",
                   QStringLiteral("/v1/images/generations"),
                   {FakeResponse::text(429,
                                       R"({"error":{"code":"rate_limit_exceeded"}})",
                                       "application/json",
                                       {{"retry-after", "7"}}),
                    FakeResponse::text(429, quota, "application/json")});

    const auto image = m_generator->generate(request(ImageSize::Square));

    QCOMPARE(image.errorCode(), ErrorCode::Service);
    QVERIFY(image.errorDetail().contains(QStringLiteral("insufficient_quota")));
    QCOMPARE(m_waited, QList<int>{7000});
    QCOMPARE(m_fake->requests().size(), 2);
}

void TstGptImageGenerator::keepsTheKeyOutOfLogsAndErrors()
{
    GptImageConfig config;
    config.baseUrl = m_fake->apiUrl();
    config.apiKey = QStringLiteral("sk-wrong-key-11223344");
    GptImageGenerator generator(config);
    m_fake->route("POST", QStringLiteral("/v1/images/generations"), [](const CapturedRequest &r) {
        return FakeResponse::text(401, "Incorrect API key provided: " + r.header("Authorization"));
    });
    LogCapture logs;

    const auto image = generator.generate(request(ImageSize::Square));

    QCOMPARE(image.errorCode(), ErrorCode::Service);
    QVERIFY(!image.errorDetail().contains(config.apiKey));
    QVERIFY(logs.lineContaining(config.apiKey).isEmpty());
}

QTEST_GUILESS_MAIN(TstGptImageGenerator)
#include "tst_gptimagegenerator.moc"
