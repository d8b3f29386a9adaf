#pragma once

// Bounce inputs written for tst_bounce from the documented formats of each MTA and provider
// (not taken from any corpus). Example domains and documentation IP ranges throughout.

static const char kPostfixDsn[] = R"BOUNCE(Return-Path: <>
Received: by mail.sender.example (Postfix)
	id 4A1B2C3D4E; Mon,  3 Feb 2025 10:00:02 +0100 (CET)
Date: Mon,  3 Feb 2025 10:00:02 +0100 (CET)
From: MAILER-DAEMON@mail.sender.example (Mail Delivery System)
Subject: Undelivered Mail Returned to Sender
To: alice@sender.example
Auto-Submitted: auto-replied
MIME-Version: 1.0
Content-Type: multipart/report; report-type=delivery-status;
	boundary="4A1B2C3D4E.1738573202/mail.sender.example"
Message-Id: <20250203090002.5F6A7B8C9D@mail.sender.example>

This is a MIME-encapsulated message.

--4A1B2C3D4E.1738573202/mail.sender.example
Content-Description: Notification
Content-Type: text/plain; charset=us-ascii

This is the mail system at host mail.sender.example.

I'm sorry to have to inform you that your message could not
be delivered to one or more recipients. It's attached below.

For further assistance, please send mail to postmaster.

If you do so, please include this problem report. You can
delete your own text from the attached returned message.

                   The mail system

<bob@recipient.example>: host mx1.recipient.example[198.51.100.25] said: 550
    5.1.1 <bob@recipient.example>: Recipient address rejected: User unknown in
    virtual mailbox table (in reply to RCPT TO command)

<carol@other.example>: host mx.other.example[203.0.113.9] said: 452 4.2.2
    <carol@other.example>: Mailbox full (in reply to RCPT TO command)

--4A1B2C3D4E.1738573202/mail.sender.example
Content-Description: Delivery report
Content-Type: message/delivery-status

Reporting-MTA: dns; mail.sender.example
X-Postfix-Queue-ID: 4A1B2C3D4E
X-Postfix-Sender: rfc822; alice@sender.example
Arrival-Date: Mon,  3 Feb 2025 10:00:00 +0100 (CET)

Final-Recipient: rfc822; bob@recipient.example
Original-Recipient: rfc822;bob@recipient.example
Action: failed
Status: 5.1.1
Remote-MTA: dns; mx1.recipient.example
Diagnostic-Code: smtp; 550 5.1.1 <bob@recipient.example>: Recipient address
    rejected: User unknown in virtual mailbox table

Final-Recipient: rfc822; carol@other.example
Action: delayed
Status: 4.2.2
Remote-MTA: dns; mx.other.example
Diagnostic-Code: smtp; 452 4.2.2 <carol@other.example>: Mailbox full

--4A1B2C3D4E.1738573202/mail.sender.example
Content-Description: Undelivered Message Headers
Content-Type: text/rfc822-headers

Return-Path: <alice@sender.example>
Received: from mail.sender.example (mail.sender.example [203.0.113.5])
	by relay.sender.example (Postfix) with ESMTPS id 11;
	Mon,  3 Feb 2025 10:00:01 +0100 (CET)
Received: from [192.168.1.20] (unknown [10.0.0.7])
	by mail.sender.example (Postfix) with ESMTPSA id 4A1B2C3D4E;
	Mon,  3 Feb 2025 10:00:00 +0100 (CET)
DKIM-Signature: v=1; a=rsa-sha256; c=relaxed/relaxed; d=sender.example;
	s=mail2025; t=1738573200; bh=abc=; h=From:To:Subject; b=xyz=
From: Alice <alice@sender.example>
To: bob@recipient.example, carol@other.example
Subject: =?ISO-2022-JP?B?GyRCJEckaxsoQg==?=
Message-ID: <abc123@sender.example>
Date: Mon, 3 Feb 2025 10:00:00 +0100

