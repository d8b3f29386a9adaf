#include "BounceAnalyzer.h"
#include "BounceParser.h"
#include "Classifier.h"
#include "ReceivedChain.h"
#include "ReplyLineParser.h"

#include "BounceSamples.h"

#include <QElapsedTimer>
#include <QJsonArray>
#include <QTest>

namespace {
QByteArray withLineEnds(const QByteArray &lf, const char *ending)
{
    QByteArray out = lf;
    out.replace("\n", ending);
    return out;
}

Bounce parseOk(const QByteArray &input)
{
    const Result<Bounce> r = BounceParser().parse(input);
    if (!r)
        qWarning("parse error %s: %s", qPrintable(r.error().code), qPrintable(r.error().message));
    return r ? r.value() : Bounce();
}

QByteArray dsnWithRecipients(int n)
{
    QByteArray s = "From: MAILER-DAEMON@mta.sender.example\nTo: list@sender.example\nSubject: Undelivered Mail\n"
                   "MIME-Version: 1.0\nContent-Type: multipart/report; report-type=delivery-status; boundary=\"R\"\n\n"
                   "--R\nContent-Type: text/plain\n\nThe mail system\n\n--R\nContent-Type: message/delivery-status\n\n"
                   "Reporting-MTA: dns; mta.sender.example\n";
    for (int i = 0; i < n; ++i) {
        s += "\nFinal-Recipient: rfc822; user" + QByteArray::number(i) + "@recipient.example\nAction: failed\n"
             "Status: 5.1.1\nDiagnostic-Code: smtp; 550 5.1.1 user" + QByteArray::number(i) + "@recipient.example: "
             "User unknown\n";
    }
    s += "\n--R--\n";
    return s;
}

QByteArray nestedMessages(int depth)
{
    QByteArray s;
    for (int i = 0; i < depth; ++i)
        s += "From: a@sender.example\nSubject: level " + QByteArray::number(i) + "\nMIME-Version: 1.0\n"
             "Content-Type: message/rfc822\n\n";
    s += "From: b@sender.example\nSubject: inner\n\n550 5.1.1 <x@recipient.example>: User unknown\n";
    return s;
}

QByteArray nestedMultiparts(int depth)
{
    QByteArray s = "From: a@sender.example\nSubject: deep\nMIME-Version: 1.0\n";
    for (int i = 0; i < depth; ++i)
        s += "Content-Type: multipart/mixed; boundary=\"b" + QByteArray::number(i) + "\"\n\n--b"
             + QByteArray::number(i) + "\n";
    s += "Content-Type: text/plain\n\n550 5.1.1 <x@recipient.example>: User unknown\n";
    return s;
}
}

class TestBounce : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void extraction_data();
    void extraction();
    void lineEndings_data();
    void lineEndings();
    void notAFailure_data();
    void notAFailure();
    void returnedMessage_data();
    void returnedMessage();
    void decoding_data();
    void decoding();
    void replyCodes_data();
    void replyCodes();
    void smtpCommand_data();
    void smtpCommand();
    void receivedChain_data();
    void receivedChain();
    void badInput_data();
    void badInput();
    void analyzerFacts();
    void analysisJson();
};

