#include "FakeSmtpServer.h"

#include <QTcpServer>
#include <QTcpSocket>

FakeSmtpServer::FakeSmtpServer(Mode mode, QObject *parent) : QObject(parent), m_mode(mode), m_server(new QTcpServer(this))
{
    connect(m_server, &QTcpServer::newConnection, this, &FakeSmtpServer::onNewConnection);
}

bool FakeSmtpServer::listen()
{
    return m_server->listen(QHostAddress::LocalHost, 0);
}

quint16 FakeSmtpServer::port() const
{
    return m_server->serverPort();
}

void FakeSmtpServer::onNewConnection()
{
    while (QTcpSocket *socket = m_server->nextPendingConnection()) {
        connect(socket, &QTcpSocket::readyRead, this, [this, socket] { onReadyRead(socket); });
        connect(socket, &QTcpSocket::disconnected, socket, &QObject::deleteLater);
        m_expect = Expect::Command;
        m_buffer.clear();
        socket->write("220 fake.hardening.test ESMTP\r\n");
    }
}

void FakeSmtpServer::onReadyRead(QTcpSocket *socket)
{
    const QByteArray data = socket->readAll();
    m_received += data;
    m_buffer += data;
    for (qsizetype nl = m_buffer.indexOf('\n'); nl >= 0; nl = m_buffer.indexOf('\n')) {
        QByteArray line = m_buffer.left(nl);
        m_buffer.remove(0, nl + 1);
        if (line.endsWith('\r'))
            line.chop(1);
        handleLine(socket, line);
    }
}

void FakeSmtpServer::handleLine(QTcpSocket *socket, const QByteArray &line)
{
    switch (m_expect) {
    case Expect::PlainPayload:
    case Expect::LoginPassword:
        finishAuth(socket, line);
        return;
    case Expect::LoginUser:
        m_expect = Expect::LoginPassword;
        socket->write("334 UGFzc3dvcmQ6\r\n");
        return;
    case Expect::XOAuthEmpty:
        m_expect = Expect::Command;
        socket->write("535 5.7.8 Username and Password not accepted\r\n");
        return;
    case Expect::Command:
        break;
    }
    const QByteArray upper = line.toUpper();
    if (upper.startsWith("EHLO")) {
        socket->write("250-fake.hardening.test\r\n250-AUTH PLAIN LOGIN XOAUTH2\r\n250 8BITMIME\r\n");
    } else if (upper.startsWith("AUTH PLAIN")) {
        const QByteArray initial = line.mid(10).trimmed();
        if (initial.isEmpty()) {
            m_expect = Expect::PlainPayload;
            socket->write("334 \r\n");
        } else {
            finishAuth(socket, initial);
        }
    } else if (upper.startsWith("AUTH LOGIN")) {
        m_expect = Expect::LoginUser;
        socket->write("334 VXNlcm5hbWU6\r\n");
    } else if (upper.startsWith("AUTH XOAUTH2")) {
        const QByteArray initial = line.mid(12).trimmed();
        if (m_mode == Mode::Reject) {
            m_expect = Expect::XOAuthEmpty;
            socket->write("334 eyJzdGF0dXMiOiI0MDAiLCJzY2hlbWVzIjoiQmVhcmVyIn0=\r\n");
        } else {
            finishAuth(socket, initial);
        }
    } else if (upper.startsWith("QUIT")) {
        socket->write("221 2.0.0 bye\r\n");
        socket->disconnectFromHost();
    } else {
        socket->write("250 2.0.0 ok\r\n");
    }
}

void FakeSmtpServer::finishAuth(QTcpSocket *socket, const QByteArray &payload)
{
    m_expect = Expect::Command;
    switch (m_mode) {
    case Mode::Accept:
        socket->write("235 2.7.0 Authentication successful\r\n");
        break;
    case Mode::Reject:
        socket->write("535 5.7.8 Authentication credentials invalid\r\n");
        break;
    case Mode::Echo: {
        // A careless server quoting the credentials back: the probe must still hide them.
        QByteArray decoded = QByteArray::fromBase64(payload);
        decoded.replace('\0', ' ').replace('\1', ' ');
        socket->write("535-5.7.8 rejected " + payload + "\r\n535 5.7.8 decoded: " + decoded + "\r\n");
        break;
    }
    }
}