--4A1B2C3D4E.1738573202/mail.sender.example--
)BOUNCE";

static const char kExim[] = R"BOUNCE(Return-path: <>
Envelope-to: dave@sender.example
Received: from mail by smtp.sender.example with local (Exim 4.96)
	id 1tXyZa-000123-AB
	for dave@sender.example; Tue, 04 Feb 2025 08:15:00 +0000
X-Failed-Recipients: erin@recipient.example
Auto-Submitted: auto-replied
From: Mail Delivery System <Mailer-Daemon@smtp.sender.example>
To: dave@sender.example
Content-Type: text/plain; charset=us-ascii
Subject: Mail delivery failed: returning message to sender
Message-Id: <E1tXyZa-000123-AB@smtp.sender.example>
Date: Tue, 04 Feb 2025 08:15:00 +0000

This message was created automatically by mail delivery software.

A message that you sent could not be delivered to one or more of its
recipients. This is a permanent error. The following address(es) failed:

  erin@recipient.example
    host mx.recipient.example [198.51.100.40]
    SMTP error from remote mail server after RCPT TO:<erin@recipient.example>:
    550 5.7.1 Service unavailable; Client host [203.0.113.77] blocked using zen.spamhaus.org

------ This is a copy of the message, including all the headers. ------

Return-path: <dave@sender.example>
Received: from [100.64.3.4] (helo=laptop)
	by smtp.sender.example with esmtpa (Exim 4.96)
	(envelope-from <dave@sender.example>)
	id 1tXyZ9-000120-ZZ
	for erin@recipient.example; Tue, 04 Feb 2025 08:14:59 +0000
From: Dave <dave@sender.example>
To: erin@recipient.example
Subject: Quarterly report
Message-ID: <q1@sender.example>
Date: Tue, 04 Feb 2025 08:14:58 +0000

Hello, see https://files.sender.example/report and http://cdn.example.net/x.png
)BOUNCE";

static const char kSendmail[] = R"BOUNCE(From MAILER-DAEMON Wed Feb  5 12:00:00 2025
Return-Path: <MAILER-DAEMON>
Date: Wed, 5 Feb 2025 12:00:00 -0500
From: Mail Delivery Subsystem <MAILER-DAEMON@host.sender.example>
Message-Id: <202502051700.515H00A0012345@host.sender.example>
To: <frank@sender.example>
MIME-Version: 1.0
Content-Type: text/plain
Subject: Returned mail: see transcript for details
Auto-Submitted: auto-generated (failure)

The original message was received at Wed, 5 Feb 2025 11:59:58 -0500
from localhost [127.0.0.1]

   ----- The following addresses had permanent fatal errors -----
<grace@recipient.example>
    (reason: 550 5.1.1 <grace@recipient.example>... User unknown)

   ----- Transcript of session follows -----
... while talking to mail.recipient.example.:
>>> DATA
<<< 550 5.1.1 <grace@recipient.example>... User unknown
550 5.1.1 <grace@recipient.example>... User unknown
<<< 503 5.0.0 Need RCPT (recipient)

   ----- Original message follows -----

Return-Path: <frank@sender.example>
Received: from localhost (localhost [127.0.0.1])
	by host.sender.example (8.17.1/8.17.1) with ESMTP id 515H00A0012345
	for <grace@recipient.example>; Wed, 5 Feb 2025 11:59:58 -0500
From: frank@sender.example
To: grace@recipient.example
Subject: hi
Message-Id: <m1@sender.example>

body
)BOUNCE";

static const char kQmail[] = R"BOUNCE(Hi. This is the qmail-send program at mail.sender.example.
I'm afraid I wasn't able to deliver your message to the following addresses.
This is a permanent error; I've given up. Sorry it didn't work out.

