#pragma once

#include "failedmessagequery.h"
#include "failuregroups.h"
#include "storeerror.h"
#include "storeticket.h"

#include <QAbstractItemModel>

#include <array>
#include <optional>
#include <utility>

namespace ct {

class StoreService;

// The Exceptions page's group tree: under each way of grouping (queue, error class, source system,
// age, failure signature) the groups of the messages in scope with their counts, largest first; two
// columns, the group and its count. A reload updates the children in place; the five grouping rows
// stay, and with them what the user expanded.
class FailureGroupModel : public QAbstractItemModel {
    Q_OBJECT
public:
    enum Role { GroupingRole = Qt::UserRole + 1, ValueRole, CountRole };

    explicit FailureGroupModel(StoreService* service, QObject* parent = nullptr);

    // Counts the messages `scope` matches (its own group fields are the caller's to clear); a count
    // under way for another scope is dropped.
    void reload(const FailedMessageQuery& scope, Timestamp now);
    // The same after a change in the store: a count under way finishes first (over a million
    // messages it takes a while, and a live store changes more often), then the newest asked for runs.
    void refresh(const FailedMessageQuery& scope, Timestamp now);
    // The item of one group; invalid when it is not listed.
    QModelIndex indexOf(FailureGrouping by, const QString& value) const;
    static QString groupingName(FailureGrouping by);
    // How a group's value reads in the tree ("(none)" for an empty one, "1–4 h" for an age bucket).
    static QString valueLabel(FailureGrouping by, const QString& value);

    QModelIndex index(int row, int column, const QModelIndex& parent = {}) const override;
    QModelIndex parent(const QModelIndex& child) const override;
    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    Qt::ItemFlags flags(const QModelIndex& index) const override;

Q_SIGNALS:
    void reloaded();
    void failed(const ct::StoreError& error);

private:
    static constexpr int kGroupings = int(std::size(kFailureGroupings));
    using Groups = QList<QList<FailureGroup>>;  // in the order of kFailureGroupings
    void apply(const Groups& groups);
    void replaceChildren(int grouping, const QList<FailureGroup>& next);

    StoreService* m_service;
    StoreTicket m_read;
    bool m_reading = false;
    std::optional<std::pair<FailedMessageQuery, Timestamp>> m_pending;  // a refresh asked for meanwhile
    std::array<QList<FailureGroup>, kGroupings> m_groups;
};

} // namespace ct
