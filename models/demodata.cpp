#include "demodata.h"

#include "accountsearch.h"
#include "fieldcipher.h"
#include "idnumber.h"
#include "operators.h"
#include "store.h"
#include "transaction.h"

#include <QCoreApplication>
#include <QSqlDriver>
#include <QSqlQuery>
#include <QTimeZone>

#include <algorithm>
#include <array>
#include <condition_variable>
#include <deque>
#include <memory>
#include <mutex>
#include <sqlite3.h>
#include <string>
#include <thread>
#include <vector>

namespace hd {

namespace {

// xoshiro256** seeded through splitmix64: the same sequence on every platform and compiler,
// unlike std::uniform_int_distribution whose output is implementation-defined.
class Rng
{
public:
    explicit Rng(std::uint64_t seed)
    {
        for (auto &s : m_s) {
            seed += 0x9E3779B97F4A7C15ULL;
            std::uint64_t z = seed;
            z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9ULL;
            z = (z ^ (z >> 27)) * 0x94D049BB133111EBULL;
            s = z ^ (z >> 31);
        }
    }
    std::uint64_t next()
    {
        const std::uint64_t result = rotl(m_s[1] * 5, 7) * 9;
        const std::uint64_t t = m_s[1] << 17;
        m_s[2] ^= m_s[0];
        m_s[3] ^= m_s[1];
        m_s[1] ^= m_s[2];
        m_s[0] ^= m_s[3];
        m_s[2] ^= t;
        m_s[3] = rotl(m_s[3], 45);
        return result;
    }
    int below(int n) { return int(next() % std::uint64_t(n)); }
    int between(int lo, int hi) { return lo + below(hi - lo + 1); } // inclusive
    bool chance(int percentTimes10) { return below(1000) < percentTimes10; }

private:
    static std::uint64_t rotl(std::uint64_t x, int k) { return (x << k) | (x >> (64 - k)); }
    std::array<std::uint64_t, 4> m_s{};
};

struct Weighted
{
    const char *text;
    int weight;
};

// Surnames with their approximate frequency (per ten thousand), double surnames included.
constexpr Weighted kSurnames[] = {
    {"王", 710}, {"李", 700}, {"张", 690}, {"刘", 540}, {"陈", 460}, {"杨", 310}, {"黄", 220},
    {"赵", 220}, {"吴", 200}, {"周", 190}, {"徐", 160}, {"孙", 150}, {"马", 140}, {"朱", 130},
    {"胡", 120}, {"郭", 110}, {"何", 110}, {"高", 100}, {"林", 100}, {"罗", 90},  {"郑", 90},
    {"梁", 80},  {"谢", 70},  {"宋", 70},  {"唐", 60},  {"许", 60},  {"韩", 60},  {"冯", 50},
    {"邓", 50},  {"曹", 50},  {"彭", 50},  {"曾", 50},  {"肖", 50},  {"田", 40},  {"董", 40},
    {"袁", 40},  {"潘", 40},  {"于", 40},  {"蒋", 40},  {"蔡", 40},  {"余", 40},  {"杜", 40},
    {"叶", 40},  {"程", 30},  {"苏", 30},  {"魏", 30},  {"吕", 30},  {"丁", 30},  {"任", 30},
    {"沈", 30},  {"姚", 30},  {"卢", 30},  {"姜", 30},  {"崔", 30},  {"钟", 30},  {"谭", 30},
    {"陆", 30},  {"汪", 30},  {"范", 30},  {"金", 30},  {"欧阳", 6}, {"司徒", 4}, {"上官", 1},
    {"诸葛", 1}, {"东方", 1}, {"慕容", 1}, {"司马", 1},
};
// Very common one-character given names: they make the 张伟 / 王芳 duplicates of real life.
constexpr const char *kCommonGiven[] = {"伟", "芳", "娜", "敏", "静", "丽", "强", "磊", "军", "洋",
                                        "勇", "艳", "杰", "娟", "涛", "明", "超", "霞", "平", "刚"};
constexpr const char *kGivenChars[] = {
    "建", "国", "华", "文", "志", "明", "晓", "丽", "海", "云", "春", "玉", "秀", "英", "桂", "兰",
    "红", "梅", "子", "俊", "浩", "宇", "轩", "欣", "怡", "佳", "雨", "思", "梓", "涵", "晨", "博",
    "嘉", "家", "一", "诗", "婷", "雅", "琳", "鹏", "飞", "宏", "伟", "峰", "磊", "斌", "凯", "昊",
    "天", "睿", "泽", "辰", "安", "可", "心", "悦", "乐", "欢", "彤", "萱", "瑶", "婉", "静", "淑",
    "惠", "珍", "凤", "霞", "燕", "琴", "兵", "辉", "鑫", "亮", "成", "德", "福", "荣"};

struct District
{
    const char *name;
    const char *code; // GB/T 2260
};
constexpr District kDistricts[] = {{"荔湾区", "440103"}, {"越秀区", "440104"}, {"海珠区", "440105"},
                                   {"天河区", "440106"}, {"白云区", "440111"}, {"黄埔区", "440112"},
                                   {"番禺区", "440113"}, {"花都区", "440114"}, {"南沙区", "440115"},
                                   {"从化区", "440117"}, {"增城区", "440118"}};
// ID numbers of residents born elsewhere: other regions' codes.
constexpr const char *kOtherRegions[] = {"110105", "310104", "430102", "450103", "360102",
                                         "510104", "420106", "350102", "445202", "441302"};

constexpr const char *kStreetStems[] = {
    "中山", "解放", "东风", "环市", "天河", "黄埔", "工业", "广州", "江南", "滨江",
    "沿江", "花城", "体育", "龙口", "石牌", "岗顶", "员村", "新港", "昌岗", "宝岗",
    "同福", "人民", "北京", "起义", "德政", "文德", "农林", "恒福", "麓景", "云山",
    "白云", "机场", "广园", "增槎", "新市", "同和", "京溪", "沙河", "五山", "华景"};
constexpr const char *kStreetSuffixes[] = {"路",   "大道", "街",   "东路",
                                           "西路", "中路", "北路", "南路"};

constexpr const char *kCompoundStems[] = {
    "翠苑", "金碧", "丽景", "华景", "锦绣", "碧桂", "保利", "富力", "雅居", "东方", "星河", "天骄",
    "美林", "海印", "珠江", "金沙", "丰泽", "阳光", "龙湖", "万科", "名雅", "君华", "尚东", "汇景",
    "帝景", "怡安", "紫荆", "棠德", "翠湖", "锦城", "康乐", "东湖", "荔景", "云景", "凤凰", "金海",
    "水岸", "盈翠", "逸景", "颐和", "嘉和", "德馨", "润园", "青松", "梅花", "桃源", "春晖", "明珠",
    "宝华", "兰亭", "和苑", "泰宁", "江畔", "岭南", "骏景", "翠竹", "银湖", "雅荷", "绿茵", "金穗"};
constexpr const char *kCompoundSuffixes[] = {"小区", "花园", "新村", "公寓", "家园",
                                             "雅苑", "华庭", "名苑", "山庄", "大厦"};
constexpr const char *kPhases[] = {"", "二期", "三期"};

constexpr const char *kTradeNames[] = {"金华", "宏达", "鸿运", "兴隆",   "华美", "永安", "创新",
                                       "恒通", "信达", "利民", "新世纪", "粤海", "明辉", "顺丰",
                                       "南方", "百佳", "万家", "联合",   "汇丰", "嘉信"};
constexpr const char *kTrades[] = {"贸易", "科技", "五金", "电子", "服装",
                                   "物流", "印刷", "食品", "建材", "餐饮"};
constexpr const char *kCompanyKinds[] = {"有限公司", "有限公司", "有限公司", "商行", "经营部"};

constexpr int kPhonePrefixes[] = {130, 131, 132, 133, 134, 135, 136, 137, 138, 139, 150, 151,
                                  152, 153, 155, 156, 157, 158, 159, 166, 176, 177, 180, 181,
                                  182, 183, 184, 185, 186, 187, 188, 189, 191, 198, 199};

template <typename T, std::size_t N> const T &pick(Rng &rng, const T (&list)[N])
{
    return list[rng.below(int(N))];
}

int totalWeight()
{
    int sum = 0;
    for (const auto &s : kSurnames)
        sum += s.weight;
    return sum;
}

std::string surname(Rng &rng)
{
    static const int total = totalWeight();
    int r = rng.below(total);
    for (const auto &s : kSurnames) {
        if (r < s.weight)
            return s.text;
        r -= s.weight;
    }
    return kSurnames[0].text;
}

std::string personName(Rng &rng)
{
    std::string name = surname(rng);
    const int style = rng.below(100);
    if (style < 30)
        name += pick(rng, kCommonGiven);
    else if (style < 45)
        name += pick(rng, kGivenChars);
    else
        name += std::string(pick(rng, kGivenChars)) + pick(rng, kGivenChars);
    return name;
}

// GB 11643 check character over the first 17 digits.
std::string withCheck(const std::string &first17)
{
    return first17 +
           char(residentIdCheckCharacter(QString::fromLatin1(first17.c_str())).toLatin1());
}

std::string residentId(Rng &rng, const char *region, int sex /* 0 female, 1 male */)
{
    static const QDate base(1940, 1, 1);
    const QDate birth = base.addDays(rng.below(365 * 65));
    char buf[32];
    const int seq = rng.below(500) * 2 + sex; // odd for men
    std::snprintf(buf, sizeof buf, "%s%04d%02d%02d%03d", region, birth.year(), birth.month(),
                  birth.day(), seq);
    return withCheck(buf);
}

std::string creditCode(Rng &rng, const char *region)
{
    static const char alphabet[] = "0123456789ABCDEFGHJKLMNPQRTUWXY";
    static const int weights[] = {1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28};
    std::string code = std::string("9") + (rng.below(4) == 0 ? "2" : "1") + region;
    for (int i = 0; i < 9; ++i)
        code += alphabet[rng.below(i < 8 ? 10 : 31)]; // organisation code: digits, last any
    int sum = 0;
    for (int i = 0; i < 17; ++i)
        sum += int(std::string_view(alphabet).find(code[std::size_t(i)])) * weights[i];
    code += alphabet[(31 - sum % 31) % 31];
    return code;
}

std::string mobile(Rng &rng)
{
    char buf[16];
    std::snprintf(buf, sizeof buf, "%d%08d", pick(rng, kPhonePrefixes), rng.below(100000000));
    return buf;
}

struct Place
{
    qint64 id = 0;
    std::string name;
};

struct Compound
{
    qint64 id = 0;
    std::string name;
    int district = 0; // index into kDistricts
    qint64 streetId = 0;
    std::string street;
    int number = 1;
    int buildings = 10;
    int units = 2;
    int floors = 18;
    int roomsPerFloor = 4;
};

// A statement on the raw connection, finalised on scope exit. Values are bound without a copy
// (SQLITE_STATIC): every caller binds all parameters from values that live until step().
class Stmt
{
public:
    Stmt(sqlite3 *db, const char *sql)
    {
        if (sqlite3_prepare_v2(db, sql, -1, &m_stmt, nullptr) != SQLITE_OK)
            m_stmt = nullptr;
    }
    ~Stmt() { sqlite3_finalize(m_stmt); }
    Stmt(const Stmt &) = delete;
    Stmt &operator=(const Stmt &) = delete;
    bool ok() const { return m_stmt != nullptr; }
    void text(int i, const std::string &s)
    {
        sqlite3_bind_text(m_stmt, i, s.data(), int(s.size()), SQLITE_STATIC);
    }
    void text(int i, const char *s) { sqlite3_bind_text(m_stmt, i, s, -1, SQLITE_STATIC); }
    void blob(int i, const QByteArray &b)
    {
        sqlite3_bind_blob(m_stmt, i, b.constData(), int(b.size()), SQLITE_STATIC);
    }
    void integer(int i, qint64 v) { sqlite3_bind_int64(m_stmt, i, v); }
    void null(int i) { sqlite3_bind_null(m_stmt, i); }
    bool step()
    {
        const int rc = sqlite3_step(m_stmt);
        sqlite3_reset(m_stmt);
        return rc == SQLITE_DONE || rc == SQLITE_ROW;
    }

private:
    sqlite3_stmt *m_stmt = nullptr;
};

Error sqlError(sqlite3 *db, const char *what)
{
    return Error{QStringLiteral("store.sql"),
                 QCoreApplication::translate("hd::DemoDataGenerator", "生成演示数据失败（%1）：%2")
                     .arg(QString::fromUtf8(what), QString::fromUtf8(sqlite3_errmsg(db)))};
}

bool exec(sqlite3 *db, const std::string &sql)
{
    return sqlite3_exec(db, sql.c_str(), nullptr, nullptr, nullptr) == SQLITE_OK;
}

std::string uuid4(Rng &rng)
{
    const std::uint64_t a = rng.next();
    const std::uint64_t b = rng.next();
    char buf[40];
    std::snprintf(buf, sizeof buf, "%08x-%04x-4%03x-%04x-%012llx", unsigned(a >> 32),
                  unsigned((a >> 16) & 0xFFFF), unsigned(a & 0xFFF),
                  unsigned(0x8000 | ((b >> 48) & 0x3FFF)),
                  static_cast<unsigned long long>(b & 0xFFFFFFFFFFFFULL));
    return buf;
}

std::string isoDate(const QDate &d)
{
    int year = 0, month = 0, day = 0;
    d.getDate(&year, &month, &day); // one calendar conversion instead of three
    char buf[16];
    std::snprintf(buf, sizeof buf, "%04d-%02d-%02d", year, month, day);
    return buf;
}

// A payment time on a local (UTC+8) calendar day, stored as a UTC instant.
std::string utcInstant(const QDate &localDay, int minuteOfDay)
{
    if (minuteOfDay < 8 * 60) { // the UTC instant falls on the day before
        const QDateTime local(localDay, QTime(minuteOfDay / 60, minuteOfDay % 60),
                              QTimeZone(8 * 3600));
        return local.toUTC().toString(Qt::ISODateWithMs).toStdString();
    }
    // Same text as QDateTime's ISODateWithMs, without a time zone conversion per payment.
    int year = 0, month = 0, day = 0;
    localDay.getDate(&year, &month, &day);
    char buf[32];
    std::snprintf(buf, sizeof buf, "%04d-%02d-%02dT%02d:%02d:00.000Z", year, month, day,
                  minuteOfDay / 60 - 8, minuteOfDay % 60);
    return buf;
}

int seasonalPercent(int month)
{
    static const int factor[] = {110, 100, 90, 90, 100, 130, 160, 160, 130, 100, 90, 100};
    return factor[month - 1];
}

// The demo default (DOMAIN.md): Zhejiang's annual residential tiers, flat commercial and
// agricultural prices, in 厘 per kWh.
constexpr const char *kDefaultTariffsSql =
    "INSERT OR IGNORE INTO tariffs VALUES "
    "('RES-T3', '居民阶梯电价（年度三档）', 'residential', 'annual', 2760, 4800, 538, 588, 838, "
    "'2024-01-01'),"
    "('COM-GEN', '一般工商业电价', 'non_residential', 'flat', NULL, NULL, 650, 650, 650, "
    "'2024-01-01'),"
    "('AGR', '农业生产电价', 'agricultural', 'flat', NULL, NULL, 480, 480, 480, '2024-01-01')";

// One account's rows as the generator produced them, waiting for the writer. Generation (names,
// addresses, encryption, dates) runs on its own thread while the connection's thread only
// binds and steps: on two cores the load takes the longer of the two instead of their sum.
struct AccountRow
{
    qint64 id = 0;
    std::string accountNo;
    std::string name;
    const char *customerClass = "residential";
    std::string address;
    qint64 districtId = 0;
    qint64 streetId = 0;
    qint64 compoundId = 0;
    int building = 0;
    int unit = 0;
    int room = 0;
    QByteArray phoneCipher;
    QByteArray phoneHash;
    std::string phoneLast4;
    std::string phoneMasked;
    std::string idKind;
    QByteArray idCipher;
    QByteArray idHash;
    std::string idMasked;
    const char *tariff = "RES-T3";
    std::string meterNo;
    bool prepaid = false;
    qint64 balance = 0;
    std::string status;
    std::string blockedReason; // empty: not blocked
    std::string openedOn;
};

struct BillRow
{
    qint64 accountId = 0;
    int period = 0;
    int tier1 = 0;
    int tier2 = 0;
    int tier3 = 0;
    qint64 amount = 0;
    std::string dueDate;
    qint64 paid = 0;
};

struct PaymentRow
{
    std::string uuid;
    std::string receiptNo;
    qint64 accountId = 0;
    qint64 amount = 0;
    const char *method = "cash";
    const char *channel = "counter";
    std::string operatorLogin;
    std::string createdAt;
};

struct Batch
{
    std::vector<AccountRow> accounts;
    std::vector<BillRow> bills;
    std::vector<PaymentRow> payments;
};

constexpr int kBatchAccounts = 2000;

// A bounded hand-over from the generating thread to the writing one. close() ends it from
// either side: the producer when done, the writer when it failed (push then returns false).
class BatchQueue
{
public:
    bool push(std::unique_ptr<Batch> batch)
    {
        std::unique_lock lock(m_mutex);
        m_changed.wait(lock, [this] { return m_closed || m_batches.size() < 8; });
        if (m_closed)
            return false;
        m_batches.push_back(std::move(batch));
        m_changed.notify_all();
        return true;
    }
    // nullptr once closed and drained.
    std::unique_ptr<Batch> pop()
    {
        std::unique_lock lock(m_mutex);
        m_changed.wait(lock, [this] { return m_closed || !m_batches.empty(); });
        if (m_batches.empty())
            return nullptr;
        auto batch = std::move(m_batches.front());
        m_batches.pop_front();
        m_changed.notify_all();
        return batch;
    }
    void close()
    {
        std::lock_guard lock(m_mutex);
        m_closed = true;
        m_changed.notify_all();
    }

private:
    std::mutex m_mutex;
    std::condition_variable m_changed;
    std::deque<std::unique_ptr<Batch>> m_batches;
    bool m_closed = false;
};

} // namespace

Status DemoDataGenerator::installDefaultTariffs(QSqlDatabase &db)
{
    return execSql(db, QString::fromUtf8(kDefaultTariffsSql));
}

Result<DemoDataGenerator::Summary> DemoDataGenerator::generate(Store &store, const Options &options)
{
    if (options.accounts < 1 || options.accounts > 5'000'000)
        return Error{
            QStringLiteral("generate.invalid"),
            QCoreApplication::translate("hd::DemoDataGenerator", "户数应在 1 到 5,000,000 之间：%1")
                .arg(options.accounts)};
    {
        QSqlQuery q(store.db());
        if (q.exec(QStringLiteral("SELECT count(*) FROM accounts")) && q.next() &&
            q.value(0).toLongLong() > 0)
            return Error{
                QStringLiteral("generate.not-empty"),
                QCoreApplication::translate("hd::DemoDataGenerator",
                                            "数据库中已有户档案，演示数据只能生成到空数据库中。")};
    }
    Summary summary;
    if (options.createOperators) {
        OperatorDirectory operators(store);
        for (const auto &[login, name, role] :
             {std::tuple{QStringLiteral("clerk1"), QStringLiteral("王芳"), Role::Clerk},
              std::tuple{QStringLiteral("clerk2"), QStringLiteral("陈晓明"), Role::Clerk},
              std::tuple{QStringLiteral("super1"), QStringLiteral("李强"), Role::Supervisor},
              std::tuple{QStringLiteral("admin"), QStringLiteral("系统管理员"), Role::Admin}}) {
            if (operators.find(login))
                continue;
            auto op = operators.create(login, name, role, QStringLiteral("demo123"));
            if (!op)
                return op.error();
            ++summary.operators;
        }
    }

    const QVariant handle = store.db().driver()->handle();
    if (!handle.isValid() || qstrcmp(handle.typeName(), "sqlite3*") != 0)
        return Error{
            QStringLiteral("store.sql"),
            QCoreApplication::translate("hd::DemoDataGenerator", "数据库驱动不是 SQLite。")};
    sqlite3 *db = *static_cast<sqlite3 *const *>(handle.data());

    // Bulk load: one transaction, secondary indexes dropped and rebuilt after the load (a
    // sorted build is far faster than millions of random inserts), fsync only at the end.
    std::vector<std::string> indexSql;
    {
        QSqlQuery q(store.db());
        q.exec(QStringLiteral("SELECT sql FROM sqlite_master WHERE type = 'index' AND sql IS NOT "
                              "NULL AND tbl_name IN ('accounts', 'bills', 'payments')"));
        while (q.next())
            indexSql.push_back(q.value(0).toString().toStdString());
    }
    // A rollback journal instead of the WAL for the load: the store is empty, so the journal
    // stays tiny, whereas the WAL would receive every page once more before the checkpoint
    // copies it into the database. A crash mid-load still rolls back to the empty store.
    exec(db, "PRAGMA journal_mode = DELETE");
    exec(db, "PRAGMA synchronous = OFF");
    exec(db, "PRAGMA cache_size = -200000");
    // Debian builds SQLite with SECURE_DELETE on, which zeroes every cell a page split moves:
    // a third of the load's time, for no benefit when nothing personal is being deleted.
    exec(db, "PRAGMA secure_delete = OFF");
    // Every generated row refers only to rows generated before it (places, accounts): checking
    // each bill's account again cost an eighth of the load. tst_demodata runs
    // foreign_key_check on a generated store. (The pragma is a no-op inside a transaction.)
    exec(db, "PRAGMA foreign_keys = OFF");
    auto restorePragmas = [db] {
        exec(db, "PRAGMA journal_mode = WAL");
        exec(db, "PRAGMA synchronous = FULL");
        exec(db, "PRAGMA secure_delete = ON");
        exec(db, "PRAGMA foreign_keys = ON");
    };
    if (!exec(db, "BEGIN IMMEDIATE")) {
        Error e = sqlError(db, "begin");
        restorePragmas();
        return e;
    }
    auto fail = [&](const char *what) {
        Error e = sqlError(db, what);
        exec(db, "ROLLBACK");
        restorePragmas();
        return e;
    };
    for (const auto &sql : indexSql) {
        const auto nameStart = sql.find("INDEX ") + 6;
        const auto nameEnd = sql.find(' ', nameStart);
        if (!exec(db, "DROP INDEX " + sql.substr(nameStart, nameEnd - nameStart)))
            return fail("drop index");
    }

    if (!exec(db, kDefaultTariffsSql))
        return fail("tariffs");

    Rng rng(options.seed);
    const FieldCipher &cipher = store.cipher();

    // Places: districts, streets, compounds.
    Stmt placeInsert(db, "INSERT INTO places (kind, name) VALUES (?, ?)");
    if (!placeInsert.ok())
        return fail("prepare places");
    auto addPlace = [&](int kind, const std::string &name) -> qint64 {
        placeInsert.integer(1, kind);
        placeInsert.text(2, name);
        if (!placeInsert.step())
            return 0;
        ++summary.places;
        return sqlite3_last_insert_rowid(db);
    };
    std::vector<qint64> districtIds;
    for (const auto &d : kDistricts)
        districtIds.push_back(addPlace(1, d.name));
    std::vector<std::pair<std::string, int>> streetNames; // name, district
    {
        std::vector<std::string> all;
        for (const char *stem : kStreetStems)
            for (const char *suffix : kStreetSuffixes)
                all.push_back(std::string(stem) + suffix);
        for (std::size_t i = all.size(); i > 1; --i)
            std::swap(all[i - 1], all[std::size_t(rng.below(int(i)))]);
        const std::size_t perDistrict = all.size() / std::size(kDistricts);
        for (std::size_t i = 0; i < perDistrict * std::size(kDistricts); ++i)
            streetNames.emplace_back(all[i], int(i / perDistrict));
    }
    std::vector<qint64> streetIds;
    for (const auto &[name, district] : streetNames)
        streetIds.push_back(addPlace(2, name));

    const int compoundCount =
        std::clamp(options.accounts / 500, 12,
                   int(std::size(kCompoundStems) * std::size(kCompoundSuffixes) * 3));
    std::vector<Compound> compounds;
    {
        std::vector<std::string> names;
        for (const char *phase : kPhases)
            for (const char *stem : kCompoundStems)
                for (const char *suffix : kCompoundSuffixes)
                    names.push_back(std::string(stem) + suffix + phase);
        // Shuffle the plain names first so small stores still get varied, phase-less names.
        const std::size_t plain = std::size(kCompoundStems) * std::size(kCompoundSuffixes);
        for (std::size_t i = plain; i > 1; --i)
            std::swap(names[i - 1], names[std::size_t(rng.below(int(i)))]);
        for (int i = 0; i < compoundCount; ++i) {
            Compound c;
            c.name = names[std::size_t(i)];
            const std::size_t s = std::size_t(rng.below(int(streetNames.size())));
            c.street = streetNames[s].first;
            c.district = streetNames[s].second;
            c.streetId = streetIds[s];
            c.number = rng.between(1, 999);
            c.buildings = rng.between(3, 30);
            c.units = rng.between(1, 4);
            c.floors = rng.between(6, 33);
            c.roomsPerFloor = rng.between(2, 4);
            c.id = addPlace(3, c.name);
            if (c.id == 0)
                return fail("places");
            compounds.push_back(c);
        }
    }

    Stmt accountInsert(
        db, "INSERT INTO accounts (id, account_no, name, customer_class, address, district_id, "
            "street_id, compound_id, building, unit, room, phone_cipher, phone_hash, phone_last4, "
            "phone_masked, id_kind, id_cipher, id_hash, id_masked, tariff_code, meter_no, "
            "prepaid, balance_fen, status, blocked, blocked_reason, opened_on) VALUES "
            "(?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)");
    Stmt billInsert(db, "INSERT INTO bills (account_id, period, kwh_tier1, kwh_tier2, kwh_tier3, "
                        "amount_fen, due_date, paid_fen, status) VALUES (?,?,?,?,?,?,?,?,?)");
    Stmt paymentInsert(db, "INSERT INTO payments (uuid, receipt_no, account_id, kind, amount_fen, "
                           "method, channel, operator_login, created_at) VALUES "
                           "(?,?,?,'bill',?,?,?,?,?)");
    if (!accountInsert.ok() || !billInsert.ok() || !paymentInsert.ok())
        return fail("prepare");

    const QDate asOf = options.asOf.isValid() ? options.asOf : QDate::currentDate();
    const QDate lastPeriodMonth = QDate(asOf.year(), asOf.month(), 1).addMonths(-1);
    std::vector<std::pair<std::u16string, qint64>> grams;
    grams.reserve(std::size_t(options.accounts) * 4);

    // The generator, on its own thread. Everything it reads (places, options, the cipher) is
    // set up above and not touched again by the writer until join().
    BatchQueue queue;
    std::thread producer([&] {
        qint64 counterSequence = 0;
        qint64 channelSequence = 0;
        std::unique_ptr<Batch> batch;
        for (int i = 0; i < options.accounts; ++i) {
            if (i % kBatchAccounts == 0) {
                if (batch && !queue.push(std::move(batch)))
                    return; // the writer failed: stop generating
                batch = std::make_unique<Batch>();
            }
            const qint64 id = i + 1;
            const int classRoll = rng.below(1000);
            const bool business = classRoll >= 880 && classRoll < 970;
            const bool agricultural = classRoll >= 970;
            const Compound &c = compounds[std::size_t(rng.below(int(compounds.size())))];
            const District &district = kDistricts[c.district];

            const int building = rng.between(1, c.buildings);
            const int unit = rng.between(1, c.units);
            const int room =
                (business ? 1 : rng.between(1, c.floors)) * 100 + rng.between(1, c.roomsPerFloor);
            std::string address = std::string("广州市") + district.name + c.street +
                                  std::to_string(c.number) + "号" + c.name +
                                  std::to_string(building) + "栋" + std::to_string(unit) + "单元" +
                                  std::to_string(room) + (business ? "号铺" : "室");

            std::string name;
            std::string idValue;
            std::string idKind;
            if (business) {
                name = std::string("广州市") + pick(rng, kTradeNames) + pick(rng, kTrades) +
                       pick(rng, kCompanyKinds);
                idValue = creditCode(rng, district.code);
                idKind = "credit_code";
            } else {
                name = personName(rng);
                const char *region = rng.below(100) < 70 ? district.code : pick(rng, kOtherRegions);
                idValue = residentId(rng, region, rng.below(2));
                idKind = "resident_id";
            }
            const std::string phone = mobile(rng);
            const QString qName = QString::fromStdString(name);
            const QString qPhone = QString::fromStdString(phone);
            const QString qId = QString::fromStdString(idValue);

            // Payment behaviour of this account.
            const int profile = rng.below(1000);
            const bool closed = profile < 10;
            const bool blacklisted = profile >= 10 && profile < 15;
            const bool oldArrears = profile >= 15 && profile < 55;
            const bool recentArrears = profile >= 55 && profile < 155;
            const bool partial = profile >= 155 && profile < 185;
            const bool prepaid = !business && !agricultural && !closed && rng.below(100) < 5;
            const int months = 12 + rng.below(13);
            const int baseKwh = business ? rng.between(300, 5000) : rng.between(60, 380);

            std::string status = "active";
            std::string blockedReason;
            if (closed)
                status = "closed";
            if (blacklisted)
                blockedReason = "列入电费回收黑名单，暂停办理新装及变更业务";
            if (oldArrears && rng.below(2) == 0) {
                blockedReason = "欠费超过 30 天，已发停电通知";
                if (rng.below(2) == 0) {
                    status = "cut_off";
                    blockedReason = "欠费停电，缴清电费后 24 小时内恢复送电";
                }
            }
            qint64 balance = 0;
            if (prepaid)
                balance = rng.between(5000, 80000);
            else if (!oldArrears && !recentArrears && !closed && rng.below(10) == 0)
                balance = rng.between(1000, 20000);

            AccountRow &a = batch->accounts.emplace_back();
            a.id = id;
            char accountNo[16];
            std::snprintf(accountNo, sizeof accountNo, "44%08d", 10000000 + i);
            a.accountNo = accountNo;
            a.name = name;
            a.customerClass = business       ? "non_residential"
                              : agricultural ? "agricultural"
                                             : "residential";
            a.address = std::move(address);
            a.districtId = districtIds[std::size_t(c.district)];
            a.streetId = c.streetId;
            a.compoundId = c.id;
            a.building = building;
            a.unit = unit;
            a.room = room;
            a.phoneCipher = cipher.encrypt(QByteArray::fromStdString(phone));
            a.phoneHash = cipher.lookupHash(qPhone);
            a.phoneLast4 = phone.substr(7);
            a.phoneMasked = phone.substr(0, 3) + "****" + phone.substr(7);
            a.idKind = idKind;
            a.idCipher = cipher.encrypt(QByteArray::fromStdString(idValue));
            a.idHash = cipher.lookupHash(qId);
            a.idMasked = business ? idValue : maskResidentId(qId).toStdString();
            a.tariff = business ? "COM-GEN" : agricultural ? "AGR" : "RES-T3";
            char meter[20];
            std::snprintf(meter, sizeof meter, "33%011llu",
                          static_cast<unsigned long long>(rng.next() % 100000000000ULL));
            a.meterNo = meter;
            a.prepaid = prepaid;
            a.balance = balance;
            a.status = status;
            a.blockedReason = blockedReason;
            a.openedOn = isoDate(lastPeriodMonth.addMonths(-months - rng.below(60)));
            for (const QString &key : nameSearchKeys(qName, business))
                grams.emplace_back(key.toStdU16String(), id);

            // Bills, oldest first, with the annual tier position carried through each year.
            int yearKwh = 0;
            int year = 0;
            const int unpaidRecent = recentArrears ? rng.between(1, 2) : 0;
            const int unpaidOld = oldArrears ? rng.between(3, 6) : 0;
            for (int m = months - 1; m >= 0; --m) {
                const QDate period = lastPeriodMonth.addMonths(-m);
                int periodYear = 0, periodMonth = 0;
                period.getDate(&periodYear, &periodMonth, nullptr);
                if (periodYear != year) {
                    year = periodYear;
                    yearKwh = 0;
                }
                const int kwh = std::max(1, baseKwh * seasonalPercent(periodMonth) / 100 *
                                                rng.between(85, 115) / 100);
                int t1 = kwh, t2 = 0, t3 = 0;
                qint64 li = 0;
                if (!business && !agricultural) {
                    // Annual tiers: the year's cumulative consumption decides the tier.
                    const int before = yearKwh;
                    const int after = yearKwh + kwh;
                    t1 = std::max(0, std::min(after, 2760) - before);
                    t2 = std::max(0, std::min(after, 4800) - std::max(before, 2760));
                    t3 = kwh - t1 - t2;
                    li = qint64(t1) * 538 + qint64(t2) * 588 + qint64(t3) * 838;
                } else {
                    li = qint64(kwh) * (business ? 650 : 480);
                }
                yearKwh += kwh;
                const qint64 amount = (li + 5) / 10;               // 厘 → 分, half-up
                const QDate due = period.addMonths(1).addDays(24); // the 25th of the next month
                const bool notYetDue = due >= asOf;
                bool unpaid = (m < unpaidRecent) || (m < unpaidOld);
                if (closed || prepaid)
                    unpaid = false;
                if (notYetDue && !closed && !prepaid && rng.below(100) < 60)
                    unpaid = true; // most customers pay close to the due date
                qint64 paid = unpaid ? 0 : amount;
                if (partial && m == 1)
                    paid = amount / 2;
                batch->bills.push_back(
                    {id, periodYear * 100 + periodMonth, t1, t2, t3, amount, isoDate(due), paid});

                // Payment history for the last three bills paid.
                if (paid > 0 && m < 3 && !prepaid) {
                    const QDate paidOn = due.addDays(-rng.below(20));
                    const int channelRoll = rng.below(10);
                    std::string receipt;
                    const char *method;
                    const char *channel;
                    std::string operatorLogin;
                    if (channelRoll < 3) {
                        char buf[48];
                        std::snprintf(buf, sizeof buf, "4401-0%d-%08lld", 1 + rng.below(2),
                                      static_cast<long long>(++counterSequence));
                        receipt = buf;
                        method = rng.below(3) == 0 ? "card" : "cash";
                        channel = "counter";
                        operatorLogin = rng.below(2) == 0 ? "clerk1" : "clerk2";
                    } else {
                        static const char *const channels[] = {
                            "wechat", "wechat", "alipay", "alipay", "bank", "bank", "bank"};
                        channel = channels[channelRoll - 3];
                        method = channelRoll >= 7 ? "bank_debit" : channel;
                        char buf[48];
                        std::snprintf(buf, sizeof buf, "CH-%012lld",
                                      static_cast<long long>(++channelSequence));
                        receipt = buf;
                    }
                    batch->payments.push_back({uuid4(rng), std::move(receipt), id, paid, method,
                                               channel, std::move(operatorLogin),
                                               utcInstant(paidOn, rng.between(8 * 60, 20 * 60))});
                }
            }
        }

        if (batch)
            queue.push(std::move(batch));
        queue.close();
    });

    auto writeBatch = [&](const Batch &b) -> bool {
        for (const AccountRow &a : b.accounts) {
            accountInsert.integer(1, a.id);
            accountInsert.text(2, a.accountNo);
            accountInsert.text(3, a.name);
            accountInsert.text(4, a.customerClass);
            accountInsert.text(5, a.address);
            accountInsert.integer(6, a.districtId);
            accountInsert.integer(7, a.streetId);
            accountInsert.integer(8, a.compoundId);
            accountInsert.integer(9, a.building);
            accountInsert.integer(10, a.unit);
            accountInsert.integer(11, a.room);
            accountInsert.blob(12, a.phoneCipher);
            accountInsert.blob(13, a.phoneHash);
            accountInsert.text(14, a.phoneLast4);
            accountInsert.text(15, a.phoneMasked);
            accountInsert.text(16, a.idKind);
            accountInsert.blob(17, a.idCipher);
            accountInsert.blob(18, a.idHash);
            accountInsert.text(19, a.idMasked);
            accountInsert.text(20, a.tariff);
            accountInsert.text(21, a.meterNo);
            accountInsert.integer(22, a.prepaid ? 1 : 0);
            accountInsert.integer(23, a.balance);
            accountInsert.text(24, a.status);
            accountInsert.integer(25, a.blockedReason.empty() ? 0 : 1);
            if (a.blockedReason.empty())
                accountInsert.null(26);
            else
                accountInsert.text(26, a.blockedReason);
            accountInsert.text(27, a.openedOn);
            if (!accountInsert.step())
                return false;
        }
        for (const BillRow &r : b.bills) {
            billInsert.integer(1, r.accountId);
            billInsert.integer(2, r.period);
            billInsert.integer(3, r.tier1);
            billInsert.integer(4, r.tier2);
            billInsert.integer(5, r.tier3);
            billInsert.integer(6, r.amount);
            billInsert.text(7, r.dueDate);
            billInsert.integer(8, r.paid);
            billInsert.integer(9, r.paid >= r.amount ? 1 : 0);
            if (!billInsert.step())
                return false;
        }
        for (const PaymentRow &r : b.payments) {
            paymentInsert.text(1, r.uuid);
            paymentInsert.text(2, r.receiptNo);
            paymentInsert.integer(3, r.accountId);
            paymentInsert.integer(4, r.amount);
            paymentInsert.text(5, r.method);
            paymentInsert.text(6, r.channel);
            paymentInsert.text(7, r.operatorLogin);
            paymentInsert.text(8, r.createdAt);
            if (!paymentInsert.step())
                return false;
        }
        summary.accounts += int(b.accounts.size());
        summary.bills += qint64(b.bills.size());
        summary.payments += qint64(b.payments.size());
        return true;
    };
    bool written = true;
    while (auto b = queue.pop()) {
        if (written && !writeBatch(*b)) {
            written = false;
            queue.close(); // the producer stops at its next batch
        }
        if (written && options.progress && summary.accounts % 50000 == 0)
            options.progress(summary.accounts, options.accounts);
    }
    producer.join();
    if (!written)
        return fail("insert");
    std::sort(grams.begin(), grams.end());
    grams.erase(std::unique(grams.begin(), grams.end()), grams.end());
    {
        Stmt gramInsert(db, "INSERT INTO name_grams (gram, account_id) VALUES (?, ?)");
        if (!gramInsert.ok())
            return fail("prepare grams");
        for (const auto &[gram, id] : grams) {
            const std::string utf8 = QString::fromStdU16String(gram).toStdString();
            gramInsert.text(1, utf8);
            gramInsert.integer(2, id);
            if (!gramInsert.step())
                return fail("grams");
        }
    }
    for (const auto &sql : indexSql)
        if (!exec(db, sql))
            return fail("create index");
    if (!exec(db, "COMMIT"))
        return fail("commit");
    restorePragmas();
    // Statistics for the planner from a sample: a full ANALYZE would read every index.
    exec(db, "PRAGMA analysis_limit = 1000");
    exec(db, "ANALYZE");
    if (options.progress)
        options.progress(options.accounts, options.accounts);
    return summary;
}

} // namespace hd
