#pragma once

#include "result.h"

#include <QString>
#include <QStringList>

namespace hd {

class Store;

// Loads accounts and bills from CSV extracts of the marketing system (docs/import-format.md).
// Every row is validated; the first bad row is reported with its file and line number and
// nothing of the import is kept (one transaction for both files).
class CsvImporter final
{
public:
    struct Summary
    {
        int accounts = 0;
        int bills = 0;
    };

    explicit CsvImporter(Store &store)
        : m_store(store)
    {}

    Result<Summary> importFiles(const QString &accountsCsv, const QString &billsCsv);

    // RFC 4180 fields of one CSV text (UTF-8, optional BOM, quoted fields with commas,
    // doubled quotes and line breaks). Each row carries the line it starts on.
    struct Row
    {
        int line = 0;
        QStringList fields;
    };
    static Result<QList<Row>> parseCsv(const QByteArray &data, const QString &fileLabel);

private:
    Store &m_store;
};

} // namespace hd
