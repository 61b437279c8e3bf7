#pragma once

// The peer benchmark's workload (../shared/peers/sync/gen.js), ported exactly: the same
// seeded PRNG (mulberry32 seeded with FNV-1a of a string key), so account i, update round r and
// payment j of run TAG are the very documents PouchDB replicates. `bench_sync --gen …` prints
// them as NDJSON, byte-identical to `node gen.js …` (checked by hand, see docs/benchmarks.md).

#include <QDateTime>
#include <QJsonArray>
#include <QJsonObject>
#include <QString>
#include <QStringList>

#include <cmath>
#include <cstdint>
#include <vector>

namespace hd::bench {

class Mulberry32
{
public:
    explicit Mulberry32(std::uint32_t seed)
        : m_a(seed)
    {}
    double operator()()
    {
        m_a += 0x6D2B79F5u;
        std::uint32_t t = m_a;
        t = (t ^ (t >> 15)) * (t | 1u);
        t ^= t + (t ^ (t >> 7)) * (t | 61u);
        return double(t ^ (t >> 14)) / 4294967296.0;
    }

private:
    std::uint32_t m_a;
};

inline std::uint32_t hash32(const QString &s)
{
    std::uint32_t h = 0x811c9dc5u;
    for (const QChar c : s) {
        h ^= c.unicode();
        h *= 0x01000193u;
    }
    return h;
}

inline int randInt(Mulberry32 &r, int lo, int hi)
{
    return lo + int(std::floor(r() * (hi - lo + 1)));
}

inline qint64 randInt64(Mulberry32 &r, qint64 lo, qint64 hi)
{
    return lo + qint64(std::floor(r() * double(hi - lo + 1)));
}

inline QString pickChar(Mulberry32 &r, const QString &chars)
{
    return QString(chars[int(std::floor(r() * chars.size()))]);
}

inline QString pick(Mulberry32 &r, const QStringList &list)
{
    return list[int(std::floor(r() * list.size()))];
}

inline QString pad(int n, int width)
{
    return QStringLiteral("%1").arg(n, width, 10, QLatin1Char('0'));
}

inline QString accountNo(int i)
{
    return QStringLiteral("51") + pad(10000000 + i, 10);
}

struct WorkBill
{
    QString period; // "2024-01"
    int kwh = 0;
    qint64 amountFen = 0;
    bool paid = false;
};

struct WorkAccount
{
    QString accountNo;
    QString name;
    QString address;
    QString phone;
    QString tariff;
    qint64 balanceFen = 0;
    std::vector<WorkBill> bills;

