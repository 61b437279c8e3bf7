#include "accountsearch.h"

#include "idnumber.h"
#include "phone.h"
#include "store.h"

#include <QCoreApplication>
#include <QHash>
#include <QRegularExpression>
#include <QSet>
#include <QSqlQuery>

#include <algorithm>

namespace hd {

QString matchKindLabel(MatchKind kind)
{
    switch (kind) {
    case MatchKind::AccountNoExact:
        return QCoreApplication::translate("hd::AccountSearch", "户号");
    case MatchKind::IdNumber:
        return QCoreApplication::translate("hd::AccountSearch", "证件号码");
    case MatchKind::PhoneFull:
        return QCoreApplication::translate("hd::AccountSearch", "手机号");
    case MatchKind::NameExact:
        return QCoreApplication::translate("hd::AccountSearch", "户名");
    case MatchKind::BuildingRoom:
        return QCoreApplication::translate("hd::AccountSearch", "楼栋房号");
    case MatchKind::PhoneLast4:
        return QCoreApplication::translate("hd::AccountSearch", "手机尾号");
    case MatchKind::AccountNoPrefix:
        return QCoreApplication::translate("hd::AccountSearch", "户号前缀");
    case MatchKind::NamePartial:
        return QCoreApplication::translate("hd::AccountSearch", "户名包含");
    case MatchKind::Address:
        return QCoreApplication::translate("hd::AccountSearch", "地址");
    }
    return {};
}

QStringList nameSearchKeys(const QString &name, bool organisation)
{
    QStringList keys;
    QString n = name;
    if (organisation) {
        if (n.startsWith(QStringLiteral("广州市")))
            n = n.mid(3);
        for (qsizetype i = 0; i + 2 <= n.size(); ++i)
            keys << n.mid(i, 2);
    } else {
        for (qsizetype len = 2; len <= n.size(); ++len)
            for (qsizetype i = 0; i + len <= n.size(); ++i)
                keys << n.mid(i, len);
    }
    keys.removeDuplicates();
    return keys;
}

namespace {

// How many candidates one token may contribute before it counts as unselective. A query of
// several tokens starts from its most selective token and checks the others on its rows.
constexpr int kCandidateCap = 2000;

struct Candidate
{
    qint64 id = 0;
    MatchKind kind = MatchKind::Address;
};

struct Token
{
    QString text;
    enum Type { Digits, IdLike, CreditCode, BuildingRoom, Text } type = Text;
    int building = 0;
    int unit = 0;
    int room = 0;
};

// Clerks type on many keyboards: full-width digits and letters (１２３, Ｘ) become ASCII,
// the ideographic space a plain one.
QString normalise(const QString &query)
{
    QString out;
    out.reserve(query.size());
    for (QChar c : query) {
        const char16_t u = c.unicode();
        if (u >= 0xFF01 && u <= 0xFF5E)
            c = QChar(char16_t(u - 0xFEE0));
        else if (u == 0x3000)
            c = QLatin1Char(' ');
        out += c;
    }
    out = out.simplified();
    // A number typed in groups (139 1234 5678, 138-0013-8000) is one number.
    static const QRegularExpression groupedDigits(QStringLiteral("^\\d[\\d -]*\\d$"));
    if (groupedDigits.match(out).hasMatch())
        out.remove(QLatin1Char(' ')).remove(QLatin1Char('-'));
    return out;
}

const QRegularExpression &buildingRoomPattern()
{
    // 3栋502, 3栋2单元502, 12幢1203室, 5号楼301, 3-2-502 is not accepted (ambiguous with ids)
    static const QRegularExpression re(
        QStringLiteral("^(\\d{1,3})(?:栋|幢|号楼|座)(?:(\\d{1,2})单元)?(\\d{1,5})(?:室|号|房)?$"));
    return re;
}

QList<Token> tokenise(const QString &query)
{
    QList<Token> tokens;
    static const QRegularExpression digits(QStringLiteral("^\\d+$"));
    static const QRegularExpression idLike(QStringLiteral("^\\d{17}[0-9Xx]$"));
    static const QRegularExpression creditCode(QStringLiteral("^[0-9A-HJ-NPQRTUWXY]{18}$"),
                                               QRegularExpression::CaseInsensitiveOption);
    // A fragment glued to a building-room (翠苑3栋502) is split into the two.
    static const QRegularExpression glued(
        QStringLiteral("^(\\D*[^\\d\\s])(\\d{1,3}(?:栋|幢|号楼|座).*)$"));
    QStringList parts = query.split(QLatin1Char(' '), Qt::SkipEmptyParts);
    QStringList expanded;
    for (const QString &part : parts) {
        const auto m = glued.match(part);
        if (m.hasMatch() && buildingRoomPattern().match(m.captured(2)).hasMatch()) {
            expanded << m.captured(1) << m.captured(2);
        } else {
            expanded << part;
        }
    }
    for (const QString &part : expanded) {
        Token t;
        t.text = part;
        if (idLike.match(part).hasMatch()) {
            t.type = Token::IdLike;
        } else if (creditCode.match(part).hasMatch() && !digits.match(part).hasMatch()) {
            t.type = Token::CreditCode;
        } else if (digits.match(part).hasMatch()) {
            t.type = Token::Digits;
        } else if (const auto m = buildingRoomPattern().match(part); m.hasMatch()) {
            t.type = Token::BuildingRoom;
            t.building = m.captured(1).toInt();
            t.unit = m.captured(2).toInt();
            t.room = m.captured(3).toInt();
        }
        tokens << t;
    }
    return tokens;
}

class Searcher
{
public:
    explicit Searcher(Store &store)
        : m_store(store)
    {}

