#pragma once

#include <QStringList>

// The English reason titles and explanations of bounce-reasons.json, as lupdate sees them
// (context "BounceReason"). Generated; a test checks it matches the JSON.
QStringList reasonSourceStrings();
