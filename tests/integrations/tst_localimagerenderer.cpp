#include <QDir>
#include <QFile>
#include <QImage>
#include <QTemporaryDir>
#include <QTest>

#include "localimagerenderer.h"

using namespace Qt::StringLiterals;
using namespace Bfs;

namespace {

Post samplePost(const QString &title, const QString &office, DesignMode mode = DesignMode::Full)
{
    Post post;
    post.id = 12;
    post.title = office + u": "_s + title;
    post.topic = u"Budgeting"_s;
    post.offices = {office};
    post.designMode = mode;
    return post;
}

// How many pixels differ between two images of one size inside a rectangle.
int differingPixels(const QImage &a, const QImage &b, const QRect &area)
{
    int count = 0;
    for (int y = area.top(); y <= area.bottom(); ++y) {
        for (int x = area.left(); x <= area.right(); ++x) {
            count += a.pixel(x, y) != b.pixel(x, y) ? 1 : 0;
        }
    }
    return count;
}

} // namespace

class TstLocalImageRenderer : public QObject
{
    Q_OBJECT

private slots:
    void writesPngAtTheWorkflowSizes_data();
    void writesPngAtTheWorkflowSizes();
    void drawsNoTextOnBackgroundOnlyCards_data();
    void drawsNoTextOnBackgroundOnlyCards();
    void drawsTheHeadlineOnFullCards();
    void keepsLongHeadlinesInsideTheMargins();
    void replacesAnExistingFileWhole();
    void leavesNothingBehindWhenItCannotWrite();
    void refusesARequestWithoutOutputPath();
};

void TstLocalImageRenderer::writesPngAtTheWorkflowSizes_data()
{
    QTest::addColumn<ImageSize>("size");
    QTest::addColumn<DesignMode>("mode");
    QTest::addColumn<int>("width");
    QTest::addColumn<int>("height");

    QTest::newRow("square full") << ImageSize::Square << DesignMode::Full << 1024 << 1024;
    QTest::newRow("portrait full") << ImageSize::Portrait << DesignMode::Full << 1024 << 1792;
    QTest::newRow("square background")
        << ImageSize::Square << DesignMode::BackgroundOnly << 1024 << 1024;
    QTest::newRow("portrait background")
        << ImageSize::Portrait << DesignMode::BackgroundOnly << 1024 << 1792;
}

void TstLocalImageRenderer::writesPngAtTheWorkflowSizes()
{
    QFETCH(ImageSize, size);
    QFETCH(DesignMode, mode);
    QFETCH(int, width);
    QFETCH(int, height);
    QTemporaryDir dir;
    const QString path = dir.filePath(u"images/12_%1.png"_s.arg(imageSizeKey(size)));

    LocalImageRenderer renderer;
    const auto result = renderer.generate(
        {samplePost(u"Five small leaks that sink a budget"_s, u"Erie"_s, mode), size, path});

    QVERIFY2(result.ok(), qPrintable(result.errorDetail()));
    QCOMPARE(result->path, path);
    QCOMPARE(result->width, width);
    QCOMPARE(result->height, height);
    QCOMPARE(result->costCents, 0.0);
    QImage written;
    QVERIFY(written.load(path, "PNG"));
    QCOMPARE(written.size(), QSize(width, height));
}

void TstLocalImageRenderer::drawsNoTextOnBackgroundOnlyCards_data()
{
    QTest::addColumn<ImageSize>("size");
    QTest::newRow("square") << ImageSize::Square;
    QTest::newRow("portrait") << ImageSize::Portrait;
}

// Two posts on one topic with different titles, offices and owners must
// give the same pixels when nothing but the background is drawn.
void TstLocalImageRenderer::drawsNoTextOnBackgroundOnlyCards()
{
    QFETCH(ImageSize, size);
    LocalImageRenderer renderer;
    const Post first = samplePost(
        u"A budget that fits on one page"_s, u"Erie"_s, DesignMode::BackgroundOnly);
    Post second = samplePost(u"Subscriptions you forgot you were paying for"_s,
                             u"Grand Rapids"_s,
                             DesignMode::BackgroundOnly);
    second.offices.clear();
    second.accounts = {u"@bfs.financial"_s};

    const QImage a = renderer.render(first, size);
    const QImage b = renderer.render(second, size);

    QCOMPARE(a.size(), QSize(imageWidth(size), imageHeight(size)));
    QVERIFY(a == b);
}

