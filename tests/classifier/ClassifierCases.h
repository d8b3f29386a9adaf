#pragma once

// One classification case: what a failure says and what a mail administrator would name.
struct ClassifierCase
{
    const char *name;
    const char *status;     // enhanced status of the DSN ("" when none)
    const char *reply;      // SMTP reply code ("" when none)
    const char *action;     // DSN action ("" when none)
    const char *diagnostic; // the remote server's text
    const char *reason;     // expected fine reason
    const char *cause;      // expected cause id
};

extern const ClassifierCase kClassifierCases[];
extern const int kClassifierCaseCount;
