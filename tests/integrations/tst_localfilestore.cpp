#include <QFile>
#include <QTemporaryDir>
#include <QTest>
#include <QUrl>

#include "localfilestore.h"
#include "remotepath.h"

using namespace Qt::StringLiterals;
using namespace Bfs;

namespace {

QString writeFile(const QString &path, const QByteArray &content)
{
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(content) != content.size()) {
        qWarning() << "cannot write" << path;
    }
    return path;
}

QByteArray readFile(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

// Every name under a folder, hidden ones included, relative to it.
QStringList everythingUnder(const QString &path)
{
    QStringList names;
    const QDir dir(path);
    for (const QString &name :
         dir.entryList(QDir::AllEntries | QDir::NoDotAndDotDot | QDir::Hidden, QDir::Name)) {
        names.append(name);
        if (QFileInfo(dir.filePath(name)).isDir()) {
            for (const QString &child : everythingUnder(dir.filePath(name))) {
                names.append(name + u'/' + child);
            }
        }
    }
    return names;
}

// Three and a half chunks, so progress is reported several times.
QByteArray clipBytes()
{
    QByteArray bytes;
    bytes.reserve(LocalFileStore::kChunkSize * 7 / 2);
    for (qint64 i = 0; i < LocalFileStore::kChunkSize * 7 / 2; ++i) {
        bytes.append(char(i % 251));
    }
    return bytes;
}

} // namespace

class TstLocalFileStore : public QObject
{
    Q_OBJECT

private slots:
    void init();

    void sanitisesNamesLikeSharePoint_data();
    void sanitisesNamesLikeSharePoint();
    void sanitisesEverySegmentOfAPath_data();
    void sanitisesEverySegmentOfAPath();
    void createsFoldersWithTheirParentsOnce();
    void refusesAFolderWhereAFileIs();
    void listsAFolderByName();
    void reportsAMissingFolderAsNotFound();
    void uploadsInChunksWithProgress();
    void uploadsUnderSanitisedNames();
    void leavesNothingBehindWhenAnUploadIsCancelled();
    void keepsTheOldFileWhenAReplacementIsCancelled();
    void reportsAMissingUploadSourceAsNotFound();
    void downloadsWithProgress();
    void leavesNothingBehindWhenADownloadIsCancelled();
    void reportsAMissingDownloadAsNotFound();
    void refusesPathsLongerThanSharePointAllows();
    void givesFileUrlsAsWebLinks();

private:
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<LocalFileStore> m_store;
    QString m_root;
};

void TstLocalFileStore::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    m_root = m_dir->filePath(u"sharepoint"_s);
    m_store = std::make_unique<LocalFileStore>(m_root);
}

void TstLocalFileStore::sanitisesNamesLikeSharePoint_data()
{
    QTest::addColumn<QString>("name");
    QTest::addColumn<QString>("expected");

    QTest::newRow("plain") << u"Erie_General.mp4"_s << u"Erie_General.mp4"_s;
    QTest::newRow("refused characters")
        << u"a\"b*c:d<e>f?g/h\\i|j#k%l"_s << u"a_b_c_d_e_f_g_h_i_j_k_l"_s;
    QTest::newRow("control character") << u"tab\there"_s << u"tab_here"_s;
    QTest::newRow("leading and trailing spaces") << u"  Week 12  "_s << u"Week 12"_s;
    QTest::newRow("leading and trailing dots") << u"..hidden. ."_s << u"hidden"_s;
    QTest::newRow("inner dots kept") << u"v1.2.final.mp4"_s << u"v1.2.final.mp4"_s;
    QTest::newRow("reserved CON") << u"CON"_s << u"CON_"_s;
    QTest::newRow("reserved lower case") << u"nul"_s << u"nul_"_s;
    QTest::newRow("reserved with extension") << u"com1.txt"_s << u"com1_.txt"_s;
    QTest::newRow("reserved LPT9") << u"LPT9"_s << u"LPT9_"_s;
    QTest::newRow("not reserved COM10") << u"COM10"_s << u"COM10"_s;
    QTest::newRow("not reserved CONTRACT") << u"Contract.pdf"_s << u"Contract.pdf"_s;
    QTest::newRow("desktop.ini") << u"desktop.ini"_s << u"desktop_.ini"_s;
    QTest::newRow("_vti_ prefix") << u"_vti_cnf"_s << u"vti_cnf"_s;
    QTest::newRow("_vti_ inside") << u"my_vti_file"_s << u"myvti_file"_s;
    QTest::newRow("nested _vti_") << u"__vti__x"_s << u"vti__x"_s;
    QTest::newRow("office lock file") << u"~$budget.docx"_s << u"_$budget.docx"_s;
    QTest::newRow("tilde folder") << u"~drafts"_s << u"_drafts"_s;
    QTest::newRow("empty") << QString() << u"_"_s;
    QTest::newRow("only dots") << u"..."_s << u"_"_s;
    QTest::newRow("non-latin kept") << u"Café Zürich"_s << u"Café Zürich"_s;
}

