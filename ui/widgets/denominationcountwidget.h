#pragma once

#include "cashcount.h"

#include <QWidget>

#include <vector>

class QLabel;
class QSpinBox;

namespace hd {

// Counting a drawer by denomination (点钞): one row per note or coin of CashCount's list
// (100 元 … 1 分) with the pieces, the row's value and the total. Enter moves to the next row,
// so a clerk types the counts without the mouse.
class DenominationCountWidget final : public QWidget
{
    Q_OBJECT
public:
    explicit DenominationCountWidget(QWidget *parent = nullptr);

    CashCount count() const;
    void setCount(const CashCount &count);
    Money total() const { return count().total(); }
    // The spin box of one denomination (fen), for focus and tests.
    QSpinBox *piecesEdit(std::int64_t denominationFen) const;
    void focusFirst();

signals:
    void countChanged();

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void updateTotals();

    struct Row
    {
        std::int64_t fen = 0;
        QSpinBox *pieces = nullptr;
        QLabel *value = nullptr;
    };
    std::vector<Row> m_rows;
    QLabel *m_total = nullptr;
};

} // namespace hd
