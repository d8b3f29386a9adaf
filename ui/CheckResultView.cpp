#include "CheckResultView.h"

#include "StatusColors.h"

#include <QApplication>
#include <QClipboard>
#include <QFontDatabase>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QPushButton>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace {
constexpr int kResultIndexRole = Qt::UserRole + 1;
}

CheckResultView::CheckResultView(QWidget *parent) : QWidget(parent)
{
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    m_tree = new QTreeWidget(this);
    m_tree->setObjectName(QStringLiteral("checkResultTree"));
    m_tree->setColumnCount(3);
    m_tree->setHeaderLabels({tr("Result"), tr("Check"), tr("Summary")});
    m_tree->setWordWrap(true);
    m_tree->setUniformRowHeights(false);
    m_tree->setAlternatingRowColors(false);
    m_tree->setFocusPolicy(Qt::StrongFocus);
    m_tree->header()->setSectionResizeMode(0, QHeaderView::ResizeToContents);
    m_tree->header()->setSectionResizeMode(1, QHeaderView::ResizeToContents);
    m_tree->header()->setStretchLastSection(true);
    m_tree->setMinimumHeight(160);
    m_tree->setAccessibleName(tr("Check results"));
    m_tree->setAccessibleDescription(tr("Each check with its result; expand a row for details, raw records and the fix."));
    layout->addWidget(m_tree, 1);

    auto *buttons = new QHBoxLayout;
    m_copyRecord = new QPushButton(tr("Copy suggested &record"), this);
    m_copyRecord->setObjectName(QStringLiteral("copySuggestedRecord"));
    m_copyRecord->setAccessibleDescription(tr("Copies the record suggested for the selected check to the clipboard"));
    m_copyEvidence = new QPushButton(tr("Copy ra&w evidence"), this);
    m_copyEvidence->setObjectName(QStringLiteral("copyEvidence"));
    m_copyEvidence->setAccessibleDescription(tr("Copies the records and replies of the selected check to the clipboard"));
    buttons->addWidget(m_copyRecord);
    buttons->addWidget(m_copyEvidence);
    buttons->addStretch(1);
    layout->addLayout(buttons);

    connect(m_tree, &QTreeWidget::currentItemChanged, this, &CheckResultView::updateCopyButton);
    connect(m_copyRecord, &QPushButton::clicked, this, &CheckResultView::copySuggestion);
    connect(m_copyEvidence, &QPushButton::clicked, this, &CheckResultView::copyEvidence);
    updateCopyButton();
}

QIcon CheckResultView::statusIcon(CheckStatus status)
{
    const char *name = "info";
    switch (status) {
    case CheckStatus::Pass: name = "passed"; break;
    case CheckStatus::Warn: name = "needs-action"; break;
    case CheckStatus::Fail: name = "failed"; break;
    case CheckStatus::CouldNotCheck: name = "couldnt-check"; break;
    case CheckStatus::Info: name = "info"; break;
    }
    return QIcon(QStringLiteral(":/icons/state-%1.svg").arg(QLatin1String(name)));
}

void CheckResultView::setAccessibleTitle(const QString &title)
{
    m_tree->setAccessibleName(title);
}

void CheckResultView::clear()
{
    setResults({});
}

void CheckResultView::setResults(const CheckResults &results)
{
    m_results = results;
    m_tree->clear();
    const QFont mono = QFontDatabase::systemFont(QFontDatabase::FixedFont);
    for (int i = 0; i < results.size(); ++i) {
        const CheckResult &r = results.at(i);
        auto *item = new QTreeWidgetItem(m_tree);
        item->setIcon(0, statusIcon(r.status));
        item->setText(0, CheckResult::statusText(r.status));
        item->setText(1, r.title);
        item->setText(2, r.summary);
        item->setData(0, kResultIndexRole, i);
        StatusColors::Role role = StatusColors::InfoBackground;
        bool tint = true;
        switch (r.status) {
        case CheckStatus::Pass: role = StatusColors::PassBackground; break;
        case CheckStatus::Warn: role = StatusColors::WarnBackground; break;
        case CheckStatus::Fail: role = StatusColors::FailBackground; break;
        default: tint = false; break;
        }
        if (tint)
            item->setBackground(0, StatusColors::color(role, palette()));
        auto addChild = [&](const QString &label, const QString &text, bool monospace) {
            auto *child = new QTreeWidgetItem(item);
            child->setText(1, label);
            child->setText(2, text);
            child->setData(0, kResultIndexRole, i);
            if (monospace)
                child->setFont(2, mono);
        };
        for (const QString &d : r.details)
            addChild(tr("Detail"), d, false);
        for (const QString &e : r.evidence)
            addChild(tr("Raw"), e, true);
        if (!r.fix.isEmpty())
            addChild(tr("Fix"), r.fix, false);
        if (!r.suggestedRecord.isEmpty())
            addChild(tr("Suggested record"), r.suggestedRecord, true);
        if (r.status == CheckStatus::Fail || r.status == CheckStatus::Warn)
            item->setExpanded(true);
    }
    if (m_tree->topLevelItemCount() > 0)
        m_tree->setCurrentItem(m_tree->topLevelItem(0));
    updateCopyButton();
}

QTreeWidgetItem *CheckResultView::topItemOf(QTreeWidgetItem *item) const
{
    while (item && item->parent())
        item = item->parent();
    return item;
}

void CheckResultView::updateCopyButton()
{
    QTreeWidgetItem *item = topItemOf(m_tree->currentItem());
    const int index = item ? item->data(0, kResultIndexRole).toInt() : -1;
    const bool valid = index >= 0 && index < m_results.size();
    m_copyRecord->setEnabled(valid && !m_results.at(index).suggestedRecord.isEmpty());
    m_copyEvidence->setEnabled(valid && !m_results.at(index).evidence.isEmpty());
}

void CheckResultView::copySuggestion()
{
    QTreeWidgetItem *item = topItemOf(m_tree->currentItem());
    if (!item)
        return;
    const int index = item->data(0, kResultIndexRole).toInt();
    if (index < 0 || index >= m_results.size())
        return;
    QApplication::clipboard()->setText(m_results.at(index).suggestedRecord);
    Q_EMIT copied(tr("Suggested record copied to the clipboard."));
}

void CheckResultView::copyEvidence()
{
    QTreeWidgetItem *item = topItemOf(m_tree->currentItem());
    if (!item)
        return;
    const int index = item->data(0, kResultIndexRole).toInt();
    if (index < 0 || index >= m_results.size())
        return;
    QApplication::clipboard()->setText(m_results.at(index).evidence.join(QLatin1Char('\n')));
    Q_EMIT copied(tr("Raw evidence copied to the clipboard."));
}
