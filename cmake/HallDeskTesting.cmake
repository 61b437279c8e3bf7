# halldesk_add_test(NAME name SOURCES a.cpp ... LIBS lib ... [LABELS l ...] [TIMEOUT s])
# One Qt Test executable per test class, registered with CTest. GUI tests run on the
# offscreen platform; every test gets a throwaway HOME so no test reads another's leftovers.
# The longest tests carry COST, the seconds they took in a full ctest -j2 run on 2 cores
# (fresh clone, 2026-12-05): CTest starts the costliest first, so that no long test is left
# running alone at the end of a run (a fresh clone has no timing history for CTest to go by).
# HALLDESK_TEST_MALLOC keeps freed memory in the process: the tests render full-HD synthetic
# scenes, tens of megabytes a frame, and with glibc's defaults every such buffer went back to
# the kernel on free and was faulted in again page by page on the next (on this VM the capture
# tests spent more time in page faults than in their own work: tst_capturewidget 127 s
# against 33 s, tst_documentdetector 209 s against ~70 s). It changes no result.
set(HALLDESK_TEST_MALLOC
    "GLIBC_TUNABLES=glibc.malloc.mmap_threshold=33554432:glibc.malloc.trim_threshold=268435456")
# The tests' own code (not the libraries it calls) is compiled at -O1 in the optimised builds:
# tst_central.cpp 14.2 s at -O2, 9.9 s at -O1 (on a loaded machine). The precompiled header
# the tests share must be made the same way (GCC checks __OPTIMIZE__ and friends).
function(halldesk_test_optimisation target)
    target_compile_options(${target} PRIVATE $<$<CONFIG:RelWithDebInfo,Release>:-O1>)
endfunction()

function(halldesk_add_test)
    cmake_parse_arguments(T "" "NAME;TIMEOUT" "SOURCES;LIBS;LABELS;ENV" ${ARGN})
    qt_add_executable(${T_NAME} ${T_SOURCES})
    set_target_properties(${T_NAME} PROPERTIES MACOSX_BUNDLE OFF WIN32_EXECUTABLE OFF)
    target_link_libraries(${T_NAME} PRIVATE Qt6::Test HallDesk::common ${T_LIBS})
    target_compile_definitions(${T_NAME} PRIVATE
        HALLDESK_SOURCE_DIR="${PROJECT_SOURCE_DIR}"
        HALLDESK_SHARED_DIR="${PROJECT_SOURCE_DIR}/../shared"
        HALLDESK_BINARY_DIR="${PROJECT_BINARY_DIR}")
    if(TARGET halldesk_test_pch)
        target_precompile_headers(${T_NAME} REUSE_FROM halldesk_test_pch)
        # A test's generated mocs_compilation.cpp is empty (the test class's moc output is
        # included by its own file): loading the 150 MB precompiled header cost it ~1 s.
        set_source_files_properties(
            ${CMAKE_CURRENT_BINARY_DIR}/${T_NAME}_autogen/mocs_compilation.cpp
            TARGET_DIRECTORY ${T_NAME} PROPERTIES SKIP_PRECOMPILE_HEADERS ON)
    endif()
    halldesk_test_optimisation(${T_NAME})
    add_test(NAME ${T_NAME} COMMAND ${T_NAME})
    if(NOT T_TIMEOUT)
        set(T_TIMEOUT 300)
    endif()
    set_tests_properties(${T_NAME} PROPERTIES
        TIMEOUT ${T_TIMEOUT}
        LABELS "${T_LABELS}"
        ENVIRONMENT
        "QT_QPA_PLATFORM=offscreen;LANG=zh_CN.UTF-8;LC_ALL=C.UTF-8;${HALLDESK_TEST_MALLOC};${T_ENV}")
endfunction()
