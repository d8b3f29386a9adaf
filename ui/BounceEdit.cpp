#include "BounceEdit.h"

#include <QMimeData>
#include <QUrl>

BounceEdit::BounceEdit(QWidget *parent) : QPlainTextEdit(parent)
{
    setAcceptDrops(true);
}

bool BounceEdit::canInsertFromMimeData(const QMimeData *source) const
{
    if (source->hasUrls()) {
        const QList<QUrl> urls = source->urls();
        if (!urls.isEmpty() && urls.first().isLocalFile())
            return true;
    }
    return QPlainTextEdit::canInsertFromMimeData(source);
}

void BounceEdit::insertFromMimeData(const QMimeData *source)
{
    if (source->hasUrls()) {
        const QList<QUrl> urls = source->urls();
        if (!urls.isEmpty() && urls.first().isLocalFile()) {
            Q_EMIT fileDropped(urls.first().toLocalFile());
            return;
        }
    }
    QPlainTextEdit::insertFromMimeData(source);
}
