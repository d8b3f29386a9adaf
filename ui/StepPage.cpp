#include "StepPage.h"

#include "BounceCase.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QProgressBar>
#include <QPushButton>
#include <QScrollArea>
#include <QVBoxLayout>

StepPage::StepPage(int step, BounceCase *bounceCase, QWidget *parent)
    : QWidget(parent), m_step(step), m_case(bounceCase)
{
    auto *outer = new QVBoxLayout(this);
    outer->setContentsMargins(0, 0, 0, 0);

    auto *scroll = new QScrollArea(this);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    scroll->setFocusPolicy(Qt::NoFocus);
    auto *inner = new QWidget(scroll);
    m_content = new QVBoxLayout(inner);
    m_heading = new QLabel(title(), inner);
    m_heading->setObjectName(QStringLiteral("stepHeading"));
    QFont f = m_heading->font();
    f.setPointSizeF(f.pointSizeF() * 1.4);
    f.setBold(true);
    m_heading->setFont(f);
    m_heading->setAccessibleName(title());
    m_intro = new QLabel(inner);
    m_intro->setObjectName(QStringLiteral("stepIntro"));
    m_intro->setWordWrap(true);
    m_intro->hide();
    m_content->addWidget(m_heading);
    m_content->addWidget(m_intro);
    scroll->setWidget(inner);
    outer->addWidget(scroll, 1);

    m_progressRow = new QWidget(this);
    auto *row = new QHBoxLayout(m_progressRow);
    row->setContentsMargins(9, 0, 9, 0);
    m_progressText = new QLabel(m_progressRow);
    m_progressText->setObjectName(QStringLiteral("progressText"));
    m_progress = new QProgressBar(m_progressRow);
    m_progress->setObjectName(QStringLiteral("stepProgress"));
    m_progress->setAccessibleName(tr("Check progress"));
    m_progress->setTextVisible(true);
    m_cancel = new QPushButton(tr("&Cancel check"), m_progressRow);
    m_cancel->setObjectName(QStringLiteral("cancelCheck"));
    m_cancel->setAccessibleDescription(tr("Stops the running check; results so far stay on screen"));
    row->addWidget(m_progressText, 1);
    row->addWidget(m_progress, 1);
    row->addWidget(m_cancel);
    outer->addWidget(m_progressRow);
    m_progressRow->hide();
    connect(m_cancel, &QPushButton::clicked, this, &StepPage::cancelChecks);
    setObjectName(QStringLiteral("stepPage%1").arg(step));
}

QString StepPage::title() const
{
    return BounceCase::stepTitle(m_step);
}

void StepPage::initializePage() { }

bool StepPage::isComplete() const
{
    return !m_busy;
}

bool StepPage::validatePage()
{
    return true;
}

void StepPage::cancelChecks() { }

bool StepPage::rerunChecks()
{
    return false;
}

QString StepPage::helpText() const
{
    return m_intro->text();
}

void StepPage::setIntro(const QString &text)
{
    m_intro->setText(text);
    m_intro->setVisible(!text.isEmpty());
}

void StepPage::setState(StepState state)
{
    m_case->setStepState(m_step, state);
    if (m_state == state)
        return;
    m_state = state;
    Q_EMIT stateChanged(state);
}

void StepPage::resetForNewCase(bool applies)
{
    if (m_step == 0)
        return;
    cancelChecks();
    setState(applies ? StepState::ToDo : StepState::Skipped);
}

void StepPage::setBusy(bool busy)
{
    if (m_busy == busy)
        return;
    m_busy = busy;
    m_progressRow->setVisible(busy);
    if (!busy)
        m_progress->setRange(0, 1);
    Q_EMIT busyChanged(busy);
    Q_EMIT completeChanged();
}

void StepPage::setProgress(int done, int total, const QString &what)
{
    m_progress->setRange(0, total);
    m_progress->setValue(done);
    m_progressText->setText(what);
}

QLabel *StepPage::makeReadOnlyLabel(QWidget *parent, const QString &objectName, const QString &accessibleName)
{
    auto *label = new QLabel(parent);
    label->setObjectName(objectName);
    label->setWordWrap(true);
    label->setTextFormat(Qt::PlainText);
    // Results must be reachable with Tab so keyboard and screen-reader users can read them.
    label->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    label->setFocusPolicy(Qt::StrongFocus);
    label->setProperty("bdAccessiblePrefix", accessibleName);
    label->setAccessibleName(accessibleName);
    return label;
}

void StepPage::setResultText(QLabel *label, const QString &text)
{
    label->setText(text);
    const QString prefix = label->property("bdAccessiblePrefix").toString();
    label->setAccessibleName(text.isEmpty() || prefix.isEmpty() ? prefix : tr("%1: %2").arg(prefix, text));
}

QLabel *StepPage::addParagraph(const QString &objectName, const QString &accessibleName)
{
    QLabel *label = makeReadOnlyLabel(m_content->parentWidget(), objectName, accessibleName);
    m_content->addWidget(label);
    return label;
}

StepState StepPage::stateFromResults(const CheckResults &results)
{
    int checked = 0, unknown = 0;
    for (const CheckResult &r : results) {
        if (r.status == CheckStatus::Fail || r.status == CheckStatus::Warn)
            return StepState::NeedsAction;
        if (r.status == CheckStatus::CouldNotCheck)
            ++unknown;
        else
            ++checked;
    }
    // "Passed" must not hide that most checks got no answer (a resolver refused by the lists).
    return checked > 0 && unknown <= checked ? StepState::Passed : StepState::CouldNotCheck;
}