<henry@recipient.example>:
198.51.100.61 does not like recipient.
Remote host said: 550 5.1.1 <henry@recipient.example>: Recipient address rejected: User unknown in local recipient table
Giving up on 198.51.100.61.

<ivy@recipient.example>:
Sorry, no mailbox here by that name. (#5.1.1)

--- Below this line is a copy of the message.

Return-Path: <judy@sender.example>
Received: (qmail 12345 invoked by uid 89); 6 Feb 2025 09:00:00 -0000
Received: from unknown (HELO out.sender.example) (203.0.113.20)
  by mail.sender.example with SMTP; 6 Feb 2025 09:00:00 -0000
From: judy@sender.example
To: henry@recipient.example
Subject: test
Message-ID: <qm1@sender.example>
)BOUNCE";

static const char kGmailNew[] = R"BOUNCE(Delivered-To: kim@gmail.com
Return-Path: <>
From: Mail Delivery Subsystem <mailer-daemon@googlemail.com>
To: kim@gmail.com
Auto-Submitted: auto-replied
Subject: Delivery Status Notification (Failure)
Date: Fri, 07 Feb 2025 01:02:03 -0800
Message-ID: <67a5aaaa.abc@mx.google.com>
MIME-Version: 1.0
Content-Type: multipart/report; boundary="000000000000aaaa"; report-type=delivery-status

--000000000000aaaa
Content-Type: multipart/related; boundary="000000000000bbbb"

--000000000000bbbb
Content-Type: multipart/alternative; boundary="000000000000cccc"

--000000000000cccc
Content-Type: text/plain; charset="UTF-8"


** Address not found **

Your message wasn't delivered to leo@recipient.example because the address couldn't be found, or is unable to receive mail.

Learn more here: https://support.google.com/mail/?p=NoSuchUser

The response from the remote server was:
550 5.1.1 <leo@recipient.example>: Recipient address rejected: User unknown

--000000000000cccc
Content-Type: text/html; charset="UTF-8"

<html><body><p><b>Address not found</b></p><p>Your message wasn't delivered to <a style="color:#212121;text-decoration:none"><b>leo@recipient.example</b></a> because the address couldn't be found</p></body></html>
--000000000000cccc--
--000000000000bbbb--
--000000000000aaaa
Content-Type: message/delivery-status

Reporting-MTA: dns; googlemail.com
Received-From-MTA: dns; kim@gmail.com
Arrival-Date: Fri, 07 Feb 2025 01:02:02 -0800 (PST)
X-Original-Message-ID: <CAB@mail.gmail.com>

Final-Recipient: rfc822; leo@recipient.example
Action: failed
Status: 5.1.1
Remote-MTA: dns; mx.recipient.example. (198.51.100.2, the server for the domain recipient.example.)
Diagnostic-Code: smtp; 550 5.1.1 <leo@recipient.example>: Recipient address rejected: User unknown
Last-Attempt-Date: Fri, 07 Feb 2025 01:02:03 -0800 (PST)

--000000000000aaaa
Content-Type: message/rfc822

DKIM-Signature: v=1; a=rsa-sha256; c=relaxed/relaxed; d=gmail.com; s=20230601; h=to:subject:message-id:date:from:mime-version:from:to:cc:subject:date:message-id:reply-to; bh=x; b=y
MIME-Version: 1.0
From: Kim <kim@gmail.com>
Date: Fri, 7 Feb 2025 10:01:59 +0100
Message-ID: <CAB@mail.gmail.com>
Subject: Hallo =?UTF-8?Q?W=C3=B6rld?=
To: leo@recipient.example
Content-Type: multipart/mixed; boundary="m1"

--m1
Content-Type: text/plain; charset="UTF-8"
Content-Transfer-Encoding: base64

SGVsbG8sIHNlZSBodHRwczovL3d3dy5leGFtcGxlLmNvbS9wYWdlCg==
--m1
Content-Type: application/pdf; name="a.pdf"
Content-Disposition: attachment; filename="a.pdf"
Content-Transfer-Encoding: base64

