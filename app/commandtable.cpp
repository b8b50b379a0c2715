#include "commandtable.h"

#include "commands/configcommand.h"
#include "commands/postcommands.h"
#include "commands/probecommand.h"

namespace Bfs::App {

const QList<Command> &commandTable()
{
    static const QList<Command> commands = {
        postsCommand(),
        postShowCommand(),
        postApproveCommand(),
        postRejectCommand(),
        configCommand(),
        probeCommand(),
        mediaWorkerCommand(),
    };
    return commands;
}

} // namespace Bfs::App