void TstLocalFileStore::sanitisesNamesLikeSharePoint()
{
    QFETCH(QString, name);
    QFETCH(QString, expected);

    QCOMPARE(sanitizeRemoteName(name), expected);
    QCOMPARE(sanitizeRemoteName(expected), expected);
}

void TstLocalFileStore::sanitisesEverySegmentOfAPath_data()
{
    QTest::addColumn<QString>("path");
    QTest::addColumn<QString>("expected");

    QTest::newRow("root") << QString() << QString();
    QTest::newRow("slashes only") << u"//"_s << QString();
    QTest::newRow("nested") << u"Video Content/Post-12-budget"_s
                            << u"Video Content/Post-12-budget"_s;
    QTest::newRow("double and edge slashes")
        << u"/Video Content//Post 3: Budget?/"_s << u"Video Content/Post 3_ Budget_"_s;
    QTest::newRow("parent segments") << u"a/../../b"_s << u"a/_/_/b"_s;
    QTest::newRow("forms at root") << u"Forms/x"_s << u"Forms_/x"_s;
    QTest::newRow("forms below root") << u"a/forms"_s << u"a/forms"_s;
}

void TstLocalFileStore::sanitisesEverySegmentOfAPath()
{
    QFETCH(QString, path);
    QFETCH(QString, expected);

    QCOMPARE(sanitizeRemotePath(path), expected);
}

void TstLocalFileStore::createsFoldersWithTheirParentsOnce()
{
    const auto first = m_store->ensureFolder(u"Video Content/Post-12-budget-tips"_s);
    QVERIFY2(first.ok(), qPrintable(first.errorDetail()));
    QVERIFY(first->folder);
    QCOMPARE(first->name, u"Post-12-budget-tips"_s);
    QCOMPARE(first->path, u"Video Content/Post-12-budget-tips"_s);
    QCOMPARE(first->id, first->path);
    QVERIFY(QFileInfo(m_root + u"/Video Content/Post-12-budget-tips"_s).isDir());

    writeFile(m_root + u"/Video Content/Post-12-budget-tips/Erie_General.mp4"_s, "clip");
    const auto second = m_store->ensureFolder(u"Video Content/Post-12-budget-tips/"_s);
    QVERIFY(second.ok());
    QCOMPARE(second->path, first->path);
    QVERIFY(QFile::exists(m_root + u"/Video Content/Post-12-budget-tips/Erie_General.mp4"_s));
}

void TstLocalFileStore::refusesAFolderWhereAFileIs()
{
    QVERIFY(m_store->ensureFolder(u"Video Content"_s).ok());
    writeFile(m_root + u"/Video Content/notes"_s, "x");

    const auto result = m_store->ensureFolder(u"Video Content/notes"_s);
    QVERIFY(!result.ok());
    QCOMPARE(result.errorCode(), ErrorCode::InvalidArgument);
}