void TstLocalImageRenderer::drawsTheHeadlineOnFullCards()
{
    LocalImageRenderer renderer;
    const Post full = samplePost(u"A budget that fits on one page"_s, u"Erie"_s);
    Post background = full;
    background.designMode = DesignMode::BackgroundOnly;
    Post other = full;
    other.title = u"Erie: Subscriptions you forgot you were paying for"_s;

    const QImage withText = renderer.render(full, ImageSize::Square);
    const QImage withoutText = renderer.render(background, ImageSize::Square);
    const QImage otherText = renderer.render(other, ImageSize::Square);

    const QRect headlineArea(80, 310, 864, 420);
    QVERIFY(differingPixels(withText, withoutText, headlineArea) > 5000);
    QVERIFY(differingPixels(withText, otherText, headlineArea) > 5000);
    const QRect footer(80, 1024 - 80 - 76, 400, 76);
    QVERIFY(differingPixels(withText, withoutText, footer) > 1000);
}

void TstLocalImageRenderer::keepsLongHeadlinesInsideTheMargins()
{
    LocalImageRenderer renderer;
    const QString longTitle =
        u"Supercalifragilisticexpialidocious budgeting: "_s
        + QString(u"every single small leak that sinks a household budget "_s).repeated(6);
    for (const ImageSize size : {ImageSize::Square, ImageSize::Portrait}) {
        const Post full = samplePost(longTitle, u"Erie"_s);
        Post background = full;
        background.designMode = DesignMode::BackgroundOnly;

        const QImage withText = renderer.render(full, size);
        const QImage withoutText = renderer.render(background, size);

        const int width = imageWidth(size);
        const QRect rightMargin(width - 76, 200, 76, imageHeight(size) - 400);
        QCOMPARE(differingPixels(withText, withoutText, rightMargin), 0);
    }
}

void TstLocalImageRenderer::replacesAnExistingFileWhole()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(u"12_square.png"_s);
    QFile stale(path);
    QVERIFY(stale.open(QIODevice::WriteOnly));
    stale.write(QByteArray(4 * 1024 * 1024, 'x'));
    stale.close();

    LocalImageRenderer renderer;
    const auto result = renderer.generate(
        {samplePost(u"Budget basics"_s, u"Erie"_s), ImageSize::Square, path});

    QVERIFY2(result.ok(), qPrintable(result.errorDetail()));
    QImage written;
    QVERIFY(written.load(path, "PNG"));
    QCOMPARE(written.size(), QSize(1024, 1024));
    QCOMPARE(QDir(dir.path()).entryList(QDir::Files | QDir::Hidden),
             QStringList{u"12_square.png"_s});
}

void TstLocalImageRenderer::leavesNothingBehindWhenItCannotWrite()
{
    QTemporaryDir dir;
    QFile blocker(dir.filePath(u"images"_s));
    QVERIFY(blocker.open(QIODevice::WriteOnly));
    blocker.close();

    LocalImageRenderer renderer;
    const QString path = dir.filePath(u"images/12_square.png"_s);
    const auto result = renderer.generate(
        {samplePost(u"Budget basics"_s, u"Erie"_s), ImageSize::Square, path});

    QVERIFY(!result.ok());
    QCOMPARE(result.errorCode(), ErrorCode::Io);
    QCOMPARE(QDir(dir.path()).entryList(QDir::AllEntries | QDir::NoDotAndDotDot | QDir::Hidden),
             QStringList{u"images"_s});
}

void TstLocalImageRenderer::refusesARequestWithoutOutputPath()
{
    LocalImageRenderer renderer;
    const auto result = renderer.generate(
        {samplePost(u"Budget basics"_s, u"Erie"_s), ImageSize::Square, {}});

    QVERIFY(!result.ok());
    QCOMPARE(result.errorCode(), ErrorCode::InvalidArgument);
}

QTEST_MAIN(TstLocalImageRenderer)
#include "tst_localimagerenderer.moc"
