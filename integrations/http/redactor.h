#pragma once

#include <QString>
#include <QStringList>
#include <QUrl>

namespace Bfs {

// Keeps secrets out of log lines and error texts. A client registers every
// secret it holds (API key, token, webhook URL); redact() replaces each
// occurrence with "***". URLs are shown without user info and query, where
// pre-authenticated links (SAS signatures, Graph upload URLs) keep theirs.
class Redactor final
{
public:
    void addSecret(const QString &secret);

    [[nodiscard]] QString redact(const QString &text) const;
    [[nodiscard]] QString redactUrl(const QUrl &url) const;

private:
    QStringList m_secrets;
};

} // namespace Bfs
