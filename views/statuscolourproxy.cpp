#include "statuscolourproxy.h"

#include "theme.h"

#include <QBrush>
#include <QGuiApplication>
#include <QPalette>

namespace ct {

StatusColourProxy::StatusColourProxy(int column, int statusRole, StatusOf statusOf, QObject* parent)
    : QIdentityProxyModel(parent)
    , m_column(column)
    , m_statusRole(statusRole)
    , m_statusOf(std::move(statusOf))
{
}

QVariant StatusColourProxy::data(const QModelIndex& index, int role) const
{
    if (index.column() != m_column || (role != Qt::DisplayRole && role != Qt::ForegroundRole))
        return QIdentityProxyModel::data(index, role);
    const std::optional<UiStatus> status = m_statusOf(QIdentityProxyModel::data(index, m_statusRole));
    if (!status)
        return QIdentityProxyModel::data(index, role);
    const bool dark = isDarkTheme();
    const StatusStyle style = statusStyle(*status, dark);
    if (role == Qt::ForegroundRole)
        return QBrush(style.colour);
    return QString(style.glyph + QLatin1Char(' ') + QIdentityProxyModel::data(index, role).toString());
}

} // namespace ct
