#pragma once

#include <QFrame>

class QLabel;
class QToolButton;

// Errors and notices shown inline at the top of the window instead of in modal boxes
// (KeePassXC's MessageWidget). The text is selectable and reachable with Tab.
class MessageBar : public QFrame
{
    Q_OBJECT
public:
    enum Type { Information, Positive, Warning, Error };
    Q_ENUM(Type)

    explicit MessageBar(QWidget *parent = nullptr);

    void showMessage(const QString &text, Type type = Information);
    void hideMessage();
    QString text() const;
    Type type() const { return m_type; }

protected:
    void changeEvent(QEvent *event) override;

private:
    void applyPalette();

    QLabel *m_icon = nullptr;
    QLabel *m_text = nullptr;
    QToolButton *m_close = nullptr;
    Type m_type = Information;
    bool m_applyingPalette = false;
};
