#pragma once

#include "account.h"

#include <QList>
#include <QString>

namespace hd {

class Store;

// What a query matched on, strongest first: the ranking puts the likely intended account first.
enum class MatchKind {
    AccountNoExact,
    IdNumber,
    PhoneFull,
    NameExact,
    BuildingRoom,
    PhoneLast4,
    AccountNoPrefix,
    NamePartial,
    Address,
};
QString matchKindLabel(MatchKind kind); // 户号 / 身份证 / 手机号 / …, translated

// The name_grams rows an account's name needs: every substring of two or more characters of
// a person's name; an organisation's bigrams, without the city prefix they all share.
QStringList nameSearchKeys(const QString &name, bool organisation);

struct SearchHit
{
    qint64 accountId = 0;
    QString accountNo;
    QString name;
    QString address;
    QString phoneMasked;
    QString idMasked;
    CustomerClass customerClass = CustomerClass::Residential;
    AccountStatus status = AccountStatus::Active;
    bool blocked = false;
    Money balance;
    MatchKind matchedBy = MatchKind::Address;
};

// One search field for everything a customer may say at the counter: account number
// (prefix), name (full or partial), phone (full or last four), address fragments (小区, 3栋502),
// ID number (exact). Served from indexes, never a full scan.
class AccountSearch final
{
public:
    explicit AccountSearch(Store &store)
        : m_store(store)
    {}

    QList<SearchHit> search(const QString &query, int limit = 50) const;

    // What was searched for as it is echoed back ("没有找到与“…”相符的户"): cut after 30
    // characters with "…", so that something long pasted in (a scanner's stream gone wrong)
    // is not repeated whole.
    static QString shownQuery(const QString &query);

private:
    Store &m_store;
};

} // namespace hd
