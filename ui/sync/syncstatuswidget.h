#pragma once

#include "syncengine.h"

#include <QDateTime>
#include <QWidget>

class QLabel;
class QToolButton;

namespace hd {

// The counter's status-bar piece for the link to the centre: online or offline, operations
// waiting, the age of local data ("数据截至 10:42"), and for supervisors a button to the
// operations the centre refused. Fed by SyncService::statusChanged.
class SyncStatusWidget final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SyncStatusWidget)
public:
    explicit SyncStatusWidget(bool supervisor, QWidget *parent = nullptr);

    void setStatus(const sync::SyncStatus &status, bool online);
    bool online() const { return m_online; }
    // Empty online; offline: what a quote must say about late fees and bills.
    QString quoteNote() const;
    static QString quoteNote(bool online, const QDateTime &dataAsOf);

Q_SIGNALS:
    void quoteNoteChanged(const QString &note);
    void rejectedOpsRequested();

private:
    QLabel *m_link = nullptr;
    QLabel *m_pending = nullptr;
    QLabel *m_age = nullptr;
    QToolButton *m_rejected = nullptr;
    bool m_supervisor = false;
    bool m_online = false;
    QDateTime m_dataAsOf;
};

} // namespace hd