void TestBounce::extraction_data()
{
    QTest::addColumn<QByteArray>("input");
    QTest::addColumn<int>("index");
    QTest::addColumn<QString>("format");
    QTest::addColumn<int>("count");
    QTest::addColumn<QString>("recipient");
    QTest::addColumn<QString>("action");
    QTest::addColumn<QString>("status");
    QTest::addColumn<QString>("replyCode");
    QTest::addColumn<QString>("remoteMta");
    QTest::addColumn<QString>("command");
    QTest::addColumn<QString>("diagnostic"); // a part the diagnostic must contain

    auto row = [](const char *name, const char *input, int index, const char *format, int count,
                  const char *recipient, const char *action, const char *status, const char *code,
                  const char *remote, const char *command, const char *diag) {
        QTest::newRow(name) << QByteArray(input) << index << QString::fromLatin1(format) << count
                            << QString::fromLatin1(recipient) << QString::fromLatin1(action)
                            << QString::fromLatin1(status) << QString::fromLatin1(code) << QString::fromLatin1(remote)
                            << QString::fromLatin1(command) << QString::fromUtf8(diag);
    };
    row("postfix dsn #1", kPostfixDsn, 0, "postfix", 2, "bob@recipient.example", "failed", "5.1.1", "550",
        "mx1.recipient.example", "RCPT", "User unknown in virtual mailbox table");
    row("postfix dsn #2 delayed", kPostfixDsn, 1, "postfix", 2, "carol@other.example", "delayed", "4.2.2", "452",
        "mx.other.example", "RCPT", "Mailbox full");
    row("postfix text #1", kPostfixText, 0, "postfix", 2, "jack@nomx.example", "failed", "", "", "", "",
        "Host or domain name not found");
    row("postfix text #2", kPostfixText, 1, "postfix", 2, "kate@recipient.example", "failed", "5.7.1", "554",
        "mx.recipient.example", "MAIL", "blocked using zen.spamhaus.org");
    row("exim", kExim, 0, "exim", 1, "erin@recipient.example", "failed", "5.7.1", "550", "mx.recipient.example",
        "RCPT", "Client host [203.0.113.77] blocked");
    row("exim delayed", kEximDelay, 0, "exim", 1, "iris@recipient.example", "delayed", "4.7.1", "451",
        "mx.recipient.example", "RCPT", "Greylisted");
    row("sendmail", kSendmail, 0, "sendmail", 1, "grace@recipient.example", "failed", "5.1.1", "550",
        "mail.recipient.example", "DATA", "User unknown");
    row("qmail #1", kQmail, 0, "qmail", 2, "henry@recipient.example", "failed", "5.1.1", "550", "198.51.100.61",
        "RCPT", "User unknown in local recipient table");
    row("qmail #2", kQmail, 1, "qmail", 2, "ivy@recipient.example", "failed", "5.1.1", "", "", "",
        "no mailbox here by that name");
    row("gmail new", kGmailNew, 0, "gmail", 1, "leo@recipient.example", "failed", "5.1.1", "550",
        "mx.recipient.example", "", "Recipient address rejected");
    row("gmail old", kGmailOld, 0, "gmail", 1, "quinn@recipient.example", "failed", "5.7.1", "550",
        "mx.recipient.example", "", "likely unsolicited mail");
    row("m365", kM365, 0, "m365", 1, "nick@fabrikam.example", "failed", "5.1.10", "550",
        "DM6PR01MB5678.namprd01.prod.outlook.com", "", "RESOLVER.ADR.RecipientNotFound");
    row("exchange text", kExchangeText, 0, "exchange", 1, "paul@fabrikam.example", "failed", "5.1.1", "550",
        "mx.fabrikam.example", "", "RESOLVER.ADR.RecipNotFound");
    row("outlook client text", kOutlookClientText, 0, "m365", 1, "fred@fabrikam.example", "failed", "5.7.350", "550",
        "mx.fabrikam.example", "", "detected as spam");
    row("yahoo", kYahoo, 0, "yahoo", 1, "sam@yahoo.example", "failed", "", "554", "", "",
        "This mailbox is disabled");
    row("domino", kDomino, 0, "domino", 1, "uma@lotus.example", "failed", "", "", "", "",
        "not listed in Domino Directory");
    row("courier", kCourier, 0, "courier", 1, "victor@recipient.example", "failed", "5.1.1", "550",
        "mx.recipient.example", "RCPT", "No such user");
    row("ses base64", kSesBase64, 0, "ses", 1, "wendy@recipient.example", "failed", "5.7.1", "554",
        "mx.recipient.example", "", "blocked using b.barracudacentral.org");
    row("icloud global dsn", kICloudGlobal, 0, "icloud", 1, "adam@icloud.example", "failed", "5.7.1", "550",
        "mx01.mail.icloud.com", "DATA", "local policy");
    row("mimecast html", kMimecastHtml, 0, "mimecast", 1, "carl@recipient.example", "failed", "", "550", "", "",
        "Anti-Spoofing policy");
    row("proofpoint via exchange", kProofpointViaExchange, 0, "exchange", 1, "dora@recipient.example", "failed",
        "5.7.1", "554", "mx0a-001.pphosted.com", "", "ipcheck.proofpoint.com");
    row("german qp", kGermanQp, 0, "unknown", 1, "yvonne@empfaenger.example", "failed", "5.2.2", "550", "", "",
        "Postfach voll");
    row("french", kFrench, 0, "client-text", 1, "gina@destinataire.example", "failed", "5.1.1", "550", "", "",
        "Adresse inconnue");
    row("reply line", kReplyLine, 0, "reply-line", 1, "a@b.example", "failed", "5.1.1", "550", "", "",
        "User unknown in virtual mailbox table");
    row("reply multiline", kReplyMultiline, 0, "reply-line", 1, "", "failed", "5.7.26", "550", "", "",
        "Gmail requires all senders to authenticate");
    row("ses notification #2", kSesNotification, 1, "ses", 2, "max@recipient.example", "failed", "5.2.2", "552", "",
        "", "Mailbox full");
    row("webhook event", kWebhookEvent, 0, "mailgun", 1, "ned@recipient.example", "failed", "5.7.1", "550",
        "mx.recipient.example", "", "rejected as spam");
    row("forwarded bounce", kForwardedBounce, 0, "postfix", 1, "quentin@recipient.example", "failed", "5.1.1", "550",
        "mx.recipient.example", "RCPT", "User unknown");
    row("reply line naming another address", kReplyMoved, 0, "reply-line", 1, "", "failed", "5.1.6", "551", "", "",
        "User has moved");
    row("iso-2022-jp", kIso2022Jp, 0, "postfix", 1, "hanako@recipient.example", "failed", "5.1.1", "550",
        "mx.recipient.example", "RCPT", "User unknown");
}

