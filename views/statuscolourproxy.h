#pragma once

#include "statuspalette.h"

#include <QIdentityProxyModel>

#include <functional>
#include <optional>

namespace ct {

// Shows a model's semantic status in one column the way every page does: the palette's colour and
// its glyph before the text, so the status reads without colour too. `statusOf` maps the model's
// StatusRole value to a UiStatus (nothing: shown plain).
class StatusColourProxy : public QIdentityProxyModel {
    Q_OBJECT
public:
    using StatusOf = std::function<std::optional<UiStatus>(const QVariant& status)>;
    StatusColourProxy(int column, int statusRole, StatusOf statusOf, QObject* parent = nullptr);

    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;

private:
    int m_column;
    int m_statusRole;
    StatusOf m_statusOf;
};

} // namespace ct
