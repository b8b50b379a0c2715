#pragma once

#include <atomic>

#include <QDate>
#include <QList>
#include <QStringList>

#include "domain/post.h"
#include "domain/records.h"
#include "result.h"

namespace Bfs {

// What generate_content asks for: how many posts of each kind, for which
// offices and brand accounts. Posts come back in pending_approval shape
// (no id yet) with `offices` or `accounts` naming exactly one owner each.
struct ContentRequest
{
    QDate weekStart;
    QList<Office> offices;
    QList<SocialAccount> accounts;
    int officePostCount = 53;
    int accountPostCount = 12;
    int videoSharePercent = 20;
    QString brandVoice;
    QStringList topicsToAvoid;
    QStringList existingTitles;
    const std::atomic_bool *cancelled = nullptr;
};

// Content generation service: the Claude client when credentials are
// present, the template generator offline. May be called from any worker
// thread; one instance is used by one thread at a time.
class ContentGenerator
{
public:
    virtual ~ContentGenerator() = default;

    virtual QString name() const = 0;
    [[nodiscard]] virtual Result<QList<Post>> generateWeek(const ContentRequest &request) = 0;
};

} // namespace Bfs