void TestBounce::extraction()
{
    QFETCH(QByteArray, input);
    QFETCH(int, index);
    const Bounce b = parseOk(input);
    QTEST(b.format, "format");
    QTEST(int(b.failures.size()), "count");
    const DeliveryFailure &f = b.failures.at(index);
    QTEST(f.recipient, "recipient");
    QTEST(f.action, "action");
    QTEST(f.status, "status");
    QTEST(f.replyCode, "replyCode");
    QTEST(f.remoteMta, "remoteMta");
    QTEST(f.smtpCommand, "command");
    QFETCH(QString, diagnostic);
    QVERIFY2(f.diagnostic.contains(diagnostic), qPrintable(f.diagnostic));
    QVERIFY2(!f.diagnostic.contains(u'\n'), "the diagnostic is unfolded");
}

void TestBounce::lineEndings_data()
{
    QTest::addColumn<QByteArray>("input");
    const std::pair<const char *, const char *> samples[] = {
        {"postfix dsn", kPostfixDsn}, {"exim", kExim},   {"sendmail", kSendmail},
        {"m365", kM365},              {"qmail", kQmail}, {"gmail new", kGmailNew},
    };
    for (const auto &[name, input] : samples) {
        QTest::newRow(qPrintable(QStringLiteral("%1 CRLF").arg(QLatin1String(name))))
            << withLineEnds(input, "\r\n");
        QTest::newRow(qPrintable(QStringLiteral("%1 CR").arg(QLatin1String(name)))) << withLineEnds(input, "\r");
        QTest::newRow(qPrintable(QStringLiteral("%1 mbox From line").arg(QLatin1String(name))))
            << QByteArray("From MAILER-DAEMON Mon Feb  3 10:00:02 2025\n" + QByteArray(input));
    }
}

void TestBounce::lineEndings()
{
    QFETCH(QByteArray, input);
    QByteArray lf = input;
    if (lf.startsWith("From MAILER-DAEMON"))
        lf = lf.mid(lf.indexOf('\n') + 1);
    lf.replace("\r\n", "\n");
    lf.replace('\r', '\n');
    const Bounce expected = parseOk(lf);
    const Bounce actual = parseOk(input);
    QVERIFY(!expected.failures.isEmpty());
    QCOMPARE(actual.format, expected.format);
    QCOMPARE(actual.failures.size(), expected.failures.size());
    for (qsizetype i = 0; i < actual.failures.size(); ++i) {
        QCOMPARE(actual.failures.at(i).recipient, expected.failures.at(i).recipient);
        QCOMPARE(actual.failures.at(i).status, expected.failures.at(i).status);
        QCOMPARE(actual.failures.at(i).replyCode, expected.failures.at(i).replyCode);
        QCOMPARE(actual.failures.at(i).diagnostic, expected.failures.at(i).diagnostic);
    }
    QCOMPARE(actual.original.messageId, expected.original.messageId);
    QCOMPARE(actual.original.sendingIp, expected.original.sendingIp);
}