JVBERi0xLjQK
--m1--
--000000000000aaaa--
)BOUNCE";

static const char kM365[] = R"BOUNCE(Received: from DM6PR01MB1234.namprd01.prod.outlook.com (2603:10b6:5:1::1) by
 DM6PR01MB5678.namprd01.prod.outlook.com with HTTPS; Mon, 10 Feb 2025 14:00:05 +0000
From: Microsoft Outlook <postmaster@contoso.onmicrosoft.com>
To: <mia@contoso.example>
Date: Mon, 10 Feb 2025 14:00:05 +0000
Content-Type: multipart/report; report-type=delivery-status;
	boundary="ndr-boundary"
MIME-Version: 1.0
Message-ID: <ndr1@DM6PR01MB1234.namprd01.prod.outlook.com>
Subject: Undeliverable: Invoice 42
Auto-Submitted: auto-replied
X-MS-Exchange-Message-Is-Ndr:

--ndr-boundary
Content-Type: multipart/alternative; boundary="alt"

--alt
Content-Type: text/plain; charset="utf-8"
Content-Transfer-Encoding: quoted-printable

Your message to nick@fabrikam.example couldn't be delivered.
nick wasn't found at fabrikam.example.
mia          Office 365           nick
Action Required                          Recipient
Unknown To address

How to Fix It
The address may be misspelled or may not exist. Try one or more of the following:
=E2=80=A2 Retype the recipient's address, then resend the message.

Was this helpful? Send feedback to Microsoft.

More Info for Email Admins
Status code: 550 5.1.10

This error occurs because the recipient's email address doesn't exist.

Original Message Details
Created Date:   2/10/2025 2:00:03 PM
Sender Address: mia@contoso.example
Recipient Address:      nick@fabrikam.example
Subject:        Invoice 42

Error Details
Error:  550 5.1.10 RESOLVER.ADR.RecipientNotFound; Recipient not found by SMTP add=
ress lookup
Message rejected by:    DM6PR01MB5678.namprd01.prod.outlook.com

Notification Details
Sent by:        DM6PR01MB1234.namprd01.prod.outlook.com

Diagnostic information for administrators:

Generating server: DM6PR01MB1234.namprd01.prod.outlook.com

nick@fabrikam.example
Remote Server returned '550 5.1.10 RESOLVER.ADR.RecipientNotFound; Recipient not found by SMTP address lookup'

Original message headers:

Received: from mail-client.contoso.example (198.51.100.77) by
 DM6PR01MB1234.namprd01.prod.outlook.com (2603:10b6:5:1::1) with Microsoft SMTP
 Server (version=TLS1_2) id 15.20.1; Mon, 10 Feb 2025 14:00:03 +0000
DKIM-Signature: v=1; a=rsa-sha256; d=contoso.example; s=selector1; b=x
From: Mia <mia@contoso.example>
To: Nick <nick@fabrikam.example>
Subject: Invoice 42
Date: Mon, 10 Feb 2025 14:00:02 +0000
Message-ID: <inv42@contoso.example>
--alt--

--ndr-boundary
Content-Type: message/delivery-status

Reporting-MTA: dns;DM6PR01MB1234.namprd01.prod.outlook.com
Received-From-MTA: dns;mail-client.contoso.example
Arrival-Date: Mon, 10 Feb 2025 14:00:03 +0000

Final-Recipient: rfc822;nick@fabrikam.example
Action: failed
Status: 5.1.10
Diagnostic-Code: smtp;550 5.1.10 RESOLVER.ADR.RecipientNotFound; Recipient not found by SMTP address lookup

--ndr-boundary--
)BOUNCE";

static const char kExchangeText[] = R"BOUNCE(From: Microsoft Exchange
Sent: Tuesday, February 11, 2025 9:12 AM
To: Olivia
Subject: Undeliverable: Meeting

