#include "migrations.h"

#include "transaction.h"

#include <QStringList>

namespace hd {

namespace {
Status runAll(QSqlDatabase &db, const QStringList &statements)
{
    for (const QString &sql : statements)
        if (Status s = execSql(db, sql); !s)
            return s;
    return {};
}

// Version 1: the store's identity, operators, the audit chain, the address dictionary,
// accounts with their search keys, tariffs, bills and the payment history.
Status schemaV1(QSqlDatabase &db)
{
    return runAll(db, {
        QStringLiteral(R"(CREATE TABLE store_info (
            key TEXT PRIMARY KEY,
            value TEXT NOT NULL) WITHOUT ROWID)"),

        QStringLiteral(R"(CREATE TABLE operators (
            id INTEGER PRIMARY KEY,
            login TEXT NOT NULL UNIQUE,
            name TEXT NOT NULL,
            role TEXT NOT NULL CHECK (role IN ('clerk', 'supervisor', 'admin')),
            password_hash TEXT NOT NULL,
            disabled INTEGER NOT NULL DEFAULT 0,
            failed_attempts INTEGER NOT NULL DEFAULT 0,
            locked_until TEXT))"),

        // Tamper-evident: each entry holds the SHA-256 of the previous one (see AuditLog).
        QStringLiteral(R"(CREATE TABLE audit_log (
            seq INTEGER PRIMARY KEY,
            uuid TEXT NOT NULL UNIQUE,
            at TEXT NOT NULL,
            operator_login TEXT NOT NULL DEFAULT '',
            action TEXT NOT NULL,
            detail TEXT NOT NULL DEFAULT '{}',
            prev_hash TEXT NOT NULL,
            hash TEXT NOT NULL))"),

        // Districts (1), streets (2) and compounds (3): a small dictionary that address
        // fragments are matched against before the accounts are looked up by id.
        QStringLiteral(R"(CREATE TABLE places (
            id INTEGER PRIMARY KEY,
            kind INTEGER NOT NULL CHECK (kind IN (1, 2, 3)),
            name TEXT NOT NULL,
            UNIQUE (kind, name)))"),

