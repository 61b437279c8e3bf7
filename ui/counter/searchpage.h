#pragma once

#include <QWidget>

class QLabel;
class QLineEdit;
class QTableView;
class QTimer;

namespace hd {

class Store;
class SearchResultModel;

// One search field for everything a customer may say; results while typing. Enter opens
// the selected (or first) result, Up/Down move through the results, Esc clears.
class SearchPage final : public QWidget
{
    Q_OBJECT
public:
    explicit SearchPage(Store &store, QWidget *parent = nullptr);

    void focusSearch();
    void runSearchNow();
    SearchResultModel *model() const { return m_model; }

signals:
    void accountChosen(qint64 accountId);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void openCurrent();
    void moveSelection(int delta);

    Store &m_store;
    QLineEdit *m_searchEdit = nullptr;
    QTableView *m_resultsView = nullptr;
    QLabel *m_summaryLabel = nullptr;
    QTimer *m_debounce = nullptr;
    SearchResultModel *m_model = nullptr;
};

} // namespace hd