void TstLocalFileStore::listsAFolderByName()
{
    QVERIFY(m_store->ensureFolder(u"Post-1/Archive"_s).ok());
    writeFile(m_root + u"/Post-1/erie_General.mp4"_s, "12345");
    writeFile(m_root + u"/Post-1/Buffalo_Reels.mp4"_s, "123");

    const auto listed = m_store->list(u"Post-1"_s);
    QVERIFY2(listed.ok(), qPrintable(listed.errorDetail()));
    QCOMPARE(listed->size(), 3);
    const RemoteItem &archive = listed->at(0);
    const RemoteItem &buffalo = listed->at(1);
    const RemoteItem &erie = listed->at(2);
    QCOMPARE(archive.name, u"Archive"_s);
    QVERIFY(archive.folder);
    QCOMPARE(buffalo.name, u"Buffalo_Reels.mp4"_s);
    QCOMPARE(buffalo.size, 3);
    QCOMPARE(erie.path, u"Post-1/erie_General.mp4"_s);
    QCOMPARE(erie.id, erie.path);
    QCOMPARE(erie.size, 5);
    QVERIFY(!erie.folder);
    QCOMPARE(erie.modifiedAt.timeSpec(), Qt::UTC);
    QVERIFY(erie.modifiedAt.secsTo(QDateTime::currentDateTimeUtc()) < 600);

    QVERIFY(m_store->ensureFolder({}).ok());
    const auto root = m_store->list({});
    QVERIFY(root.ok());
    QCOMPARE(root->size(), 1);
    QCOMPARE(root->constFirst().path, u"Post-1"_s);
}

void TstLocalFileStore::reportsAMissingFolderAsNotFound()
{
    QCOMPARE(m_store->list(u"Video Content/Post-99"_s).errorCode(), ErrorCode::NotFound);

    QVERIFY(m_store->ensureFolder(u"Video Content"_s).ok());
    writeFile(m_root + u"/Video Content/file.txt"_s, "x");
    QCOMPARE(m_store->list(u"Video Content/file.txt"_s).errorCode(), ErrorCode::NotFound);
}

void TstLocalFileStore::uploadsInChunksWithProgress()
{
    const QByteArray bytes = clipBytes();
    const QString source = writeFile(m_dir->filePath(u"clip.mp4"_s), bytes);

    QList<qint64> reported;
    const auto uploaded = m_store->upload(
        source, u"Video Content/Post-12/Erie_General.mp4"_s, [&](qint64 done, qint64 total) {
            reported.append(done);
            return total == bytes.size();
        });

    QVERIFY2(uploaded.ok(), qPrintable(uploaded.errorDetail()));
    QCOMPARE(uploaded->path, u"Video Content/Post-12/Erie_General.mp4"_s);
    QCOMPARE(uploaded->size, bytes.size());
    QVERIFY(!uploaded->folder);
    QCOMPARE(readFile(m_root + u"/Video Content/Post-12/Erie_General.mp4"_s), bytes);
    QCOMPARE(reported.size(), 5);
    QCOMPARE(reported.constFirst(), 0);
    QCOMPARE(reported.constLast(), bytes.size());
    QVERIFY(std::is_sorted(reported.begin(), reported.end()));
}

void TstLocalFileStore::uploadsUnderSanitisedNames()
{
    const QString source = writeFile(m_dir->filePath(u"notes.txt"_s), "notes");

    const auto uploaded = m_store->upload(source, u"Week 12: recap?/notes <final>.txt"_s);

    QVERIFY(uploaded.ok());
    QCOMPARE(uploaded->path, u"Week 12_ recap_/notes _final_.txt"_s);
    QCOMPARE(readFile(m_root + u"/Week 12_ recap_/notes _final_.txt"_s), QByteArray("notes"));
    QCOMPARE(m_store->upload(source, u"/"_s).errorCode(), ErrorCode::InvalidArgument);
}

void TstLocalFileStore::leavesNothingBehindWhenAnUploadIsCancelled()
{
    const QString source = writeFile(m_dir->filePath(u"clip.mp4"_s), clipBytes());
    QVERIFY(m_store->ensureFolder(u"Post-12"_s).ok());

    int calls = 0;
    const auto uploaded = m_store->upload(
        source, u"Post-12/Erie_General.mp4"_s, [&](qint64 done, qint64) {
            ++calls;
            return done < LocalFileStore::kChunkSize;
        });

    QVERIFY(!uploaded.ok());
    QCOMPARE(uploaded.errorCode(), ErrorCode::Cancelled);
    QCOMPARE(calls, 2);
    QCOMPARE(everythingUnder(m_root), QStringList{u"Post-12"_s});
}

