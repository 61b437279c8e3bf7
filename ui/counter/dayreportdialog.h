#pragma once

#include "dayreport.h"

#include <QDialog>

class QDateEdit;
class QLabel;
class QTableWidget;

namespace hd {

class CounterSession;

// 日结报表 on screen: the hall's totals of one day per clerk, per method and per payment kind,
// the reversals and each shift's difference (hd::DayReport). Printing is the printing
// module's: the dialog asks for it with printRequested().
class DayReportDialog final : public QDialog
{
    Q_OBJECT
public:
    explicit DayReportDialog(CounterSession &session, QWidget *parent = nullptr);

    void setDate(QDate day);
    QDate date() const;
    const DayReport &report() const { return m_report; }

signals:
    void printRequested(QDate day);

private:
    void reload();

    CounterSession &m_session;
    DayReport m_report;
    QDateEdit *m_date = nullptr;
    QLabel *m_summary = nullptr;
    QTableWidget *m_perClerk = nullptr;
    QTableWidget *m_perMethod = nullptr;
    QTableWidget *m_perKind = nullptr;
    QTableWidget *m_reversals = nullptr;
    QTableWidget *m_shifts = nullptr;
};

} // namespace hd
