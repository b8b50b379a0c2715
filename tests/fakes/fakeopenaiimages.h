#pragma once

#include "fakeserver.h"

namespace Bfs::Fakes {

// OpenAI's image generation under /v1 in GPT Image mode (API.md §2):
// base64 PNGs of the requested size with usage, 400 unknown_parameter for
// response_format, moderation_blocked for prompts containing "BLOCKED",
// 404 model_not_found for dall-e-3.
class FakeOpenAiImages final : public FakeServer
{
    Q_OBJECT

public:
    explicit FakeOpenAiImages(QObject *parent = nullptr);

    QUrl apiUrl() const { return baseUrl().resolved(QUrl(QStringLiteral("/v1"))); }

    static constexpr auto kKey = "sk-fake-openai-key-0987654321";

    void setReportsUsage(bool usage) { m_usage = usage; }

private:
    FakeResponse generate(const CapturedRequest &request) const;

    bool m_usage = true;
};

} // namespace Bfs::Fakes
