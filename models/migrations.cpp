#include "migrations.h"

#include "documentstore.h"
#include "transaction.h"

#include <QMap>
#include <QSqlError>
#include <QSqlQuery>
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
    return runAll(
        db,
        {
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
            QStringLiteral(
                "CREATE INDEX accounts_compound ON accounts (compound_id, building, room)"),
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

// Version 2: taking payments. Settings (late-fee rates, minimum fee, shift difference limit)
// synced from the centre, the receipt sequence, the outbox, shifts and cash movements, the
// tenders and allocations of each payment (what a reversal restores), QR payments whose
// outcome is not known yet, and per bill the day from which its penalty runs.
Status schemaV2(QSqlDatabase &db)
{
    return runAll(
        db,
        {
            // Typed by PaymentSettings; a missing key means the built-in default.
            QStringLiteral(R"(CREATE TABLE settings (
            key TEXT PRIMARY KEY,
            value TEXT NOT NULL) WITHOUT ROWID)"),

            // Gap-free counters, incremented inside the transaction that uses the number.
            QStringLiteral(R"(CREATE TABLE sequences (
            name TEXT PRIMARY KEY,
            value INTEGER NOT NULL) WITHOUT ROWID)"),

            // Operations waiting to be pushed to the centre, written in the same transaction as
            // the business fact. payload is JSON; schema_version is the payload's version.
            QStringLiteral(R"(CREATE TABLE outbox (
            seq INTEGER PRIMARY KEY AUTOINCREMENT,
            op_uuid TEXT NOT NULL UNIQUE,
            kind TEXT NOT NULL,
            schema_version INTEGER NOT NULL,
            payload TEXT NOT NULL,
            created_at TEXT NOT NULL,
            state TEXT NOT NULL DEFAULT 'pending'
                CHECK (state IN ('pending', 'sent', 'applied', 'duplicate', 'rejected')),
            attempts INTEGER NOT NULL DEFAULT 0,
            last_error TEXT))"),
            QStringLiteral("CREATE INDEX outbox_state ON outbox (state, seq)"),

            // One drawer per terminal: at most one open shift. Counts are JSON objects
            // {"denomination in fen": pieces}.
            QStringLiteral(R"(CREATE TABLE shifts (
            id INTEGER PRIMARY KEY,
            uuid TEXT NOT NULL UNIQUE,
            operator_login TEXT NOT NULL,
            state TEXT NOT NULL DEFAULT 'open' CHECK (state IN ('open', 'closed')),
            opened_at TEXT NOT NULL,
            opening_float_fen INTEGER NOT NULL CHECK (opening_float_fen >= 0),
            opening_count TEXT NOT NULL DEFAULT '{}',
            closed_at TEXT,
            closing_count TEXT,
            expected_cash_fen INTEGER,
            counted_cash_fen INTEGER,
            expected_card_fen INTEGER,
            counted_card_fen INTEGER,
            expected_qr_fen INTEGER,
            counted_qr_fen INTEGER,
            difference_fen INTEGER,
            approved_by TEXT,
            -- A running total kept in the transaction of every cash fact, so that the change
            -- warning costs one row read; closing recomputes from the facts.
            drawer_cash_fen INTEGER NOT NULL DEFAULT 0))"),
            QStringLiteral(
                "CREATE UNIQUE INDEX shifts_one_open ON shifts (state) WHERE state = 'open'"),

            QStringLiteral(R"(CREATE TABLE cash_movements (
            id INTEGER PRIMARY KEY,
            uuid TEXT NOT NULL UNIQUE,
            shift_id INTEGER NOT NULL REFERENCES shifts (id),
            direction TEXT NOT NULL CHECK (direction IN ('in', 'out')),
            amount_fen INTEGER NOT NULL CHECK (amount_fen > 0),
            reason TEXT NOT NULL,
            operator_login TEXT NOT NULL,
            created_at TEXT NOT NULL))"),

            QStringLiteral(
                "ALTER TABLE payments ADD COLUMN shift_id INTEGER REFERENCES shifts (id)"),
            QStringLiteral(
                "ALTER TABLE payments ADD COLUMN late_fee_fen INTEGER NOT NULL DEFAULT 0"),
            QStringLiteral("ALTER TABLE payments ADD COLUMN credit_fen INTEGER NOT NULL DEFAULT 0"),
            QStringLiteral("ALTER TABLE payments ADD COLUMN change_fen INTEGER NOT NULL DEFAULT 0"),
            QStringLiteral("ALTER TABLE payments ADD COLUMN reason TEXT"),
            QStringLiteral("ALTER TABLE payments ADD COLUMN approved_by TEXT"),
            QStringLiteral("CREATE INDEX payments_shift ON payments (shift_id)"),
            QStringLiteral("CREATE INDEX payments_created ON payments (created_at)"),
            QStringLiteral("CREATE INDEX payments_reverses ON payments (reverses_uuid)"),

            // Split tender: one row per method. A reversal's tenders are the original's negated.
            QStringLiteral(R"(CREATE TABLE payment_tenders (
            payment_uuid TEXT NOT NULL REFERENCES payments (uuid),
            seq INTEGER NOT NULL,
            method TEXT NOT NULL CHECK (method IN ('cash', 'card', 'qr')),
            amount_fen INTEGER NOT NULL,
            tendered_fen INTEGER NOT NULL DEFAULT 0,
            change_fen INTEGER NOT NULL DEFAULT 0,
            card_ref TEXT,
            card_last4 TEXT,
            qr_code_masked TEXT,
            acquirer_ref TEXT,
            PRIMARY KEY (payment_uuid, seq)) WITHOUT ROWID)"),

            // Where each payment went, with each bill's state before it so that a reversal
            // restores it exactly. kind: bill (penalty and principal of one bill), minimum_fee
            // (the lift of the penalty to the per-payment minimum), credit (预存电费 or 购电).
            QStringLiteral(R"(CREATE TABLE payment_allocations (
            payment_uuid TEXT NOT NULL REFERENCES payments (uuid),
            seq INTEGER NOT NULL,
            kind TEXT NOT NULL CHECK (kind IN ('bill', 'minimum_fee', 'credit')),
            period INTEGER,
            penalty_fen INTEGER NOT NULL DEFAULT 0,
            principal_fen INTEGER NOT NULL DEFAULT 0,
            prev_paid_fen INTEGER,
            prev_status INTEGER,
            prev_penalty_from TEXT,
            prev_penalty_carried_fen INTEGER,
            PRIMARY KEY (payment_uuid, seq)) WITHOUT ROWID)"),

            // A payment waiting for an outside confirmation (QR acquirer). Never counted as paid
            // until state = 'committed'; request is the PaymentRequest as JSON.
            QStringLiteral(R"(CREATE TABLE pending_payments (
            uuid TEXT PRIMARY KEY,
            account_id INTEGER NOT NULL REFERENCES accounts (id),
            amount_fen INTEGER NOT NULL,
            request TEXT NOT NULL,
            state TEXT NOT NULL DEFAULT 'pending'
                CHECK (state IN ('pending', 'committed', 'refused')),
            shift_id INTEGER REFERENCES shifts (id),
            operator_login TEXT NOT NULL,
            created_at TEXT NOT NULL,
            resolved_at TEXT,
            detail TEXT) WITHOUT ROWID)"),

            // The penalty of an unpaid bill runs after penalty_from (NULL: the due date);
            // penalty_carried_fen is penalty already accrued but not yet paid.
            QStringLiteral("ALTER TABLE bills ADD COLUMN penalty_from TEXT"),
            QStringLiteral("ALTER TABLE bills ADD COLUMN penalty_carried_fen INTEGER NOT NULL "
                           "DEFAULT 0"),
            QStringLiteral("CREATE INDEX bills_open ON bills (account_id, status, due_date)"),
        });
}

