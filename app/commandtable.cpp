#include "commandtable.h"

#include "commands/configcommand.h"
#include "commands/postcommands.h"

namespace Bfs::App {

const QList<Command> &commandTable()
{
    static const QList<Command> commands = {
        postsCommand(),
        postShowCommand(),
        postApproveCommand(),
        postRejectCommand(),
        configCommand(),
    };
    return commands;
}

} // namespace Bfs::App
