#include "servicecommands.h"

#include <QFile>

#include "credentialstore.h"
#include "liveservices.h"

namespace Bfs::App {

namespace {

const QString kServiceSyntax = QStringLiteral("anthropic|openai|graph|teams|metricool|database");

std::optional<QString> serviceArgument(CommandContext &context, bool allowDatabase)
{
    const QString service = context.positional().value(0);
    const bool known = liveServiceNames().contains(service)
                       || (allowDatabase && service == QLatin1String("database"));
    if (context.positional().size() != 1 || !known) {
        context.usageError(QStringLiteral("name one service: %1").arg(kServiceSyntax));
        return std::nullopt;
    }
    return service;
}

QString sourceName(CredentialSource source)
{
    switch (source) {
    case CredentialSource::Keychain:
        return QStringLiteral("set (keychain)");
    case CredentialSource::Environment:
        return QStringLiteral("set (environment)");
    case CredentialSource::Missing:
        break;
    }
    return QStringLiteral("missing (offline)");
}

int setCredential(CommandContext &context)
{
    const auto service = serviceArgument(context, true);
    if (!service) {
        return ExitUsage;
    }
    QFile input;
    if (!input.open(stdin, QIODevice::ReadOnly)) {
        return context.usageError(QStringLiteral("cannot read the secret from stdin"));
    }
    const QString secret = QString::fromUtf8(input.readLine()).trimmed();
    if (secret.isEmpty()) {
        return context.usageError(QStringLiteral("no secret on stdin"));
    }

    CredentialStore store;
    if (auto written = store.write(credentialKeyFor(*service), secret); !written) {
        context.err() << "bfs-marketing: " << written.errorDetail() << Qt::endl;
        return ExitFailed;
    }
    context.out() << *service << ": stored in the keychain" << Qt::endl;
    return ExitSuccess;
}

int clearCredential(CommandContext &context)
{
    const auto service = serviceArgument(context, true);
    if (!service) {
        return ExitUsage;
    }
    CredentialStore store;
    if (auto cleared = store.clear(credentialKeyFor(*service)); !cleared) {
        context.err() << "bfs-marketing: " << cleared.errorDetail() << Qt::endl;
        return ExitFailed;
    }
    context.out() << *service << ": cleared" << Qt::endl;
    return ExitSuccess;
}

int credentialStatus(CommandContext &context)
{
    QStringList services = context.positional();
    if (services.isEmpty()) {
        services = liveServiceNames() + QStringList{QStringLiteral("database")};
    }
    CredentialStore store;
    for (const QString &service : std::as_const(services)) {
        const QString key = credentialKeyFor(service);
        if (key.isEmpty()) {
            return context.usageError(QStringLiteral("unknown service %1").arg(service));
        }
        context.out() << service << ": " << sourceName(store.source(key)) << "\n";
    }
    if (!store.keychainAvailable()) {
        context.out() << "(no keychain on this machine: set the BFS_* environment variables)\n";
    }
    context.out().flush();
    return ExitSuccess;
}

int testConnection(CommandContext &context)
{
    const auto service = serviceArgument(context, false);
    if (!service) {
        return ExitUsage;
    }
    const auto database = context.database();
    if (!database) {
        return ExitUsage;
    }
    CredentialStore store;
    const auto verdict = testServiceConnection(*service, *database, store);
    if (!verdict) {
        context.out() << *service << ": not connected: " << verdict.errorDetail() << Qt::endl;
        return ExitFailed;
    }
    context.out() << *verdict << Qt::endl;
    return ExitSuccess;
}

} // namespace

Command credentialsSetCommand()
{
    return {QStringLiteral("credentials set"),
            QStringLiteral("Store a service's secret in the keychain, read from stdin."),
            kServiceSyntax,
            {},
            setCredential};
}

Command credentialsClearCommand()
{
    return {QStringLiteral("credentials clear"),
            QStringLiteral("Remove a service's secret from the keychain."),
            kServiceSyntax,
            {},
            clearCredential};
}

Command credentialsStatusCommand()
{
    return {QStringLiteral("credentials status"),
            QStringLiteral("Which services have a secret, and where it comes from."),
            QStringLiteral("[SERVICE...]"),
            {},
            credentialStatus};
}

Command testConnectionCommand()
{
    return {QStringLiteral("test-connection"),
            QStringLiteral("Make one harmless call to a service and say whether it worked."),
            QStringLiteral("anthropic|openai|graph|teams|metricool"),
            {},
            testConnection};
}

} // namespace Bfs::App
