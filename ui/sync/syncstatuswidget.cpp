#include "syncstatuswidget.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QToolButton>

namespace hd {

SyncStatusWidget::SyncStatusWidget(bool supervisor, QWidget *parent)
    : QWidget(parent)
    , m_supervisor(supervisor)
{
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    m_link = new QLabel(this);
    m_link->setObjectName(QStringLiteral("syncLinkLabel"));
    m_pending = new QLabel(this);
    m_pending->setObjectName(QStringLiteral("syncPendingLabel"));
    m_age = new QLabel(this);
    m_age->setObjectName(QStringLiteral("syncAgeLabel"));
    m_rejected = new QToolButton(this);
    m_rejected->setObjectName(QStringLiteral("syncRejectedButton"));
    m_rejected->setAutoRaise(true);
    m_rejected->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_R));
    m_rejected->setToolTip(tr("查看被中心拒绝的操作（Ctrl+Shift+R）"));
    m_rejected->hide();
    connect(m_rejected, &QToolButton::clicked, this, &SyncStatusWidget::rejectedOpsRequested);
    layout->addWidget(m_link);
    layout->addWidget(m_pending);
    layout->addWidget(m_age);
    layout->addWidget(m_rejected);
    setStatus({}, false);
}

QString SyncStatusWidget::quoteNote(bool online, const QDateTime &dataAsOf)
{
    if (online)
        return {};
    if (!dataAsOf.isValid())
        return tr("离线：尚未从中心取得数据，账单与违约金以本机现有数据为准。");
    return tr("离线：账单与违约金按 %1 的数据计算，联网后以中心为准。")
        .arg(dataAsOf.toLocalTime().toString(QStringLiteral("MM-dd HH:mm")));
}

QString SyncStatusWidget::quoteNote() const
{
    return quoteNote(m_online, m_dataAsOf);
}

void SyncStatusWidget::setStatus(const sync::SyncStatus &status, bool online)
{
    const QString before = quoteNote();
    m_online = online;
    m_dataAsOf = status.dataAsOf;
    m_link->setText(online ? tr("● 中心在线") : tr("● 离线"));
    m_link->setStyleSheet(online ? QStringLiteral("color: #1b7f3b;")
                                 : QStringLiteral("color: #b3261e; font-weight: bold;"));
    m_link->setToolTip(online || status.lastError.isEmpty() ? QString() : status.lastError);
    m_pending->setText(tr("待上传 %1").arg(status.pending));
    m_age->setText(
        status.dataAsOf.isValid()
            ? tr("数据截至 %1").arg(status.dataAsOf.toLocalTime().toString(QStringLiteral("HH:mm")))
            : tr("数据截至 —"));
    m_age->setToolTip(status.dataAsOf.isValid() ? status.dataAsOf.toLocalTime().toString(
                                                      QStringLiteral("yyyy-MM-dd HH:mm"))
                                                : tr("尚未从中心同步"));
    m_rejected->setText(tr("被拒绝 %1").arg(status.rejected));
    m_rejected->setVisible(m_supervisor && status.rejected > 0);
    if (const QString after = quoteNote(); after != before)
        Q_EMIT quoteNoteChanged(after);
}

} // namespace hd
