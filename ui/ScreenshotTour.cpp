#include "ScreenshotTour.h"

#include "BounceCase.h"
#include "MainWindow.h"
#include "StepPage.h"
#include "StepPagePaste.h"

#include <QApplication>
#include <QDir>
#include <QPixmap>
#include <QTextStream>
#include <QTimer>

namespace {
constexpr int kTickMs = 100;
constexpr int kMaxWaitMs = 15000;
}

int ScreenshotTour::run(const QString &dir, const QString &sample, const QStringList &dnsServers)
{
    ScreenshotTour tour(dir, sample, dnsServers);
    int code = 0;
    QObject::connect(&tour, &ScreenshotTour::done, qApp, [&code](bool ok) {
        code = ok ? 0 : 1;
        QApplication::quit();
    });
    QTimer::singleShot(0, &tour, &ScreenshotTour::start);
    QApplication::exec();
    QTextStream out(stdout);
    for (const QString &f : tour.written())
        out << f << '\n';
    return code;
}

ScreenshotTour::ScreenshotTour(const QString &dir, const QString &sample, const QStringList &dnsServers, QObject *parent)
    : QObject(parent), m_dir(dir), m_sample(sample), m_dns(dnsServers)
{
    m_timer = new QTimer(this);
    m_timer->setInterval(kTickMs);
    connect(m_timer, &QTimer::timeout, this, &ScreenshotTour::tick);
}

ScreenshotTour::~ScreenshotTour()
{
    delete m_window;
}

void ScreenshotTour::start()
{
    QDir().mkpath(m_dir);
    m_window = new MainWindow;
    if (!m_dns.isEmpty())
        m_window->setDnsServers(m_dns);
    m_window->resize(1280, 860);
    m_window->show();
    const QString sample = m_sample.isEmpty() ? QStringLiteral("m365-banned-ip-5.7.606.eml") : m_sample;
    if (QFile::exists(sample))
        m_window->openBounceFile(sample);
    else
        m_window->pastePage()->loadSample(sample);
    m_step = 0;
    m_waitedMs = 0;
    m_timer->start();
}

void ScreenshotTour::tick()
{
    m_waitedMs += kTickMs;
    StepPage *page = m_window->page(m_step);
    const bool busy = m_step == 0 ? m_window->pastePage()->isAnalyzing() : page->isBusy();
    // A short settle time lets layouts and late signals land before the grab.
    if ((busy || m_waitedMs < 400) && m_waitedMs < kMaxWaitMs)
        return;
    if (busy)
        m_ok = false;
    capture();
    ++m_step;
    m_waitedMs = 0;
    if (!m_window->page(m_step)) {
        m_timer->stop();
        Q_EMIT done(m_ok);
        return;
    }
    m_window->goToStep(m_step);
}

void ScreenshotTour::capture()
{
    const QString name = QStringLiteral("%1/step-%2.png").arg(m_dir).arg(m_step);
    if (m_window->grab().save(name))
        m_written << name;
    else
        m_ok = false;
}
