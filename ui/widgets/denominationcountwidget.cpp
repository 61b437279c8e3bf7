#include "denominationcountwidget.h"

#include <QEvent>
#include <QGridLayout>
#include <QKeyEvent>
#include <QLabel>
#include <QSpinBox>

namespace hd {

namespace {
QString denominationText(std::int64_t fen)
{
    if (fen >= 100)
        return DenominationCountWidget::tr("%1 元").arg(fen / 100);
    if (fen >= 10)
        return DenominationCountWidget::tr("%1 角").arg(fen / 10);
    return DenominationCountWidget::tr("%1 分").arg(fen);
}
} // namespace

DenominationCountWidget::DenominationCountWidget(QWidget *parent)
    : QWidget(parent)
{
    setObjectName(QStringLiteral("denominationCount"));
    auto *grid = new QGridLayout(this);
    grid->setContentsMargins(0, 0, 0, 0);
    auto header = [this, grid](int column, const QString &text) {
        auto *label = new QLabel(text, this);
        label->setStyleSheet(QStringLiteral("color: #555;"));
        grid->addWidget(label, 0, column, column == 0 ? Qt::AlignLeft : Qt::AlignRight);
    };
    header(0, tr("面额"));
    header(1, tr("张/枚"));
    header(2, tr("金额"));
    int row = 1;
    for (const std::int64_t fen : CashCount::denominations()) {
        Row r;
        r.fen = fen;
        auto *label = new QLabel(denominationText(fen), this);
        r.pieces = new QSpinBox(this);
        r.pieces->setObjectName(QStringLiteral("pieces%1").arg(fen));
        r.pieces->setRange(0, 1'000'000);
        r.pieces->setAlignment(Qt::AlignRight);
        r.pieces->setButtonSymbols(QAbstractSpinBox::NoButtons);
        r.pieces->setAccelerated(true);
        r.pieces->setMinimumWidth(90);
        r.pieces->installEventFilter(this);
        label->setBuddy(r.pieces);
        r.value = new QLabel(this);
        r.value->setAlignment(Qt::AlignRight | Qt::AlignVCenter);
        r.value->setMinimumWidth(110);
        connect(r.pieces, &QSpinBox::valueChanged, this, &DenominationCountWidget::updateTotals);
        grid->addWidget(label, row, 0);
        grid->addWidget(r.pieces, row, 1);
        grid->addWidget(r.value, row, 2);
        m_rows.push_back(r);
        ++row;
    }
    auto *totalCaption = new QLabel(tr("合计"), this);
    totalCaption->setStyleSheet(QStringLiteral("font-weight: bold;"));
    m_total = new QLabel(this);
    m_total->setObjectName(QStringLiteral("countTotal"));
    m_total->setAlignment(Qt::AlignRight | Qt::AlignVCenter);
    m_total->setStyleSheet(QStringLiteral("font-weight: bold; font-size: 13pt;"));
    grid->addWidget(totalCaption, row, 0);
    grid->addWidget(m_total, row, 1, 1, 2);
    updateTotals();
}

CashCount DenominationCountWidget::count() const
{
    CashCount c;
    for (const Row &r : m_rows)
        (void)c.add(r.fen, r.pieces->value()); // the spin box keeps pieces in range
    return c;
}

void DenominationCountWidget::setCount(const CashCount &count)
{
    for (const Row &r : m_rows)
        r.pieces->setValue(count.pieces(r.fen));
}

QSpinBox *DenominationCountWidget::piecesEdit(std::int64_t denominationFen) const
{
    for (const Row &r : m_rows)
        if (r.fen == denominationFen)
            return r.pieces;
    return nullptr;
}

void DenominationCountWidget::focusFirst()
{
    m_rows.front().pieces->setFocus();
    m_rows.front().pieces->selectAll();
}

void DenominationCountWidget::updateTotals()
{
    for (const Row &r : m_rows)
        r.value->setText(Money::fromFen(r.fen * r.pieces->value()).toDisplayString());
    m_total->setText(tr("¥%1").arg(total().toDisplayString()));
    emit countChanged();
}

bool DenominationCountWidget::eventFilter(QObject *watched, QEvent *event)
{
    if (event->type() == QEvent::KeyPress) {
        const int key = static_cast<QKeyEvent *>(event)->key();
        if (key == Qt::Key_Return || key == Qt::Key_Enter) {
            for (std::size_t i = 0; i + 1 < m_rows.size(); ++i)
                if (m_rows[i].pieces == watched) {
                    m_rows[i + 1].pieces->setFocus();
                    m_rows[i + 1].pieces->selectAll();
                    return true;
                }
        }
    }
    return QWidget::eventFilter(watched, event);
}

} // namespace hd
