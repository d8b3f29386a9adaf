#include "MessageBar.h"

#include "StatusColors.h"

#include <QAccessible>
#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QStyle>
#include <QToolButton>

MessageBar::MessageBar(QWidget *parent) : QFrame(parent)
{
    setObjectName(QStringLiteral("messageBar"));
    setFrameShape(QFrame::StyledPanel);
    setAutoFillBackground(true);
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(8, 4, 4, 4);
    m_icon = new QLabel(this);
    m_icon->setFixedSize(20, 20);
    m_text = new QLabel(this);
    m_text->setObjectName(QStringLiteral("messageBarText"));
    m_text->setWordWrap(true);
    m_text->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard | Qt::LinksAccessibleByMouse);
    m_text->setFocusPolicy(Qt::StrongFocus);
    m_text->setOpenExternalLinks(true);
    m_close = new QToolButton(this);
    m_close->setObjectName(QStringLiteral("messageBarClose"));
    m_close->setAutoRaise(true);
    m_close->setIcon(style()->standardIcon(QStyle::SP_DialogCloseButton));
    m_close->setToolTip(tr("Close this message"));
    m_close->setAccessibleName(tr("Close message"));
    layout->addWidget(m_icon, 0, Qt::AlignTop);
    layout->addWidget(m_text, 1);
    layout->addWidget(m_close, 0, Qt::AlignTop);
    connect(m_close, &QToolButton::clicked, this, &MessageBar::hideMessage);
    setAccessibleName(tr("Message"));
    hide();
}

void MessageBar::showMessage(const QString &text, Type type)
{
    m_type = type;
    m_text->setText(text);
    static const char *const icons[] = {"info", "passed", "needs-action", "failed"};
    m_icon->setPixmap(QIcon(QStringLiteral(":/icons/state-%1.svg").arg(QLatin1String(icons[type]))).pixmap(20, 20));
    m_text->setAccessibleName(text);
    applyPalette();
    show();
    // A screen reader should hear an inline error as it would hear a message box.
    QAccessibleEvent event(m_text, QAccessible::Alert);
    QAccessible::updateAccessibility(&event);
}

void MessageBar::hideMessage()
{
    hide();
    m_text->clear();
}

QString MessageBar::text() const
{
    return m_text->text();
}

void MessageBar::changeEvent(QEvent *event)
{
    QFrame::changeEvent(event);
    if (event->type() == QEvent::PaletteChange && isVisible() && !m_applyingPalette)
        applyPalette();
}

void MessageBar::applyPalette()
{
    static const StatusColors::Role roles[] = {StatusColors::InfoBackground, StatusColors::PassBackground,
                                               StatusColors::WarnBackground, StatusColors::FailBackground};
    QPalette pal = parentWidget() ? parentWidget()->palette() : palette();
    pal.setColor(QPalette::Window, StatusColors::color(roles[m_type], pal));
    m_applyingPalette = true;
    setPalette(pal);
    m_applyingPalette = false;
}