void TestBounce::notAFailure_data()
{
    QTest::addColumn<QByteArray>("input");
    QTest::addColumn<QString>("format");
    QTest::addColumn<QString>("sendingIp");
    QTest::newRow("feedback report") << QByteArray(kFeedbackReport) << "arf" << "198.51.100.5";
    QTest::newRow("out of office") << QByteArray(kOutOfOffice) << "auto-reply" << "";
}

void TestBounce::notAFailure()
{
    QFETCH(QByteArray, input);
    const Bounce b = parseOk(input);
    QTEST(b.format, "format");
    QVERIFY(b.failures.isEmpty());
    QTEST(b.original.sendingIp, "sendingIp");
    QVERIFY(!b.text.isEmpty());
}

void TestBounce::returnedMessage_data()
{
    QTest::addColumn<QByteArray>("input");
    QTest::addColumn<QString>("from");
    QTest::addColumn<QString>("returnPath");
    QTest::addColumn<QString>("subject");
    QTest::addColumn<QString>("messageId");
    QTest::addColumn<QString>("sendingIp");
    QTest::addColumn<QString>("helo");
    QTest::addColumn<QString>("dkimDomain");
    QTest::addColumn<QString>("dkimSelector");
    QTest::addColumn<int>("linkCount");
    QTest::addColumn<QString>("attachment");

    QTest::newRow("text/rfc822-headers, submission hop skipped")
        << QByteArray(kPostfixDsn) << "Alice <alice@sender.example>" << "alice@sender.example"
        << QStringLiteral("でる") << "<abc123@sender.example>" << "203.0.113.5" << "mail.sender.example"
        << "sender.example" << "mail2025" << 0 << "";
    QTest::newRow("message/rfc822 with body")
        << QByteArray(kGmailNew) << "Kim <kim@gmail.com>" << "" << QStringLiteral("Hallo Wörld")
        << "<CAB@mail.gmail.com>" << "" << "" << "gmail.com" << "20230601" << 1 << "application/pdf";
    QTest::newRow("exim inline copy, CGNAT client skipped")
        << QByteArray(kExim) << "Dave <dave@sender.example>" << "dave@sender.example" << "Quarterly report"
        << "<q1@sender.example>" << "" << "" << "" << "" << 2 << "";
    QTest::newRow("qmail inline copy, HELO in parentheses")
        << QByteArray(kQmail) << "judy@sender.example" << "judy@sender.example" << "test" << "<qm1@sender.example>"
        << "203.0.113.20" << "out.sender.example" << "" << "" << 0 << "";
    QTest::newRow("m365 original message headers")
        << QByteArray(kM365) << "Mia <mia@contoso.example>" << "" << "Invoice 42" << "<inv42@contoso.example>"
        << "198.51.100.77" << "mail-client.contoso.example" << "contoso.example" << "selector1" << 0 << "";
    QTest::newRow("exchange private hops only")
        << QByteArray(kExchangeText) << "Olivia <olivia@contoso.example>" << "" << "Meeting" << "<m@contoso.example>"
        << "" << "" << "" << "" << 0 << "";
    QTest::newRow("gmail old quoted copy")
        << QByteArray(kGmailOld) << "Rita <rita@sender.example>" << "" << "Offer" << "<CA+x@mail.gmail.com>" << ""
        << "" << "sender.example" << "s1" << 0 << "";
}

void TestBounce::returnedMessage()
{
    QFETCH(QByteArray, input);
    const Bounce b = parseOk(input);
    QVERIFY(b.original.present);
    QTEST(b.original.from, "from");
    QTEST(b.original.returnPath, "returnPath");
    QTEST(b.original.subject, "subject");
    QTEST(b.original.messageId, "messageId");
    QTEST(b.original.sendingIp, "sendingIp");
    QTEST(b.original.helo, "helo");
    QTEST(b.original.dkimDomain, "dkimDomain");
    QTEST(b.original.dkimSelector, "dkimSelector");
    QTEST(b.original.linkCount, "linkCount");
    QFETCH(QString, attachment);
    if (!attachment.isEmpty())
        QVERIFY(b.original.attachmentTypes.contains(attachment));
    QVERIFY(!b.original.sendingHopExplanation.isEmpty());
    // The copy of the message is not part of the explanation the classifier reads.
    QVERIFY2(!b.text.contains(b.original.messageId), qPrintable(b.text));
}

