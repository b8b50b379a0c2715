#pragma once

#include "fakeserver.h"

namespace Bfs::Fakes {

// A Teams Workflows webhook (API.md §4): 202 with an empty body for a good
// card; 401 without `sig`, 400 with an Authorization header or without
// `attachments`, 413 above the size limit.
class FakeTeams final : public FakeServer
{
    Q_OBJECT

public:
    explicit FakeTeams(QObject *parent = nullptr);

    // The webhook URL a team would paste, signature included.
    QUrl webhookUrl() const;

    void setSizeLimit(int bytes) { m_sizeLimit = bytes; }

    static constexpr auto kSignature = "fake-signature-0123456789";

private:
    FakeResponse receive(const CapturedRequest &request) const;

    int m_sizeLimit = 28 * 1024;
};

} // namespace Bfs::Fakes
