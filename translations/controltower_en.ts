<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
<context>
    <name>RefreshSummary</name>
    <message numerus="yes">
        <source>%1: %n error(s)</source>
        <translation>
            <numerusform>%1: %n error</numerusform>
            <numerusform>%1: %n errors</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Refresh cancelled: %n position(s) written</source>
        <translation>
            <numerusform>Refresh cancelled: %n position written</numerusform>
            <numerusform>Refresh cancelled: %n positions written</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Refreshed %n position(s) from the systems</source>
        <translation>
            <numerusform>Refreshed %n position from the systems</numerusform>
            <numerusform>Refreshed %n positions from the systems</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>  … and %n more</source>
        <translation>
            <numerusform>  … and %n more</numerusform>
            <numerusform>  … and %n more</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ct::ExceptionsPage</name>
    <message numerus="yes">
        <source>%n personal value(s) masked.</source>
        <translation>
            <numerusform>%n personal value masked.</numerusform>
            <numerusform>%n personal values masked.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ct::FailureActionDialog</name>
    <message numerus="yes">
        <source>The %n selected message(s)</source>
        <translation>
            <numerusform>The %n selected message</numerusform>
            <numerusform>The %n selected messages</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ct::FailureGroupModel</name>
    <message numerus="yes">
        <source>%1 (%n group(s))</source>
        <translation>
            <numerusform>%1 (%n group)</numerusform>
            <numerusform>%1 (%n groups)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ct::IntegrationPage</name>
    <message numerus="yes">
        <source>Checking %n data-quality rule(s) over the events of the range…</source>
        <translation>
            <numerusform>Checking %n data-quality rule over the events of the range…</numerusform>
            <numerusform>Checking %n data-quality rules over the events of the range…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Data quality: %1 violations in %2 events checked against %n rule(s)</source>
        <translation>
            <numerusform>Data quality: %1 violations in %2 events checked against %n rule</numerusform>
            <numerusform>Data quality: %1 violations in %2 events checked against %n rules</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n transaction(s) breaking “%1” from %2 — Enter or double-click opens the lineage</source>
        <translation>
            <numerusform>%n transaction breaking “%1” from %2 — Enter or double-click opens the lineage</numerusform>
            <numerusform>%n transactions breaking “%1” from %2 — Enter or double-click opens the lineage</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ct::InventoryPage</name>
    <message numerus="yes">
        <source>%n transaction(s) explain the difference; Enter opens one on the Lineage page.</source>
        <translation>
            <numerusform>%n transaction explains the difference; Enter opens it on the Lineage page.</numerusform>
            <numerusform>%n transactions explain the difference; Enter opens one on the Lineage page.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ct::MismatchHeatmapModel</name>
    <message numerus="yes">
        <source>%1 at %2: %n SKU(s) differ from the authority</source>
        <translation>
            <numerusform>%1 at %2: %n SKU differs from the authority</numerusform>
            <numerusform>%1 at %2: %n SKUs differ from the authority</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n not explained by any message</source>
        <translation>
            <numerusform>%n not explained by any message</numerusform>
            <numerusform>%n not explained by any message</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n without a known unit cost</source>
        <translation>
            <numerusform>%n without a known unit cost</numerusform>
            <numerusform>%n without a known unit cost</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ct::PostingPage</name>
    <message numerus="yes">
        <source>%Ln posting(s) awaiting %1 · %2</source>
        <translation>
            <numerusform>%Ln posting awaiting %1 · %2</numerusform>
            <numerusform>%Ln postings awaiting %1 · %2</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln posting(s) of %1 · %2 rejected: %3</source>
        <translation>
            <numerusform>%Ln posting of %1 · %2 rejected: %3</numerusform>
            <numerusform>%Ln postings of %1 · %2 rejected: %3</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln posting(s) of %1</source>
        <translation>
            <numerusform>%Ln posting of %1</numerusform>
            <numerusform>%Ln postings of %1</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ct::ReplayDialog</name>
    <message numerus="yes">
        <source>The %n selected message(s)</source>
        <translation>
            <numerusform>The %n selected message</numerusform>
            <numerusform>The %n selected messages</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ct::ReplayFlow</name>
    <message numerus="yes">
        <source>Replay %n message(s)</source>
        <translation>
            <numerusform>Replay %n message</numerusform>
            <numerusform>Replay %n messages</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ct::ResubmitDialog</name>
    <message numerus="yes">
        <source>Fit to send: %n field(s) changed.</source>
        <translation>
            <numerusform>Fit to send: %n field changed.</numerusform>
            <numerusform>Fit to send: %n fields changed.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ct::SlaCard</name>
    <message numerus="yes">
        <source>%n breach(es)</source>
        <translation>
            <numerusform>%n breach</numerusform>
            <numerusform>%n breaches</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ct::SlaDetail</name>
    <message numerus="yes">
        <source>%n breach(es)</source>
        <translation>
            <numerusform>%n breach</numerusform>
            <numerusform>%n breaches</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 – %2: %3; %n breach(es)</source>
        <translation>
            <numerusform>%1 – %2: %3; %n breach</numerusform>
            <numerusform>%1 – %2: %3; %n breaches</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The %n slowest transactions; double-click one to open its lineage.</source>
        <translation>
            <numerusform>The slowest transaction; double-click it to open its lineage.</numerusform>
            <numerusform>The %n slowest transactions; double-click one to open its lineage.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n transaction(s) took longer; double-click one to open its lineage.</source>
        <translation>
            <numerusform>%n transaction took longer; double-click it to open its lineage.</numerusform>
            <numerusform>%n transactions took longer; double-click one to open its lineage.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ct::SystemPairHealthModel</name>
    <message numerus="yes">
        <source>%n change(s) crossed with a measured latency</source>
        <translation>
            <numerusform>%n change crossed with a measured latency</numerusform>
            <numerusform>%n changes crossed with a measured latency</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ct::SystemsRefreshBar</name>
    <message numerus="yes">
        <source>Reading %n SKU × node position(s) from the systems…</source>
        <translation>
            <numerusform>Reading %n SKU × node position from the systems…</numerusform>
            <numerusform>Reading %n SKU × node positions from the systems…</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ct::ThroughputView</name>
    <message numerus="yes">
        <source>%n SLA breach(es) %1 – %2:</source>
        <translation>
            <numerusform>%n SLA breach %1 – %2:</numerusform>
            <numerusform>%n SLA breaches %1 – %2:</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n SLA breach(es)</source>
        <translation>
            <numerusform>%n SLA breach</numerusform>
            <numerusform>%n SLA breaches</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n quarter hour(s) with breaches</source>
        <translation>
            <numerusform>%n quarter hour with breaches</numerusform>
            <numerusform>%n quarter hours with breaches</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ct::WallScreen</name>
    <message numerus="yes">
        <source>%n failed</source>
        <translation>
            <numerusform>%n failed</numerusform>
            <numerusform>%n failed</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>What is blocking revenue: the top %n by value</source>
        <translation>
            <numerusform>What is blocking revenue: the top one by value</numerusform>
            <numerusform>What is blocking revenue: the top %n by value</numerusform>
        </translation>
    </message>
</context>
</TS>