void TestBounce::decoding_data()
{
    QTest::addColumn<QByteArray>("input");
    QTest::addColumn<QString>("subject");
    QTest::addColumn<QString>("textContains");
    QTest::newRow("RFC 2047 ISO-2022-JP subject and body")
        << QByteArray(kIso2022Jp) << QStringLiteral("配信できませんでした") << QStringLiteral("宛先が見つかりません");
    QTest::newRow("quoted-printable Latin-1 body, RFC 2047 UTF-8 subject")
        << QByteArray(kGermanQp) << QStringLiteral("Unzustellbar: Grüße") << QStringLiteral("Grüße");
    QTest::newRow("base64 body") << QByteArray(kSesBase64) << QStringLiteral("Delivery Status Notification (Failure)")
                                 << QStringLiteral("An error occurred while trying to deliver the mail");
    QTest::newRow("quoted-printable soft line breaks")
        << QByteArray(kM365) << QStringLiteral("Undeliverable: Invoice 42")
        << QStringLiteral("Recipient not found by SMTP address lookup");
    QTest::newRow("HTML only, entities decoded")
        << QByteArray(kMimecastHtml) << QStringLiteral("Message Delivery Failure")
        << QStringLiteral("Anti-Spoofing policy: carl@recipient.example - https");
    QTest::newRow("UTF-8 text without headers")
        << QByteArray("Votre message à gina@destinataire.example n'a pas pu être remis.\n\n550 5.1.1 Adresse inconnue\n")
        << QString() << QStringLiteral("être remis");
}

void TestBounce::decoding()
{
    QFETCH(QByteArray, input);
    const Bounce b = parseOk(input);
    QTEST(b.subject, "subject");
    QFETCH(QString, textContains);
    QVERIFY2(b.text.contains(textContains), qPrintable(b.text));
}

void TestBounce::replyCodes_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("replyCode");
    QTest::addColumn<QString>("status");
    QTest::newRow("pair") << "550 5.1.1 <a@b>: Recipient address rejected" << "550" << "5.1.1";
    QTest::newRow("hyphenated multi-line") << "550-5.7.26 Unauthenticated\n550 5.7.26 - gsmtp" << "550" << "5.7.26";
    QTest::newRow("exchange hash") << "mx.example #550 5.1.1 RESOLVER.ADR.RecipNotFound; not found ##" << "550"
                                   << "5.1.1";
    QTest::newRow("microsoft three-digit detail") << "Remote Server returned '550 5.7.606 Access denied, banned "
                                                    "sending IP [203.0.113.1]'"
                                                 << "550" << "5.7.606";
    QTest::newRow("code then qmail status") << "Remote host said: 553 sorry, that domain isn't allowed (#5.7.1)"
                                            << "553" << "5.7.1";
    QTest::newRow("status only") << "Sorry, no mailbox here by that name. (#5.1.1)" << "" << "5.1.1";
    QTest::newRow("ip address is not a status") << "Connected to 5.1.1.9 but connection died. (#4.4.2)" << ""
                                                << "4.4.2";
    QTest::newRow("ip prefix is not a status") << "host 10.5.1.1 refused the connection" << "" << "";
    QTest::newRow("version is not a status") << "Exim 4.96.2 running; Postfix 3.7.11" << "" << "";
    QTest::newRow("date is not a status") << "Last attempt 5.1.2025 at 12:00" << "" << "";
    QTest::newRow("url fragment is not a code")
        << "Reason: see https://community.example/docs/DOC-1369#550 for details" << "" << "";
    QTest::newRow("number in prose is not a code") << "The message was 550 KB large and was delivered" << "" << "";
    QTest::newRow("yahoo colon") << "554: delivery error: dd This mailbox is disabled (554.30)" << "554" << "";
    QTest::newRow("class mismatch ignored") << "550 4.4.7 oddly" << "550" << "";
    // Session transcripts quote the accepted replies before the one that failed.
    QTest::newRow("transcript: failure after 250")
        << "<-- 220 mx.example ESMTP\n<-- 250 2.1.0 Ok\n--> RCPT To:<c@example>\n<-- 552 5.2.2 mailbox is full"
        << "552" << "5.2.2";
    QTest::newRow("transcript: lone codes") << "<<< 250 ok\n<<< 250 ok\n<<< 550 no such user here" << "550" << "";
    QTest::newRow("only a success") << "250 2.0.0 Ok: queued as 4F1A2" << "250" << "2.0.0";
    QTest::newRow("status after the code, not an earlier one")
        << "(#2.0.0 accepted)\n550 Requested action not taken (#5.1.1)" << "550" << "5.1.1";
}

