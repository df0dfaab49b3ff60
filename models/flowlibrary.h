#pragma once

#include "flowtemplate.h"

#include <QList>
#include <QString>

namespace ct {

// The flow templates of the estate, by id: the domain's definition of its flows, stages, SLAs and
// postings (resources/flows/README.md).
class FlowLibrary {
public:
    FlowLibrary() = default;
    // The given templates, sorted by id; nothing is checked (the required flows need not be there).
    explicit FlowLibrary(QList<FlowTemplate> flows);

    // The templates compiled into the binary (:/controltower/flows/*.json), read once. An empty
    // library with *error set when one is malformed or a required flow is missing.
    static const FlowLibrary& builtIn(QString* error);
    // Reads every *.json file of a directory (a resource path works too).
    static FlowLibrary load(const QString& directory, QString* error);

    // The flows every simulation needs, by the ids the rest of the tool uses.
    static const QStringList& requiredFlows();

    const QList<FlowTemplate>& flows() const { return m_flows; }
    const FlowTemplate* find(QStringView id) const;
    bool isEmpty() const { return m_flows.isEmpty(); }

private:
    QList<FlowTemplate> m_flows; // sorted by id
};

} // namespace ct
