#include "WindowHost.h"

#include "MainWindow.h"
#include "StepPagePaste.h"
#include "Translations.h"

#include <QSettings>

namespace {
const QString kLanguageKey = QStringLiteral("ui/language");
}

WindowHost::WindowHost(QObject *parent) : QObject(parent) { }

WindowHost::~WindowHost()
{
    delete m_window.data();
}

QString WindowHost::installStartupLanguage()
{
    const QString saved = QSettings().value(kLanguageKey).toString();
    return Translations::install(saved.isEmpty() ? QLocale::system() : QLocale(saved));
}

MainWindow *WindowHost::window() const
{
    return m_window.data();
}

void WindowHost::setDnsServers(const QStringList &servers)
{
    m_dnsServers = servers;
    if (m_window)
        m_window->setDnsServers(servers);
}

MainWindow *WindowHost::createWindow()
{
    auto *w = new MainWindow;
    w->setAttribute(Qt::WA_DeleteOnClose, false);
    if (!m_dnsServers.isEmpty())
        w->setDnsServers(m_dnsServers);
    connect(w, &MainWindow::languageRequested, this, &WindowHost::switchLanguage, Qt::QueuedConnection);
    return w;
}

void WindowHost::start(const QString &fileToOpen)
{
    m_window = createWindow();
    m_window->restoreSession();
    if (!fileToOpen.isEmpty())
        m_window->openBounceFile(fileToOpen);
    m_window->show();
}

void WindowHost::switchLanguage(const QString &code)
{
    QSettings().setValue(kLanguageKey, code);
    Translations::install(QLocale(code));
    if (!m_window)
        return;
    // Carry the case over: the pasted text (re-analysed at once), the step and the geometry.
    MainWindow *old = m_window;
    const QString text = old->pastePage()->bounceText();
    const int step = old->currentStep();
    const QByteArray geometry = old->saveGeometry();
    const QByteArray state = old->saveState();
    MainWindow *fresh = createWindow();
    fresh->restoreGeometry(geometry);
    fresh->restoreState(state);
    if (!text.isEmpty()) {
        fresh->pastePage()->setBounceText(text);
        fresh->pastePage()->analyzeNow();
    }
    fresh->goToStep(step);
    m_window = fresh;
    fresh->show();
    old->hide();
    old->deleteLater();
}
