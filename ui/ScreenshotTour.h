#pragma once

#include <QObject>
#include <QPointer>
#include <QStringList>

class MainWindow;
class QTimer;

// Renders every step of the window to PNG (offscreen works) for the README and for looking at
// the layout: loads a sample bounce, visits each step, waits until its checks are done (or a
// time limit passes), grabs the window.
class ScreenshotTour : public QObject
{
    Q_OBJECT
public:
    // Runs the event loop until done; returns the process exit code.
    static int run(const QString &dir, const QString &sample, const QStringList &dnsServers);

    ScreenshotTour(const QString &dir, const QString &sample, const QStringList &dnsServers, QObject *parent = nullptr);
    ~ScreenshotTour() override;

    void start();
    QStringList written() const { return m_written; }

Q_SIGNALS:
    void done(bool ok);

private:
    void tick();
    void capture();

    QString m_dir;
    QString m_sample;
    QStringList m_dns;
    MainWindow *m_window = nullptr;
    QTimer *m_timer = nullptr;
    int m_step = -1;
    int m_waitedMs = 0;
    bool m_ok = true;
    QStringList m_written;
};