void TestBounce::replyCodes()
{
    QFETCH(QString, text);
    const QuotedReply reply = ReplyLineParser::find(text);
    QTEST(reply.replyCode, "replyCode");
    QTEST(reply.status, "status");
}

void TestBounce::smtpCommand_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("command");
    QTest::newRow("postfix rcpt") << "said: 550 5.1.1 unknown (in reply to RCPT TO command)" << "RCPT";
    QTest::newRow("postfix end of data") << "said: 554 5.7.1 spam (in reply to end of DATA command)" << "DATA";
    QTest::newRow("postfix mail from") << "said: 553 sender rejected (in reply to MAIL FROM command)" << "MAIL";
    QTest::newRow("exim rcpt") << "SMTP error from remote mail server after RCPT TO:<a@b.example>:" << "RCPT";
    QTest::newRow("exim end of data") << "SMTP error from remote mail server after end of data:" << "DATA";
    QTest::newRow("exim initial connection") << "SMTP error from remote mail server after initial connection:"
                                             << "CONNECT";
    QTest::newRow("transcript") << ">>> MAIL From:<a@b> SIZE=10\n<<< 250 ok\n>>> RCPT To:<c@d>\n<<< 550 no" << "RCPT";
    QTest::newRow("transcript data dot") << ">>> DATA\n<<< 354 go\n>>> .\n<<< 554 rejected" << "DATA";
    QTest::newRow("qmail recipient") << "198.51.100.1 does not like recipient." << "RCPT";
    QTest::newRow("connection refused") << "connect to mx.example[198.51.100.1]:25: Connection refused" << "CONNECT";
    QTest::newRow("none") << "550 5.1.1 User unknown" << "";
}

void TestBounce::smtpCommand()
{
    QFETCH(QString, text);
    QTEST(ReplyLineParser::smtpCommand(text), "command");
}

void TestBounce::receivedChain_data()
{
    QTest::addColumn<QStringList>("received");
    QTest::addColumn<QString>("ip");
    QTest::addColumn<QString>("helo");
    QTest::newRow("private then public")
        << QStringList{QStringLiteral("from out.sender.example (out.sender.example [198.51.100.7]) by mx.rcpt.example "
                                      "with ESMTPS id 1"),
                       QStringLiteral("from [10.0.0.5] (helo=laptop) by out.sender.example with esmtp id 2")}
        << "198.51.100.7" << "out.sender.example";
    QTest::newRow("loopback, link-local, ULA, CGNAT skipped")
        << QStringList{QStringLiteral("from relay.example ([2001:db8::25]) by mx.example with ESMTP"),
                       QStringLiteral("from a ([fd00::1]) by relay.example with ESMTP"),
                       QStringLiteral("from b ([fe80::1]) by a with ESMTP"),
                       QStringLiteral("from c (c [100.64.0.1]) by b with ESMTP"),
                       QStringLiteral("from localhost (localhost [127.0.0.1]) by c with ESMTP")}
        << "2001:db8::25" << "relay.example";
    QTest::newRow("exchange parentheses")
        << QStringList{QStringLiteral("from mail.sender.example (192.0.2.44) by EX01.rcpt.example (10.1.1.1) with "
                                      "Microsoft SMTP Server id 15.1.2")}
        << "192.0.2.44" << "mail.sender.example";
    QTest::newRow("exim helo after ip")
        << QStringList{QStringLiteral("from [203.0.113.8] (helo=mta.sender.example) by mx.rcpt.example with esmtps")}
        << "203.0.113.8" << "mta.sender.example";
    QTest::newRow("authenticated submission skipped for the relay")
        << QStringList{QStringLiteral("from relay.sender.example (relay.sender.example [203.0.113.30]) by mx.rcpt.example "
                                      "with ESMTPS"),
                       QStringLiteral("from [198.51.100.99] (home.isp.example [198.51.100.99]) by relay.sender.example "
                                      "with ESMTPSA")}
        << "203.0.113.30" << "relay.sender.example";
    QTest::newRow("no public hop") << QStringList{QStringLiteral("from localhost (127.0.0.1) by a with SMTP")} << ""
                                   << "";
}

