#pragma once

#include "account.h"

#include <QChartView>

namespace hd {

// The last 24 months of consumption: kWh bars stacked by tariff tier (green, amber, red)
// on the left axis, the bill amount as a line on the right axis.
class ConsumptionChart final : public QChartView
{
    Q_OBJECT
public:
    explicit ConsumptionChart(QWidget *parent = nullptr);

    void setBills(const QList<Bill> &bills); // any order; the newest 24 periods are shown
    int periodCount() const { return m_periods; }

private:
    int m_periods = 0;
};

} // namespace hd
