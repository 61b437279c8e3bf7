#include "importer.h"

#include "accountsearch.h"
#include "creditcode.h"
#include "demodata.h"
#include "idnumber.h"
#include "money.h"
#include "phone.h"
#include "store.h"
#include "transaction.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>
#include <QHash>
#include <QRegularExpression>
#include <QSqlError>
#include <QSqlQuery>
#include <QStringDecoder>

namespace hd {

namespace {

Error rowError(const QString &file, int line, const QString &why)
{
    return Error{QStringLiteral("import.row"),
                 QCoreApplication::translate("hd::CsvImporter", "%1 第 %2 行：%3")
                     .arg(file)
                     .arg(line)
                     .arg(why)};
}

// Named columns of a file: the header decides the order; unknown or missing ones are errors.
class Columns
{
public:
    Result<bool> read(const QStringList &header, const QStringList &required,
                      const QStringList &optional, const QString &file)
    {
        for (qsizetype i = 0; i < header.size(); ++i) {
            const QString name = header.at(i).trimmed().toLower();
            if (!required.contains(name) && !optional.contains(name))
                return rowError(file, 1,
                                QCoreApplication::translate(
                                    "hd::CsvImporter", "未知的列“%1”（可用的列见导入格式说明）")
                                    .arg(header.at(i)));
            m_index.insert(name, int(i));
        }
        for (const QString &name : required)
            if (!m_index.contains(name))
                return rowError(
                    file, 1,
                    QCoreApplication::translate("hd::CsvImporter", "缺少必填列“%1”").arg(name));
        return true;
    }
    QString value(const QStringList &fields, const QString &name) const
    {
        const int i = m_index.value(name, -1);
        return i >= 0 && i < fields.size() ? fields.at(i).trimmed() : QString();
    }
    int count() const { return int(m_index.size()); }

private:
    QHash<QString, int> m_index;
};

struct ParsedAddress
{
    QString district;
    QString street;
    QString compound;
    int building = 0;
    int unit = 0;
    int room = 0;
};

// 广州市天河区中山路12号翠苑小区3栋2单元502室 → 天河区 / 中山路 / 翠苑小区 / 3 / 2 / 502.
// Anything it cannot read keeps the address as text only (still shown and printed).
ParsedAddress parseAddress(const QString &address)
{
    static const QRegularExpression re(
        QStringLiteral("^(?:[^市]+市)?([^区县]+[区县])?([^路街道]+(?:大道|路|街))?(?:\\d+号)?"
                       "(.*?(?:小区|花园|新村|公寓|家园|雅苑|华庭|名苑|山庄|大厦|苑|村|城)(?:["
                       "一二三四五六七八九]期)?)?"
                       "(\\d{1,3})(?:栋|幢|号楼|座)(?:(\\d{1,2})单元)?(\\d{1,5})(?:室|号铺|房)?$"));
    ParsedAddress p;
    const auto m = re.match(address);
    if (!m.hasMatch())
        return p;
    p.district = m.captured(1);
    p.street = m.captured(2);
    p.compound = m.captured(3);
    p.building = m.captured(4).toInt();
    p.unit = m.captured(5).toInt();
    p.room = m.captured(6).toInt();
    return p;
}

QVariant placeId(QSqlDatabase &db, int kind, const QString &name)
{
    if (name.isEmpty())
        return QVariant(QMetaType::fromType<qint64>());
    QSqlQuery q(db);
    q.prepare(QStringLiteral("INSERT OR IGNORE INTO places (kind, name) VALUES (?, ?)"));
    q.addBindValue(kind);
    q.addBindValue(name);
    q.exec();
    q.prepare(QStringLiteral("SELECT id FROM places WHERE kind = ? AND name = ?"));
    q.addBindValue(kind);
    q.addBindValue(name);
    if (q.exec() && q.next())
        return q.value(0);
    return QVariant(QMetaType::fromType<qint64>());
}

std::optional<bool> parseFlag(const QString &text)
{
    const QString t = text.trimmed().toLower();
    if (t.isEmpty() || t == QLatin1String("0") || t == QLatin1String("false") ||
        t == QStringLiteral("否"))
        return false;
    if (t == QLatin1String("1") || t == QLatin1String("true") || t == QStringLiteral("是"))
        return true;
    return std::nullopt;
}

std::optional<QString> parseClass(const QString &text)
{
    const QString t = text.trimmed();
    if (t == QLatin1String("residential") || t == QStringLiteral("居民"))
        return QStringLiteral("residential");
    if (t == QLatin1String("non_residential") || t == QStringLiteral("非居民"))
        return QStringLiteral("non_residential");
    if (t == QLatin1String("agricultural") || t == QStringLiteral("农业"))
        return QStringLiteral("agricultural");
    return std::nullopt;
}

Result<QByteArray> readFile(const QString &path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return Error{QStringLiteral("import.file"),
                     QCoreApplication::translate("hd::CsvImporter", "无法读取文件 %1：%2")
                         .arg(path, f.errorString())};
    if (f.size() > 512LL * 1024 * 1024)
        return Error{
            QStringLiteral("import.file"),
            QCoreApplication::translate("hd::CsvImporter", "文件 %1 超过 512 MiB，请分批导入。")
                .arg(path)};
    return f.readAll();
}

} // namespace

Result<QList<CsvImporter::Row>> CsvImporter::parseCsv(const QByteArray &data,
                                                      const QString &fileLabel)
{
    QStringDecoder decoder(QStringDecoder::Utf8, QStringDecoder::Flag::Stateless);
    QString text = decoder.decode(data);
    if (decoder.hasError())
        return Error{QStringLiteral("import.encoding"),
                     QCoreApplication::translate("hd::CsvImporter",
                                                 "%1 不是 UTF-8 编码，请另存为 UTF-8 后再导入。")
                         .arg(fileLabel)};
    if (text.startsWith(QChar(0xFEFF)))
        text.remove(0, 1);
    QList<Row> rows;
    Row row;
    QString field;
    bool quoted = false;
    bool fieldStarted = false;
    int line = 1;
    row.line = 1;
    auto endField = [&] {
        row.fields << field;
        field.clear();
        fieldStarted = false;
    };
    auto endRow = [&] {
        endField();
        if (!(row.fields.size() == 1 && row.fields.constFirst().isEmpty()))
            rows << row;
        row = Row{};
        row.line = line;
    };
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text.at(i);
        if (quoted) {
            if (c == QLatin1Char('"')) {
                if (i + 1 < text.size() && text.at(i + 1) == QLatin1Char('"')) {
                    field += c;
                    ++i;
                } else {
                    quoted = false;
                }
            } else {
                if (c == QLatin1Char('\n'))
                    ++line;
                field += c;
            }
            continue;
        }
        if (c == QLatin1Char('"') && !fieldStarted && field.isEmpty()) {
            quoted = true;
            fieldStarted = true;
        } else if (c == QLatin1Char(',')) {
            endField();
        } else if (c == QLatin1Char('\r')) {
            continue;
        } else if (c == QLatin1Char('\n')) {
            ++line;
            endRow();
        } else {
            field += c;
            fieldStarted = true;
        }
    }
    if (quoted)
        return rowError(fileLabel, row.line,
                        QCoreApplication::translate("hd::CsvImporter", "引号没有闭合"));
    if (!field.isEmpty() || !row.fields.isEmpty())
        endRow();
    return rows;
}

