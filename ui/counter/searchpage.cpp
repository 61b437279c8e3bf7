#include "searchpage.h"

#include "accountsearch.h"
#include "accounttablemodels.h"
#include "appsettings.h"
#include "widgets/alertdelegate.h"

#include <QElapsedTimer>
#include <QHeaderView>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QTableView>
#include <QTimer>
#include <QVBoxLayout>

namespace hd {

SearchPage::SearchPage(Store &store, QWidget *parent)
    : QWidget(parent)
    , m_store(store)
{
    setObjectName(QStringLiteral("searchPage"));
    m_searchEdit = new QLineEdit(this);
    m_searchEdit->setObjectName(QStringLiteral("searchEdit"));
    m_searchEdit->setPlaceholderText(
        tr("户号 / 户名 / 手机号或尾号 / 小区、楼栋房号（如 3栋502）/ 身份证号"));
    m_searchEdit->setToolTip(tr("查找客户（F2）。Enter 打开，↑↓ 选择，Esc 清空"));
    m_searchEdit->setClearButtonEnabled(true);
    m_searchEdit->installEventFilter(this);

    m_model = new SearchResultModel(this);
    m_resultsView = new QTableView(this);
    m_resultsView->setObjectName(QStringLiteral("resultsView"));
    m_resultsView->setModel(m_model);
    m_resultsView->setItemDelegate(new AlertDelegate(m_resultsView));
    m_resultsView->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_resultsView->setSelectionMode(QAbstractItemView::SingleSelection);
    m_resultsView->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_resultsView->setAlternatingRowColors(true);
    m_resultsView->verticalHeader()->hide();
    m_resultsView->horizontalHeader()->setStretchLastSection(false);
    m_resultsView->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_resultsView->horizontalHeader()->setSectionResizeMode(SearchResultModel::Address,
                                                            QHeaderView::Stretch);
    m_resultsView->installEventFilter(this);
    connect(m_resultsView, &QTableView::activated, this, [this] { openCurrent(); });

    m_summaryLabel = new QLabel(this);
    m_summaryLabel->setObjectName(QStringLiteral("searchSummary"));
    m_summaryLabel->setWordWrap(true);

    m_debounce = new QTimer(this);
    m_debounce->setSingleShot(true);
    m_debounce->setInterval(AppSettings::get(AppSettings::searchDelayMs));
    connect(m_debounce, &QTimer::timeout, this, &SearchPage::runSearchNow);
    connect(m_searchEdit, &QLineEdit::textEdited, m_debounce, qOverload<>(&QTimer::start));

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_searchEdit);
    layout->addWidget(m_summaryLabel);
    layout->addWidget(m_resultsView, 1);
}

void SearchPage::focusSearch()
{
    m_searchEdit->setFocus();
    m_searchEdit->selectAll();
}

void SearchPage::runSearchNow()
{
    m_debounce->stop();
    const QString text = m_searchEdit->text().trimmed();
    if (text.isEmpty()) {
        m_model->setHits({});
        m_summaryLabel->clear();
        return;
    }
    // Index-only look-ups take milliseconds even on a million accounts (see bench_search),
    // so the search runs here rather than on a worker thread.
    QElapsedTimer timer;
    timer.start();
    m_model->setHits(AccountSearch(m_store).search(text, 100));
    const qint64 ms = timer.elapsed();
    const QString shown = AccountSearch::shownQuery(text);
    m_summaryLabel->setText(
        m_model->rowCount() == 0
            ? tr("没有找到与“%1”相符的户。可输入户号、户名、手机号、小区或身份证号。").arg(shown)
            : tr("找到 %1 户（%2 毫秒）。Enter 打开第一户，↑↓ 选择。")
                  .arg(m_model->rowCount())
                  .arg(ms));
    if (m_model->rowCount() > 0)
        m_resultsView->selectRow(0);
}

void SearchPage::moveSelection(int delta)
{
    if (m_model->rowCount() == 0)
        return;
    const int current =
        m_resultsView->currentIndex().isValid() ? m_resultsView->currentIndex().row() : -1;
    const int row = std::clamp(current + delta, 0, m_model->rowCount() - 1);
    m_resultsView->selectRow(row);
}

void SearchPage::openCurrent()
{
    if (m_debounce->isActive())
        runSearchNow(); // Enter typed before the pause: search what is there now
    if (m_model->rowCount() == 0)
        return;
    const QModelIndex current = m_resultsView->currentIndex();
    const int row = current.isValid() ? current.row() : 0;
    emit accountChosen(m_model->hit(row).accountId);
}

bool SearchPage::eventFilter(QObject *watched, QEvent *event)
{
    if (event->type() == QEvent::KeyPress &&
        (watched == m_searchEdit || watched == m_resultsView)) {
        auto *key = static_cast<QKeyEvent *>(event);
        switch (key->key()) {
        case Qt::Key_Return:
        case Qt::Key_Enter:
            openCurrent();
            return true;
        case Qt::Key_Down:
            moveSelection(1);
            return true;
        case Qt::Key_Up:
            moveSelection(-1);
            return true;
        case Qt::Key_Escape:
            m_searchEdit->clear();
            m_model->setHits({});
            m_summaryLabel->clear();
            m_searchEdit->setFocus();
            return true;
        default:
            break;
        }
    }
    return QWidget::eventFilter(watched, event);
}

} // namespace hd
