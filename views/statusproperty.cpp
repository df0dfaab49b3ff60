#include "statusproperty.h"

#include <QStyle>
#include <QVariant>
#include <QWidget>

namespace ct {

void setStatusProperty(QWidget* widget, std::optional<UiStatus> status)
{
    const QVariant value = status ? QVariant(int(*status)) : QVariant();
    if (widget->property("status") == value)
        return;
    widget->setProperty("status", value);
    widget->style()->unpolish(widget);
    widget->style()->polish(widget);
}

} // namespace ct
