#include "fakegraph.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QRegularExpression>

namespace Bfs::Fakes {

namespace {

constexpr int kChunkUnit = 320 * 1024;
const QString kDrive = QStringLiteral("/v1.0/drives/drive-1");

FakeResponse graphError(int status, const QString &code)
{
    return FakeResponse::json(status,
                              QJsonObject{{QStringLiteral("error"),
                                           QJsonObject{{QStringLiteral("code"), code},
                                                       {QStringLiteral("message"), code}}}},
                              {{"request-id", "graph-req-1"}});
}

QString parentOf(const QString &path)
{
    return path.contains(u'/') ? path.section(u'/', 0, -2) : QString();
}

} // namespace

FakeGraph::FakeGraph(QObject *parent)
    : FakeServer(parent)
{
    m_folders.insert(QString());
    addRoutes();
    m_downloads.route("GET", QStringLiteral("/dl/(.*)"), [this](const CapturedRequest &request) {
        if (request.hasHeader("Authorization")) {
            return graphError(401, QStringLiteral("unauthenticated"));
        }
        const QString path = request.query.queryItemValue(QStringLiteral("path"),
                                                          QUrl::FullyDecoded);
        return FakeResponse::text(200, m_files.value(path), "application/octet-stream");
    });
}

bool FakeGraph::startBoth()
{
    return start() && m_downloads.start();
}

bool FakeGraph::authorised(const CapturedRequest &request) const
{
    const QByteArray header = request.header("Authorization");
    return header.startsWith("Bearer ")
           && m_validTokens.contains(QString::fromLatin1(header.mid(7)));
}

FakeResponse FakeGraph::issueToken(const CapturedRequest &request)
{
    const QUrlQuery form(QString::fromUtf8(request.body));
    if (form.queryItemValue(QStringLiteral("client_secret"), QUrl::FullyDecoded)
        != QLatin1String(kSecret)) {
        return FakeResponse::json(
            401,
            QJsonObject{{QStringLiteral("error"), QStringLiteral("invalid_client")},
                        {QStringLiteral("error_description"),
                         QStringLiteral("AADSTS7000215: Invalid client secret")}});
    }
    const QString token = QStringLiteral("graph-token-%1").arg(++m_tokensIssued);
    m_validTokens.append(token);
    return FakeResponse::json(200,
                              QJsonObject{{QStringLiteral("token_type"), QStringLiteral("Bearer")},
                                          {QStringLiteral("expires_in"), m_tokenLifetime},
                                          {QStringLiteral("access_token"), token}});
}

QJsonObject FakeGraph::item(const QString &path) const
{
    QJsonObject json{{QStringLiteral("id"), QString::fromLatin1(path.toUtf8().toHex())},
                     {QStringLiteral("name"), path.section(u'/', -1)},
                     {QStringLiteral("webUrl"),
                      QString(QStringLiteral("https://contoso.sharepoint.com/") + path)}};
    if (m_folders.contains(path)) {
        json.insert(QStringLiteral("folder"), QJsonObject{{QStringLiteral("childCount"), 0}});
    } else {
        json.insert(QStringLiteral("size"), m_files.value(path).size());
        json.insert(QStringLiteral("file"), QJsonObject());
    }
    return json;
}

FakeResponse FakeGraph::createFolder(const QString &parent, const CapturedRequest &request)
{
    const QString name = request.json()[QStringLiteral("name")].toString();
    if (!m_folders.contains(parent)) {
        return graphError(404, QStringLiteral("itemNotFound"));
    }
    if (name.contains(u':') || name.endsWith(u' ')) {
        return graphError(400, QStringLiteral("invalidPath"));
    }
    const QString path = parent.isEmpty() ? name : parent + u'/' + name;
    if (m_folders.contains(path)) {
        return graphError(409, QStringLiteral("nameAlreadyExists"));
    }
    m_folders.insert(path);
    return FakeResponse::json(201, item(path));
}

FakeResponse FakeGraph::children(const QString &folder, int skip)
{
    if (!m_folders.contains(folder)) {
        return graphError(404, QStringLiteral("itemNotFound"));
    }
    QStringList names;
    const QString prefix = folder.isEmpty() ? QString() : folder + u'/';
    for (const QString &path : QStringList(m_folders.begin(), m_folders.end()) + m_files.keys()) {
        if (!path.isEmpty() && path.startsWith(prefix) && !path.mid(prefix.size()).contains(u'/')) {
            names.append(path);
        }
    }
    names.sort();
    QJsonArray page;
    for (qsizetype i = skip; i < names.size() && i < skip + m_pageSize; ++i) {
        page.append(item(names.at(i)));
    }
    QJsonObject reply{{QStringLiteral("value"), page}};
    if (skip + m_pageSize < names.size()) {
        reply.insert(QStringLiteral("@odata.nextLink"),
                     QString(baseUrl().toString() + kDrive + QStringLiteral("/items/")
                             + QString::fromLatin1(folder.toUtf8().toHex())
                             + QStringLiteral("/children?$skiptoken=%1").arg(skip + m_pageSize)));
    }
    return FakeResponse::json(200, reply);
}

FakeResponse FakeGraph::chunk(const QString &id, const CapturedRequest &request)
{
    if (!m_sessions.contains(id)) {
        return graphError(404, QStringLiteral("itemNotFound"));
    }
    if (request.hasHeader("Authorization")) {
        return graphError(401, QStringLiteral("unauthenticated"));
    }
    Session &session = m_sessions[id];
    static const QRegularExpression range(QStringLiteral(R"(bytes (\d+)-(\d+)/(\d+))"));
    const auto match = range.match(QString::fromLatin1(request.header("Content-Range")));
    const qint64 start = match.captured(1).toLongLong();
    const qint64 total = match.captured(3).toLongLong();
    const bool last = match.captured(2).toLongLong() + 1 == total;
    if (!match.hasMatch() || start != session.data.size()) {
        return graphError(416, QStringLiteral("invalidRange"));
    }
    if (!last && request.body.size() % kChunkUnit != 0) {
        return graphError(400, QStringLiteral("fragmentLengthMismatch"));
    }
    if (m_expireAfterChunks >= 0 && session.chunks >= m_expireAfterChunks) {
        m_sessions.remove(id);
        m_expireAfterChunks = -1;
        return graphError(404, QStringLiteral("itemNotFound"));
    }
    ++session.chunks;
    if (m_dropNextChunk) {
        m_dropNextChunk = false;
    } else {
        session.data += request.body;
    }
    if (session.data.size() == total) {
        m_files.insert(session.path, session.data);
        const QString path = session.path;
        m_sessions.remove(id);
        return FakeResponse::json(201, item(path));
    }
    return FakeResponse::json(
        202,
        QJsonObject{{QStringLiteral("nextExpectedRanges"),
                     QJsonArray{QStringLiteral("%1-").arg(start + request.body.size())}}});
}

void FakeGraph::addRoutes()
{
    route("POST",
          QStringLiteral("/%1/oauth2/v2.0/token").arg(QLatin1String(kTenant)),
          [this](const CapturedRequest &request) { return issueToken(request); });
    auto graph = [this](Handler handler) {
        return [this, handler](const CapturedRequest &request) {
            if (!authorised(request)) {
                return graphError(401, QStringLiteral("InvalidAuthenticationToken"));
            }
            return handler(request);
        };
    };
    route("GET",
          QStringLiteral("/v1.0/sites/contoso.sharepoint.com:/sites/Marketing"),
          graph([](const CapturedRequest &) {
              return FakeResponse::json(
                  200,
                  QJsonObject{
                      {QStringLiteral("id"), QStringLiteral("contoso.sharepoint.com,g1,g2")}});
          }));
    route("GET", QStringLiteral("/v1.0/sites/[^/]+/drive"), graph([](const CapturedRequest &) {
              return FakeResponse::json(
                  200,
                  QJsonObject{
                      {QStringLiteral("id"), QStringLiteral("drive-1")},
                      {QStringLiteral("webUrl"),
                       QStringLiteral(
                           "https://contoso.sharepoint.com/sites/Marketing/Shared Documents")}});
          }));
    route("POST",
          kDrive + QStringLiteral("/root/children"),
          graph([this](const CapturedRequest &request) { return createFolder({}, request); }));
    route("POST",
          kDrive + QStringLiteral("/root:/(.+):/children"),
          graph([this](const CapturedRequest &request) {
              return createFolder(request.path.section(QStringLiteral("root:/"), 1).chopped(10),
                                  request);
          }));
    route("GET", kDrive + QStringLiteral("/root/children"), graph([this](const CapturedRequest &) {
              return children({}, 0);
          }));
    route("GET",
          kDrive + QStringLiteral("/root:/(.+):/children"),
          graph([this](const CapturedRequest &request) {
              return children(request.path.section(QStringLiteral("root:/"), 1).chopped(10), 0);
          }));
    route("GET",
          kDrive + QStringLiteral("/items/([0-9a-f]*)/children"),
          graph([this](const CapturedRequest &request) {
              const QString folder = QString::fromUtf8(
                  QByteArray::fromHex(request.path.section(u'/', -2, -2).toLatin1()));
              return children(folder,
                              request.query.queryItemValue(QStringLiteral("$skiptoken")).toInt());
          }));
    route("GET",
          kDrive + QStringLiteral("/root:/([^:]+)"),
          graph([this](const CapturedRequest &request) {
              const QString path = request.path.section(QStringLiteral("root:/"), 1);
              if (!m_folders.contains(path) && !m_files.contains(path)) {
                  return graphError(404, QStringLiteral("itemNotFound"));
              }
              return FakeResponse::json(200, item(path));
          }));
    route("PUT",
          kDrive + QStringLiteral("/root:/(.+):/content"),
          graph([this](const CapturedRequest &request) {
              const QString path = request.path.section(QStringLiteral("root:/"), 1).chopped(9);
              if (!m_folders.contains(parentOf(path))) {
                  return graphError(404, QStringLiteral("itemNotFound"));
              }
              m_files.insert(path, request.body);
              return FakeResponse::json(201, item(path));
          }));
    route("POST",
          kDrive + QStringLiteral("/root:/(.+):/createUploadSession"),
          graph([this](const CapturedRequest &request) {
              const QString id = QStringLiteral("s%1").arg(m_sessions.size() + m_tokensIssued * 100
                                                           + m_files.size());
              m_sessions.insert(
                  id, {request.path.section(QStringLiteral("root:/"), 1).chopped(21), {}, 0});
              return FakeResponse::json(
                  200,
                  QJsonObject{{QStringLiteral("uploadUrl"),
                               QString(baseUrl().toString() + QStringLiteral("/upload/") + id
                                       + QStringLiteral("?tempauth=upload-secret-xyz"))}});
          }));
    route("PUT", QStringLiteral("/upload/(.+)"), [this](const CapturedRequest &request) {
        return chunk(request.path.section(u'/', -1), request);
    });
    route("GET", QStringLiteral("/upload/(.+)"), [this](const CapturedRequest &request) {
        const QString id = request.path.section(u'/', -1);
        if (!m_sessions.contains(id)) {
            return graphError(404, QStringLiteral("itemNotFound"));
        }
        return FakeResponse::json(
            200,
            QJsonObject{{QStringLiteral("nextExpectedRanges"),
                         QJsonArray{QStringLiteral("%1-").arg(m_sessions.value(id).data.size())}}});
    });
    route("DELETE", QStringLiteral("/upload/(.+)"), [this](const CapturedRequest &request) {
        m_sessions.remove(request.path.section(u'/', -1));
        return FakeResponse::empty(204);
    });
    route("GET",
          kDrive + QStringLiteral("/items/([0-9a-f]+)/content"),
          graph([this](const CapturedRequest &request) {
              const QString path = QString::fromUtf8(
                  QByteArray::fromHex(request.path.section(u'/', -2, -2).toLatin1()));
              QUrl location = m_downloads.baseUrl().resolved(QUrl(QStringLiteral("/dl/file")));
              location.setQuery(QStringLiteral("path=")
                                + QString::fromLatin1(QUrl::toPercentEncoding(path))
                                + QStringLiteral("&tempauth=dl-secret"));
              return FakeResponse::empty(302, {{"Location", location.toEncoded()}});
          }));
}

} // namespace Bfs::Fakes
