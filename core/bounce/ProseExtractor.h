#pragma once

#include "Bounce.h"

#include <QList>
#include <QSet>
#include <QString>
#include <QStringList>

// What the human-readable text of a bounce says, read without any structure to lean on.
struct ProseFindings
{
    QList<DeliveryFailure> failures;  // one per recipient named in the text, in order of appearance
    QString reportingMta;
    QString failureText;              // the explanation part (returned message cut off)
    QString returnedHeaderBlock;      // headers of the returned message quoted inline, if any
    QString returnedBody;             // what follows them
    QString displayedHeaderBlock;     // headers a mail client showed above the text (From/Sent/To/Subject)
    bool truncated = false;           // more recipients than the limit allowed
    bool delayed = false;             // the text says delivery is still being retried
};

// Reads vendor NDR prose (Exchange, Gmail, Postfix, Exim, Sendmail, qmail, Courier, Domino, Yahoo, ...)
// by the structures they share: a recipient line followed by the remote server's reply, sentences
// naming the recipient, "host X said:", transcripts, and a quoted copy of the message.
class ProseExtractor
{
public:
    ProseExtractor(int maxRecipients, const QSet<QString> &notRecipients, const QStringList &knownRecipients);

    ProseFindings extract(const QString &text) const;

    // Fills the fields of `failure` from one recipient's text block.
    static void readBlock(const QString &block, DeliveryFailure &failure);
    static QString findRemoteMta(const QString &text);
    static QString findReportingMta(const QString &text);
    static QString addressPattern();

private:
    int m_maxRecipients;
    QSet<QString> m_notRecipients;    // lower case
    QStringList m_knownRecipients;
};
