<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
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
</TS>