void TestBounce::receivedChain()
{
    QFETCH(QStringList, received);
    const ReceivedChain chain(received);
    QTEST(chain.sendingIp(), "ip");
    QTEST(chain.helo(), "helo");
    QVERIFY(!chain.explanation().isEmpty());
}

void TestBounce::badInput_data()
{
    QTest::addColumn<QByteArray>("input");
    QTest::addColumn<QString>("errorCode");   // empty: a Bounce is expected
    QTest::addColumn<int>("minFailures");
    QTest::addColumn<QString>("warning");     // a part the warnings must contain
    QTest::addColumn<int>("maxMs");

    QTest::newRow("empty") << QByteArray() << "input-empty" << 0 << "" << 200;
    QTest::newRow("whitespace") << QByteArray(" \r\n\t\n") << "input-empty" << 0 << "" << 200;
    QByteArray garbage(64 * 1024, '\0');
    quint32 x = 12345;
    for (char &c : garbage) {
        x = x * 1103515245u + 12345u;
        c = char(x >> 24);
    }
    QTest::newRow("binary garbage") << garbage << "not-text" << 0 << "" << 500;
    QTest::newRow("too large") << QByteArray(33 * 1024 * 1024, 'a') << "input-too-large" << 0 << "" << 500;

    QByteArray big = QByteArray(kExim);
    QByteArray filler;
    for (int i = 0; i < 400000; ++i)
        filler += "This is line " + QByteArray::number(i) + " of a very long pasted body.\n";
    big += filler.left(20 * 1024 * 1024 - big.size());
    QTest::newRow("20 MB message") << big << "" << 1 << "" << 1500;
    QTest::newRow("20 MB plain text") << QByteArray(kReplyLine) + "\n" + filler.left(20 * 1024 * 1024) << "" << 1
                                      << "Only the first" << 1500;
    // Quoted-header look-alikes: each line could start a returned header block but none makes one.
    // Parsing the block again from every line was quadratic (10 s for 1 MB).
    QByteArray fields = QByteArray(kReplyLine) + "\n";
    while (fields.size() < 20 * 1024 * 1024)
        fields += "X-Filler: lorem ipsum dolor sit amet consectetur adipiscing elit sed do eiusmod\n";
    QTest::newRow("20 MB of header fields") << fields << "" << 1 << "Only the first" << 1500;
    QByteArray mostlyUnknown = QByteArray(kReplyLine) + "\n";
    for (int i = 0; mostlyUnknown.size() < 4 * 1024 * 1024; ++i)
        mostlyUnknown += "X-Known: " + QByteArray::number(i) + "\nOdd-" + QByteArray::number(i) + ": a\nOdder-"
            + QByteArray::number(i) + ": b\n";
    QTest::newRow("4 MB of mostly unknown fields") << mostlyUnknown << "" << 1 << "Only the first" << 1500;
    QTest::newRow("10000 nested multiparts") << nestedMultiparts(10000) << "" << 0 << "MIME parts" << 1500;
    QTest::newRow("10000 nested messages") << nestedMessages(10000) << "" << 0 << "MIME parts" << 1500;
    QTest::newRow("60 nested multiparts") << nestedMultiparts(60) << "" << 0 << "levels deep" << 1000;
    QTest::newRow("broken base64")
        << QByteArray("From: MAILER-DAEMON@x.example\nSubject: failure\nMIME-Version: 1.0\n"
                      "Content-Type: text/plain\nContent-Transfer-Encoding: base64\n\n"
                      "////AAAA@@@@!!!!====\x01\x02\x03 not base64 at all ====\n")
        << "" << 0 << "" << 500;
    QTest::newRow("invalid UTF-8")
        << QByteArray("Delivery failed for <m\xfc\xfcller@recipient.example>:\n550 5.1.1 Benutzer unbekannt \xff\xfe\n")
        << "" << 1 << "Latin-1" << 500;
    QTest::newRow("500 recipients") << dsnWithRecipients(500) << "" << 500 << "" << 2000;
    QTest::newRow("no bounce at all") << QByteArray("Hello Tom,\nsee you tomorrow at ten.\nCheers\n") << "" << 0
                                      << "No delivery failure" << 200;
}

