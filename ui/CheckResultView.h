#pragma once

#include "CheckResult.h"

#include <QWidget>

class QPushButton;
class QTreeWidget;
class QTreeWidgetItem;

// Shows a list of CheckResults: status as icon + words, summary, and (expandable) the details,
// the whole raw evidence (never truncated), the fix and a suggested record with a Copy button.
class CheckResultView : public QWidget
{
    Q_OBJECT
public:
    explicit CheckResultView(QWidget *parent = nullptr);

    void setResults(const CheckResults &results);
    void clear();
    CheckResults results() const { return m_results; }
    QTreeWidget *tree() const { return m_tree; }

    static QIcon statusIcon(CheckStatus status);

    // Names the tree for assistive technology, e.g. "Blocklist results".
    void setAccessibleTitle(const QString &title);

Q_SIGNALS:
    void copied(const QString &what);

private:
    void updateCopyButton();
    void copySuggestion();
    void copyEvidence();
    QTreeWidgetItem *topItemOf(QTreeWidgetItem *item) const;

    QTreeWidget *m_tree = nullptr;
    QPushButton *m_copyRecord = nullptr;
    QPushButton *m_copyEvidence = nullptr;
    CheckResults m_results;
};