    // A building-room typed beside an address fragment (翠苑 3栋502): places are then looked
    // up with it, through the (compound_id, building, room) index, instead of returning every
    // account of the compound for the caller to filter.
    void setBuildingRoom(const Token *t) { m_buildingRoom = t; }

    // Candidates for one token, strongest kinds first, at most `cap`.
    QList<Candidate> candidates(const Token &t, int cap)
    {
        QList<Candidate> out;
        QSet<qint64> seen;
        auto add = [&](const QList<qint64> &ids, MatchKind kind) {
            for (qint64 id : ids) {
                if (out.size() >= cap)
                    return;
                if (!seen.contains(id)) {
                    seen.insert(id);
                    out.append({id, kind});
                }
            }
        };
        switch (t.type) {
        case Token::IdLike:
            add(byIdNumber(t.text), MatchKind::IdNumber);
            add(byAccountPrefix(t.text, cap), MatchKind::AccountNoPrefix);
            break;
        case Token::Digits:
            add(byAccountExact(t.text), MatchKind::AccountNoExact);
            if (t.text.size() == 15)
                add(byIdNumber(t.text), MatchKind::IdNumber);
            if (t.text.size() == 11 && t.text.startsWith(QLatin1Char('1')))
                add(byPhone(t.text), MatchKind::PhoneFull);
            if (t.text.size() == 4)
                add(byPhoneLast4(t.text, cap), MatchKind::PhoneLast4);
            add(byAccountPrefix(t.text, cap), MatchKind::AccountNoPrefix);
            break;
        case Token::CreditCode:
            add(byCreditCode(t.text), MatchKind::IdNumber);
            break;
        case Token::BuildingRoom:
            add(byBuildingRoom(t, cap), MatchKind::BuildingRoom);
            break;
        case Token::Text:
            add(byNameExact(t.text, cap), MatchKind::NameExact);
            add(byNamePartial(t.text, cap), MatchKind::NamePartial);
            add(byPlace(t.text, cap), MatchKind::Address);
            break;
        }
        return out;
    }

private:
    QList<qint64> ids(const QString &sql, const QVariantList &binds)
    {
        QSqlQuery q(m_store.db());
        q.setForwardOnly(true);
        q.prepare(sql);
        for (const QVariant &b : binds)
            q.addBindValue(b);
        QList<qint64> out;
        if (!q.exec())
            return out;
        while (q.next())
            out.append(q.value(0).toLongLong());
        return out;
    }

    QList<qint64> byAccountExact(const QString &no)
    {
        return ids(QStringLiteral("SELECT id FROM accounts WHERE account_no = ?"), {no});
    }

    QList<qint64> byAccountPrefix(const QString &prefix, int cap)
    {
        // A range on the UNIQUE index: account_no >= prefix AND < prefix + U+FFFF.
        return ids(QStringLiteral("SELECT id FROM accounts WHERE account_no >= ? AND account_no "
                                  "< ? ORDER BY account_no LIMIT ?"),
                   {prefix, QString(prefix + QChar(0xFFFF)), cap});
    }

    QList<qint64> byIdNumber(const QString &text)
    {
        const auto id = parseResidentId(text);
        if (!id)
            return {};
        return ids(QStringLiteral("SELECT id FROM accounts WHERE id_hash = ? LIMIT 50"),
                   {m_store.cipher().lookupHash(id->number)});
    }

    QList<qint64> byCreditCode(const QString &text)
    {
        return ids(QStringLiteral("SELECT id FROM accounts WHERE id_hash = ? LIMIT 50"),
                   {m_store.cipher().lookupHash(text.toUpper())});
    }

    QList<qint64> byPhone(const QString &text)
    {
        const auto phone = parseMobileNumber(text);
        if (!phone)
            return {};
        return ids(QStringLiteral("SELECT id FROM accounts WHERE phone_hash = ? LIMIT 50"),
                   {m_store.cipher().lookupHash(phone.value())});
    }