Delivery has failed to these recipients or groups:

Paul Smith (paul@fabrikam.example)<mailto:paul@fabrikam.example>
The e-mail address you entered couldn't be found. Please check the recipient's e-mail address and try to resend the message. If the problem continues, please contact your helpdesk.

Diagnostic information for administrators:

Generating server: EX01.contoso.local

paul@fabrikam.example
mx.fabrikam.example #550 5.1.1 RESOLVER.ADR.RecipNotFound; not found ##

Original message headers:

Received: from EX02.contoso.local (10.1.1.2) by EX01.contoso.local (10.1.1.1)
 with Microsoft SMTP Server id 14.3.123.3; Tue, 11 Feb 2025 09:12:00 +0100
From: Olivia <olivia@contoso.example>
To: Paul Smith <paul@fabrikam.example>
Subject: Meeting
Message-ID: <m@contoso.example>
)BOUNCE";

static const char kGmailOld[] = R"BOUNCE(Delivery to the following recipient failed permanently:

     quinn@recipient.example

Technical details of permanent failure:
Google tried to deliver your message, but it was rejected by the server for the recipient domain recipient.example by mx.recipient.example. [198.51.100.3].

The error that the other server returned was:
550-5.7.1 [203.0.113.50      12] Our system has detected that this message is
550-5.7.1 likely unsolicited mail. To reduce the amount of spam sent to Gmail,
550 5.7.1 this message has been blocked. - gsmtp

----- Original message -----

DKIM-Signature: v=1; a=rsa-sha256; c=relaxed/relaxed;
        d=sender.example; s=s1;
        h=mime-version:date:message-id:subject:from:to:content-type;
        bh=x; b=y
MIME-Version: 1.0
Received: by 10.1.2.3 with HTTP; Wed, 12 Feb 2025 02:00:00 -0800 (PST)
Date: Wed, 12 Feb 2025 11:00:00 +0100
Message-ID: <CA+x@mail.gmail.com>
Subject: Offer
From: Rita <rita@sender.example>
To: quinn@recipient.example
)BOUNCE";

static const char kYahoo[] = R"BOUNCE(Sorry, we were unable to deliver your message to the following address.

<sam@yahoo.example>:
554: delivery error: dd Sorry your message to sam@yahoo.example cannot be delivered. This mailbox is disabled (554.30). - mta4321.mail.ne1.yahoo.com

--- Below this line is a copy of the message.

Received: from [198.51.100.90] by nm1.bullet.mail.sender.example with NNFMP; 13 Feb 2025 10:00:00 -0000
From: Tom <tom@sender.example>
To: sam@yahoo.example
Subject: news
Message-ID: <y1@sender.example>
)BOUNCE";

static const char kDomino[] = R"BOUNCE(Your message

  Subject: Budget

was not delivered to:

  uma@lotus.example

because:

  User uma@lotus.example (uma@lotus.example) not listed in Domino Directory
)BOUNCE";

static const char kCourier[] = R"BOUNCE(This is a delivery status notification from mail.sender.example,
running the Courier mail server, version 1.1.

The original message was received on Fri, 14 Feb 2025 08:00:00 +0000
from localhost [127.0.0.1]

---------------------------------------------------------------------------

                           UNDELIVERABLE MAIL

Your message to the following recipients cannot be delivered:

<victor@recipient.example>:
    mx.recipient.example [198.51.100.33]:
>>> RCPT TO:<victor@recipient.example>
<<< 550 5.1.1 <victor@recipient.example>... No such user
)BOUNCE";

static const char kSesBase64[] = R"BOUNCE(Return-Path: <>
From: MAILER-DAEMON@amazonses.com
To: news@sender.example
Subject: Delivery Status Notification (Failure)
Message-ID: <0100018d-ses@email.amazonses.com>
Date: Sat, 15 Feb 2025 07:00:00 +0000
MIME-Version: 1.0
Content-Type: multipart/report; report-type=delivery-status; boundary="ses"