void TestBounce::badInput()
{
    QFETCH(QByteArray, input);
    QFETCH(QString, errorCode);
    QFETCH(int, minFailures);
    QFETCH(QString, warning);
    QFETCH(int, maxMs);
    QElapsedTimer timer;
    timer.start();
    const Result<Bounce> r = BounceParser().parse(input);
    const qint64 ms = timer.elapsed();
    QVERIFY2(ms <= maxMs, qPrintable(QStringLiteral("took %1 ms").arg(ms)));
    if (!errorCode.isEmpty()) {
        QVERIFY(!r.ok());
        QCOMPARE(r.error().code, errorCode);
        QVERIFY(!r.error().message.isEmpty());
        return;
    }
    QVERIFY2(r.ok(), qPrintable(r ? QString() : r.error().message));
    QVERIFY2(r.value().failures.size() >= minFailures, qPrintable(QString::number(r.value().failures.size())));
    if (!warning.isEmpty())
        QVERIFY2(r.value().warnings.join(u'\n').contains(warning), qPrintable(r.value().warnings.join(u'\n')));
}

void TestBounce::analyzerFacts()
{
    const Result<Analysis> a = BounceAnalyzer().analyze(QByteArray(kPostfixDsn));
    QVERIFY(a.ok());
    const Facts &f = a.value().diagnosis.facts;
    QCOMPARE(f.sendingIp, QStringLiteral("203.0.113.5"));
    QCOMPARE(f.helo, QStringLiteral("mail.sender.example"));
    QCOMPARE(f.senderAddress, QStringLiteral("alice@sender.example"));
    QCOMPARE(f.senderDomain, QStringLiteral("sender.example"));
    QCOMPARE(f.mailFromDomain, QStringLiteral("sender.example"));
    QCOMPARE(f.fromDomain, QStringLiteral("sender.example"));
    QCOMPARE(f.recipient, QStringLiteral("bob@recipient.example"));
    QCOMPARE(f.recipientDomain, QStringLiteral("recipient.example"));
    QCOMPARE(f.dkimSelector, QStringLiteral("mail2025"));
    QCOMPARE(f.dkimDomain, QStringLiteral("sender.example"));
    QCOMPARE(f.remoteMta, QStringLiteral("mx1.recipient.example"));
    QCOMPARE(f.reportingMta, QStringLiteral("mail.sender.example"));

    // The client address a blocking server names beats the Received chain.
    const Result<Analysis> blocked = BounceAnalyzer().analyze(QByteArray(kExim));
    QVERIFY(blocked.ok());
    QCOMPARE(blocked.value().diagnosis.facts.sendingIp, QStringLiteral("203.0.113.77"));
    QCOMPARE(blocked.value().diagnosis.facts.senderDomain, QStringLiteral("sender.example"));
}

void TestBounce::analysisJson()
{
    const Result<Analysis> a = BounceAnalyzer().analyze(QByteArray(kPostfixDsn));
    QVERIFY(a.ok());
    const QJsonObject o = a.value().toJson();
    for (const char *key : {"cause", "causeTitle", "reason", "status", "replyCode", "recipients", "evidence", "facts",
                            "format", "confidence"})
        QVERIFY2(o.contains(QLatin1String(key)), key);
    const QJsonArray recipients = o.value(QStringLiteral("recipients")).toArray();
    QCOMPARE(recipients.size(), 2);
    for (const QJsonValue &r : recipients)
        for (const char *key : {"recipient", "status", "replyCode", "reason", "cause"})
            QVERIFY2(r.toObject().contains(QLatin1String(key)), key);
    QCOMPARE(o.value(QStringLiteral("format")).toString(), QStringLiteral("postfix"));
}

QTEST_GUILESS_MAIN(TestBounce)
#include "tst_bounce.moc"
