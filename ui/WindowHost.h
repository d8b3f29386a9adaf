#pragma once

#include <QObject>
#include <QPointer>
#include <QStringList>

class MainWindow;

// Owns the main window and switches the language live: the catalogues are swapped and the
// window is rebuilt in the new language with the user's pasted text, facts view, current step and
// geometry carried over, so nothing typed is lost and no restart is needed.
class WindowHost : public QObject
{
    Q_OBJECT
public:
    explicit WindowHost(QObject *parent = nullptr);
    ~WindowHost() override;

    // The language saved in the settings, else the system's; returns the code in use.
    static QString installStartupLanguage();

    MainWindow *window() const;
    void setDnsServers(const QStringList &servers);
    void start(const QString &fileToOpen = QString());
    void switchLanguage(const QString &code);

private:
    MainWindow *createWindow();

    QPointer<MainWindow> m_window;
    QStringList m_dnsServers;
};
