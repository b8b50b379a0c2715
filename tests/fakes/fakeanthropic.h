#pragma once

#include <QJsonArray>

#include "fakeserver.h"

namespace Bfs::Fakes {

// Anthropic's Messages API (API.md §1). By default it answers a forced
// emit_posts call with a valid post for every slot of the prompt; tests
// script replies (max_tokens, invalid posts, 429, 529 …) on top.
class FakeAnthropic final : public FakeServer
{
    Q_OBJECT

public:
    explicit FakeAnthropic(QObject *parent = nullptr);

    static constexpr auto kKey = "sk-ant-fake-key-5566778899";

    // A 200 forced-tool reply carrying these posts.
    static FakeResponse toolReply(const QJsonArray &posts,
                                  const QString &stopReason = QStringLiteral("tool_use"));
    // Valid posts for the slots of a captured request.
    static QJsonArray validPosts(const CapturedRequest &request);
    static QJsonArray slotsOf(const CapturedRequest &request);

private:
    FakeResponse messages(const CapturedRequest &request) const;
};

} // namespace Bfs::Fakes
