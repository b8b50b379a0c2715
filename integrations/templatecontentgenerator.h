#pragma once

#include "contentgenerator.h"

namespace Bfs {

// The offline content generator: writes a week of posts from the topic
// catalogue (contentcatalogue.h) without any network. The same request
// gives the same posts (the random generator is seeded from the week's
// date); topics rotate with the ISO week and the season. Each office gets
// officePostCount / offices posts, the remainder going to offices chosen
// by week; brand-account posts are shared the same way. Titles and caption
// texts are unique within the week and never repeat existingTitles.
class TemplateContentGenerator final : public ContentGenerator
{
public:
    QString name() const override;
    [[nodiscard]] Result<QList<Post>> generateWeek(const ContentRequest &request) override;
};

} // namespace Bfs
