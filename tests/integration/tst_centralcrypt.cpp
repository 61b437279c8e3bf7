// The centre keeps phone and ID numbers encrypted at rest with its data key: after an import,
// and after the upgrade of a schema-1 database, the database (its rows read with plain SQL, and
// its files) holds none of them in plain text, and the pull still delivers the values. A
// missing, unreadable, too-open or other key refuses to start. On SQLite and, with
// HALLDESK_TEST_DB=pg under pg_virtualenv (tst_centralcrypt_pg), on PostgreSQL.

#include "centraldb.h"
#include "centralfixture.h"

#include <QSqlRecord>
#include <QTemporaryDir>
#include <QTest>

using namespace hd;
using namespace hd::testing;

namespace {

struct Person
{
    QString accountNo, phone, idNumber;
};

// Values no other column holds, so finding them anywhere means plaintext.
const QList<Person> kPeople = {
    {QStringLiteral("1000000001"), QStringLiteral("13987650123"),
     QStringLiteral("44010619900307421X")},
    {QStringLiteral("1000000002"), QStringLiteral("02087651234"), QStringLiteral("")},
    {QStringLiteral("1000000003"), QStringLiteral(""), QStringLiteral("440104198512094536")},
};

// A connection of its own to the centre's database, for reading it as a stranger would.
class RawDb final
{
    Q_DISABLE_COPY_MOVE(RawDb)
public:
    explicit RawDb(const QString &spec)
    {
        if (spec.startsWith(QLatin1String("sqlite:"))) {
            m_db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("raw"));
            m_db.setDatabaseName(spec.mid(7));
        } else {
            m_db = QSqlDatabase::addDatabase(QStringLiteral("QPSQL"), QStringLiteral("raw"));
            m_db.setDatabaseName(spec.mid(9));
            m_db.setHostName(qEnvironmentVariable("PGHOST"));
            m_db.setPort(qEnvironmentVariableIsSet("PGPORT")
                             ? qEnvironmentVariable("PGPORT").toInt()
                             : 5432);
            m_db.setUserName(qEnvironmentVariable("PGUSER"));
            m_db.setPassword(qEnvironmentVariable("PGPASSWORD"));
        }
        if (!m_db.open())
            qWarning("raw open: %s", qPrintable(m_db.lastError().text()));
    }
    ~RawDb()
    {
        m_db.close();
        m_db = QSqlDatabase();
        QSqlDatabase::removeDatabase(QStringLiteral("raw"));
    }
    QSqlDatabase &db() { return m_db; }
    bool run(const QString &sql, const QVariantList &values = {})
    {
        QSqlQuery q(m_db);
        // Without values, not prepared: PostgreSQL cannot PREPARE a CHECKPOINT.
        if (values.isEmpty() ? !q.exec(sql) : !q.prepare(sql)) {
            qWarning("%s: %s", qPrintable(sql), qPrintable(q.lastError().text()));
            return false;
        }
        for (const QVariant &v : values)
            q.addBindValue(v);
        if (!values.isEmpty() && !q.exec()) {
            qWarning("%s: %s", qPrintable(sql), qPrintable(q.lastError().text()));
            return false;
        }
        return true;
    }
    QString value(const QString &sql)
    {
        QSqlQuery q(m_db);
        return q.exec(sql) && q.next() ? q.value(0).toString() : QString();
    }

private:
    QSqlDatabase m_db;
};

} // namespace

