# One interface target carries the warnings and the strict Qt defines, so
# every library, the executable and the tests are compiled the same way.
add_library(bfs_build_options INTERFACE)

target_compile_options(bfs_build_options INTERFACE
    -Wall -Wextra -Wpedantic -Wshadow=local -Wnon-virtual-dtor -Woverloaded-virtual)

if(BFS_WARNINGS_AS_ERRORS)
    target_compile_options(bfs_build_options INTERFACE -Werror)
endif()

target_compile_definitions(bfs_build_options INTERFACE
    QT_NO_CAST_FROM_ASCII
    QT_NO_CAST_TO_ASCII
    QT_NO_CAST_FROM_BYTEARRAY
    QT_NO_URL_CAST_FROM_STRING
    QT_NO_NARROWING_CONVERSIONS_IN_CONNECT
    QT_NO_FOREACH
    QT_USE_QSTRINGBUILDER
    QT_STRICT_ITERATORS
    QT_DISABLE_DEPRECATED_BEFORE=0x060400)
