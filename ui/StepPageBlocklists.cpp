#include "StepPageBlocklists.h"

#include "BlocklistChecker.h"
#include "BounceCase.h"
#include "CheckBatch.h"
#include "CheckResultView.h"

#include <QTreeWidget>
#include "RdnsCheck.h"
#include "StatusColors.h"

#include <QDesktopServices>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QTableWidget>
#include <QUrl>
#include <QVBoxLayout>

namespace {
enum Column { ResultColumn, TargetColumn, ListColumn, MeaningColumn, ColumnCount };
constexpr int kResultIndexRole = Qt::UserRole + 1;
}

StepPageBlocklists::StepPageBlocklists(BounceCase *bounceCase, QWidget *parent)
    : StepPage(BounceCase::Blocklists, bounceCase, parent)
{
    setIntro(tr("Receiving servers refuse mail from IP addresses and domains on public blocklists. This step asks "
                "each list about your sending IP and domain, and checks the IP's reverse DNS name."));
    QWidget *area = contentLayout()->parentWidget();
    m_targets = addParagraph(QStringLiteral("blocklistTargets"), tr("What is checked"));
    m_summary = addParagraph(QStringLiteral("blocklistSummary"), tr("Blocklist summary"));

    auto *label = new QLabel(tr("&Blocklists:"), area);
    m_table = new QTableWidget(0, ColumnCount, area);
    m_table->setObjectName(QStringLiteral("blocklistTable"));
    m_table->setHorizontalHeaderLabels({tr("Result"), tr("Checked"), tr("Blocklist"), tr("Meaning")});
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setTabKeyNavigation(false);
    m_table->setWordWrap(true);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->setMinimumHeight(200);
    m_table->setAccessibleName(tr("Blocklist results"));
    m_table->setAccessibleDescription(tr("One row per blocklist and checked address: listed, clean or couldn't check"));
    label->setBuddy(m_table);
    contentLayout()->addWidget(label);
    contentLayout()->addWidget(m_table, 2);

    auto *row = new QHBoxLayout;
    m_recheck = new QPushButton(tr("Re-chec&k"), area);
    m_recheck->setObjectName(QStringLiteral("blocklistRecheck"));
    m_recheck->setAccessibleDescription(tr("Asks every blocklist again, for example after a removal request"));
    m_delist = new QPushButton(tr("Open &removal page"), area);
    m_delist->setObjectName(QStringLiteral("blocklistDelist"));
    m_delist->setAccessibleDescription(tr("Opens the selected blocklist's removal or lookup page in the web browser"));
    row->addWidget(m_recheck);
    row->addWidget(m_delist);
    row->addStretch(1);
    contentLayout()->addLayout(row);

    auto *rdnsLabel = new QLabel(tr("Reverse DNS of the sending IP:"), area);
    m_rdnsView = new CheckResultView(area);
    m_rdnsView->setObjectName(QStringLiteral("rdnsResults"));
    m_rdnsView->setAccessibleTitle(tr("Reverse DNS results"));
    rdnsLabel->setBuddy(m_rdnsView->tree());
    contentLayout()->addWidget(rdnsLabel);
    contentLayout()->addWidget(m_rdnsView, 1);

    connect(m_recheck, &QPushButton::clicked, this, &StepPageBlocklists::runChecks);
    connect(m_delist, &QPushButton::clicked, this, &StepPageBlocklists::openDelisting);
    connect(m_table, &QTableWidget::currentCellChanged, this, &StepPageBlocklists::updateDelistButton);
    connect(m_rdnsView, &CheckResultView::copied, this, [this](const QString &what) { Q_EMIT message(what, MessageBar::Positive); });
    updateDelistButton();
}

QString StepPageBlocklists::helpText() const
{
    return tr("Listed: the list names your IP or domain; follow its removal page after fixing the reason (an infected "
              "device, an open relay, a compromised account). Couldn't check: the list did not answer or refuses your "
              "DNS resolver — this says nothing about a listing.");
}

void StepPageBlocklists::initializePage()
{
    const Facts &f = bounceCase()->facts();
    const QString key = f.sendingIp + QLatin1Char('|') + f.senderDomain;
    if (key != m_checkedKey || bounceCase()->results(step()).isEmpty())
        runChecks();
}