    QList<qint64> byPhoneLast4(const QString &last4, int cap)
    {
        return ids(QStringLiteral("SELECT id FROM accounts WHERE phone_last4 = ? LIMIT ?"),
                   {last4, cap});
    }

    QList<qint64> byBuildingRoom(const Token &t, int cap)
    {
        if (t.unit > 0)
            return ids(QStringLiteral("SELECT id FROM accounts WHERE building = ? AND room = ? "
                                      "AND unit = ? LIMIT ?"),
                       {t.building, t.room, t.unit, cap});
        return ids(
            QStringLiteral("SELECT id FROM accounts WHERE building = ? AND room = ? LIMIT ?"),
            {t.building, t.room, cap});
    }

    QList<qint64> byNameExact(const QString &name, int cap)
    {
        return ids(QStringLiteral("SELECT id FROM accounts WHERE name = ? LIMIT ?"), {name, cap});
    }

    QList<qint64> byNamePartial(const QString &text, int cap)
    {
        if (text.size() == 1)
            // One character: a surname typed so far; prefix range on the name index.
            return ids(QStringLiteral("SELECT id FROM accounts WHERE name >= ? AND name < ? "
                                      "LIMIT ?"),
                       {text, QString(text + QChar(0xFFFF)), cap});
        // People's names have every substring in name_grams, so one look-up answers.
        QList<qint64> out =
            ids(QStringLiteral("SELECT account_id FROM name_grams WHERE gram = ? LIMIT ?"),
                {text, cap});
        if (text.size() == 2 || out.size() >= cap)
            return out;
        // Organisations have only their bigrams: probe with the first bigram that is not one
        // every company shares, and check the whole fragment on the name.
        static const QStringList common = {QStringLiteral("有限"), QStringLiteral("限公"),
                                           QStringLiteral("公司"), QStringLiteral("广州"),
                                           QStringLiteral("州市"), QStringLiteral("经营"),
                                           QStringLiteral("营部")};
        QString probe = text.left(2);
        for (qsizetype i = 0; i + 2 <= text.size(); ++i)
            if (!common.contains(text.mid(i, 2))) {
                probe = text.mid(i, 2);
                break;
            }
        const QList<qint64> organisations =
            ids(QStringLiteral("SELECT g.account_id FROM name_grams g JOIN accounts a ON a.id = "
                               "g.account_id WHERE g.gram = ? AND a.customer_class != "
                               "'residential' AND instr(a.name, ?) > 0 LIMIT ?"),
                {probe, text, cap});
        for (qint64 id : organisations)
            if (!out.contains(id))
                out.append(id);
        return out;
    }

    QList<qint64> byPlace(const QString &text, int cap)
    {
        // The place dictionary is small (thousands of rows): a scan of it is cheap, and the
        // accounts are then reached through their place indexes.
        QSqlQuery q(m_store.db());
        q.setForwardOnly(true);
        q.prepare(QStringLiteral("SELECT id, kind FROM places WHERE instr(name, ?) > 0 "
                                 "ORDER BY kind DESC, length(name) LIMIT 20"));
        q.addBindValue(text);
        QList<qint64> out;
        if (!q.exec())
            return out;
        QList<std::pair<qint64, int>> places;
        while (q.next())
            places.append({q.value(0).toLongLong(), q.value(1).toInt()});
        for (const auto &[placeId, kind] : places) {
            if (out.size() >= cap)
                break;
            const QString column = kind == 3   ? QStringLiteral("compound_id")
                                   : kind == 2 ? QStringLiteral("street_id")
                                               : QStringLiteral("district_id");
            if (m_buildingRoom) {
                const Token &t = *m_buildingRoom;
                out += ids(QStringLiteral("SELECT id FROM accounts WHERE ") + column +
                               QStringLiteral(" = ? AND building = ? AND room = ? AND "
                                              "(? = 0 OR unit = ?) LIMIT ?"),
                           {placeId, t.building, t.room, t.unit, t.unit, cap - int(out.size())});
                continue;
            }
            out += ids(QStringLiteral("SELECT id FROM accounts WHERE ") + column +
                           QStringLiteral(" = ? LIMIT ?"),
                       {placeId, cap - int(out.size())});
        }
        return out;
    }