--ses
Content-Type: text/plain; charset=UTF-8
Content-Transfer-Encoding: base64

QW4gZXJyb3Igb2NjdXJyZWQgd2hpbGUgdHJ5aW5nIHRvIGRlbGl2ZXIgdGhlIG1haWwgdG8gdGhl
IGZvbGxvd2luZyByZWNpcGllbnRzOgp3ZW5keUByZWNpcGllbnQuZXhhbXBsZQo=
--ses
Content-Type: message/delivery-status

Reporting-MTA: dns; a1-23.smtp-out.amazonses.com

Final-Recipient: rfc822; wendy@recipient.example
Action: failed
Status: 5.7.1
Remote-MTA: dns; mx.recipient.example
Diagnostic-Code: smtp; 554 5.7.1 Service unavailable; Client host [54.240.0.1]
 blocked using b.barracudacentral.org; https://www.barracudanetworks.com/reputation/?pr=1&ip=54.240.0.1

--ses--
)BOUNCE";

static const char kGermanQp[] = R"BOUNCE(From: Mail Delivery System <MAILER-DAEMON@mx.de.example>
To: xaver@sender.example
Subject: =?UTF-8?Q?Unzustellbar:_Gr=C3=BC=C3=9Fe?=
MIME-Version: 1.0
Content-Type: text/plain; charset=ISO-8859-1
Content-Transfer-Encoding: quoted-printable

Ihre Nachricht an yvonne@empfaenger.example konnte nicht zugestellt werden.

Der Server hat geantwortet: 550 5.2.2 Postfach voll / mailbox full

Gr=FC=DFe
)BOUNCE";

static const char kICloudGlobal[] = R"BOUNCE(From: Mail Delivery System <MAILER-DAEMON@ms11p00im-qufo17281401.me.com>
To: zoe@sender.example
Subject: Undelivered Mail Returned to Sender
Date: Sun, 16 Feb 2025 12:00:00 +0000 (GMT)
MIME-Version: 1.0
Content-Type: multipart/report; report-type=delivery-status; boundary="icl"

--icl
Content-Type: text/plain; charset=us-ascii

This is the mail system at host ms11p00im-qufo17281401.me.com.

I'm sorry to have to inform you that your message could not
be delivered to one or more recipients.

<adam@icloud.example>: host mx01.mail.icloud.com[17.57.154.6] said: 550 5.7.1
    [CS01] Message rejected due to local policy. Please visit
    https://support.apple.com/en-us/HT204137 (in reply to end of DATA command)

--icl
Content-Type: message/global-delivery-status

Reporting-MTA: dns; ms11p00im-qufo17281401.me.com

Final-Recipient: utf-8; adam@icloud.example
Action: failed
Status: 5.7.1
Remote-MTA: dns; mx01.mail.icloud.com
Diagnostic-Code: smtp; 550 5.7.1 [CS01] Message rejected due to local policy.
    Please visit https://support.apple.com/en-us/HT204137

--icl--
)BOUNCE";

static const char kMimecastHtml[] = R"BOUNCE(From: Mimecast Postmaster <postmaster@mimecast.example.net>
To: bea@sender.example
Subject: Message Delivery Failure
Message-ID: <mc1@eu-smtp-1.mimecast.com>
MIME-Version: 1.0
Content-Type: text/html; charset=utf-8

<html><body><p>Your message couldn't be delivered to the recipient(s) below.</p>
<table><tr><td>Recipient:</td><td>carl@recipient.example</td></tr>
<tr><td>Reason:</td><td>550 Rejected by header based Anti-Spoofing policy: carl@recipient.example&nbsp;- https://community.mimecast.com/docs/DOC-1369#550</td></tr></table>
</body></html>
)BOUNCE";