    QByteArray toJson() const
    {
        QString s = QStringLiteral("{\"_id\":\"%1\",\"account_no\":\"%1\",\"name\":\"%2\","
                                   "\"address\":\"%3\",\"phone\":\"%4\",\"tariff\":\"%5\","
                                   "\"balance_fen\":%6,\"bills\":[")
                        .arg(accountNo, name, address, phone, tariff)
                        .arg(balanceFen);
        for (size_t k = 0; k < bills.size(); ++k)
            s += QStringLiteral("%1{\"period\":\"%2\",\"kwh\":%3,\"amount_fen\":%4,\"paid\":%5}")
                     .arg(k ? QStringLiteral(",") : QString(), bills[k].period)
                     .arg(bills[k].kwh)
                     .arg(bills[k].amountFen)
                     .arg(bills[k].paid ? QStringLiteral("true") : QStringLiteral("false"));
        return (s + QStringLiteral("]}")).toUtf8();
    }
};

inline WorkAccount makeAccount(int i, int round = 0)
{
    static const QString surnames =
        QStringLiteral("王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘"
                       "于蒋蔡余杜叶程苏魏吕丁任沈姚"
                       "卢姜崔钟谭陆汪范金石廖贾夏韦付方白邹孟熊秦邱江尹薛闫段雷侯龙史陶黎贺顾毛郝"
                       "龚邵万钱严覃武戴莫孔向汤");
    static const QString given =
        QStringLiteral("伟芳娜秀英敏静丽强磊军洋勇艳杰娟涛明超秀兰霞平刚桂英华玉兰萍红建国文斌宇浩"
                       "凯鹏辉丹玲雪梅琳晨阳欣怡子涵梓轩");
    static const QStringList cities = {QStringLiteral("成都市"), QStringLiteral("绵阳市"),
                                       QStringLiteral("德阳市"), QStringLiteral("宜宾市"),
                                       QStringLiteral("南充市"), QStringLiteral("乐山市"),
                                       QStringLiteral("泸州市"), QStringLiteral("达州市")};
    static const QStringList districts = {
        QStringLiteral("锦江区"), QStringLiteral("青羊区"), QStringLiteral("金牛区"),
        QStringLiteral("武侯区"), QStringLiteral("成华区"), QStringLiteral("龙泉驿区"),
        QStringLiteral("新都区"), QStringLiteral("温江区"), QStringLiteral("双流区"),
        QStringLiteral("郫都区"), QStringLiteral("涪城区"), QStringLiteral("游仙区"),
        QStringLiteral("旌阳区"), QStringLiteral("翠屏区"), QStringLiteral("顺庆区"),
        QStringLiteral("市中区")};
    static const QStringList roads = {
        QStringLiteral("人民南路"), QStringLiteral("建设路"),   QStringLiteral("解放路"),
        QStringLiteral("和平街"),   QStringLiteral("光华大道"), QStringLiteral("天府大道"),
        QStringLiteral("中山路"),   QStringLiteral("滨江路"),   QStringLiteral("文化路"),
        QStringLiteral("新华街"),   QStringLiteral("长征路"),   QStringLiteral("东风路")};
    static const QStringList tariffs = {QStringLiteral("RES-T1"),  QStringLiteral("RES-T2"),
                                        QStringLiteral("RES-T3"),  QStringLiteral("RES-TOU"),
                                        QStringLiteral("COM-GEN"), QStringLiteral("AGR")};
    static const QStringList prefixes = {
        QStringLiteral("138"), QStringLiteral("139"), QStringLiteral("150"), QStringLiteral("151"),
        QStringLiteral("186"), QStringLiteral("187"), QStringLiteral("133"), QStringLiteral("177")};
    Mulberry32 r(hash32(QStringLiteral("acct:") + QString::number(i)));
    WorkAccount a;
    a.accountNo = accountNo(i);
    // One draw after another: the operands of + have no evaluation order in C++.
    a.name = pickChar(r, surnames);
    a.name += pickChar(r, given);
    if (r() < 0.6)
        a.name += pickChar(r, given);
    a.address = pick(r, cities);
    a.address += pick(r, districts);
    a.address += pick(r, roads);
    a.address += QString::number(randInt(r, 1, 999)) + QStringLiteral("号");
    a.address += QString::number(randInt(r, 1, 30)) + QStringLiteral("栋");
    a.address += QString::number(randInt(r, 1, 6)) + QStringLiteral("单元");
    const int floor = randInt(r, 1, 33);
    a.address += QString::number(floor);
    a.address += pad(randInt(r, 1, 8), 2) + QStringLiteral("室");
    a.phone = pick(r, prefixes);
    a.phone += pad(randInt(r, 0, 99999999), 8);
    a.tariff = pick(r, tariffs);
    qint64 owed = 0;
    for (int m = 1; m <= 12; ++m) {
        WorkBill b;
        b.kwh = randInt(r, 40, 900);
        b.amountFen = qint64(std::floor(b.kwh * 56.1 + 0.5));
        b.paid = m <= 9 ? true : r() < 0.5;
        if (!b.paid)
            owed += b.amountFen;
        b.period = QStringLiteral("2024-") + pad(m, 2);
        a.bills.push_back(b);
    }
    a.balanceFen = randInt(r, 0, 20000) - owed;
    if (round > 0) {
        Mulberry32 rr(hash32(QStringLiteral("upd:%1:%2").arg(i).arg(round)));
        const int k = 9 + randInt(rr, 0, 2);
        a.bills[k].paid = !a.bills[k].paid;
        a.balanceFen += (a.bills[k].paid ? 1 : -1) * a.bills[k].amountFen + round;
    }
    return a;
}

inline std::vector<int> updatedIndexes(int round, int n, int upd)
{
    const int stride = n / upd;
    std::vector<int> out;
    for (int j = 0; j < upd; ++j)
        out.push_back(j * stride + ((round - 1) % stride));
    return out;
}

struct WorkPayment
{
    QString id;
    QString accountNo;
    qint64 amountFen = 0;
    QString method;
    QString op;
    QString createdAt;

    QByteArray toJson() const
    {
        return QStringLiteral("{\"_id\":\"%1\",\"account_no\":\"%2\",\"amount_fen\":%3,"
                              "\"method\":\"%4\",\"operator\":\"%5\",\"created_at\":\"%6\"}")
            .arg(id, accountNo)
            .arg(amountFen)
            .arg(method, op, createdAt)
            .toUtf8();
    }
};

inline WorkPayment makePayment(const QString &tag, int j, int n = 100000)
{
    static const QStringList methods = {QStringLiteral("cash"), QStringLiteral("wechat"),
                                        QStringLiteral("alipay"), QStringLiteral("unionpay")};
    Mulberry32 r(hash32(QStringLiteral("pay:%1:%2").arg(tag).arg(j)));
    unsigned char h[16];
    for (unsigned char &b : h)
        b = static_cast<unsigned char>(randInt(r, 0, 255));
    h[6] = static_cast<unsigned char>((h[6] & 0x0f) | 0x40);
    h[8] = static_cast<unsigned char>((h[8] & 0x3f) | 0x80);
    const QString hex =
        QString::fromLatin1(QByteArray(reinterpret_cast<const char *>(h), 16).toHex());
    WorkPayment p;
    p.id = hex.mid(0, 8) + u'-' + hex.mid(8, 4) + u'-' + hex.mid(12, 4) + u'-' + hex.mid(16, 4) +
           u'-' + hex.mid(20);
    p.accountNo = accountNo(randInt(r, 0, n - 1));
    p.amountFen = randInt(r, 500, 60000);
    p.method = pick(r, methods);
    p.op = QStringLiteral("OP") + pad(randInt(r, 1, 40), 4);
    const qint64 t = QDateTime(QDate(2025, 1, 6), QTime(0, 0), Qt::UTC).toMSecsSinceEpoch() +
                     randInt64(r, 0, qint64(30) * 86400 * 1000);
    p.createdAt = QDateTime::fromMSecsSinceEpoch(t + 8 * 3600 * 1000, Qt::UTC)
                      .toString(QStringLiteral("yyyy-MM-ddTHH:mm:ss.zzz")) +
                  QStringLiteral("+08:00");
    return p;
}

} // namespace hd::bench
