# `format` rewrites every C++ file with the repository's .clang-format;
# `format-check` fails when any file differs (CI and the pre-commit habit).
find_program(BFS_CLANG_FORMAT NAMES clang-format-14 clang-format)
if(NOT BFS_CLANG_FORMAT)
    return()
endif()

file(GLOB_RECURSE BFS_FORMAT_SOURCES CONFIGURE_DEPENDS
    ${PROJECT_SOURCE_DIR}/app/*.cpp ${PROJECT_SOURCE_DIR}/app/*.h
    ${PROJECT_SOURCE_DIR}/core/*.cpp ${PROJECT_SOURCE_DIR}/core/*.h
    ${PROJECT_SOURCE_DIR}/integrations/*.cpp ${PROJECT_SOURCE_DIR}/integrations/*.h
    ${PROJECT_SOURCE_DIR}/orchestrator/*.cpp ${PROJECT_SOURCE_DIR}/orchestrator/*.h
    ${PROJECT_SOURCE_DIR}/ui/*.cpp ${PROJECT_SOURCE_DIR}/ui/*.h
    ${PROJECT_SOURCE_DIR}/tests/*.cpp ${PROJECT_SOURCE_DIR}/tests/*.h)

add_custom_target(format
    COMMAND ${BFS_CLANG_FORMAT} -i ${BFS_FORMAT_SOURCES}
    COMMENT "clang-format: rewriting sources")

add_custom_target(format-check
    COMMAND ${BFS_CLANG_FORMAT} --dry-run -Werror ${BFS_FORMAT_SOURCES}
    COMMENT "clang-format: checking sources")
