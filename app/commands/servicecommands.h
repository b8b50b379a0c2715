#pragma once

#include "commandcontext.h"

namespace Bfs::App {

// credentials set|clear|status SERVICE: the services' secrets in the OS
// keychain. The secret is read from stdin, never from the command line,
// where it would land in shell history and the process list.
Command credentialsSetCommand();
Command credentialsClearCommand();
Command credentialsStatusCommand();

// test-connection SERVICE: one harmless call to the service, with a plain
// verdict.
Command testConnectionCommand();

} // namespace Bfs::App