class TestCentralCrypt final : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<QTemporaryDir> m_dir;
    QString m_spec;

    QString path(const QString &name) const { return m_dir->filePath(name); }
    QString keyFile() const { return path(QStringLiteral("centre-data.key")); }
    QStringList keyArgs() const { return {QStringLiteral("--data-key"), keyFile()}; }

    // Every value of every account row as the database gives it to plain SQL (bytes in hex),
    // column names first.
    QByteArray accountRows()
    {
        RawDb raw(m_spec);
        QSqlQuery q(raw.db());
        if (!q.exec(QStringLiteral("SELECT * FROM accounts")))
            return {};
        QByteArray all;
        for (int c = 0; c < q.record().count(); ++c)
            all += q.record().fieldName(c).toUtf8() + '|';
        while (q.next())
            for (int c = 0; c < q.record().count(); ++c)
                all += '\n' + (q.value(c).typeId() == QMetaType::QByteArray
                                   ? q.value(c).toByteArray().toHex()
                                   : q.value(c).toString().toUtf8());
        return all;
    }
    // The bytes of the files that hold the accounts: SQLite's database and WAL; PostgreSQL's
    // table file (after a checkpoint writes it out).
    QByteArray accountFiles()
    {
        QStringList files;
        if (!usePostgres()) {
            files = {m_spec.mid(7), m_spec.mid(7) + QStringLiteral("-wal")};
        } else {
            RawDb raw(m_spec);
            if (!raw.run(QStringLiteral("CHECKPOINT")))
                return {};
            files = {raw.value(QStringLiteral("SELECT current_setting('data_directory') || '/' "
                                              "|| pg_relation_filepath('accounts')"))};
        }
        QByteArray all;
        for (const QString &name : files) {
            QFile f(name);
            if (f.open(QIODevice::ReadOnly))
                all += f.readAll();
        }
        return all;
    }
    void expectNoPlaintext(const QList<Person> &more = {})
    {
        const QByteArray rows = accountRows(), files = accountFiles();
        // The reading works: the account numbers (plain by design) are there.
        QVERIFY2(rows.contains("1000000001"), rows.left(200).constData());
        QVERIFY(files.contains("1000000001"));
        QVERIFY(!rows.contains("|phone|"));
        QVERIFY(!rows.contains("|id_number|"));
        for (const Person &p : kPeople + more)
            for (const QString &value : {p.phone, p.idNumber}) {
                if (value.isEmpty())
                    continue;
                QVERIFY2(!rows.contains(value.toUtf8()), qPrintable(value));
                QVERIFY2(!files.contains(value.toUtf8()), qPrintable(value));
            }
    }
    static void expectPrivateKeyFile(const QString &file)
    {
        QVERIFY(QFile::exists(file));
        QCOMPARE(QFile::permissions(file) & 0x0077, QFileDevice::Permissions());
        QFile f(file);
        QVERIFY(f.open(QIODevice::ReadOnly));
        QCOMPARE(QByteArray::fromBase64(f.readAll().trimmed()).size(), 32);
    }
    // Enrolls the counter with the running centre (a code for hall 4401) and pulls.
    bool enrolledAndPulled(CentralProcess &central, Counter &c)
    {
        QByteArray code;
        if (!c.store || central.admin(QStringList{QStringLiteral("code"), QStringLiteral("create"),
                                                  QStringLiteral("4401")} +
                                          keyArgs(),
                                      &code) != 0)
            return false;
        if (!c.enroll(central.url(), QString::fromLatin1(code.trimmed())))
            return false;
        auto r = c.pullOnly();
        if (!r)
            qWarning("%s", qPrintable(r.error().message));
        return bool(r);
    }
    // Enrolls a counter with the running centre, pulls, and compares each account's phone and
    // ID number (decrypted with the counter's own key) with what the centre was given.
    void expectPulledValues(CentralProcess &central)
    {
        Counter c(path(QStringLiteral("counter.sqlite")), QStringLiteral("05"));
        QVERIFY(enrolledAndPulled(central, c));
        for (const Person &p : kPeople) {
            QSqlQuery q(c.store->db());
            q.prepare(QStringLiteral("SELECT phone_cipher, id_cipher FROM accounts WHERE "
                                     "account_no = ?"));
            q.addBindValue(p.accountNo);
            QVERIFY(q.exec() && q.next());
            auto text = [&](int column) {
                if (q.value(column).isNull())
                    return QString();
                auto t = c.store->cipher().decryptText(q.value(column).toByteArray());
                return t ? t.value() : QStringLiteral("<undecryptable>");
            };
            QCOMPARE(text(0), p.phone);
            QCOMPARE(text(1), p.idNumber);
        }
    }

    // A fresh centre database made only up to schema `version`, as an older release made it.
    bool createdAtSchema(int version)
    {
        central::DatabaseConfig config;
        config.driver = usePostgres() ? QStringLiteral("QPSQL") : QStringLiteral("QSQLITE");
        config.name = m_spec.mid(m_spec.indexOf(u':') + 1);
        config.dataKeyFile = keyFile();
        config.schemaUpTo = version;
        auto db = central::CentralDb::open(config);
        if (!db) {
            qWarning("%s", qPrintable(db.error().message));
            return false;
        }
        return db.value()->schemaVersion() == version;
    }

