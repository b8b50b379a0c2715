#include "commandtable.h"

#include "commands/configcommand.h"
#include "commands/postcommands.h"
#include "commands/probecommand.h"
#include "commands/servicecommands.h"
#include "commands/taskcommands.h"

namespace Bfs::App {

const QList<Command> &commandTable()
{
    static const QList<Command> commands = {
        postsCommand(),
        postShowCommand(),
        postApproveCommand(),
        postRejectCommand(),
        configCommand(),
        credentialsSetCommand(),
        credentialsClearCommand(),
        credentialsStatusCommand(),
        testConnectionCommand(),
        taskCommand(),
        tasksCommand(),
        runsCommand(),
        headlessCommand(),
        probeCommand(),
        mediaWorkerCommand(),
    };
    return commands;
}

} // namespace Bfs::App