// Version 4: address look-ups by street and district (search by a road or district name).
Status schemaV4(QSqlDatabase &db)
{
    return runAll(db,
                  {
                      QStringLiteral("CREATE INDEX accounts_street ON accounts (street_id)"),
                      QStringLiteral("CREATE INDEX accounts_district ON accounts (district_id)"),
                  });
}

// Version 6: receipts. Every print of a receipt is a fact (copy 0 is the original, 1, 2 …
// the reprints), so the reprint count and who reprinted survive restarts; and the public keys
// that may sign this hall's receipt QR codes: this terminal's own (source 'self') and the
// hall's other terminals' (from the centre, or added by hand).
Status schemaV6Receipts(QSqlDatabase &db)
{
    return runAll(
        db, {
                QStringLiteral(R"(CREATE TABLE receipt_prints (
            id INTEGER PRIMARY KEY,
            uuid TEXT NOT NULL UNIQUE,
            receipt_no TEXT NOT NULL REFERENCES payments (receipt_no),
            copy_no INTEGER NOT NULL CHECK (copy_no >= 0),
            operator_login TEXT NOT NULL,
            printed_at TEXT NOT NULL,
            printer TEXT NOT NULL DEFAULT '',
            UNIQUE (receipt_no, copy_no)))"),

                // key_id: the first four bytes of BLAKE2b(public key) in hex, printed
                // in the QR so that a verifier can tell an unknown key from a forgery.
                QStringLiteral(R"(CREATE TABLE terminal_keys (
            key_id TEXT PRIMARY KEY,
            terminal TEXT NOT NULL,
            public_key TEXT NOT NULL UNIQUE,
            source TEXT NOT NULL CHECK (source IN ('self', 'central', 'manual')),
            label TEXT NOT NULL DEFAULT '',
            added_by TEXT NOT NULL DEFAULT '',
            added_at TEXT NOT NULL) WITHOUT ROWID)"),
                QStringLiteral("CREATE INDEX terminal_keys_terminal ON terminal_keys (terminal)"),
            });
}
// Version 7: the sync engine's state. sync_state holds the enrollment (centre URL, key id,
// hall, region, CA file) and the pull cursor; each outbox row keeps the centre's answer
// (result: what applying it did; reason: why it was rejected); an account keeps the money the
// centre holds for refund (a payment taken for an account that was closed centrally).
Status schemaV7Sync(QSqlDatabase &db)
{
    return runAll(
        db, {
                QStringLiteral(R"(CREATE TABLE sync_state (
            key TEXT PRIMARY KEY,
            value TEXT NOT NULL) WITHOUT ROWID)"),
                QStringLiteral("ALTER TABLE outbox ADD COLUMN result TEXT"),
                QStringLiteral("ALTER TABLE outbox ADD COLUMN reason TEXT"),
                QStringLiteral("ALTER TABLE outbox ADD COLUMN acked_at TEXT"),
                QStringLiteral("ALTER TABLE accounts ADD COLUMN refund_due_fen INTEGER NOT NULL "
                               "DEFAULT 0"),
            });
}

