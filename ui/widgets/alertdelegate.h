#pragma once

#include <QStyledItemDelegate>

namespace hd {

// Shows cells whose model answers true to hd::AlertRole in red and bold.
class AlertDelegate final : public QStyledItemDelegate
{
    Q_OBJECT
public:
    using QStyledItemDelegate::QStyledItemDelegate;

protected:
    void initStyleOption(QStyleOptionViewItem *option, const QModelIndex &index) const override;
};

} // namespace hd
