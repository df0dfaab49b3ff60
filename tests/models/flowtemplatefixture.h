#pragma once

#include "flowtemplate.h"
#include "timestamp.h"

#include <QByteArray>
#include <QString>

namespace ct::test {

// The moment the hand-written transactions of the model tests start at.
inline const Timestamp kT0 = *Timestamp::fromIso(QStringLiteral("2026-11-02T10:00:00Z"));

// A flow template written in a test; a malformed one stops the test with the parser's sentence.
inline FlowTemplate parseFlowTemplate(const QByteArray& json)
{
    QString error;
    auto parsed = FlowTemplate::fromJson(json, QStringLiteral("tiny.json"), &error);
    Q_ASSERT_X(parsed, "parseFlowTemplate", qPrintable(error));
    return *parsed;
}

} // namespace ct::test
