#include "testdatabase.h"

#include <map>

#include <QAtomicInteger>
#include <QCoreApplication>
#include <QFile>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QTest>
#include <QUrl>

#include "settings/teamsettings.h"

namespace Bfs::Test {

namespace {

QAtomicInteger<int> s_databaseCounter = 0;

std::map<QString, std::unique_ptr<TestDatabase>> &sharedDatabases()
{
    static std::map<QString, std::unique_ptr<TestDatabase>> databases;
    return databases;
}

QString createPostgresDatabase(const QString &adminUrl, QString *error)
{
    const QUrl admin(adminUrl);
    const QString name = QStringLiteral("bfs_test_%1_%2")
                             .arg(QCoreApplication::applicationPid())
                             .arg(s_databaseCounter.fetchAndAddRelaxed(1));
    const QString connectionName = QStringLiteral("bfs-test-admin-") + name;
    {
        QSqlDatabase connection = QSqlDatabase::addDatabase(QStringLiteral("QPSQL"),
                                                            connectionName);
        connection.setHostName(admin.host());
        connection.setPort(admin.port(5432));
        connection.setUserName(admin.userName());
        connection.setDatabaseName(admin.path().mid(1));
        if (!connection.open()) {
            *error = QStringLiteral("cannot reach the test PostgreSQL at %1: %2")
                         .arg(adminUrl, connection.lastError().text());
        } else {
            QSqlQuery query(connection);
            if (!query.exec(QStringLiteral("CREATE DATABASE ") + name)) {
                *error = query.lastError().text();
            }
            connection.close();
        }
    }
    QSqlDatabase::removeDatabase(connectionName);

    QUrl url(admin);
    url.setPath(QLatin1Char('/') + name);
    return url.toString();
}

} // namespace

void addEngineRows()
{
    QTest::addColumn<QString>("engine");
    QTest::newRow("sqlite") << QStringLiteral("sqlite");
    QTest::newRow("postgresql") << QStringLiteral("postgresql");
}

QString currentEngine()
{
    QFETCH_GLOBAL(QString, engine);
    return engine;
}

TestDatabase &sharedDatabase(const QString &engine)
{
    auto &databases = sharedDatabases();
    auto it = databases.find(engine);
    if (it == databases.end()) {
        it = databases.emplace(engine, std::make_unique<TestDatabase>(engine)).first;
    }
    return *it->second;
}

void releaseSharedDatabases()
{
    sharedDatabases().clear();
}

QString postgresAdminUrl()
{
    QFile file(qEnvironmentVariable("BFS_TEST_POSTGRES_STATE") + QStringLiteral("/url"));
    if (!file.open(QIODevice::ReadOnly)) {
        return {};
    }
    return QString::fromUtf8(file.readAll()).trimmed();
}

TestDatabase::TestDatabase(const QString &engine)
{
    if (engine == QLatin1String("postgresql")) {
        const QString adminUrl = postgresAdminUrl();
        if (adminUrl.isEmpty()) {
            m_error = QStringLiteral(
                          "no PostgreSQL test cluster: run this suite through ctest, whose "
                          "postgres fixture starts one (BFS_TEST_POSTGRES_STATE=%1)")
                          .arg(qEnvironmentVariable("BFS_TEST_POSTGRES_STATE"));
            return;
        }
        m_url = createPostgresDatabase(adminUrl, &m_error);
        if (!m_error.isEmpty()) {
            return;
        }
    } else {
        m_url = QStringLiteral("sqlite:") + m_dataDir.filePath(QStringLiteral("test.sqlite"));
    }

    m_database = openAnother();
    if (m_database) {
        (void)TeamSettings(m_database).seedDefaults();
    }
}

DatabasePtr TestDatabase::openAnother() const
{
    const auto location = DatabaseLocation::parse(m_url, m_dataDir.path());
    if (!location) {
        return nullptr;
    }
    auto opened = Database::open(*location);
    if (!opened) {
        qWarning("opening the test database failed: %s", qPrintable(opened.errorDetail()));
        return nullptr;
    }
    return *opened;
}

} // namespace Bfs::Test
