#include "RecipientTableModel.h"

#include "Classifier.h"

RecipientTableModel::RecipientTableModel(QObject *parent) : QAbstractTableModel(parent) { }

void RecipientTableModel::setFailures(const QList<DeliveryFailure> &failures)
{
    beginResetModel();
    m_failures = failures;
    endResetModel();
}

int RecipientTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_failures.size());
}

int RecipientTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant RecipientTableModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const DeliveryFailure &f = m_failures.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
    case Qt::AccessibleTextRole:
        switch (index.column()) {
        case RecipientColumn: return f.recipient.isEmpty() ? tr("(not stated)") : f.recipient;
        case StatusColumn: {
            const QString action = DeliveryFailure::actionTitle(f.action);
            return f.status.isEmpty() ? action : tr("%1 (%2)").arg(f.status, action);
        }
        case ReplyCodeColumn: return f.replyCode;
        case ReasonColumn: return f.reason.isEmpty() ? QString() : Classifier::instance().reasonTitle(f.reason);
        case CauseColumn: return causeTitle(f.cause);
        case RemoteMtaColumn: return f.remoteMta;
        }
        break;
    case Qt::ToolTipRole:
        return f.diagnostic.isEmpty() ? QVariant() : QVariant(f.diagnostic);
    case ReasonIdRole: return f.reason;
    case CauseIdRole: return causeId(f.cause);
    case DiagnosticRole: return f.diagnostic;
    default: break;
    }
    return {};
}

QVariant RecipientTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (role != Qt::DisplayRole)
        return {};
    if (orientation == Qt::Vertical)
        return section + 1;
    switch (section) {
    case RecipientColumn: return tr("Recipient");
    case StatusColumn: return tr("Status");
    case ReplyCodeColumn: return tr("Reply");
    case ReasonColumn: return tr("Reason");
    case CauseColumn: return tr("Cause");
    case RemoteMtaColumn: return tr("Remote server");
    }
    return {};
}
