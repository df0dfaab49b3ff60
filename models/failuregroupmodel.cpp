#include "failuregroupmodel.h"

#include "plaintext.h"
#include "storeservice.h"

#include <QLocale>

namespace ct {

FailureGroupModel::FailureGroupModel(StoreService* service, QObject* parent)
    : QStandardItemModel(parent)
    , m_service(service)
{
    setColumnCount(2);  // the group, and how many messages it has
    for (FailureGrouping by : kFailureGroupings) {
        auto* item = new QStandardItem(groupingName(by));
        item->setData(int(by), GroupingRole);
        item->setEditable(false);
        item->setSelectable(false);
        appendRow(item);
    }
}

QString FailureGroupModel::groupingName(FailureGrouping by)
{
    switch (by) {
    case FailureGrouping::Queue:
        return tr("Queue");
    case FailureGrouping::ErrorClass:
        return tr("Error class");
    case FailureGrouping::Source:
        return tr("Source system");
    case FailureGrouping::Age:
        return tr("Age");
    case FailureGrouping::Signature:
        return tr("Failure signature");
    }
    return {};
}

QString FailureGroupModel::valueLabel(FailureGrouping by, const QString& value)
{
    if (by == FailureGrouping::Age)
        return ageBucketLabel(value.toInt());
    return value.isEmpty() ? tr("(none)") : value;
}

void FailureGroupModel::reload(const FailedMessageQuery& scope, Timestamp now)
{
    m_read = m_service->read<Groups>(
        this,
        [scope, now](TelemetryStore& store) -> Expected<Groups> {
            Groups all;
            for (FailureGrouping by : kFailureGroupings) {
                auto groups = store.failedMessageGroups(scope, by, now);
                if (!groups)
                    return groups.error();
                all.append(groups.value());
            }
            return all;
        },
        [this](const Expected<Groups>& groups) {
            if (!groups) {
                Q_EMIT failed(groups.error());
                return;
            }
            apply(groups.value());
            Q_EMIT reloaded();
        });
}

void FailureGroupModel::apply(const Groups& groups)
{
    const QLocale locale;
    for (int g = 0; g < groups.size() && g < rowCount(); ++g) {
        QStandardItem* parent = item(g);
        const auto by = FailureGrouping(parent->data(GroupingRole).toInt());
        const QList<FailureGroup>& list = groups.at(g);
        // In place: a row per group, the surplus removed, so the view keeps its place.
        if (parent->rowCount() > list.size())
            parent->removeRows(int(list.size()), parent->rowCount() - int(list.size()));
        for (int row = 0; row < list.size(); ++row) {
            const FailureGroup& group = list.at(row);
            QStandardItem* label = parent->child(row, 0);
            QStandardItem* count = parent->child(row, 1);
            if (!label) {
                label = new QStandardItem;
                count = new QStandardItem;
                for (QStandardItem* i : {label, count})
                    i->setEditable(false);
                count->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
                parent->setChild(row, 0, label);
                parent->setChild(row, 1, count);
            }
            const QString text = valueLabel(by, group.value);
            label->setText(text);
            label->setToolTip(plainToolTip(text));  // a reason from outside is never rich text
            for (QStandardItem* i : {label, count}) {
                i->setData(int(by), GroupingRole);
                i->setData(group.value, ValueRole);
                i->setData(group.count, CountRole);
            }
            count->setText(locale.toString(group.count));
        }
        parent->setText(tr("%1 (%n group(s))", nullptr, int(list.size())).arg(groupingName(by)));
    }
}

QModelIndex FailureGroupModel::indexOf(FailureGrouping by, const QString& value) const
{
    const QStandardItem* parent = item(int(std::find(std::begin(kFailureGroupings), std::end(kFailureGroupings), by)
                                           - std::begin(kFailureGroupings)));
    for (int row = 0; parent && row < parent->rowCount(); ++row) {
        if (parent->child(row)->data(ValueRole).toString() == value)
            return parent->child(row)->index();
    }
    return {};
}

} // namespace ct
