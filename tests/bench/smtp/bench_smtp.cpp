// Time to verdict: our probe beside swaks for the same settings against the same real servers
// (the ports of tests/harness/smtp/smtp-peers.sh). Prints the median of N rounds of each.
#include "SmtpProbe.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QElapsedTimer>
#include <QProcess>
#include <QSslCertificate>
#include <QTextStream>

#include <algorithm>

namespace {
struct Case
{
    QString name;
    SmtpOptions options;
    QStringList swaks;
};

struct Row
{
    QList<qint64> ours, theirs;
    QString verdict;
    int swaksExit = -1;
};

qint64 median(QList<qint64> v)
{
    std::sort(v.begin(), v.end());
    return v.isEmpty() ? -1 : v.at(v.size() / 2);
}

class Bench : public QObject
{
public:
    Bench(QList<Case> cases, int rounds) : m_cases(std::move(cases)), m_rows(m_cases.size()), m_rounds(rounds) { }

    void next()
    {
        if (m_index >= m_cases.size()) {
            ++m_round;
            m_index = 0;
        }
        if (m_round >= m_rounds)
            return report();
        runOurs();
    }

private:
    void runOurs()
    {
        auto *probe = new SmtpProbe(this);
        m_clock.start();
        connect(probe, &SmtpProbe::finished, this, [this, probe](const SmtpResult &r) {
            m_rows[m_index].ours.append(m_clock.elapsed());
            m_rows[m_index].verdict = r.verdict.id;
            probe->deleteLater();
            runSwaks();
        });
        probe->start(m_cases[m_index].options);
    }

    void runSwaks()
    {
        auto *proc = new QProcess(this);
        connect(proc, &QProcess::finished, this, [this, proc](int code) {
            m_rows[m_index].theirs.append(m_clock.elapsed());
            m_rows[m_index].swaksExit = code;
            proc->deleteLater();
            ++m_index;
            next();
        });
        m_clock.start();
        proc->start(QStringLiteral("swaks"), m_cases[m_index].swaks);
    }

    void report()
    {
        QTextStream out(stdout);
        out << QStringLiteral("%1 %2 %3 %4 %5\n")
                   .arg(QStringLiteral("case"), -26)
                   .arg(QStringLiteral("our verdict"), -24)
                   .arg(QStringLiteral("ours ms"), 8)
                   .arg(QStringLiteral("swaks rc"), 9)
                   .arg(QStringLiteral("swaks ms"), 9);
        for (int i = 0; i < m_cases.size(); ++i) {
            const Row &r = m_rows[i];
            out << QStringLiteral("%1 %2 %3 %4 %5\n")
                       .arg(m_cases[i].name, -26)
                       .arg(r.verdict, -24)
                       .arg(median(r.ours), 8)
                       .arg(r.swaksExit, 9)
                       .arg(median(r.theirs), 9);
        }
        out << QStringLiteral("(median of %1 rounds; swaks time includes starting perl)\n").arg(m_rounds);
        out.flush();
        QCoreApplication::quit();
    }

    QList<Case> m_cases;
    QList<Row> m_rows;
    int m_rounds = 5;
    int m_round = 0;
    int m_index = 0;
    QElapsedTimer m_clock;
};
}

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    const QStringList args = app.arguments();
    if (args.size() < 2) {
        QTextStream(stderr) << "usage: bench_smtp CERTS_DIR [ROUNDS]   (peers from tests/harness/smtp/smtp-peers.sh)\n";
        return 2;
    }
    const QString certs = args.at(1);
    const int rounds = qMax(1, args.value(2, QStringLiteral("5")).toInt());
    const QList<QSslCertificate> good = QSslCertificate::fromPath(certs + QStringLiteral("/good.crt"));
    if (good.isEmpty()) {
        QTextStream(stderr) << "no good.crt in " << certs << '\n';
        return 2;
    }
    const QString fp = QString::fromLatin1(good.first().digest(QCryptographicHash::Sha256).toHex());

    auto opt = [&](int port, SmtpSecurity sec, const QString &pw) {
        SmtpOptions o;
        o.host = QStringLiteral("127.0.0.1");
        o.port = port;
        o.security = sec;
        o.trustFingerprint = fp; // swaks does not verify certificates; neither do we here
        o.replyTimeoutMs = o.connectTimeoutMs = o.tlsTimeoutMs = 3000;
        if (!pw.isEmpty()) {
            o.user = QStringLiteral("test@localhost");
            o.password = pw;
        }
        return o;
    };
    const QStringList s{"-s", "127.0.0.1", "--timeout", "3"};
    const QStringList u{"-au", "test@localhost", "-ap", "s3cret"};
    const QString me = QStringLiteral("test@localhost");
    QList<Case> cases;
    cases.append({"starttls+auth ok", opt(2525, SmtpSecurity::StartTls, "s3cret"), s + QStringList{"-p", "2525", "-tls", "--quit-after", "AUTH"} + u});
    cases.append({"tls+auth ok", opt(4465, SmtpSecurity::Tls, "s3cret"), s + QStringList{"-p", "4465", "-tlsc", "--quit-after", "AUTH"} + u});
    cases.append({"wrong password 535", opt(2525, SmtpSecurity::StartTls, "WRONG"),
                  s + QStringList{"-p", "2525", "-tls", "-a", "PLAIN", "-au", me, "-ap", "WRONG", "--quit-after", "AUTH"}});
    {
        SmtpOptions o = opt(2525, SmtpSecurity::StartTls, "s3cret");
        o.mailFrom = me;
        o.rcptTo = {"nosuchuser@localhost"};
        cases.append({"rcpt unknown 550", o, s + QStringList{"-p", "2525", "-tls", "-f", me, "-t", "nosuchuser@localhost", "--quit-after", "RCPT"} + u});
    }
    {
        SmtpOptions o = opt(2525, SmtpSecurity::StartTls, QString());
        o.mailFrom = me;
        o.rcptTo = {me};
        cases.append({"mail w/o auth 530", o, s + QStringList{"-p", "2525", "-tls", "-f", me, "-t", me, "--quit-after", "MAIL"}});
    }
    cases.append({"tls on starttls port", opt(2525, SmtpSecurity::Tls, QString()), s + QStringList{"-p", "2525", "-tlsc", "--quit-after", "EHLO"}});
    cases.append({"closed port", opt(2599, SmtpSecurity::StartTls, QString()), s + QStringList{"-p", "2599", "--quit-after", "CONNECT"}});
    cases.append({"plain on smtps (3 s)", opt(4465, SmtpSecurity::None, QString()), s + QStringList{"-p", "4465", "--quit-after", "EHLO"}});
    cases.append({"garbage server", opt(2543, SmtpSecurity::StartTls, QString()), s + QStringList{"-p", "2543", "--quit-after", "EHLO"}});
    cases.append({"1 MiB reply line", opt(2542, SmtpSecurity::StartTls, QString()), s + QStringList{"-p", "2542", "--quit-after", "EHLO"}});

    Bench bench(cases, rounds);
    bench.next();
    return app.exec();
}
