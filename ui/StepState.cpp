#include "StepState.h"

#include <QCoreApplication>

QString stepStateId(StepState state)
{
    switch (state) {
    case StepState::ToDo: return QStringLiteral("todo");
    case StepState::Checking: return QStringLiteral("checking");
    case StepState::Passed: return QStringLiteral("passed");
    case StepState::NeedsAction: return QStringLiteral("needs-action");
    case StepState::CouldNotCheck: return QStringLiteral("couldnt-check");
    case StepState::Skipped: return QStringLiteral("skipped");
    }
    return QStringLiteral("todo");
}

QString stepStateText(StepState state)
{
    switch (state) {
    case StepState::ToDo: return QCoreApplication::translate("StepState", "To do");
    case StepState::Checking: return QCoreApplication::translate("StepState", "Checking…");
    case StepState::Passed: return QCoreApplication::translate("StepState", "Passed");
    case StepState::NeedsAction: return QCoreApplication::translate("StepState", "Needs action");
    case StepState::CouldNotCheck: return QCoreApplication::translate("StepState", "Couldn't check");
    case StepState::Skipped: return QCoreApplication::translate("StepState", "Skipped");
    }
    return {};
}

QIcon stepStateIcon(StepState state)
{
    return QIcon(QStringLiteral(":/icons/state-%1.svg").arg(stepStateId(state)));
}
