#pragma once

#include "result.h"

#include <QSqlDatabase>

#include <functional>
#include <vector>

namespace hd {

// A numbered schema step. Steps are applied in order, all pending ones in one transaction,
// and are never edited once released: a change to the schema is a new step.
struct Migration
{
    int version = 0;
    const char *description = "";
    std::function<Status(QSqlDatabase &)> apply;
};

const std::vector<Migration> &migrations();
int latestSchemaVersion();

} // namespace hd
