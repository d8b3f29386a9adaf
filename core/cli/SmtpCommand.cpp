#include "Commands.h"

#include "CliSupport.h"
#include "SmtpAutoDetect.h"
#include "SmtpDiagnosis.h"
#include "SmtpProbe.h"
#include "dns/Resolver.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QJsonArray>
#include <QTextStream>

#include <cstdio>

namespace {
QString t(const char *s)
{
    return QCoreApplication::translate("SmtpCommand", s);
}

int usageError(const QString &msg)
{
    printError(msg);
    return 2;
}

QString readSecretLine()
{
    // Read before the event loop starts: the CLI's only blocking read, from a pipe the user set up.
    QTextStream in(stdin);
    QString line = in.readLine();
    return line.trimmed();
}

bool parsePortPlan(const QString &text, SmtpAutoDetect::PortPlan *plan)
{
    plan->clear();
    for (const QString &item : text.split(QLatin1Char(','), Qt::SkipEmptyParts)) {
        bool ok = false;
        const int port = item.section(QLatin1Char(':'), 0, 0).toInt(&ok);
        SmtpSecurity sec = port == 465 ? SmtpSecurity::Tls : SmtpSecurity::StartTls;
        if (item.contains(QLatin1Char(':')) && !Smtp::securityFromId(item.section(QLatin1Char(':'), 1), &sec))
            return false;
        if (!ok || port < 1 || port > 65535)
            return false;
        plan->append({port, sec});
    }
    return !plan->isEmpty();
}

void printHuman(const SmtpResult &r)
{
    QTextStream out(stdout);
    out << "\n" << r.verdict.title << "\n  " << r.verdict.message << "\n";
    if (!r.verdict.providerHint.isEmpty())
        out << "  " << r.verdict.providerHint << "\n";
    out << "  " << t("Next step:") << ' ' << r.verdict.nextStep << "\n";
    if (r.tls.used && !r.tls.chain.isEmpty()) {
        const SmtpCertificateInfo &c = r.tls.chain.first();
        out << "  " << t("Certificate:") << ' ' << c.subject << " / " << t("issuer") << ' ' << c.issuer << "\n    "
            << t("valid") << ' ' << c.notBefore.toUTC().toString(Qt::ISODate) << " .. "
            << c.notAfter.toUTC().toString(Qt::ISODate) << "\n    SHA-256 " << c.sha256 << "\n";
    }
    out << "  [" << r.verdict.id << ", " << Smtp::stageId(r.stage) << ", " << r.elapsedMs << " ms]\n";
}
}

