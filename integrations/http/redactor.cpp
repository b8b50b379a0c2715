#include "redactor.h"

namespace Bfs {

namespace {

// Shorter strings would blank out ordinary words ("true", ids) in logs.
constexpr int kMinSecretLength = 6;

const QString kMask = QStringLiteral("***");

} // namespace

void Redactor::addSecret(const QString &secret)
{
    if (secret.size() < kMinSecretLength || m_secrets.contains(secret)) {
        return;
    }
    m_secrets.append(secret);

    const QString encoded = QString::fromLatin1(QUrl::toPercentEncoding(secret));
    if (encoded != secret) {
        m_secrets.append(encoded);
    }
    // Longest first, so a secret containing another is masked whole.
    std::sort(m_secrets.begin(), m_secrets.end(), [](const QString &a, const QString &b) {
        return a.size() > b.size();
    });
}

QString Redactor::redact(const QString &text) const
{
    QString result = text;
    for (const QString &secret : m_secrets) {
        result.replace(secret, kMask);
    }
    return result;
}

QString Redactor::redactUrl(const QUrl &url) const
{
    QUrl shown = url.adjusted(QUrl::RemoveUserInfo | QUrl::RemoveQuery | QUrl::RemoveFragment);
    QString text = shown.toString();
    if (url.hasQuery()) {
        text += QStringLiteral("?…");
    }
    return redact(text);
}

} // namespace Bfs