private Q_SLOTS:
    void init()
    {
        m_dir = std::make_unique<QTemporaryDir>();
        QVERIFY(m_dir->isValid());
        m_spec = freshDatabase(m_dir->path());
    }
    void cleanup() { m_dir.reset(); }

    void import_storesNoPlaintextAndPullDeliversValues()
    {
        {
            auto master = seededStore(path(QStringLiteral("master.sqlite")));
            QVERIFY(master);
            for (const Person &p : kPeople) {
                auto seal = [&](const QString &v) {
                    return v.isEmpty() ? QVariant(QMetaType(QMetaType::QByteArray))
                                       : QVariant(master->cipher().encryptText(v));
                };
                QVERIFY(exec(*master,
                             QStringLiteral("UPDATE accounts SET phone_cipher = ?, id_kind = "
                                            "'resident_id', id_cipher = ? WHERE account_no = ?"),
                             {seal(p.phone), seal(p.idNumber), p.accountNo}));
            }
        }
        CentralProcess central(m_spec);
        QVERIFY(!QFile::exists(keyFile()));
        QCOMPARE(central.admin(
                     QStringList{QStringLiteral("import"), path(QStringLiteral("master.sqlite"))} +
                     keyArgs()),
                 0);
        expectPrivateKeyFile(keyFile());
        expectNoPlaintext();
        QVERIFY(central.start(keyArgs()));
        expectPulledValues(central);
    }

    void import_undecryptableField_importsNothing()
    {
        {
            auto master = seededStore(path(QStringLiteral("master.sqlite")));
            QVERIFY(master);
            // Encrypted with a key that is not this store's.
            const FieldCipher stranger(FieldCipher::generateKey());
            QVERIFY(exec(*master,
                         QStringLiteral("UPDATE accounts SET phone_cipher = ? WHERE account_no "
                                        "= '1000000002'"),
                         {stranger.encryptText(QStringLiteral("13900001111"))}));
        }
        CentralProcess central(m_spec);
        QCOMPARE(central.admin(
                     QStringList{QStringLiteral("import"), path(QStringLiteral("master.sqlite"))} +
                     keyArgs()),
                 1);
        QByteArray out;
        QCOMPARE(central.admin(QStringList{QStringLiteral("stats")} + keyArgs(), &out), 0);
        QCOMPARE(QJsonDocument::fromJson(out).object().value(QStringLiteral("accounts")).toInt(),
                 0);
    }

    void upgradeFromVersion1_encryptsRowsAndPullDeliversValues_data()
    {
        QTest::addColumn<int>("workers");
        QTest::newRow("one worker") << 1;
        // Two workers starting at once on the old database: one upgrades and makes the key,
        // the other waits for it and uses that key.
        QTest::newRow("two workers at once") << 2;
    }
    void upgradeFromVersion1_encryptsRowsAndPullDeliversValues()
    {
        QFETCH(int, workers);
        QList<Person> filler;
        {
            // A database as schema version 1 made and filled it: plaintext columns.
            central::DatabaseConfig config;
            config.driver = usePostgres() ? QStringLiteral("QPSQL") : QStringLiteral("QSQLITE");
            config.name = m_spec.mid(m_spec.indexOf(u':') + 1);
            config.dataKeyFile = keyFile();
            config.schemaUpTo = 1;
            auto db = central::CentralDb::open(config);
            QVERIFY2(db, qPrintable(db ? QString() : db.error().message));
            QCOMPARE(db.value()->schemaVersion(), 1);
        }
        QVERIFY(!QFile::exists(keyFile())); // version 1 has no key
        {
            RawDb raw(m_spec);
            QVERIFY(raw.run(QStringLiteral("INSERT INTO regions (code, name) VALUES ('GZ', "
                                           "'广州')")));
            QVERIFY(raw.run(QStringLiteral("INSERT INTO halls (code, name, region) VALUES "
                                           "('4401', '越秀供电营业厅', 'GZ')")));
            QVERIFY(raw.run(QStringLiteral(
                "INSERT INTO tariffs (code, name, customer_class, billing_period, price1_li, "
                "price2_li, price3_li, effective_from, seq) VALUES ('R1', '居民阶梯', "
                "'residential', 'annual', 538, 588, 838, '2024-01-01', 1)")));
            // Enough rows for many pages, so that old pages and free space would show
            // plaintext left behind in the files.
            for (int i = 0; i < 2000; ++i)
                filler.append(
                    {QStringLiteral("20%1").arg(i, 8, 10, QLatin1Char('0')),
                     QStringLiteral("137%1").arg(i * 3571 % 100000000, 8, 10, QLatin1Char('0')),
                     QStringLiteral("4401061980%1").arg(i, 8, 10, QLatin1Char('0'))});
            QVERIFY(raw.db().transaction());
            int seq = 1;
            for (const Person &p : kPeople + filler)
                QVERIFY(raw.run(
                    QStringLiteral("INSERT INTO accounts (account_no, region, name, "
                                   "customer_class, address, phone, id_kind, id_number, "
                                   "tariff_code, seq) VALUES (?, 'GZ', '张三', 'residential', "
                                   "'越秀区示范路1号', ?, ?, ?, 'R1', ?)"),
                    {p.accountNo, p.phone,
                     p.idNumber.isEmpty() ? QStringLiteral("") : QStringLiteral("resident_id"),
                     p.idNumber, ++seq}));
            QVERIFY(raw.run(QStringLiteral("UPDATE change_counter SET value = ?"), {seq}));
            QVERIFY(raw.db().commit());
        }
        // The check below sees plaintext when there is some.
        QVERIFY(accountRows().contains(kPeople[0].phone.toUtf8()));
        QVERIFY(accountFiles().contains(filler.last().idNumber.toUtf8()));

        std::vector<std::unique_ptr<QProcess>> started;
        for (int i = 0; i < workers; ++i) {
            started.push_back(std::make_unique<QProcess>());
            started.back()->start(
                QStringLiteral(HALLDESK_CENTRAL_PATH),
                QStringList{QStringLiteral("--db"), m_spec, QStringLiteral("stats")} + keyArgs());
        }
        for (auto &p : started) {
            QVERIFY(p->waitForFinished(60000));
            QVERIFY2(p->exitCode() == 0, p->readAllStandardError().constData());
            QCOMPARE(QJsonDocument::fromJson(p->readAllStandardOutput())
                         .object()
                         .value(QStringLiteral("accounts"))
                         .toInt(),
                     3 + filler.size());
        }
        expectPrivateKeyFile(keyFile());
        CentralProcess central(m_spec);
        {
            RawDb raw(m_spec);
            QCOMPARE(raw.value(QStringLiteral("SELECT value FROM meta WHERE key = 'schema'")),
                     QStringLiteral("4"));
            QCOMPARE(raw.value(QStringLiteral("SELECT count(*) FROM accounts WHERE "
                                              "phone_cipher IS NOT NULL")),
                     QString::number(2 + filler.size()));
        }
        expectNoPlaintext(filler);
        QVERIFY(central.start(keyArgs()));
        expectPulledValues(central);
    }

    // Schema 3 (less index and page work per pushed payment and bill update): a version-2
    // database with payments from a counter and from a channel is upgraded, and the pull still
    // brings exactly the channel's payment, by the index that now covers only those.
    void upgradeFromVersion2_channelPaymentsStillPulled()
    {
        QVERIFY(createdAtSchema(2));
        {
            RawDb raw(m_spec);
            for (const char *sql :
                 {"INSERT INTO regions (code, name) VALUES ('GZ', '广州')",
                  "INSERT INTO halls (code, name, region) VALUES ('4401', '越秀供电营业厅', 'GZ')",
                  "INSERT INTO tariffs (code, name, customer_class, billing_period, price1_li, "
                  "price2_li, price3_li, effective_from, seq) VALUES ('R1', '居民阶梯', "
                  "'residential', 'annual', 538, 588, 838, '2024-01-01', 1)",
                  "INSERT INTO accounts (account_no, region, name, customer_class, address, "
                  "tariff_code, balance_fen, seq) VALUES ('1000000001', 'GZ', '张三', "
                  "'residential', '越秀区示范路1号', 'R1', 50000, 2)",
                  "INSERT INTO bills (account_no, period, amount_fen, due_date, paid_fen, status) "
                  "VALUES ('1000000001', 202403, 15000, '2024-04-15', 0, 0)",
                  // Seq 0: a counter's payment is not in the feed.
                  "INSERT INTO payments (uuid, source, principal, region, account_no, kind, "
                  "amount_fen, created_at, received_at) VALUES "
                  "('00000000-0000-4000-8000-000000000001', 'counter', 'k1', 'GZ', '1000000001', "
                  "'payment', 20000, '2024-03-20T09:00:00', '2024-03-20T09:00:01')",
                  "INSERT INTO payments (uuid, source, principal, region, account_no, kind, "
                  "amount_fen, method, created_at, received_at, reference, seq) VALUES "
                  "('00000000-0000-4000-8000-000000000002', 'channel', 'c1', 'GZ', "
                  "'1000000001', 'payment', 30000, 'wechat-mp', '2024-03-21T10:00:00', "
                  "'2024-03-21T10:00:01', 'WX1', 3)",
                  "UPDATE change_counter SET value = 3"})
                QVERIFY(raw.run(QString::fromUtf8(sql)));
        }
        CentralProcess central(m_spec);
        QVERIFY(central.start(keyArgs()));
        {
            RawDb raw(m_spec);
            QCOMPARE(raw.value(QStringLiteral("SELECT value FROM meta WHERE key = 'schema'")),
                     QStringLiteral("4"));
            if (usePostgres())
                QCOMPARE(raw.value(QStringLiteral("SELECT array_to_string(reloptions, ',') FROM "
                                                  "pg_class WHERE relname = 'bills'")),
                         QStringLiteral("fillfactor=90"));
        }
        Counter c(path(QStringLiteral("counter.sqlite")), QStringLiteral("05"));
        QVERIFY(enrolledAndPulled(central, c));
        QCOMPARE(scalar(*c.store, QStringLiteral("SELECT group_concat(uuid || ':' || channel || "
                                                 "':' || amount_fen) FROM payments"))
                     .toString(),
                 QStringLiteral("00000000-0000-4000-8000-000000000002:wechat-mp:30000"));
    }

    // Schema 4: the indexes ops (key_id, op_seq) and payments (account_no), which no statement
    // of the centre reads, are dropped; the rows stay, and so do the indexes the centre reads.
    void upgradeFromVersion3_unreadIndexesDroppedRowsKept()
    {
        QVERIFY(createdAtSchema(3));
        // The indexes of ops and payments that the centre made itself (not the primary keys').
        const QString indexes =
            usePostgres()
                ? QStringLiteral("SELECT string_agg(indexname, ',' ORDER BY indexname) FROM "
                                 "pg_indexes WHERE tablename IN ('ops', 'payments') AND "
                                 "indexname NOT LIKE '%_pkey'")
                : QStringLiteral("SELECT group_concat(name, ',') FROM (SELECT name FROM "
                                 "sqlite_master WHERE type = 'index' AND tbl_name IN ('ops', "
                                 "'payments') AND sql IS NOT NULL ORDER BY name)");
        {
            RawDb raw(m_spec);
            QCOMPARE(
                raw.value(indexes),
                QStringLiteral("ops_key,payments_account,payments_channel_seq,payments_shift"));
            for (const char *sql :
                 {"INSERT INTO ops (op_uuid, key_id, op_seq, kind, content_hash, status, effect, "
                  "payload, received_at) VALUES ('00000000-0000-4000-8000-000000000011', 'k1', 7, "
                  "'payment', 'h', 'applied', '{}', '{}', '2024-03-20T09:00:01')",
                  "INSERT INTO payments (uuid, source, principal, region, account_no, kind, "
                  "amount_fen, shift_uuid, created_at, received_at) VALUES "
                  "('00000000-0000-4000-8000-000000000001', 'counter', 'k1', 'GZ', '1000000001', "
                  "'payment', 20000, 's1', '2024-03-20T09:00:00', '2024-03-20T09:00:01')"})
                QVERIFY(raw.run(QString::fromUtf8(sql)));
        }
        CentralProcess central(m_spec);
        QVERIFY(central.start(keyArgs()));
        RawDb raw(m_spec);
        QCOMPARE(raw.value(QStringLiteral("SELECT value FROM meta WHERE key = 'schema'")),
                 QStringLiteral("4"));
        QCOMPARE(raw.value(indexes), QStringLiteral("payments_channel_seq,payments_shift"));
        QCOMPARE(raw.value(QStringLiteral("SELECT count(*) FROM ops WHERE op_seq = 7")),
                 QStringLiteral("1"));
        QCOMPARE(raw.value(QStringLiteral("SELECT amount_fen FROM payments WHERE shift_uuid = "
                                          "'s1'")),
                 QStringLiteral("20000"));
    }

    void start_badDataKey_refusedWithMessage_data()
    {
        QTest::addColumn<QString>("damage");
        QTest::addColumn<QString>("message");
        QTest::newRow("missing") << "missing"
                                 << "找不到中心数据密钥文件";
        QTest::newRow("another key") << "another"
                                     << "与数据库不匹配";
        QTest::newRow("not a key") << "garbage"
                                   << "内容无效";
        QTest::newRow("readable by others") << "open"
                                            << "权限过宽";
        QTest::newRow("unreadable") << "directory"
                                    << "无法读取中心数据密钥文件";
    }
    void start_badDataKey_refusedWithMessage()
    {
        QFETCH(QString, damage);
        QFETCH(QString, message);
        CentralProcess central(m_spec);
        QCOMPARE(central.admin(QStringList{QStringLiteral("hall"), QStringLiteral("add"),
                                           QStringLiteral("4401"), QStringLiteral("越秀"),
                                           QStringLiteral("GZ")} +
                               keyArgs()),
                 0);
        QFile key(keyFile());
        QVERIFY(key.open(QIODevice::ReadOnly));
        const QByteArray good = key.readAll();
        key.close();
        auto write = [&](const QByteArray &text) {
            QFile f(keyFile());
            return f.open(QIODevice::WriteOnly | QIODevice::Truncate) && f.write(text) > 0;
        };
        QVERIFY(QFile::remove(keyFile()));
        if (damage == QLatin1String("another"))
            QVERIFY(write(FieldCipher::generateKey().toBase64() + '\n'));
        else if (damage == QLatin1String("garbage"))
            QVERIFY(write("not a key\n"));
        else if (damage == QLatin1String("open"))
            QVERIFY(write(good) && QFile::setPermissions(keyFile(), QFileDevice::ReadOwner |
                                                                        QFileDevice::WriteOwner |
                                                                        QFileDevice::ReadOther));
        else if (damage == QLatin1String("directory"))
            QVERIFY(QDir().mkdir(keyFile()) &&
                    QFile::setPermissions(keyFile(), QFileDevice::ReadOwner |
                                                         QFileDevice::WriteOwner |
                                                         QFileDevice::ExeOwner));
        if (damage != QLatin1String("open") && damage != QLatin1String("directory") &&
            QFile::exists(keyFile()))
            QVERIFY(
                QFile::setPermissions(keyFile(), QFileDevice::ReadOwner | QFileDevice::WriteOwner));

        QProcess serve;
        serve.start(QStringLiteral(HALLDESK_CENTRAL_PATH),
                    QStringList{QStringLiteral("--db"), m_spec, QStringLiteral("serve"),
                                QStringLiteral("--listen"), QStringLiteral("127.0.0.1"),
                                QStringLiteral("--port"), QStringLiteral("0")} +
                        keyArgs());
        QVERIFY(serve.waitForFinished(30000));
        const QString err = QString::fromUtf8(serve.readAllStandardError());
        QCOMPARE(serve.exitCode(), 1);
        QVERIFY2(err.contains(message), qPrintable(err));
        QVERIFY2(err.contains(keyFile()), qPrintable(err));
        QVERIFY(!serve.readAllStandardOutput().contains("listening"));
        // Nothing was made or changed: the right key opens the database as before.
        if (damage == QLatin1String("directory"))
            QVERIFY(QDir(keyFile()).removeRecursively());
        else
            QVERIFY(!QFile::exists(keyFile()) || QFile::remove(keyFile()));
        QVERIFY(write(good) &&
                QFile::setPermissions(keyFile(), QFileDevice::ReadOwner | QFileDevice::WriteOwner));
        QCOMPARE(central.admin(QStringList{QStringLiteral("stats")} + keyArgs()), 0);
    }
};

QTEST_GUILESS_MAIN(TestCentralCrypt)
#include "tst_centralcrypt.moc"
