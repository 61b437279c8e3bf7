#pragma once

#include <QCoreApplication>

// HD_DECLARE_TR_FUNCTIONS(context): Q_DECLARE_TR_FUNCTIONS for a namespace of free functions
// (a class uses Qt's own macro). Written inside the namespace, it gives the code below a tr()
// that translates in `context`. lupdate reads it as Q_DECLARE_TR_FUNCTIONS (the alias is in
// resources/CMakeLists.txt) and extracts those tr() calls in the same context, provided it
// stands in the header that first opens the namespace: lupdate takes a namespace's tr context
// from its first definition only.
#define HD_DECLARE_TR_FUNCTIONS(context)                                                           \
    [[maybe_unused]] static inline QString tr(const char *sourceText,                              \
                                              const char *disambiguation = nullptr, int n = -1)    \
    {                                                                                              \
        return QCoreApplication::translate(#context, sourceText, disambiguation, n);               \
    }
