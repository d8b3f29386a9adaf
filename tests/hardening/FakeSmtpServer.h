#pragma once

#include <QByteArray>
#include <QList>
#include <QObject>

class QTcpServer;
class QTcpSocket;

// A scripted SMTP server on 127.0.0.1 (any free port), in the test's own event loop: enough of
// EHLO and AUTH PLAIN/LOGIN/XOAUTH2 for the secrets test, without TLS (the probe is told plaintext
// AUTH is allowed). It records what the client sent so a test can prove the secret was in play.
class FakeSmtpServer : public QObject
{
    Q_OBJECT
public:
    enum class Mode { Accept, Reject, Echo }; // Echo: the 535 quotes the client's payload back, encoded and decoded

    explicit FakeSmtpServer(Mode mode, QObject *parent = nullptr);

    bool listen();
    quint16 port() const;
    QByteArray received() const { return m_received; }

private:
    void onNewConnection();
    void onReadyRead(QTcpSocket *socket);
    void handleLine(QTcpSocket *socket, const QByteArray &line);
    void finishAuth(QTcpSocket *socket, const QByteArray &payload);

    Mode m_mode;
    QTcpServer *m_server;
    QByteArray m_received;
    QByteArray m_buffer;
    enum class Expect { Command, PlainPayload, LoginUser, LoginPassword, XOAuthEmpty } m_expect = Expect::Command;
};