void TstLocalFileStore::keepsTheOldFileWhenAReplacementIsCancelled()
{
    const QString first = writeFile(m_dir->filePath(u"first.txt"_s), "first version");
    const QString second = writeFile(m_dir->filePath(u"second.mp4"_s), clipBytes());
    QVERIFY(m_store->upload(first, u"Post-12/notes.txt"_s).ok());

    const auto replaced = m_store->upload(
        second, u"Post-12/notes.txt"_s, [](qint64 done, qint64) { return done == 0; });

    QCOMPARE(replaced.errorCode(), ErrorCode::Cancelled);
    QCOMPARE(readFile(m_root + u"/Post-12/notes.txt"_s), QByteArray("first version"));
    QCOMPARE(everythingUnder(m_root), QStringList({u"Post-12"_s, u"Post-12/notes.txt"_s}));
}

void TstLocalFileStore::reportsAMissingUploadSourceAsNotFound()
{
    const auto uploaded = m_store->upload(m_dir->filePath(u"missing.mp4"_s), u"Post-12/clip.mp4"_s);
    QCOMPARE(uploaded.errorCode(), ErrorCode::NotFound);
}

void TstLocalFileStore::downloadsWithProgress()
{
    const QByteArray bytes = clipBytes();
    const auto uploaded = m_store->upload(writeFile(m_dir->filePath(u"clip.mp4"_s), bytes),
                                          u"Post-12/Erie_Reels.mp4"_s);
    QVERIFY(uploaded.ok());

    const QString target = m_dir->filePath(u"downloads/clips/Erie_Reels.mp4"_s);
    qint64 last = -1;
    const VoidResult downloaded = m_store->download(
        *uploaded, target, [&](qint64 done, qint64 total) {
            last = done;
            return total == bytes.size();
        });

    QVERIFY2(downloaded.ok(), qPrintable(downloaded.errorDetail()));
    QCOMPARE(readFile(target), bytes);
    QCOMPARE(last, bytes.size());

    RemoteItem byId;
    byId.id = uploaded->id;
    const QString second = m_dir->filePath(u"by-id.mp4"_s);
    QVERIFY(m_store->download(byId, second).ok());
    QCOMPARE(readFile(second), bytes);
}

void TstLocalFileStore::leavesNothingBehindWhenADownloadIsCancelled()
{
    const auto uploaded = m_store->upload(writeFile(m_dir->filePath(u"clip.mp4"_s), clipBytes()),
                                          u"Post-12/Erie_Reels.mp4"_s);
    QVERIFY(uploaded.ok());
    const QString downloads = m_dir->filePath(u"downloads"_s);

    const VoidResult downloaded = m_store->download(
        *uploaded, downloads + u"/Erie_Reels.mp4"_s, [](qint64 done, qint64) {
            return done < 2 * LocalFileStore::kChunkSize;
        });

    QCOMPARE(downloaded.errorCode(), ErrorCode::Cancelled);
    QCOMPARE(everythingUnder(downloads), QStringList());
}

void TstLocalFileStore::reportsAMissingDownloadAsNotFound()
{
    RemoteItem item;
    item.path = u"Post-12/gone.mp4"_s;

    const VoidResult downloaded = m_store->download(item, m_dir->filePath(u"gone.mp4"_s));
    QCOMPARE(downloaded.errorCode(), ErrorCode::NotFound);
    QVERIFY(!QFile::exists(m_dir->filePath(u"gone.mp4"_s)));
}

void TstLocalFileStore::refusesPathsLongerThanSharePointAllows()
{
    const QString tooLong = QString(u"folder/"_s).repeated(60);

    const auto result = m_store->ensureFolder(tooLong);
    QCOMPARE(result.errorCode(), ErrorCode::InvalidArgument);
    QVERIFY(!QFileInfo::exists(m_root + u"/folder"_s));
}

void TstLocalFileStore::givesFileUrlsAsWebLinks()
{
    const auto folder = m_store->ensureFolder(u"Video Content/Post 12"_s);
    QVERIFY(folder.ok());

    const QUrl url(folder->webUrl);
    QVERIFY(url.isLocalFile());
    QCOMPARE(url.toLocalFile(), QDir(m_root).filePath(u"Video Content/Post 12"_s));
    QCOMPARE(m_store->webUrl(u"Video Content/Post 12"_s), folder->webUrl);
    QVERIFY(folder->webUrl.contains(u"Video%20Content"_s));
}

QTEST_GUILESS_MAIN(TstLocalFileStore)
#include "tst_localfilestore.moc"
