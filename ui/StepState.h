#pragma once

#include <QIcon>
#include <QString>

// The badge a step carries in the step list. Always shown as icon + words, never by colour alone.
enum class StepState { ToDo, Checking, Passed, NeedsAction, CouldNotCheck, Skipped };

QString stepStateId(StepState state);    // "todo" "checking" "passed" "needs-action" "couldnt-check" "skipped"
QString stepStateText(StepState state);  // translated: "To do", "Checking…", ...
QIcon stepStateIcon(StepState state);    // SVG from :/icons/state-*.svg
