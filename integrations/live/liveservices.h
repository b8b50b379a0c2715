#pragma once

#include <QString>
#include <QStringList>

#include "db/database.h"
#include "result.h"

namespace Bfs {

struct Services;
class CredentialStore;

// The live services of API.md, chosen per service when its secret and
// settings are present: Claude, GPT Image, SharePoint, Teams, and Metricool
// only when services.metricool.test_mode is false. A service left offline
// for lack of a secret is named in a warning, once per call.
void applyLiveServices(Services &services, const DatabasePtr &database, CredentialStore &store);

// The services "credentials" and "test-connection" take:
// anthropic, openai, graph, teams, metricool.
QStringList liveServiceNames();
// The credential key of a service ("anthropic" → "anthropic.api_key").
QString credentialKeyFor(const QString &service);

// A plain verdict for "test connection": what was reached, or why not.
[[nodiscard]] Result<QString> testServiceConnection(const QString &service,
                                                    const DatabasePtr &database,
                                                    CredentialStore &store);

} // namespace Bfs
