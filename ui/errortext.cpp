#include "errortext.h"

#include <QCoreApplication>

namespace Bfs::Ui {

namespace {

QString summary(ErrorCode code)
{
    const auto tr = [](const char *text) {
        return QCoreApplication::translate("Bfs::Ui::ErrorText", text);
    };
    switch (code) {
    case ErrorCode::InvalidArgument:
        return tr("This cannot be done as asked.");
    case ErrorCode::NotFound:
        return tr("It no longer exists.");
    case ErrorCode::StaleVersion:
        return tr("Someone else changed it first.");
    case ErrorCode::TransitionNotAllowed:
        return tr("The post is no longer at this step.");
    case ErrorCode::DatabaseUnavailable:
        return tr("The database cannot be reached.");
    case ErrorCode::DatabaseError:
        return tr("The database reported an error.");
    case ErrorCode::SchemaTooNew:
        return tr("The database was made by a newer version of BFS Marketing.");
    case ErrorCode::NotADatabase:
        return tr("That is not a BFS Marketing database.");
    case ErrorCode::Io:
        return tr("A file could not be read or written.");
    case ErrorCode::Network:
        return tr("The network is not reachable.");
    case ErrorCode::Service:
        return tr("A service reported an error.");
    case ErrorCode::Timeout:
        return tr("It took too long.");
    case ErrorCode::Cancelled:
        return tr("It was cancelled.");
    case ErrorCode::Unsupported:
        return tr("This is not supported.");
    case ErrorCode::Busy:
        return tr("It is busy; try again shortly.");
    }
    return tr("Something went wrong.");
}

} // namespace

QString errorText(const Error &error)
{
    if (error.detail.isEmpty()) {
        return summary(error.code);
    }
    return summary(error.code) + QLatin1Char(' ') + QLatin1Char('(') + error.detail
           + QLatin1Char(')');
}

} // namespace Bfs::Ui
