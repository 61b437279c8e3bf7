#include "consumptionchart.h"

#include <QBarCategoryAxis>
#include <QBarSet>
#include <QChart>
#include <QFont>
#include <QLineSeries>
#include <QStackedBarSeries>
#include <QValueAxis>

#include <algorithm>

namespace hd {

ConsumptionChart::ConsumptionChart(QWidget *parent)
    : QChartView(parent)
{
    setObjectName(QStringLiteral("consumptionChart"));
    setRenderHint(QPainter::Antialiasing);
    setMinimumHeight(260);
    setChart(new QChart);
}

void ConsumptionChart::setBills(const QList<Bill> &bills)
{
    QList<Bill> sorted = bills;
    std::sort(sorted.begin(), sorted.end(),
              [](const Bill &a, const Bill &b) { return a.period < b.period; });
    if (sorted.size() > 24)
        sorted = sorted.mid(sorted.size() - 24);
    m_periods = int(sorted.size());

    auto *chart = new QChart;
    chart->setTitle(tr("近 %1 个月用电量与电费").arg(m_periods));
    chart->legend()->setAlignment(Qt::AlignBottom);
    chart->setAnimationOptions(QChart::NoAnimation);

    auto *tier1 = new QBarSet(tr("一档"));
    auto *tier2 = new QBarSet(tr("二档"));
    auto *tier3 = new QBarSet(tr("三档"));
    tier1->setColor(QColor(0x43, 0xA0, 0x47));
    tier2->setColor(QColor(0xF9, 0xA8, 0x25));
    tier3->setColor(QColor(0xE5, 0x39, 0x35));
    auto *amount = new QLineSeries;
    amount->setName(tr("电费（元）"));
    amount->setColor(QColor(0x15, 0x65, 0xC0));
    QStringList categories;
    int maxKwh = 1;
    double maxYuan = 1;
    for (int i = 0; i < sorted.size(); ++i) {
        const Bill &b = sorted.at(i);
        *tier1 << b.kwhTier1;
        *tier2 << b.kwhTier2;
        *tier3 << b.kwhTier3;
        const double yuan = double(b.amount.fen()) / 100.0;
        amount->append(i, yuan);
        // Category labels must be unique (a repeated one merges the bars): yy/MM, upright.
        categories << QStringLiteral("%1/%2")
                          .arg(b.period / 100 % 100, 2, 10, QLatin1Char('0'))
                          .arg(b.period % 100, 2, 10, QLatin1Char('0'));
        maxKwh = std::max(maxKwh, b.kwh());
        maxYuan = std::max(maxYuan, yuan);
    }
    auto *bars = new QStackedBarSeries;
    bars->append({tier1, tier2, tier3});
    chart->addSeries(bars);
    chart->addSeries(amount);

    auto *xAxis = new QBarCategoryAxis;
    xAxis->append(categories);
    if (!sorted.isEmpty())
        xAxis->setTitleText(
            tr("账期 %1 至 %2")
                .arg(sorted.constFirst().periodLabel(), sorted.constLast().periodLabel()));
    QFont small = xAxis->labelsFont();
    small.setPointSize(8);
    xAxis->setLabelsFont(small);
    xAxis->setLabelsAngle(-90);
    auto *kwhAxis = new QValueAxis;
    kwhAxis->setTitleText(tr("kWh"));
    // Round ticks (0, 50, 100 … rather than 0, 57, 115 …); whole kWh, so at least 0 … 4.
    kwhAxis->setRange(0, std::max(4, maxKwh) * 1.15);
    kwhAxis->applyNiceNumbers();
    kwhAxis->setLabelFormat(QStringLiteral("%d"));
    auto *yuanAxis = new QValueAxis;
    yuanAxis->setTitleText(tr("元"));
    yuanAxis->setRange(0, std::max(4.0, maxYuan) * 1.15);
    yuanAxis->applyNiceNumbers();
    yuanAxis->setGridLineVisible(false); // the kWh grid is the one drawn
    yuanAxis->setLabelFormat(QStringLiteral("%.0f"));
    chart->addAxis(xAxis, Qt::AlignBottom);
    chart->addAxis(kwhAxis, Qt::AlignLeft);
    chart->addAxis(yuanAxis, Qt::AlignRight);
    bars->attachAxis(xAxis);
    bars->attachAxis(kwhAxis);
    // The line gets its own hidden x axis spanning the bar slots (-0.5 … n-0.5), so each point
    // sits over its bar and the category labels stay the bars' own.
    auto *lineX = new QValueAxis;
    lineX->setRange(-0.5, std::max(0.5, m_periods - 0.5));
    lineX->setVisible(false);
    chart->addAxis(lineX, Qt::AlignBottom);
    amount->attachAxis(lineX);
    amount->attachAxis(yuanAxis);

    QChart *old = this->chart();
    setChart(chart);
    delete old;
}

} // namespace hd
