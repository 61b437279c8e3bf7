#pragma once

#include "result.h"

#include <QDate>
#include <QSqlDatabase>

#include <cstdint>
#include <functional>

namespace hd {

class Store;

// Fills a store with realistic, deterministic demo and test data: accounts in one city
// (广州) with Chinese names, addresses down to the room, valid ID numbers and credit codes,
// mobile numbers, 12–24 months of bills on the residential three-tier tariff, arrears,
// prepaid, non-residential, agricultural, blocked and closed accounts, and the payment
// history of the last months. The same seed and as-of date give the same content.
class DemoDataGenerator final
{
public:
    struct Options
    {
        int accounts = 1000;
        std::uint64_t seed = 2026;
        QDate asOf = QDate::currentDate(); // the last billed period is the month before
        bool createOperators = true;       // clerk1, super1, admin with password demo123
        std::function<void(int done, int total)> progress;
    };

    struct Summary
    {
        int accounts = 0;
        qint64 bills = 0;
        qint64 payments = 0;
        int places = 0;
        int operators = 0;
    };

    // The store must hold no accounts yet. Everything is written in one transaction.
    static Result<Summary> generate(Store &store, const Options &options);

    // The demo tariffs (residential three-tier annual, flat commercial and agricultural),
    // when missing.
    static Status installDefaultTariffs(QSqlDatabase &db);
};

} // namespace hd
