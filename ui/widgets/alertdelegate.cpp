#include "alertdelegate.h"

#include "accounttablemodels.h"

namespace hd {

void AlertDelegate::initStyleOption(QStyleOptionViewItem *option, const QModelIndex &index) const
{
    QStyledItemDelegate::initStyleOption(option, index);
    if (index.data(AlertRole).toBool()) {
        option->palette.setColor(QPalette::Text, QColor(0xC6, 0x28, 0x28));
        option->font.setBold(true);
    }
}

} // namespace hd
