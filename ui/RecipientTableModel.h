#pragma once

#include "Bounce.h"

#include <QAbstractTableModel>
#include <QList>

// One row per failed (or delayed, or delivered) recipient of the pasted bounce.
class RecipientTableModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column { RecipientColumn, StatusColumn, ReplyCodeColumn, ReasonColumn, CauseColumn, RemoteMtaColumn, ColumnCount };
    enum Roles { ReasonIdRole = Qt::UserRole + 1, CauseIdRole, DiagnosticRole };

    explicit RecipientTableModel(QObject *parent = nullptr);

    void setFailures(const QList<DeliveryFailure> &failures);
    const DeliveryFailure &failure(int row) const { return m_failures.at(row); }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    QList<DeliveryFailure> m_failures;
};
