#pragma once

#include <QPlainTextEdit>

// The paste area. Dropping an .eml/.txt file (or any local file) loads it instead of
// inserting its URL as text.
class BounceEdit : public QPlainTextEdit
{
    Q_OBJECT
public:
    explicit BounceEdit(QWidget *parent = nullptr);

Q_SIGNALS:
    void fileDropped(const QString &path);

protected:
    bool canInsertFromMimeData(const QMimeData *source) const override;
    void insertFromMimeData(const QMimeData *source) override;
};