bool StepPageBlocklists::rerunChecks()
{
    runChecks();
    return true;
}

void StepPageBlocklists::cancelChecks()
{
    const bool running = (m_checker && m_checker->isRunning()) || (m_rdns && m_rdns->isRunning());
    if (m_checker)
        m_checker->abort();
    if (m_rdns)
        m_rdns->abort();
    if (running) {
        m_blocklistsDone = m_rdnsDone = true;
        setBusy(false);
        setResultText(m_summary, tr("Cancelled after %n list(s).", nullptr, int(m_results.size())));
        setState(StepState::CouldNotCheck);
        Q_EMIT transcript(tr("Blocklist checks cancelled."));
    }
}

void StepPageBlocklists::runChecks()
{
    if (m_checker) {
        m_checker->abort();
        m_checker->deleteLater();
    }
    if (m_rdns) {
        m_rdns->abort();
        m_rdns->deleteLater();
    }
    const Facts &f = bounceCase()->facts();
    m_checkedKey = f.sendingIp + QLatin1Char('|') + f.senderDomain;
    m_results.clear();
    m_rdnsResults.clear();
    m_table->setRowCount(0);
    m_rdnsView->clear();
    QStringList targets;
    if (!f.sendingIp.isEmpty())
        targets << tr("sending IP %1").arg(f.sendingIp);
    if (!f.senderDomain.isEmpty())
        targets << tr("sender domain %1").arg(f.senderDomain);
    if (targets.isEmpty()) {
        setResultText(m_targets, tr("The bounce gives no sending IP or sender domain. Enter them on the first step "
                                    "(Facts for the checks) to check the blocklists."));
        setResultText(m_summary, QString());
        setState(StepState::CouldNotCheck);
        return;
    }
    setResultText(m_targets, tr("Checking %1.").arg(targets.join(tr(" and "))));
    Resolver *resolver = bounceCase()->resolver();
    if (!resolver) {
        setResultText(m_summary, tr("No DNS resolver: %1").arg(bounceCase()->resolverError()));
        setState(StepState::CouldNotCheck);
        return;
    }
    const QString catalogueError = BlocklistCatalogue::instance().loadError();
    if (!catalogueError.isEmpty())
        Q_EMIT message(tr("The blocklist catalogue could not be loaded: %1").arg(catalogueError), MessageBar::Error);

    m_checker = new BlocklistChecker(resolver, this);
    connect(m_checker, &BlocklistChecker::zoneFinished, this, &StepPageBlocklists::addRow);
    connect(m_checker, &BlocklistChecker::progress, this, [this](int done, int total) {
        setProgress(done, total, tr("Asking the blocklists…"));
    });
    connect(m_checker, &BlocklistChecker::finished, this, [this] {
        m_blocklistsDone = true;
        maybeFinish();
    });
    QString error;
    QStringList ips, domains;
    if (!f.sendingIp.isEmpty())
        ips << f.sendingIp;
    if (!f.senderDomain.isEmpty())
        domains << f.senderDomain;
    m_blocklistsDone = false;
    m_rdnsDone = ips.isEmpty();
    setBusy(true);
    setState(StepState::Checking);
    Q_EMIT transcript(tr("Blocklists: checking %1…").arg(targets.join(tr(" and "))));
    if (!ips.isEmpty()) {
        m_rdns = new CheckBatch(this);
        m_rdns->add(new RdnsCheck(resolver, f.sendingIp));
        connect(m_rdns, &CheckBatch::finished, this, [this](const CheckResults &results) {
            m_rdnsResults = results;
            m_rdnsView->setResults(results);
            m_rdnsDone = true;
            maybeFinish();
        });
        m_rdns->start();
    }
    if (!m_checker->start(ips, domains, &error)) {
        m_blocklistsDone = true;
        Q_EMIT message(error, MessageBar::Warning);
        setResultText(m_summary, error);
        maybeFinish();
    }
}