        // Tier prices in 厘 (0.001 yuan) per kWh so that every amount stays an integer.
        QStringLiteral(R"(CREATE TABLE tariffs (
            code TEXT PRIMARY KEY,
            name TEXT NOT NULL,
            customer_class TEXT NOT NULL,
            billing_period TEXT NOT NULL CHECK (billing_period IN ('annual', 'monthly', 'flat')),
            tier1_limit_kwh INTEGER,
            tier2_limit_kwh INTEGER,
            price1_li INTEGER NOT NULL,
            price2_li INTEGER NOT NULL,
            price3_li INTEGER NOT NULL,
            effective_from TEXT NOT NULL))"),

        // Personal data (phone, ID number) is stored encrypted (…_cipher), with a keyed hash
        // for exact look-ups (…_hash) and the masked form shown on screen (…_masked).
        QStringLiteral(R"(CREATE TABLE accounts (
            id INTEGER PRIMARY KEY,
            account_no TEXT NOT NULL UNIQUE,
            name TEXT NOT NULL,
            customer_class TEXT NOT NULL
                CHECK (customer_class IN ('residential', 'non_residential', 'agricultural')),
            address TEXT NOT NULL,
            district_id INTEGER REFERENCES places (id),
            street_id INTEGER REFERENCES places (id),
            compound_id INTEGER REFERENCES places (id),
            building INTEGER,
            unit INTEGER,
            room INTEGER,
            phone_cipher BLOB,
            phone_hash BLOB,
            phone_last4 TEXT,
            phone_masked TEXT,
            id_kind TEXT CHECK (id_kind IN ('resident_id', 'credit_code')),
            id_cipher BLOB,
            id_hash BLOB,
            id_masked TEXT,
            tariff_code TEXT NOT NULL REFERENCES tariffs (code),
            meter_no TEXT,
            prepaid INTEGER NOT NULL DEFAULT 0,
            balance_fen INTEGER NOT NULL DEFAULT 0,
            status TEXT NOT NULL DEFAULT 'active'
                CHECK (status IN ('active', 'suspended', 'cut_off', 'closed')),
            blocked INTEGER NOT NULL DEFAULT 0,
            blocked_reason TEXT,
            opened_on TEXT))"),
        QStringLiteral("CREATE INDEX accounts_name ON accounts (name)"),
        QStringLiteral("CREATE INDEX accounts_phone_hash ON accounts (phone_hash)"),
        QStringLiteral("CREATE INDEX accounts_phone_last4 ON accounts (phone_last4)"),
        QStringLiteral("CREATE INDEX accounts_id_hash ON accounts (id_hash)"),
        QStringLiteral("CREATE INDEX accounts_compound ON accounts (compound_id, building, room)"),
        QStringLiteral("CREATE INDEX accounts_building_room ON accounts (building, room)"),

        // Every substring of two or more characters of a person's name (and the bigrams of
        // an organisation's), so that partial names, including two-character ones, are found
        // through an index.
        QStringLiteral(R"(CREATE TABLE name_grams (
            gram TEXT NOT NULL,
            account_id INTEGER NOT NULL,
            PRIMARY KEY (gram, account_id)) WITHOUT ROWID)"),

        // period = yyyymm; due_date = yyyy-MM-dd (a calendar date in the hall's time zone);
        // status 0 open, 1 settled, 2 cancelled.
        QStringLiteral(R"(CREATE TABLE bills (
            account_id INTEGER NOT NULL REFERENCES accounts (id),
            period INTEGER NOT NULL,
            kwh_tier1 INTEGER NOT NULL DEFAULT 0,
            kwh_tier2 INTEGER NOT NULL DEFAULT 0,
            kwh_tier3 INTEGER NOT NULL DEFAULT 0,
            amount_fen INTEGER NOT NULL CHECK (amount_fen >= 0),
            due_date TEXT NOT NULL,
            paid_fen INTEGER NOT NULL DEFAULT 0 CHECK (paid_fen >= 0),
            status INTEGER NOT NULL DEFAULT 0 CHECK (status IN (0, 1, 2)),
            PRIMARY KEY (account_id, period)) WITHOUT ROWID)"),

        // Payment facts are inserted, never edited; a reversal is a new row pointing at the
        // original through reverses_uuid. created_at is a UTC instant (ISO 8601).
        QStringLiteral(R"(CREATE TABLE payments (
            id INTEGER PRIMARY KEY,
            uuid TEXT NOT NULL UNIQUE,
            receipt_no TEXT NOT NULL UNIQUE,
            account_id INTEGER NOT NULL REFERENCES accounts (id),
            kind TEXT NOT NULL CHECK (kind IN ('bill', 'topup', 'reversal')),
            amount_fen INTEGER NOT NULL,
            method TEXT NOT NULL,
            channel TEXT NOT NULL DEFAULT 'counter',
            operator_login TEXT NOT NULL DEFAULT '',
            created_at TEXT NOT NULL,
            reverses_uuid TEXT))"),
        QStringLiteral("CREATE INDEX payments_account ON payments (account_id, created_at)"),
    });
}
// Version 4: address look-ups by street and district (search by a road or district name).
Status schemaV4(QSqlDatabase &db)
{
    return runAll(db, {
        QStringLiteral("CREATE INDEX accounts_street ON accounts (street_id)"),
        QStringLiteral("CREATE INDEX accounts_district ON accounts (district_id)"),
    });
}
} // namespace

const std::vector<Migration> &migrations()
{
    static const std::vector<Migration> all = {
        {1, "identity, operators, audit log, accounts, tariffs, bills, payments", schemaV1},
        {4, "search by street and district", schemaV4},
    };
    return all;
}

int latestSchemaVersion()
{
    return migrations().back().version;
}

} // namespace hd
