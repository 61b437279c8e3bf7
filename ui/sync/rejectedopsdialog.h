#pragma once

#include <QDialog>

class QTableWidget;

namespace hd {

class Store;

// The operations the centre refused (or that could not be sent), with the centre's reason,
// for the supervisor to act on: nothing is dropped, and this is where it shows.
class RejectedOpsDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(RejectedOpsDialog)
public:
    explicit RejectedOpsDialog(Store &store, QWidget *parent = nullptr);
    int rowCount() const;

private:
    QTableWidget *m_table = nullptr;
};

} // namespace hd