void StepPageBlocklists::addRow(const BlocklistResult &r)
{
    const int index = int(m_results.size());
    m_results.append(r);
    // Listings first: they are what the user has to act on.
    const int row = r.status == ListingStatus::Listed ? 0 : m_table->rowCount();
    m_table->insertRow(row);
    CheckStatus status = CheckStatus::CouldNotCheck;
    QString statusText;
    StatusColors::Role role = StatusColors::InfoBackground;
    switch (r.status) {
    case ListingStatus::Listed:
        status = CheckStatus::Fail;
        statusText = tr("Listed");
        role = StatusColors::FailBackground;
        break;
    case ListingStatus::Clean:
        status = CheckStatus::Pass;
        statusText = tr("Clean");
        role = StatusColors::PassBackground;
        break;
    case ListingStatus::CouldNotCheck:
        statusText = tr("Couldn't check");
        break;
    }
    auto *result = new QTableWidgetItem(CheckResultView::statusIcon(status), statusText);
    result->setData(kResultIndexRole, index);
    if (r.status != ListingStatus::CouldNotCheck)
        result->setBackground(StatusColors::color(role, palette()));
    m_table->setItem(row, ResultColumn, result);
    m_table->setItem(row, TargetColumn, new QTableWidgetItem(r.target));
    m_table->setItem(row, ListColumn, new QTableWidgetItem(r.zoneName.isEmpty() ? r.zone : r.zoneName));
    QString meaning = r.status == ListingStatus::CouldNotCheck ? r.problem : r.meaningText();
    if (!r.txt.isEmpty())
        meaning += QLatin1Char('\n') + r.txt;
    auto *meaningItem = new QTableWidgetItem(meaning);
    meaningItem->setToolTip(r.queryName);
    m_table->setItem(row, MeaningColumn, meaningItem);
    Q_EMIT transcript(tr("%1 %2: %3").arg(r.queryName, BlocklistResult::statusId(r.status), r.codes.join(QLatin1Char(' '))));
}

void StepPageBlocklists::maybeFinish()
{
    if (!m_blocklistsDone || !m_rdnsDone)
        return;
    setBusy(false);
    int listed = 0, clean = 0, unknown = 0;
    CheckResults all;
    for (const BlocklistResult &r : std::as_const(m_results)) {
        all.append(r.toCheckResult());
        switch (r.status) {
        case ListingStatus::Listed: ++listed; break;
        case ListingStatus::Clean: ++clean; break;
        case ListingStatus::CouldNotCheck: ++unknown; break;
        }
    }
    all += m_rdnsResults;
    bounceCase()->setResults(step(), all);
    setResultText(m_summary, tr("Listed on %1, clean on %2, couldn't check %3.").arg(listed).arg(clean).arg(unknown));
    if (m_table->rowCount() > 0)
        m_table->selectRow(0);
    setState(stateFromResults(all));
    Q_EMIT transcript(tr("Blocklists done: %1 listed, %2 clean, %3 couldn't check.").arg(listed).arg(clean).arg(unknown));
}

void StepPageBlocklists::updateDelistButton()
{
    const int row = m_table->currentRow();
    QTableWidgetItem *item = row >= 0 ? m_table->item(row, ResultColumn) : nullptr;
    const int index = item ? item->data(kResultIndexRole).toInt() : -1;
    const bool ok = index >= 0 && index < m_results.size()
        && !(m_results.at(index).delistUrl.isEmpty() && m_results.at(index).lookupUrl.isEmpty());
    m_delist->setEnabled(ok);
}

void StepPageBlocklists::openDelisting()
{
    const int row = m_table->currentRow();
    QTableWidgetItem *item = row >= 0 ? m_table->item(row, ResultColumn) : nullptr;
    const int index = item ? item->data(kResultIndexRole).toInt() : -1;
    if (index < 0 || index >= m_results.size())
        return;
    const BlocklistResult &r = m_results.at(index);
    QString url = r.status == ListingStatus::Listed && !r.delistUrl.isEmpty() ? r.delistUrl : r.lookupUrl;
    if (url.isEmpty())
        url = r.delistUrl;
    if (!QDesktopServices::openUrl(QUrl(url)))
        Q_EMIT message(tr("Could not open a web browser. The page is: %1").arg(url), MessageBar::Warning);
}
