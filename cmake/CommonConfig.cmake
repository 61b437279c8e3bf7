# One interface target carries the compile options every HallDesk target shares.
set(CMAKE_CXX_STANDARD 20)
set(CMAKE_CXX_STANDARD_REQUIRED ON)
set(CMAKE_CXX_EXTENSIONS OFF)
set(CMAKE_EXPORT_COMPILE_COMMANDS ON)

option(HALLDESK_WERROR "Treat compiler warnings as errors (CI turns this on)" OFF)

add_library(halldesk_common INTERFACE)
add_library(HallDesk::common ALIAS halldesk_common)
target_compile_features(halldesk_common INTERFACE cxx_std_20)
target_compile_definitions(halldesk_common INTERFACE
    QT_NO_CAST_FROM_ASCII
    QT_NO_CAST_TO_ASCII
    QT_NO_CONTEXTLESS_CONNECT
    QT_NO_URL_CAST_FROM_STRING
    QT_USE_QSTRINGBUILDER
    QT_NO_FOREACH
    QT_DISABLE_DEPRECATED_UP_TO=0x060400)
target_compile_options(halldesk_common INTERFACE
    -Wall -Wextra -Wpedantic -Wshadow -Wnon-virtual-dtor -Woverloaded-virtual
    -Wcast-align -Wnull-dereference -Wimplicit-fallthrough)
if(HALLDESK_WERROR)
    target_compile_options(halldesk_common INTERFACE -Werror)
endif()

option(HALLDESK_SANITIZE "Build with AddressSanitizer and UndefinedBehaviorSanitizer" OFF)
if(HALLDESK_SANITIZE)
    target_compile_options(halldesk_common INTERFACE
        -fsanitize=address,undefined -fno-omit-frame-pointer -fno-sanitize-recover=undefined)
    target_link_options(halldesk_common INTERFACE -fsanitize=address,undefined)
endif()