int runSmtpCommand(const QStringList &args)
{
    QCommandLineParser p;
    p.setApplicationDescription(t("Test SMTP settings the way a mail program uses them and explain the outcome.\n"
                                  "The password is never printed; AUTH payloads are redacted in every output."));
    p.addHelpOption();
    const QCommandLineOption host(QStringLiteral("host"), t("SMTP server name or address."), t("HOST"));
    const QCommandLineOption port(QStringLiteral("port"), t("Port (default: 465 for tls, 587 otherwise)."), t("PORT"));
    const QCommandLineOption security(QStringLiteral("security"), t("none, starttls (required), starttls-optional or tls (implicit, \"SSL\")."), t("MODE"), QStringLiteral("starttls"));
    const QCommandLineOption user(QStringLiteral("user"), t("User name for AUTH."), t("USER"));
    const QCommandLineOption pwStdin(QStringLiteral("password-stdin"), t("Read the password from the first line of standard input."));
    const QCommandLineOption pwEnv(QStringLiteral("password-env"), t("Read the password from this environment variable."), t("VAR"));
    const QCommandLineOption tokenEnv(QStringLiteral("token-env"), t("Read an OAuth2 bearer token (XOAUTH2) from this environment variable."), t("VAR"));
    const QCommandLineOption tokenStdin(QStringLiteral("token-stdin"), t("Read an OAuth2 bearer token (XOAUTH2) from standard input."));
    const QCommandLineOption auth(QStringLiteral("auth"), t("AUTH mechanism: auto, PLAIN, LOGIN, CRAM-MD5, XOAUTH2."), t("MECH"), QStringLiteral("auto"));
    const QCommandLineOption from(QStringLiteral("from"), t("Envelope sender for MAIL FROM."), t("ADDRESS"));
    const QCommandLineOption rcpt(QStringLiteral("rcpt"), t("Recipient for RCPT TO (repeatable); checked, then RSET unless --send."), t("ADDRESS"));
    const QCommandLineOption send(QStringLiteral("send"), t("Really send a short test message (DATA)."));
    const QCommandLineOption size(QStringLiteral("size"), t("Announce a message of this many bytes (SIZE=) to test the size limit."), t("BYTES"));
    const QCommandLineOption caFile(QStringLiteral("ca-file"), t("Also trust the CA certificates in this PEM file."), t("FILE"));
    const QCommandLineOption trustFp(QStringLiteral("trust-fingerprint"), t("Accept the ONE server certificate with this SHA-256 fingerprint despite errors, for this test."), t("SHA256"));
    const QCommandLineOption timeout(QStringLiteral("timeout"), t("Timeout per stage in seconds (connect, TLS, each reply)."), t("S"));
    const QCommandLineOption allowPlain(QStringLiteral("allow-plain-auth"), t("Allow sending credentials over an unencrypted connection for this test."));
    const QCommandLineOption helo(QStringLiteral("helo"), t("Name to send in EHLO/HELO."), t("NAME"));
    const QCommandLineOption json(QStringLiteral("json"), t("Print the result as JSON."));
    const QCommandLineOption quiet(QStringLiteral("quiet"), t("Do not print the live transcript."));
    const QCommandLineOption detect(QStringLiteral("detect"), t("Find working settings for this e-mail address (SRV, MX, smtp./mail. names; ports 465/587/25/2525)."), t("ADDRESS"));
    const QCommandLineOption ports(QStringLiteral("ports"), t("With --detect: PORT[:MODE] list to try instead of 465:tls,587:starttls,25:starttls,2525:starttls."), t("LIST"));
    for (const QCommandLineOption &o : {host, port, security, user, pwStdin, pwEnv, tokenEnv, tokenStdin, auth, from, rcpt, send,
                                        size, caFile, trustFp, timeout, allowPlain, helo, json, quiet, detect, ports})
        p.addOption(o);
    addDnsServerOption(p);
    if (!p.parse(args))
        return usageError(p.errorText());
    if (p.isSet(QStringLiteral("help"))) {
        QTextStream(stdout) << p.helpText();
        return 0;
    }
    if (!p.positionalArguments().isEmpty())
        return usageError(t("unexpected argument \"%1\"").arg(p.positionalArguments().first()));

    const QString loadError = SmtpDiagnosis::instance().loadError();
    if (!loadError.isEmpty()) {
        printError(loadError);
        return 1;
    }

    SmtpOptions o;
    o.host = p.value(host);
    if (!Smtp::securityFromId(p.value(security), &o.security))
        return usageError(t("--security must be none, starttls, starttls-optional or tls, not \"%1\"").arg(p.value(security)));
    o.port = o.security == SmtpSecurity::Tls ? 465 : 587;
    if (p.isSet(port)) {
        bool ok = false;
        o.port = p.value(port).toInt(&ok);
        if (!ok || o.port < 1 || o.port > 65535)
            return usageError(t("--port must be a number from 1 to 65535"));
    }
    o.user = p.value(user);
    if (p.isSet(pwStdin) && p.isSet(pwEnv))
        return usageError(t("use either --password-stdin or --password-env"));
    if (p.isSet(pwEnv)) {
        if (!qEnvironmentVariableIsSet(p.value(pwEnv).toLocal8Bit().constData()))
            return usageError(t("the environment variable %1 is not set").arg(p.value(pwEnv)));
        o.password = qEnvironmentVariable(p.value(pwEnv).toLocal8Bit().constData());
    } else if (p.isSet(pwStdin)) {
        o.password = readSecretLine();
    }
    if (p.isSet(tokenEnv))
        o.oauthToken = qEnvironmentVariable(p.value(tokenEnv).toLocal8Bit().constData());
    else if (p.isSet(tokenStdin) && !p.isSet(pwStdin))
        o.oauthToken = readSecretLine();
    if (!Smtp::authMechFromId(p.value(auth), &o.authMech))
        return usageError(t("--auth must be auto, PLAIN, LOGIN, CRAM-MD5 or XOAUTH2"));
    if (o.authMech == SmtpAuthMech::XOAuth2 && o.oauthToken.isEmpty() && !o.password.isEmpty())
        o.oauthToken = o.password; // a token piped in as "the password"
    if (!o.user.isEmpty() && o.password.isEmpty() && o.oauthToken.isEmpty())
        return usageError(t("--user needs --password-stdin, --password-env or a token"));
    o.mailFrom = p.value(from);
    o.rcptTo = p.values(rcpt);
    if (!o.rcptTo.isEmpty() && o.mailFrom.isEmpty())
        return usageError(t("--rcpt needs --from"));
    o.sendMessage = p.isSet(send);
    if (o.sendMessage && o.rcptTo.isEmpty())
        return usageError(t("--send needs --from and --rcpt"));
    if (p.isSet(size))
        o.declaredSize = p.value(size).toLongLong();
    o.caFile = p.value(caFile);
    o.trustFingerprint = p.value(trustFp);
    o.allowPlaintextAuth = p.isSet(allowPlain);
    if (p.isSet(helo))
        o.heloName = p.value(helo);
    if (p.isSet(timeout)) {
        bool ok = false;
        const double s = p.value(timeout).toDouble(&ok);
        if (!ok || s <= 0 || s > 600)
            return usageError(t("--timeout must be a number of seconds from 0.1 to 600"));
        o.connectTimeoutMs = o.replyTimeoutMs = o.tlsTimeoutMs = o.resolveTimeoutMs = int(s * 1000);
    }
    const bool asJson = p.isSet(json);
    const bool live = !asJson && !p.isSet(quiet);

    QObject scope;
    Resolver *resolver = nullptr;
    if (p.isSet(detect) || p.isSet(QStringLiteral("dns-server"))) {
        const Result<Resolver *> r = makeResolver(p, &scope);
        if (!r)
            return usageError(r.error().message);
        resolver = r.value();
    }

    int exitCode = 1;
    if (p.isSet(detect)) {
        SmtpAutoDetect detector(resolver);
        if (p.isSet(ports)) {
            SmtpAutoDetect::PortPlan plan;
            if (!parsePortPlan(p.value(ports), &plan))
                return usageError(t("--ports must look like 465:tls,587:starttls"));
            detector.setPortPlan(plan);
        }
        SmtpOptions base = o;
        if (!p.isSet(timeout)) {
            base.connectTimeoutMs = 5000;
            base.replyTimeoutMs = base.tlsTimeoutMs = 10000;
        }
        detector.setProbeOptions(base);
        if (live)
            QObject::connect(&detector, &SmtpAutoDetect::attemptFinished, &detector, [](const SmtpAutoDetectAttempt &a) {
                QTextStream(stdout) << QStringLiteral("  %1:%2 %3 [%4] -> %5\n")
                                           .arg(a.host).arg(a.port).arg(Smtp::securityId(a.security), a.source, a.result.verdict.id);
            });
        QObject::connect(&detector, &SmtpAutoDetect::finished, &detector, [&](const QList<SmtpAutoDetectAttempt> &ranked) {
            const bool found = !ranked.isEmpty() && ranked.first().works();
            exitCode = found ? 0 : 1;
            if (asJson) {
                QJsonArray list;
                for (const SmtpAutoDetectAttempt &a : ranked)
                    list.append(a.toJson(false));
                QJsonObject out{{QStringLiteral("ok"), found},
                                {QStringLiteral("address"), p.value(detect)},
                                {QStringLiteral("attempts"), list}};
                if (found)
                    out.insert(QStringLiteral("best"), ranked.first().toJson(true));
                printJson(out);
            } else {
                QTextStream out(stdout);
                if (found) {
                    const SmtpAutoDetectAttempt &b = ranked.first();
                    out << t("Best settings:") << ' ' << b.host << t(" port ") << b.port << " (" << Smtp::securityId(b.security) << ")\n";
                } else {
                    out << t("No working settings found.") << '\n';
                }
            }
            QCoreApplication::exit(0);
        });
        detector.start(p.value(detect), o.host);
        QCoreApplication::exec();
        return exitCode;
    }

    if (o.host.isEmpty())
        return usageError(t("--host is required (or use --detect ADDRESS)"));
    o.resolver = resolver;
    SmtpProbe probe;
    if (live) {
        QObject::connect(&probe, &SmtpProbe::transcriptLine, &probe, [](const SmtpTranscriptLine &l) {
            QTextStream(stdout) << l.toText() << '\n';
        });
    }
    QObject::connect(&probe, &SmtpProbe::finished, &probe, [&](const SmtpResult &r) {
        exitCode = r.ok ? 0 : 1;
        if (asJson)
            printJson(r.toJson());
        else
            printHuman(r);
        QCoreApplication::exit(0);
    });
    probe.start(o);
    QCoreApplication::exec();
    return exitCode;
}