static const char kProofpointViaExchange[] = R"BOUNCE(Delivery has failed to these recipients or groups:

dora@recipient.example
A problem occurred while delivering this message to this email address.

Diagnostic information for administrators:

Generating server: relay.sender.example

dora@recipient.example
mx0a-001.pphosted.com
Remote Server returned '554 5.7.1 Blocked - see https://ipcheck.proofpoint.com/?ip=203.0.113.88'
)BOUNCE";

static const char kOutlookClientText[] = R"BOUNCE(From: Microsoft Outlook <MicrosoftExchange329e71ec88ae4615bbc36ab6ce41109e@contoso.example>
Sent: Monday, February 17, 2025 10:02 AM
To: Eve Example <eve@contoso.example>
Subject: Undeliverable: Contract

Your message to fred@fabrikam.example couldn't be delivered.
fabrikam.example suspects your message is spam and rejected it.

eve     Office 365      fabrikam.example
Action Required                         Recipient

Diagnostic information for administrators:

Generating server: AM0PR02MB1234.eurprd02.prod.outlook.com

fred@fabrikam.example
mx.fabrikam.example
Remote Server returned '550 5.7.350 Remote server returned message detected as spam -> 554 5.7.1 Spam message rejected'
)BOUNCE";

static const char kFrench[] = R"BOUNCE(Votre message à gina@destinataire.example n'a pas pu être remis.

Le serveur distant a répondu : 550 5.1.1 Adresse inconnue / user unknown
)BOUNCE";

static const char kEximDelay[] = R"BOUNCE(From: Mail Delivery System <Mailer-Daemon@smtp.sender.example>
To: hal@sender.example
Subject: Warning: message 1tXyZb-000124-CD delayed 24 hours
Content-Type: text/plain; charset=us-ascii

This message was created automatically by mail delivery software.
A message that you sent has not yet been delivered to one or more of its
recipients after more than 24 hours on the queue on smtp.sender.example.

The address to which the message has not yet been delivered is:

  iris@recipient.example
    host mx.recipient.example [198.51.100.41]
    Delay reason: SMTP error from remote mail server after pipelined RCPT TO:<iris@recipient.example>: 451 4.7.1 Greylisted, please try again later

No action is required on your part. Delivery attempts will continue for
some time, and this warning may be repeated at intervals if the message
remains undelivered. Eventually the mail delivery software will give up,
and when that happens, the message will be returned to you.
)BOUNCE";

static const char kPostfixText[] = R"BOUNCE(This is the mail system at host smtp.sender.example.

I'm sorry to have to inform you that your message could not
be delivered to one or more recipients. It's attached below.

                   The mail system

<jack@nomx.example>: Host or domain name not found. Name service error for
    name=nomx.example type=AAAA: Host not found

<kate@recipient.example> (expanded from <sales@sender.example>): host
    mx.recipient.example[198.51.100.50] said: 554 5.7.1 Service unavailable;
    Client host [203.0.113.99] blocked using zen.spamhaus.org; https://www.spamhaus.org/query/ip/203.0.113.99 (in reply to MAIL FROM command)
)BOUNCE";

static const char kReplyLine[] = R"BOUNCE(550 5.1.1 <a@b.example>: Recipient address rejected: User unknown in virtual mailbox table
)BOUNCE";

static const char kReplyMultiline[] = R"BOUNCE(550-5.7.26 This mail has been blocked because the sender is unauthenticated.
550-5.7.26 Gmail requires all senders to authenticate with either SPF or DKIM.
550 5.7.26 Learn more at https://support.google.com/mail/answer/81126 x.123 - gsmtp
)BOUNCE";

