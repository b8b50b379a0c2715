#include "application.h"

int main(int argc, char *argv[])
{
    return Bfs::App::run(argc, argv);
}
