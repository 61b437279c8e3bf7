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

# Precompiled headers. Nearly all of a HallDesk translation unit's compile time went on parsing
# Qt's (and OpenCV's) headers again (receiptprintlog.cpp: 138 000 lines after preprocessing,
# parsing 77 % of its 9.6 s). halldesk_precompile(target [SQL] [WIDGETS] [OPENCV]) parses them
# once per target; the tests share one (tests/CMakeLists.txt). HALLDESK_PCH=OFF builds without,
# which shows a file that misses an #include of its own.
option(HALLDESK_PCH "Precompile the Qt and OpenCV headers the targets share" ON)
set(HALLDESK_PCH_CORE
    <algorithm> <functional> <memory> <optional> <string> <vector>
    <QByteArray> <QCoreApplication> <QDate> <QDateTime> <QDir> <QFile> <QFileInfo> <QHash>
    <QJsonArray> <QJsonDocument> <QJsonObject> <QList> <QObject> <QRegularExpression>
    <QString> <QStringList> <QTimer> <QUuid> <QVariant>)
set(HALLDESK_PCH_SQL <QSqlDatabase> <QSqlError> <QSqlQuery> <QSqlRecord>)
function(halldesk_precompile target)
    if(NOT HALLDESK_PCH)
        return()
    endif()
    cmake_parse_arguments(P "SQL;WIDGETS;OPENCV" "" "" ${ARGN})
    set(headers ${HALLDESK_PCH_CORE})
    if(P_SQL)
        list(APPEND headers ${HALLDESK_PCH_SQL})
    endif()
    if(P_WIDGETS)
        list(APPEND headers
            <QComboBox> <QDialog> <QDialogButtonBox> <QFormLayout> <QHBoxLayout> <QHeaderView>
            <QLabel> <QLineEdit> <QMessageBox> <QPainter> <QPushButton> <QShortcut>
            <QTableView> <QVBoxLayout> <QWidget>)
    endif()
    if(P_OPENCV)
        list(APPEND headers <opencv2/core.hpp> <opencv2/imgproc.hpp>)
    endif()
    target_precompile_headers(${target} PRIVATE ${headers})
endfunction()