// ISO-2022-JP body and RFC 2047 subject (escape sequences kept byte-exact).
static const char kIso2022Jp[] =
    "From: MAILER-DAEMON@mail.jp.example\n"
    "To: taro@sender.example\n"
    "Subject: =?ISO-2022-JP?B?GyRCR1s/LiRHJC0kXiQ7JHMkRyQ3JD8bKEI=?=\n"
    "MIME-Version: 1.0\n"
    "Content-Type: text/plain; charset=ISO-2022-JP\n"
    "Content-Transfer-Encoding: 7bit\n"
    "\n"
    "<hanako@recipient.example>: host mx.recipient.example[198.51.100.70] said: 550 5.1.1 User unknown (in reply to RCPT TO command)\n"
    "\n"
    "\x1b$B08@h$,8+$D$+$j$^$;$s\x1b(B\n"
    "";

static const char kSesNotification[] = R"BOUNCE({
  "notificationType": "Bounce",
  "bounce": {
    "bounceType": "Permanent",
    "bouncedRecipients": [
      {"emailAddress": "lena@recipient.example", "action": "failed", "status": "5.1.1",
       "diagnosticCode": "smtp; 550 5.1.1 <lena@recipient.example>: Recipient address rejected: User unknown"},
      {"emailAddress": "max@recipient.example", "action": "failed", "status": "5.2.2",
       "diagnosticCode": "smtp; 552 5.2.2 <max@recipient.example>: Mailbox full"}
    ],
    "reportingMTA": "dsn; b1-2.smtp-out.amazonses.com"
  },
  "mail": {"source": "shop@sender.example", "commonHeaders": {"from": ["Shop <shop@sender.example>"], "subject": "Your order"}}
})BOUNCE";

static const char kWebhookEvent[] = R"BOUNCE({
  "event": "failed",
  "severity": "permanent",
  "recipient": "ned@recipient.example",
  "delivery-status": {"code": 550, "message": "5.7.1 Message rejected as spam by the content filter", "mx-host": "mx.recipient.example"}
})BOUNCE";

static const char kFeedbackReport[] = R"BOUNCE(From: feedback@isp.example
To: abuse@sender.example
Subject: Abuse report
MIME-Version: 1.0
Content-Type: multipart/report; report-type=feedback-report; boundary="fb"

--fb
Content-Type: text/plain

This is an abuse report for a message received from IP 198.51.100.5.

--fb
Content-Type: message/feedback-report

Feedback-Type: abuse
User-Agent: ExampleFBL/1.0
Version: 1
Source-IP: 198.51.100.5
Original-Rcpt-To: <someone@isp.example>

--fb
Content-Type: text/rfc822-headers

From: news@sender.example
Subject: Weekly news
Message-ID: <n1@sender.example>

--fb--
)BOUNCE";

static const char kOutOfOffice[] = R"BOUNCE(From: Ola Nordmann <ola@recipient.example>
To: pia@sender.example
Subject: Automatic reply: Project plan
Auto-Submitted: auto-replied
X-Auto-Response-Suppress: All
Content-Type: text/plain; charset=utf-8

I am out of the office until Monday and will have no access to my mailbox.
)BOUNCE";

static const char kForwardedBounce[] = R"BOUNCE(From: Pia <pia@sender.example>
To: helpdesk@sender.example
Subject: Fwd: Undelivered Mail Returned to Sender
MIME-Version: 1.0
Content-Type: multipart/mixed; boundary="fw"

--fw
Content-Type: text/plain

Can you look at this?

--fw
Content-Type: message/rfc822

From: MAILER-DAEMON@mail.sender.example (Mail Delivery System)
Subject: Undelivered Mail Returned to Sender
To: pia@sender.example
Content-Type: text/plain

This is the mail system at host mail.sender.example.

<quentin@recipient.example>: host mx.recipient.example[198.51.100.12] said: 550
    5.1.1 <quentin@recipient.example>: Recipient address rejected: User unknown
    (in reply to RCPT TO command)

--fw--
)BOUNCE";

static const char kReplyMoved[] = "551 5.1.6 User has moved; please try <new.address@elsewhere.example>\n";