// Version 8: the tables a sync pull and push write row by row.
//
// bills_open (account_id, status, due_date) goes: its only reader, the payment quote, reads one
// account's bills, which the primary key (account_id, period) finds; on a store of a million
// accounts it took some 470 MB and was written for every bill a pull stored.
//
// A CHECK of the form `x IN (a, b, c)` becomes `(x = a OR x = b OR x = c)`. SQLite evaluates an
// IN list of more than two constants by building a small temporary index each time a statement
// runs, and a pull runs one statement per bill: that was a quarter of a first pull's time. The
// two forms accept exactly the same values, so every stored row satisfies the new text, and it
// is put in place the way SQLite documents for changing constraints without rebuilding a table
// (https://sqlite.org/lang_altertable.html, "Making Other Kinds Of Table Schema Changes"): the
// table's SQL in sqlite_schema is edited under writable_schema and schema_version is raised
// by one, inside this migration's transaction.
Status schemaV8SyncWritePath(QSqlDatabase &db)
{
    if (Status s = runAll(db, {QStringLiteral("DROP INDEX IF EXISTS bills_open"),
                               // A first pull cut short keeps the definitions of the indexes it
                               // set aside, to make them again: not this one.
                               QStringLiteral("UPDATE sync_state SET value = (SELECT "
                                              "json_group_array(value) FROM json_each(sync_state."
                                              "value) WHERE value NOT LIKE '% bills_open %') "
                                              "WHERE key = 'deferred_indexes'")});
        !s)
        return s;
    struct Check
    {
        const char *table;
        const char *from;
        const char *to;
    };
    static const Check checks[] = {
        {"accounts", "CHECK (customer_class IN ('residential', 'non_residential', 'agricultural'))",
         "CHECK (customer_class = 'residential' OR customer_class = 'non_residential' OR "
         "customer_class = 'agricultural')"},
        {"accounts", "CHECK (status IN ('active', 'suspended', 'cut_off', 'closed'))",
         "CHECK (status = 'active' OR status = 'suspended' OR status = 'cut_off' OR status = "
         "'closed')"},
        {"bills", "CHECK (status IN (0, 1, 2))", "CHECK (status = 0 OR status = 1 OR status = 2)"},
        {"payments", "CHECK (kind IN ('bill', 'topup', 'reversal'))",
         "CHECK (kind = 'bill' OR kind = 'topup' OR kind = 'reversal')"},
        {"outbox", "CHECK (state IN ('pending', 'sent', 'applied', 'duplicate', 'rejected'))",
         "CHECK (state = 'pending' OR state = 'sent' OR state = 'applied' OR state = "
         "'duplicate' OR state = 'rejected')"},
    };
    QSqlQuery q(db);
    if (!q.exec(QStringLiteral("PRAGMA schema_version")) || !q.next())
        return Error{QStringLiteral("store.sql"), q.lastError().text()};
    const qint64 schemaVersion = q.value(0).toLongLong();
    q.finish();
    QMap<QString, QString> tables;
    for (const Check &c : checks) {
        const QString table = QLatin1String(c.table);
        if (!tables.contains(table)) {
            q.prepare(QStringLiteral("SELECT sql FROM sqlite_schema WHERE type = 'table' AND "
                                     "name = ?"));
            q.addBindValue(table);
            if (!q.exec() || !q.next())
                return Error{QStringLiteral("store.sql"), q.lastError().text()};
            tables.insert(table, q.value(0).toString());
            q.finish();
        }
        QString &sql = tables[table];
        // Each constraint is where version 1 wrote it, once; anything else and nothing changes.
        if (sql.count(QLatin1String(c.from)) != 1)
            return Error{QStringLiteral("store.schema"),
                         QStringLiteral("%1: %2 not found once").arg(table, QLatin1String(c.from))};
        sql.replace(QLatin1String(c.from), QLatin1String(c.to));
    }
    if (Status s = execSql(db, QStringLiteral("PRAGMA writable_schema = ON")); !s)
        return s;
    for (auto it = tables.cbegin(); it != tables.cend(); ++it) {
        q.prepare(
            QStringLiteral("UPDATE sqlite_schema SET sql = ? WHERE type = 'table' AND name = ?"));
        q.addBindValue(it.value());
        q.addBindValue(it.key());
        if (!q.exec() || q.numRowsAffected() != 1) {
            const QString error = q.lastError().text();
            (void)execSql(db, QStringLiteral("PRAGMA writable_schema = OFF"));
            return Error{QStringLiteral("store.sql"), error};
        }
    }
    if (Status s = execSql(db, QStringLiteral("PRAGMA schema_version = %1").arg(schemaVersion + 1));
        !s)
        return s;
    if (Status s = execSql(db, QStringLiteral("PRAGMA writable_schema = OFF")); !s)
        return s;
    // The connection reads the schema again: a text SQLite cannot parse fails here, and the
    // whole upgrade is rolled back.
    for (auto it = tables.cbegin(); it != tables.cend(); ++it)
        if (Status s = execSql(db, QStringLiteral("SELECT * FROM %1 LIMIT 0").arg(it.key())); !s)
            return s;
    return {};
}

} // namespace

const std::vector<Migration> &migrations()
{
    static const std::vector<Migration> all = {
        {1, "identity, operators, audit log, accounts, tariffs, bills, payments", schemaV1},
        {2, "payments: settings, outbox, shifts, tenders, allocations, pending QR", schemaV2},
        {4, "search by street and district", schemaV4},
        // 3 was never released: the documents table came after 4 had landed.
        {5, "captured documents (encrypted images) attached to accounts", schemaV5Documents},
        {6, "receipts: prints and reprints, trusted terminal signing keys", schemaV6Receipts},
        {7, "sync: enrollment and cursor, the centre's answer per outbox op, refund due",
         schemaV7Sync},
        {8, "sync write path: bills_open dropped, IN-list checks written as comparisons",
         schemaV8SyncWritePath},
    };
    return all;
}

int latestSchemaVersion()
{
    return migrations().back().version;
}

} // namespace hd