    Store &m_store;
    const Token *m_buildingRoom = nullptr;
};

SearchHit hitFromRow(const QSqlQuery &q)
{
    SearchHit h;
    h.accountId = q.value(0).toLongLong();
    h.accountNo = q.value(1).toString();
    h.name = q.value(2).toString();
    h.address = q.value(3).toString();
    h.phoneMasked = q.value(4).toString();
    h.idMasked = q.value(5).toString();
    h.customerClass =
        customerClassFromKey(q.value(6).toString()).value_or(CustomerClass::Residential);
    h.status = accountStatusFromKey(q.value(7).toString()).value_or(AccountStatus::Active);
    h.blocked = q.value(8).toBool();
    h.balance = Money::fromFen(q.value(9).toLongLong());
    return h;
}

struct Row
{
    SearchHit hit;
    QString phoneLast4;
    int building = 0;
    int unit = 0;
    int room = 0;
};

// Whether a row also satisfies a further token of a multi-token query.
bool rowMatches(const Row &row, const Token &t)
{
    switch (t.type) {
    case Token::BuildingRoom:
        return row.building == t.building && row.room == t.room &&
               (t.unit == 0 || row.unit == t.unit);
    case Token::CreditCode:
        return row.hit.idMasked.compare(t.text, Qt::CaseInsensitive) == 0;
    case Token::Digits:
    case Token::IdLike:
        return row.hit.accountNo.startsWith(t.text) || row.phoneLast4 == t.text ||
               row.hit.address.contains(t.text);
    case Token::Text:
        return row.hit.name.contains(t.text) || row.hit.address.contains(t.text);
    }
    return false;
}

} // namespace

QString AccountSearch::shownQuery(const QString &query)
{
    constexpr qsizetype kShown = 30;
    return query.size() > kShown ? query.left(kShown) + QChar(0x2026) : query;
}

QList<SearchHit> AccountSearch::search(const QString &query, int limit) const
{
    const QList<Token> tokens = tokenise(normalise(query));
    if (tokens.isEmpty() || limit <= 0)
        return {};

    Searcher searcher(m_store);
    if (tokens.size() > 1)
        for (const Token &t : tokens)
            if (t.type == Token::BuildingRoom)
                searcher.setBuildingRoom(&t);
    QList<Candidate> best;
    qsizetype bestIndex = -1;
    const int cap = tokens.size() == 1 ? limit : kCandidateCap;
    for (qsizetype i = 0; i < tokens.size(); ++i) {
        QList<Candidate> c = searcher.candidates(tokens.at(i), cap);
        if (bestIndex < 0 || c.size() < best.size()) {
            best = std::move(c);
            bestIndex = i;
        }
        if (best.isEmpty())
            return {};
    }

    // Load the rows of the candidates in one query.
    QHash<qint64, Row> rows;
    {
        QStringList placeholders;
        QVariantList binds;
        for (const Candidate &c : best) {
            placeholders << QStringLiteral("?");
            binds << c.id;
        }
        QSqlQuery q(m_store.db());
        q.setForwardOnly(true);
        q.prepare(QStringLiteral("SELECT id, account_no, name, address, phone_masked, id_masked, "
                                 "customer_class, status, blocked, balance_fen, phone_last4, "
                                 "building, unit, room FROM accounts WHERE id IN (") +
                  placeholders.join(QLatin1Char(',')) + QLatin1Char(')'));
        for (const QVariant &b : binds)
            q.addBindValue(b);
        if (!q.exec())
            return {};
        while (q.next()) {
            Row r;
            r.hit = hitFromRow(q);
            r.phoneLast4 = q.value(10).toString();
            r.building = q.value(11).toInt();
            r.unit = q.value(12).toInt();
            r.room = q.value(13).toInt();
            rows.insert(r.hit.accountId, r);
        }
    }

    QList<SearchHit> hits;
    for (const Candidate &c : best) {
        auto it = rows.constFind(c.id);
        if (it == rows.constEnd())
            continue;
        bool all = true;
        for (qsizetype i = 0; i < tokens.size() && all; ++i)
            if (i != bestIndex)
                all = rowMatches(it.value(), tokens.at(i));
        if (!all)
            continue;
        SearchHit h = it->hit;
        h.matchedBy = c.kind;
        hits.append(h);
    }

    // Strongest match first; within a kind, open accounts before closed ones, then those
    // whose name starts with what was typed, then by account number (stable and reproducible).
    const QString first = tokens.constFirst().text;
    std::stable_sort(hits.begin(), hits.end(), [&first](const SearchHit &a, const SearchHit &b) {
        if (a.matchedBy != b.matchedBy)
            return a.matchedBy < b.matchedBy;
        const bool aClosed = a.status == AccountStatus::Closed;
        const bool bClosed = b.status == AccountStatus::Closed;
        if (aClosed != bClosed)
            return !aClosed;
        const bool aPrefix = a.name.startsWith(first);
        const bool bPrefix = b.name.startsWith(first);
        if (aPrefix != bPrefix)
            return aPrefix;
        return a.accountNo < b.accountNo;
    });
    if (hits.size() > limit)
        hits.resize(limit);
    return hits;
}

} // namespace hd
