// Edit → Find… (Ctrl+F): one search over everything in the practice. Results appear as the therapist
// types (after a short pause, so each keystroke does not search), grouped by couple, each with its date,
// where it was found and a snippet with the words marked; best match first. Words in quotes are a
// phrase, -word leaves a word out; a couple filter and "Include archived" narrow or widen the search.
// Enter, or a click on a result, asks the main window to open it (openHitRequested) and the window steps
// aside; Ctrl+F brings it back with the same results. The practice lock covers it like any window.
#pragma once

#include "domain/Search.h"

#include <QDialog>
#include <QTimer>

class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QModelIndex;
class QTreeView;

namespace attune {

class PracticeStore;
class SearchResultsModel;

class FindWindow : public QDialog
{
    Q_OBJECT
public:
    // How long typing must pause before the search runs.
    static constexpr int kDebounceMs = 200;

    explicit FindWindow(PracticeStore &store, QWidget *parent = nullptr);

    QLineEdit *queryField() const { return m_query; }
    QComboBox *coupleField() const { return m_couple; }
    QCheckBox *archivedCheck() const { return m_archived; }
    QTreeView *resultsView() const { return m_view; }
    QLabel *statusLabel() const { return m_status; }
    SearchResultsModel *model() const { return m_model; }
    QTimer *debounceTimer() { return &m_debounce; }

    // Shows the window with the query field focused and its text selected, ready to type over.
    void present();
    // Runs the search for what the fields hold now, without waiting for the pause.
    void searchNow();

signals:
    void openHitRequested(const attune::SearchHit &hit, const attune::SearchTerms &terms);
    void resultsShown(); // after each search, with its results (or its message) on screen

protected:
    bool event(QEvent *event) override;
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void setTexts();
    void fillCouples();
    void scheduleSearch();
    void showStatus(const QString &text, bool problem = false);
    void open(const QModelIndex &index);

    PracticeStore &m_store;
    SearchResultsModel *m_model;
    QLineEdit *m_query;
    QLabel *m_coupleLabel;
    QComboBox *m_couple;
    QCheckBox *m_archived;
    QLabel *m_status;
    QTreeView *m_view;
    QTimer m_debounce;
    SearchTerms m_terms; // the terms of the results shown
};

} // namespace attune