Result<CsvImporter::Summary> CsvImporter::importFiles(const QString &accountsCsv,
                                                      const QString &billsCsv)
{
    Summary summary;
    QSqlDatabase &db = m_store.db();
    Transaction tx(db);
    if (!tx.isActive())
        return tx.beginError();
    if (Status s = DemoDataGenerator::installDefaultTariffs(db); !s)
        return s.error();

    if (!accountsCsv.isEmpty()) {
        const QString label = QFileInfo(accountsCsv).fileName();
        auto data = readFile(accountsCsv);
        if (!data)
            return data.error();
        auto rows = parseCsv(data.value(), label);
        if (!rows)
            return rows.error();
        if (rows->isEmpty())
            return rowError(
                label, 1, QCoreApplication::translate("hd::CsvImporter", "文件是空的，应有表头行"));
        Columns cols;
        const QStringList required = {QStringLiteral("account_no"), QStringLiteral("name"),
                                      QStringLiteral("class"), QStringLiteral("address"),
                                      QStringLiteral("tariff")};
        const QStringList optional = {QStringLiteral("phone"),    QStringLiteral("id_number"),
                                      QStringLiteral("meter_no"), QStringLiteral("prepaid"),
                                      QStringLiteral("balance"),  QStringLiteral("status"),
                                      QStringLiteral("blocked"),  QStringLiteral("blocked_reason")};
        if (auto ok = cols.read(rows->constFirst().fields, required, optional, label); !ok)
            return ok.error();
        static const QRegularExpression accountNoPattern(QStringLiteral("^\\d{6,20}$"));
        QSqlQuery insert(db);
        insert.prepare(QStringLiteral(
            "INSERT INTO accounts (account_no, name, customer_class, address, district_id, "
            "street_id, compound_id, building, unit, room, phone_cipher, phone_hash, phone_last4, "
            "phone_masked, id_kind, id_cipher, id_hash, id_masked, tariff_code, meter_no, prepaid, "
            "balance_fen, status, blocked, blocked_reason) VALUES "
            "(?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)"));
        QSqlQuery gram(db);
        gram.prepare(
            QStringLiteral("INSERT OR IGNORE INTO name_grams (gram, account_id) VALUES (?, ?)"));
        const FieldCipher &cipher = m_store.cipher();
        const QVariant nullBlob(QMetaType::fromType<QByteArray>());
        const QVariant nullText(QMetaType::fromType<QString>());
        for (qsizetype r = 1; r < rows->size(); ++r) {
            const Row &row = rows->at(r);
            auto v = [&](const char *name) { return cols.value(row.fields, QLatin1String(name)); };
            auto bad = [&](const QString &why) { return rowError(label, row.line, why); };
            if (row.fields.size() != cols.count())
                return bad(QCoreApplication::translate("hd::CsvImporter", "应有 %1 列，实际 %2 列")
                               .arg(cols.count())
                               .arg(row.fields.size()));
            const QString accountNo = v("account_no");
            if (!accountNoPattern.match(accountNo).hasMatch())
                return bad(
                    QCoreApplication::translate("hd::CsvImporter", "户号应为 6–20 位数字：%1")
                        .arg(accountNo));
            const QString name = v("name");
            if (name.isEmpty() || name.size() > 100)
                return bad(
                    QCoreApplication::translate("hd::CsvImporter", "户名不能为空且不超过 100 字"));
            const auto customerClass = parseClass(v("class"));
            if (!customerClass)
                return bad(QCoreApplication::translate(
                               "hd::CsvImporter",
                               "用电类别应为 residential、non_residential、agricultural（或 "
                               "居民、非居民、农业）：%1")
                               .arg(v("class")));
            const bool organisation = *customerClass != QLatin1String("residential");
            const QString address = v("address");
            if (address.isEmpty())
                return bad(QCoreApplication::translate("hd::CsvImporter", "用电地址不能为空"));
            const QString tariff = v("tariff");
            {
                QSqlQuery t(db);
                t.prepare(QStringLiteral("SELECT 1 FROM tariffs WHERE code = ?"));
                t.addBindValue(tariff);
                if (!t.exec() || !t.next())
                    return bad(QCoreApplication::translate("hd::CsvImporter", "电价代码 %1 不存在")
                                   .arg(tariff));
            }
            QVariant phoneCipher = nullBlob, phoneHash = nullBlob, phoneLast4 = nullText,
                     phoneMasked = nullText;
            if (!v("phone").isEmpty()) {
                auto phone = parseMobileNumber(v("phone"));
                if (!phone)
                    return bad(phone.error().message);
                phoneCipher = cipher.encryptText(phone.value());
                phoneHash = cipher.lookupHash(phone.value());
                phoneLast4 = phone->right(4);
                phoneMasked = maskMobileNumber(phone.value());
            }
            QVariant idKind = nullText, idCipher = nullBlob, idHash = nullBlob, idMasked = nullText;
            if (!v("id_number").isEmpty()) {
                QString normalised;
                if (organisation) {
                    auto code = parseCreditCode(v("id_number"));
                    if (!code)
                        return bad(code.error().message);
                    if (code->check != CreditCode::Check::Passed)
                        return bad(
                            QCoreApplication::translate(
                                "hd::CsvImporter", "统一社会信用代码 %1 校验位不符（应为 "
                                                   "%2），须值班长核实后在柜台受理，不能批量导入")
                                .arg(code->code, code->expectedCheck));
                    normalised = code->code;
                    idKind = QStringLiteral("credit_code");
                    idMasked = normalised;
                } else {
                    auto id = parseResidentId(v("id_number"));
                    if (!id)
                        return bad(id.error().message);
                    normalised = id->number;
                    idKind = QStringLiteral("resident_id");
                    idMasked = maskResidentId(normalised);
                }
                idCipher = cipher.encryptText(normalised);
                idHash = cipher.lookupHash(normalised);
            }
            const auto prepaid = parseFlag(v("prepaid"));
            const auto blocked = parseFlag(v("blocked"));
            if (!prepaid || !blocked)
                return bad(QCoreApplication::translate(
                    "hd::CsvImporter", "prepaid、blocked 应为 0/1、true/false 或 是/否"));
            Money balance;
            if (!v("balance").isEmpty()) {
                auto m = Money::parse(v("balance"));
                if (!m)
                    return bad(m.error().message);
                balance = m.value();
            }
            const QString status = v("status").isEmpty() ? QStringLiteral("active") : v("status");
            if (!accountStatusFromKey(status))
                return bad(
                    QCoreApplication::translate("hd::CsvImporter",
                                                "状态应为 active、suspended、cut_off 或 closed：%1")
                        .arg(status));
            if (*blocked && v("blocked_reason").isEmpty())
                return bad(QCoreApplication::translate(
                    "hd::CsvImporter", "受限的户必须写明受限原因（blocked_reason）"));

            const ParsedAddress a = parseAddress(address);
            insert.addBindValue(accountNo);
            insert.addBindValue(name);
            insert.addBindValue(*customerClass);
            insert.addBindValue(address);
            insert.addBindValue(placeId(db, 1, a.district));
            insert.addBindValue(placeId(db, 2, a.street));
            insert.addBindValue(placeId(db, 3, a.compound));
            insert.addBindValue(a.building ? QVariant(a.building)
                                           : QVariant(QMetaType::fromType<int>()));
            insert.addBindValue(a.unit ? QVariant(a.unit) : QVariant(QMetaType::fromType<int>()));
            insert.addBindValue(a.room ? QVariant(a.room) : QVariant(QMetaType::fromType<int>()));
            insert.addBindValue(phoneCipher);
            insert.addBindValue(phoneHash);
            insert.addBindValue(phoneLast4);
            insert.addBindValue(phoneMasked);
            insert.addBindValue(idKind);
            insert.addBindValue(idCipher);
            insert.addBindValue(idHash);
            insert.addBindValue(idMasked);
            insert.addBindValue(tariff);
            insert.addBindValue(v("meter_no"));
            insert.addBindValue(*prepaid ? 1 : 0);
            insert.addBindValue(qint64(balance.fen()));
            insert.addBindValue(status);
            insert.addBindValue(*blocked ? 1 : 0);
            insert.addBindValue(v("blocked_reason"));
            if (!insert.exec()) {
                const QString why =
                    insert.lastError().text().contains(QLatin1String("UNIQUE"))
                        ? QCoreApplication::translate("hd::CsvImporter", "户号 %1 已存在")
                              .arg(accountNo)
                        : insert.lastError().text();
                return bad(why);
            }
            const qint64 id = insert.lastInsertId().toLongLong();
            for (const QString &key : nameSearchKeys(name, organisation)) {
                gram.addBindValue(key);
                gram.addBindValue(id);
                gram.exec();
            }
            ++summary.accounts;
        }
    }

    if (!billsCsv.isEmpty()) {
        const QString label = QFileInfo(billsCsv).fileName();
        auto data = readFile(billsCsv);
        if (!data)
            return data.error();
        auto rows = parseCsv(data.value(), label);
        if (!rows)
            return rows.error();
        if (rows->isEmpty())
            return rowError(
                label, 1, QCoreApplication::translate("hd::CsvImporter", "文件是空的，应有表头行"));
        Columns cols;
        const QStringList required = {QStringLiteral("account_no"), QStringLiteral("period"),
                                      QStringLiteral("amount"), QStringLiteral("due_date")};
        const QStringList optional = {QStringLiteral("kwh_tier1"), QStringLiteral("kwh_tier2"),
                                      QStringLiteral("kwh_tier3"), QStringLiteral("paid")};
        if (auto ok = cols.read(rows->constFirst().fields, required, optional, label); !ok)
            return ok.error();
        static const QRegularExpression periodPattern(QStringLiteral("^(\\d{4})-(\\d{2})$"));
        QSqlQuery account(db);
        account.prepare(QStringLiteral("SELECT id FROM accounts WHERE account_no = ?"));
        QSqlQuery insert(db);
        insert.prepare(QStringLiteral(
            "INSERT INTO bills (account_id, period, kwh_tier1, kwh_tier2, kwh_tier3, amount_fen, "
            "due_date, paid_fen, status) VALUES (?,?,?,?,?,?,?,?,?)"));
        for (qsizetype r = 1; r < rows->size(); ++r) {
            const Row &row = rows->at(r);
            auto v = [&](const char *name) { return cols.value(row.fields, QLatin1String(name)); };
            auto bad = [&](const QString &why) { return rowError(label, row.line, why); };
            if (row.fields.size() != cols.count())
                return bad(QCoreApplication::translate("hd::CsvImporter", "应有 %1 列，实际 %2 列")
                               .arg(cols.count())
                               .arg(row.fields.size()));
            account.addBindValue(v("account_no"));
            if (!account.exec() || !account.next())
                return bad(QCoreApplication::translate("hd::CsvImporter",
                                                       "户号 %1 不存在（请先导入户档案）")
                               .arg(v("account_no")));
            const qint64 accountId = account.value(0).toLongLong();
            account.finish();
            const auto pm = periodPattern.match(v("period"));
            const int month = pm.captured(2).toInt();
            if (!pm.hasMatch() || month < 1 || month > 12)
                return bad(
                    QCoreApplication::translate("hd::CsvImporter", "账期格式应为 YYYY-MM：%1")
                        .arg(v("period")));
            int kwh[3] = {0, 0, 0};
            const char *kwhColumns[3] = {"kwh_tier1", "kwh_tier2", "kwh_tier3"};
            for (int i = 0; i < 3; ++i) {
                if (v(kwhColumns[i]).isEmpty())
                    continue;
                bool ok = false;
                kwh[i] = v(kwhColumns[i]).toInt(&ok);
                if (!ok || kwh[i] < 0)
                    return bad(QCoreApplication::translate("hd::CsvImporter", "%1 应为非负整数：%2")
                                   .arg(QLatin1String(kwhColumns[i]), v(kwhColumns[i])));
            }
            auto amount = Money::parse(v("amount"));
            if (!amount)
                return bad(amount.error().message);
            Money paid;
            if (!v("paid").isEmpty()) {
                auto p = Money::parse(v("paid"));
                if (!p)
                    return bad(p.error().message);
                paid = p.value();
            }
            if (paid > amount.value())
                return bad(QCoreApplication::translate("hd::CsvImporter", "已缴金额 %1 大于电费 %2")
                               .arg(paid.toDisplayString(), amount->toDisplayString()));
            const QDate due = QDate::fromString(v("due_date"), Qt::ISODate);
            if (!due.isValid())
                return bad(QCoreApplication::translate("hd::CsvImporter",
                                                       "缴费截止日格式应为 YYYY-MM-DD：%1")
                               .arg(v("due_date")));
            insert.addBindValue(accountId);
            insert.addBindValue(pm.captured(1).toInt() * 100 + month);
            insert.addBindValue(kwh[0]);
            insert.addBindValue(kwh[1]);
            insert.addBindValue(kwh[2]);
            insert.addBindValue(qint64(amount->fen()));
            insert.addBindValue(due.toString(Qt::ISODate));
            insert.addBindValue(qint64(paid.fen()));
            insert.addBindValue(paid >= amount.value() ? 1 : 0);
            if (!insert.exec())
                return bad(
                    insert.lastError().text().contains(QLatin1String("UNIQUE"))
                        ? QCoreApplication::translate("hd::CsvImporter", "户号 %1 的账期 %2 重复")
                              .arg(v("account_no"), v("period"))
                        : insert.lastError().text());
            ++summary.bills;
        }
    }
    if (Status s = tx.commit(); !s)
        return s.error();
    return summary;
}

} // namespace hd
