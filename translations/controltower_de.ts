<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE">
<context>
    <name>DeltaCause</name>
    <message>
        <source>%1 of %2 failed, so %3 has not taken it over (%4)</source>
        <translation>%1 von %2 ist fehlgeschlagen, daher hat %3 sie nicht übernommen (%4)</translation>
    </message>
    <message>
        <source>%1 of %2 failed, so %3 never came and %4 has not taken it over (%5)</source>
        <translation>%1 von %2 ist fehlgeschlagen, daher kam %3 nie und %4 hat sie nicht übernommen (%5)</translation>
    </message>
    <message>
        <source>%1 of %2 is overdue since %3, so %4 has not taken it over (%5)</source>
        <translation>%1 von %2 ist seit %3 überfällig, daher hat %4 sie nicht übernommen (%5)</translation>
    </message>
    <message>
        <source>%1 of %2 is on its way, so %3 has not taken it over yet (%4)</source>
        <translation>%1 von %2 ist unterwegs, daher hat %3 sie noch nicht übernommen (%4)</translation>
    </message>
</context>
<context>
    <name>IncidentText</name>
    <message>
        <source>%1 sent no event from %2 to %3 (%4); at that hour it usually sends %5 an hour.</source>
        <translation>%1 hat von %2 bis %3 kein Ereignis gesendet (%4); zu dieser Stunde sendet es gewöhnlich %5 pro Stunde.</translation>
    </message>
    <message>
        <source>%1 has sent no event since %2 (%3); at this hour it usually sends %4 an hour.</source>
        <translation>%1 hat seit %2 kein Ereignis gesendet (%3); zu dieser Stunde sendet es gewöhnlich %4 pro Stunde.</translation>
    </message>
    <message>
        <source>%1 transactions breached %2 (over %3) within %4 min, where none usually does.</source>
        <translation>%1 Transaktionen haben %2 (über %3) innerhalb von %4 Min. verletzt, wo gewöhnlich keine es tut.</translation>
    </message>
    <message>
        <source>%1 transactions breached %2 (over %3) within %4 min, against a usual %5 in %4 min.</source>
        <translation>%1 Transaktionen haben %2 (über %3) innerhalb von %4 Min. verletzt, gegenüber gewöhnlich %5 in %4 Min.</translation>
    </message>
    <message>
        <source>at %1 postings a minute it takes %2 to drain</source>
        <translation>bei %1 Buchungen pro Minute dauert der Abbau %2</translation>
    </message>
    <message>
        <source>nothing is posted, so it does not drain</source>
        <translation>nichts wird gebucht, daher baut er sich nicht ab</translation>
    </message>
    <message>
        <source>The %1 backlog grew to %2 transactions, %3 more arriving than done within %4 min (usually %5); %6.</source>
        <translation>Der Rückstand von %1 wuchs auf %2 Transaktionen, %3 mehr eingegangen als erledigt innerhalb von %4 Min. (gewöhnlich %5); %6.</translation>
    </message>
    <message>
        <source>%1 failed messages reached %2 within %3 min, against a usual %4 in %3 min.</source>
        <translation>%1 fehlgeschlagene Nachrichten erreichten %2 innerhalb von %3 Min., gegenüber gewöhnlich %4 in %3 Min.</translation>
    </message>
</context>
<context>
    <name>LineageVerdict</name>
    <message>
        <source>%1 reported %2</source>
        <translation>%1 meldete %2</translation>
    </message>
    <message>
        <source>No event of this transaction has been stored</source>
        <translation>Von dieser Transaktion ist kein Ereignis gespeichert</translation>
    </message>
    <message>
        <source>Failed at %1: %2</source>
        <translation>Fehlgeschlagen bei %1: %2</translation>
    </message>
    <message>
        <source>Stuck at %1 for %2 (SLA %3)</source>
        <translation>Hängt bei %1 seit %2 (SLA %3)</translation>
    </message>
    <message>
        <source>In progress: waiting for %1</source>
        <translation>In Arbeit: wartet auf %1</translation>
    </message>
    <message>
        <source>In progress: waiting for %1, due in %2</source>
        <translation>In Arbeit: wartet auf %1, fällig in %2</translation>
    </message>
    <message>
        <source>Complete as far as its events show, in %1 (they name no flow)</source>
        <translation>Abgeschlossen, soweit die Ereignisse zeigen, in %1 (sie nennen keinen Ablauf)</translation>
    </message>
    <message>
        <source>Complete as far as its events show, in %1 (flow %2 has no template)</source>
        <translation>Abgeschlossen, soweit die Ereignisse zeigen, in %1 (für Ablauf %2 gibt es keine Vorlage)</translation>
    </message>
    <message>
        <source>Complete in %1; no event was stored for %2</source>
        <translation>Abgeschlossen in %1; für %2 wurde kein Ereignis gespeichert</translation>
    </message>
    <message>
        <source>Complete in %1</source>
        <translation>Abgeschlossen in %1</translation>
    </message>
    <message>
        <source> - 1 failed message in %1</source>
        <translation> – 1 fehlgeschlagene Nachricht in %1</translation>
    </message>
    <message>
        <source> - %1 failed messages in %2</source>
        <translation> – %1 fehlgeschlagene Nachrichten in %2</translation>
    </message>
</context>
<context>
    <name>QObject</name>
    <message>
        <source>cannot create the data folder %1</source>
        <translation>Datenordner %1 kann nicht angelegt werden</translation>
    </message>
    <message>
        <source>Creating the demo retail estate (a week of telemetry)…</source>
        <translation>Demo-Handelsumgebung wird erstellt (eine Woche Telemetrie)…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>Control Tower</source>
        <translation>Control Tower</translation>
    </message>
</context>
<context>
    <name>RefreshSummary</name>
    <message numerus="yes">
        <source>%1: %n error(s)</source>
        <translation>
            <numerusform>%1: %n Fehler</numerusform>
            <numerusform>%1: %n Fehler</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Refresh cancelled: %n position(s) written</source>
        <translation>
            <numerusform>Aktualisierung abgebrochen: %n Position geschrieben</numerusform>
            <numerusform>Aktualisierung abgebrochen: %n Positionen geschrieben</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Refreshed %n position(s) from the systems</source>
        <translation>
            <numerusform>%n Position aus den Systemen aktualisiert</numerusform>
            <numerusform>%n Positionen aus den Systemen aktualisiert</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: %2 of %3 requests answered, %4 positions read, %5 retries, %6 rate-limit waits</source>
        <translation>%1: %2 von %3 Anfragen beantwortet, %4 Positionen gelesen, %5 Wiederholungen, %6 Wartezeiten wegen Ratenbegrenzung</translation>
    </message>
    <message numerus="yes">
        <source>  … and %n more</source>
        <translation>
            <numerusform>  … und %n weiterer</numerusform>
            <numerusform>  … und %n weitere</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>StatusPalette</name>
    <message>
        <source>OK</source>
        <translation>OK</translation>
    </message>
    <message>
        <source>Warning</source>
        <translation>Warnung</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Fehlgeschlagen</translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation>Unbekannt</translation>
    </message>
    <message>
        <source>In progress</source>
        <translation>In Bearbeitung</translation>
    </message>
</context>
<context>
    <name>TimeFormat</name>
    <message>
        <source>%1 ms</source>
        <translation>%1 ms</translation>
    </message>
    <message>
        <source>%1 s</source>
        <translation>%1 s</translation>
    </message>
    <message>
        <source>%1 min %2 s</source>
        <translation>%1 min %2 s</translation>
    </message>
    <message>
        <source>%1 min</source>
        <translation>%1 min</translation>
    </message>
    <message>
        <source>%1 h %2 min</source>
        <translation>%1 h %2 min</translation>
    </message>
    <message>
        <source>%1 h</source>
        <translation>%1 h</translation>
    </message>
    <message>
        <source>%1 d %2 h</source>
        <translation>%1 T %2 h</translation>
    </message>
    <message>
        <source>%1 d</source>
        <translation>%1 T</translation>
    </message>
    <message>
        <source>just now</source>
        <translation>gerade eben</translation>
    </message>
    <message>
        <source>%1 ago</source>
        <translation>vor %1</translation>
    </message>
    <message>
        <source>in %1</source>
        <translation>in %1</translation>
    </message>
</context>
<context>
    <name>ct::AuditFilterBar</name>
    <message>
        <source>Export CSV…</source>
        <translation>CSV exportieren…</translation>
    </message>
    <message>
        <source>Target, detail or any other text</source>
        <translation>Ziel, Detail oder anderer Text</translation>
    </message>
    <message>
        <source>Write the entries shown to a CSV file (Ctrl+Shift+E)</source>
        <translation>Die angezeigten Einträge in eine CSV-Datei schreiben (Strg+Umschalt+E)</translation>
    </message>
    <message>
        <source>All actors</source>
        <translation>Alle Akteure</translation>
    </message>
    <message>
        <source>All actions</source>
        <translation>Alle Aktionen</translation>
    </message>
    <message>
        <source>All results</source>
        <translation>Alle Ergebnisse</translation>
    </message>
</context>
<context>
    <name>ct::AuditPage</name>
    <message>
        <source>Select an entry to see its details and hashes.</source>
        <translation>Eintrag auswählen, um Details und Hashes anzuzeigen.</translation>
    </message>
    <message>
        <source>Reading the audit trail…</source>
        <translation>Audit-Trail wird gelesen…</translation>
    </message>
    <message>
        <source>The audit trail cannot be read</source>
        <translation>Der Audit-Trail kann nicht gelesen werden</translation>
    </message>
    <message>
        <source>entries</source>
        <translation>Einträge</translation>
    </message>
    <message>
        <source>✓ verified</source>
        <translation>✓ verifiziert</translation>
    </message>
    <message>
        <source>✗ broken at entry %1</source>
        <translation>✗ unterbrochen bei Eintrag %1</translation>
    </message>
    <message>
        <source>hash chain</source>
        <translation>Hash-Kette</translation>
    </message>
    <message>
        <source>No audit entries yet</source>
        <translation>Noch keine Audit-Einträge</translation>
    </message>
    <message>
        <source>Every change to the store is recorded here.</source>
        <translation>Jede Änderung am Speicher wird hier protokolliert.</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Zeit</translation>
    </message>
    <message>
        <source>Actor</source>
        <translation>Akteur</translation>
    </message>
    <message>
        <source>Target</source>
        <translation>Ziel</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Änderung</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Ergebnis</translation>
    </message>
    <message>
        <source>Detail</source>
        <translation>Detail</translation>
    </message>
    <message>
        <source>Hash</source>
        <translation>Hash</translation>
    </message>
    <message>
        <source>Previous</source>
        <translation>Vorheriger</translation>
    </message>
    <message>
        <source>(first entry)</source>
        <translation>(erster Eintrag)</translation>
    </message>
    <message>
        <source>Audit</source>
        <translation>Audit</translation>
    </message>
    <message>
        <source>No audit entries match the filters</source>
        <translation>Keine Audit-Einträge passen zu den Filtern</translation>
    </message>
    <message>
        <source>Widen the filters to see more.</source>
        <translation>Filter erweitern, um mehr zu sehen.</translation>
    </message>
    <message>
        <source>Export the audit trail</source>
        <translation>Audit-Trail exportieren</translation>
    </message>
    <message>
        <source>The audit trail could not be written to %1: %2</source>
        <translation>Der Audit-Trail konnte nicht nach %1 geschrieben werden: %2</translation>
    </message>
    <message>
        <source>Entry</source>
        <translation>Eintrag</translation>
    </message>
    <message>
        <source>#%1, one action on %2 messages at once, one hash over all of them; this is message %3 of them</source>
        <translation>#%1, eine Aktion für %2 Nachrichten auf einmal, ein Hash über alle; dies ist Nachricht %3 davon</translation>
    </message>
</context>
<context>
    <name>ct::AuditTrailModel</name>
    <message>
        <source>Time</source>
        <translation>Zeit</translation>
    </message>
    <message>
        <source>Actor</source>
        <translation>Akteur</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Rolle</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Aktion</translation>
    </message>
    <message>
        <source>Target</source>
        <translation>Ziel</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Ergebnis</translation>
    </message>
    <message>
        <source>Detail</source>
        <translation>Detail</translation>
    </message>
</context>
<context>
    <name>ct::BrokerHealthPanel</name>
    <message>
        <source>Broker health</source>
        <translation>Zustand des Brokers</translation>
    </message>
    <message>
        <source>This profile names no broker: give it an AMQP URL to see its queues.</source>
        <translation>Dieses Profil nennt keinen Broker: Geben Sie eine AMQP-URL an, um seine Queues zu sehen.</translation>
    </message>
    <message>
        <source>Select a connection profile with a broker to see the health of its queues.</source>
        <translation>Wählen Sie ein Verbindungsprofil mit Broker, um den Zustand seiner Queues zu sehen.</translation>
    </message>
    <message>
        <source>Reading the broker…</source>
        <translation>Broker wird gelesen…</translation>
    </message>
    <message>
        <source>Not on the broker: %1.</source>
        <translation>Nicht auf dem Broker: %1.</translation>
    </message>
    <message>
        <source>Queues: %1 · needing attention: %2 · updated %3</source>
        <translation>Queues: %1 · brauchen Aufmerksamkeit: %2 · aktualisiert %3</translation>
    </message>
</context>
<context>
    <name>ct::ComparisonDialog</name>
    <message>
        <source>Compare with a healthy transaction</source>
        <translation>Mit einer fehlerfreien Transaktion vergleichen</translation>
    </message>
    <message>
        <source>Stage / field</source>
        <translation>Stufe / Feld</translation>
    </message>
    <message>
        <source>This transaction</source>
        <translation>Diese Transaktion</translation>
    </message>
    <message>
        <source>Healthy one</source>
        <translation>Fehlerfreie</translation>
    </message>
    <message>
        <source>Latency Δ</source>
        <translation>Latenz Δ</translation>
    </message>
    <message>
        <source>Payload</source>
        <translation>Nutzdaten</translation>
    </message>
    <message>
        <source>Expand a stage for its payload differences. Personal data is masked in both.</source>
        <translation>Stufe aufklappen, um die Unterschiede der Nutzdaten zu sehen. Personenbezogene Daten sind in beiden maskiert.</translation>
    </message>
    <message>
        <source>%1 (%2) beside %3 (%4) · %5</source>
        <translation>%1 (%2) neben %3 (%4) · %5</translation>
    </message>
    <message>
        <source>missing here: %1</source>
        <translation>fehlen hier: %1</translation>
    </message>
    <message>
        <source>extra here: %1</source>
        <translation>zusätzlich hier: %1</translation>
    </message>
    <message>
        <source>first to last %1 here, %2 in the healthy one</source>
        <translation>erster bis letzter hier %1, in der fehlerfreien %2</translation>
    </message>
    <message>
        <source>payload differences: %1</source>
        <translation>Unterschiede in den Nutzdaten: %1</translation>
    </message>
    <message>
        <source>not in its checklist</source>
        <translation>nicht in ihrer Checkliste</translation>
    </message>
    <message>
        <source>(missing here)</source>
        <translation>(fehlt hier)</translation>
    </message>
    <message>
        <source>(extra here)</source>
        <translation>(zusätzlich hier)</translation>
    </message>
    <message>
        <source>same fields and values</source>
        <translation>gleiche Felder und Werte</translation>
    </message>
    <message>
        <source>differences: %1</source>
        <translation>Unterschiede: %1</translation>
    </message>
    <message>
        <source>not compared: a payload has no fields</source>
        <translation>nicht verglichen: Nutzdaten ohne Felder</translation>
    </message>
    <message>
        <source>missing here</source>
        <translation>fehlt hier</translation>
    </message>
    <message>
        <source>extra here</source>
        <translation>zusätzlich hier</translation>
    </message>
    <message>
        <source>changed</source>
        <translation>geändert</translation>
    </message>
    <message>
        <source>… %1 more</source>
        <translation>… %1 weitere</translation>
    </message>
</context>
<context>
    <name>ct::ConnectionProfiles</name>
    <message>
        <source>A profile needs a name.</source>
        <translation>Ein Profil braucht einen Namen.</translation>
    </message>
    <message>
        <source>There is already a profile named “%1”.</source>
        <translation>Es gibt schon ein Profil namens „%1“.</translation>
    </message>
    <message>
        <source>There is no profile named “%1”.</source>
        <translation>Es gibt kein Profil namens „%1“.</translation>
    </message>
</context>
<context>
    <name>ct::ConnectionReportView</name>
    <message>
        <source>not tested yet</source>
        <translation>noch nicht getestet</translation>
    </message>
    <message>
        <source>testing…</source>
        <translation>wird getestet…</translation>
    </message>
</context>
<context>
    <name>ct::ConnectionTest</name>
    <message>
        <source>Store</source>
        <translation>Speicher</translation>
    </message>
    <message>
        <source>AMQP</source>
        <translation>AMQP</translation>
    </message>
    <message>
        <source>Management API</source>
        <translation>Management-API</translation>
    </message>
    <message>
        <source>not set</source>
        <translation>nicht angegeben</translation>
    </message>
    <message>
        <source>%1 %2, schema version %3</source>
        <translation>%1 %2, Schemaversion %3</translation>
    </message>
    <message>
        <source>logged in</source>
        <translation>angemeldet</translation>
    </message>
    <message>
        <source>queues in the virtual host: %1</source>
        <translation>Queues im virtuellen Host: %1</translation>
    </message>
</context>
<context>
    <name>ct::ConnectionsPage</name>
    <message>
        <source>Telemetry store</source>
        <translation>Telemetriespeicher</translation>
    </message>
    <message>
        <source>Content</source>
        <translation>Inhalt</translation>
    </message>
    <message>
        <source>Checking the store…</source>
        <translation>Speicher wird geprüft…</translation>
    </message>
    <message>
        <source>Store unavailable</source>
        <translation>Speicher nicht verfügbar</translation>
    </message>
    <message>
        <source>Nothing to show until the store can be read.</source>
        <translation>Nichts anzuzeigen, solange der Speicher nicht gelesen werden kann.</translation>
    </message>
    <message>
        <source>✗ unavailable</source>
        <translation>✗ nicht verfügbar</translation>
    </message>
    <message>
        <source>store</source>
        <translation>Speicher</translation>
    </message>
    <message>
        <source>Connected</source>
        <translation>Verbunden</translation>
    </message>
    <message>
        <source>Location</source>
        <translation>Speicherort</translation>
    </message>
    <message>
        <source>Engine</source>
        <translation>Engine</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Größe</translation>
    </message>
    <message>
        <source>Schema version</source>
        <translation>Schemaversion</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Erstellt</translation>
    </message>
    <message>
        <source>Last change</source>
        <translation>Letzte Änderung</translation>
    </message>
    <message>
        <source>✓ connected</source>
        <translation>✓ verbunden</translation>
    </message>
    <message>
        <source>events</source>
        <translation>Ereignisse</translation>
    </message>
    <message>
        <source>on disk</source>
        <translation>auf dem Datenträger</translation>
    </message>
    <message>
        <source>Connections</source>
        <translation>Verbindungen</translation>
    </message>
    <message>
        <source>Counting…</source>
        <translation>Wird gezählt…</translation>
    </message>
    <message>
        <source>Granted role</source>
        <translation>Gewährte Rolle</translation>
    </message>
    <message>
        <source>%1: the most this connection may do (the role you act in is chosen in the status bar)</source>
        <translation>%1: das Höchste, was diese Verbindung darf (die Rolle, in der Sie handeln, wählen Sie in der Statusleiste)</translation>
    </message>
</context>
<context>
    <name>ct::ConnectionsPermission</name>
    <message>
        <source>Waiting for the store to say what this connection may do: until then, connection profiles cannot be changed.</source>
        <translation>Warten darauf, dass der Speicher sagt, was diese Verbindung darf: Bis dahin können Verbindungsprofile nicht geändert werden.</translation>
    </message>
    <message>
        <source>Only an admin manages connections, and you act as a viewer: choose another role in the status bar, if the store grants you one.</source>
        <translation>Nur ein Admin verwaltet Verbindungen, und Sie handeln als Betrachter: Wählen Sie in der Statusleiste eine andere Rolle, falls der Speicher Ihnen eine gewährt.</translation>
    </message>
    <message>
        <source>Only an admin manages connections, and you act as an operator: choose another role in the status bar, if the store grants you one.</source>
        <translation>Nur ein Admin verwaltet Verbindungen, und Sie handeln als Operator: Wählen Sie in der Statusleiste eine andere Rolle, falls der Speicher Ihnen eine gewährt.</translation>
    </message>
</context>
<context>
    <name>ct::CsvExport</name>
    <message>
        <source>CSV files (*.csv);;All files (*)</source>
        <translation>CSV-Dateien (*.csv);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>Export failed</source>
        <translation>Export fehlgeschlagen</translation>
    </message>
</context>
<context>
    <name>ct::DataQualityCountModel</name>
    <message>
        <source>Rule</source>
        <translation>Regel</translation>
    </message>
    <message>
        <source>System</source>
        <translation>System</translation>
    </message>
    <message>
        <source>Violations</source>
        <translation>Verstöße</translation>
    </message>
</context>
<context>
    <name>ct::DataQualityViolationModel</name>
    <message>
        <source>At</source>
        <translation>Zeit</translation>
    </message>
    <message>
        <source>Correlation id</source>
        <translation>Korrelations-ID</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Quelle</translation>
    </message>
    <message>
        <source>Stage</source>
        <translation>Stufe</translation>
    </message>
    <message>
        <source>What is wrong</source>
        <translation>Was nicht stimmt</translation>
    </message>
</context>
<context>
    <name>ct::DeltaCausesList</name>
    <message>
        <source>Open on Lineage</source>
        <translation>In Lineage öffnen</translation>
    </message>
    <message>
        <source>Open failed message</source>
        <translation>Fehlgeschlagene Nachricht öffnen</translation>
    </message>
    <message>
        <source>Enter or a double click opens the transaction on the Lineage page.</source>
        <translation>Eingabe oder Doppelklick öffnet die Transaktion auf der Seite Lineage.</translation>
    </message>
    <message>
        <source>The failed message that holds this transaction up, on the Exceptions page</source>
        <translation>Die fehlgeschlagene Nachricht, die diese Transaktion aufhält, auf der Seite Ausnahmen</translation>
    </message>
    <message>
        <source>Open %1 on the Lineage page (Enter)</source>
        <translation>%1 auf der Seite Lineage öffnen (Eingabe)</translation>
    </message>
</context>
<context>
    <name>ct::ExceptionsPage</name>
    <message>
        <source>Failed messages cannot be read</source>
        <translation>Fehlgeschlagene Nachrichten können nicht gelesen werden</translation>
    </message>
    <message>
        <source>Reading the dead-letter queues…</source>
        <translation>Dead-Letter-Queues werden gelesen…</translation>
    </message>
    <message>
        <source>open exceptions</source>
        <translation>offene Ausnahmen</translation>
    </message>
    <message>
        <source>matching</source>
        <translation>passend</translation>
    </message>
    <message>
        <source>No failed messages match</source>
        <translation>Keine passenden fehlgeschlagenen Nachrichten</translation>
    </message>
    <message>
        <source>Every dead-letter queue is empty. Well done.</source>
        <translation>Alle Dead-Letter-Queues sind leer. Gut gemacht.</translation>
    </message>
    <message>
        <source>Widen the filters to see more.</source>
        <translation>Filter erweitern, um mehr zu sehen.</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>Fehler</translation>
    </message>
    <message>
        <source>Message id</source>
        <translation>Nachrichten-ID</translation>
    </message>
    <message>
        <source>Correlation id</source>
        <translation>Korrelations-ID</translation>
    </message>
    <message>
        <source>Flow / stage</source>
        <translation>Flow / Stufe</translation>
    </message>
    <message>
        <source>Origin</source>
        <translation>Herkunft</translation>
    </message>
    <message>
        <source>Death</source>
        <translation>Zustellfehler</translation>
    </message>
    <message>
        <source>%1 (×%2); first %3, last %4</source>
        <translation>%1 (×%2); erstmals %3, zuletzt %4</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Zustand</translation>
    </message>
    <message>
        <source>Affects</source>
        <translation>Betrifft</translation>
    </message>
    <message>
        <source>Exceptions</source>
        <translation>Ausnahmen</translation>
    </message>
    <message>
        <source>Work queue</source>
        <translation>Arbeits-Queue</translation>
    </message>
    <message>
        <source>The selected message&apos;s headers appear here.</source>
        <translation>Die Header der gewählten Nachricht erscheinen hier.</translation>
    </message>
    <message>
        <source>Queue</source>
        <translation>Queue</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Grund</translation>
    </message>
    <message>
        <source>Count</source>
        <translation>Anzahl</translation>
    </message>
    <message>
        <source>Last</source>
        <translation>Zuletzt</translation>
    </message>
    <message>
        <source>Exchange</source>
        <translation>Exchange</translation>
    </message>
    <message>
        <source>Routing keys</source>
        <translation>Routing-Keys</translation>
    </message>
    <message>
        <source>Payload</source>
        <translation>Nutzdaten</translation>
    </message>
    <message>
        <source>Headers</source>
        <translation>Header</translation>
    </message>
    <message>
        <source>Death history</source>
        <translation>Dead-Letter-Verlauf</translation>
    </message>
    <message numerus="yes">
        <source>%n personal value(s) masked.</source>
        <translation>
            <numerusform>%n persönlicher Wert maskiert.</numerusform>
            <numerusform>%n persönliche Werte maskiert.</numerusform>
        </translation>
    </message>
    <message>
        <source>Death history (%1)</source>
        <translation>Dead-Letter-Verlauf (%1)</translation>
    </message>
    <message>
        <source>Show all groups</source>
        <translation>Alle Gruppen zeigen</translation>
    </message>
    <message>
        <source>Group: %1 = %2</source>
        <translation>Gruppe: %1 = %2</translation>
    </message>
    <message>
        <source>All groups. Pick a group on the left to act on its messages together.</source>
        <translation>Alle Gruppen. Wählen Sie links eine Gruppe, um ihre Nachrichten gemeinsam zu bearbeiten.</translation>
    </message>
    <message>
        <source>Signature</source>
        <translation>Signatur</translation>
    </message>
    <message>
        <source>Snoozed</source>
        <translation>Zurückgestellt</translation>
    </message>
    <message>
        <source>until %1: %2</source>
        <translation>bis %1: %2</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Notiz</translation>
    </message>
    <message>
        <source>Runbook</source>
        <translation>Runbook</translation>
    </message>
    <message>
        <source>none for this queue and error class</source>
        <translation>keines für diese Queue und Fehlerklasse</translation>
    </message>
    <message>
        <source>History</source>
        <translation>Verlauf</translation>
    </message>
    <message>
        <source>History (%1)</source>
        <translation>Verlauf (%1)</translation>
    </message>
    <message>
        <source>You act as a viewer, who only looks: choose another role in the status bar, if the store grants you one.</source>
        <translation>Sie handeln als Betrachter und sehen nur zu: Wählen Sie in der Statusleiste eine andere Rolle, falls der Speicher Ihnen eine gewährt.</translation>
    </message>
    <message>
        <source>Waiting for the store to say what this connection may do.</source>
        <translation>Warten darauf, dass der Speicher mitteilt, was diese Verbindung darf.</translation>
    </message>
    <message>
        <source>select the message to edit first</source>
        <translation>Wählen Sie zuerst die zu bearbeitende Nachricht</translation>
    </message>
    <message>
        <source>The list is still loading every matching message; replay them in a moment.</source>
        <translation>Die Liste lädt noch alle passenden Nachrichten; wiederholen Sie sie gleich.</translation>
    </message>
    <message>
        <source>No open exceptions: every dead-letter queue is empty. Shown below: the latest failed messages in every state, with what became of them.</source>
        <translation>Keine offenen Ausnahmen: Jede Dead-Letter-Queue ist leer. Unten: die letzten fehlgeschlagenen Nachrichten in jedem Status und was aus ihnen wurde.</translation>
    </message>
    <message>
        <source>latest failures, every state</source>
        <translation>letzte Fehler, jeder Status</translation>
    </message>
    <message>
        <source>No failed messages yet</source>
        <translation>Noch keine fehlgeschlagenen Nachrichten</translation>
    </message>
</context>
<context>
    <name>ct::FailedMessageModel</name>
    <message>
        <source>Failed</source>
        <translation>Fehlgeschlagen</translation>
    </message>
    <message>
        <source>Queue</source>
        <translation>Queue</translation>
    </message>
    <message>
        <source>Error class</source>
        <translation>Fehlerklasse</translation>
    </message>
    <message>
        <source>Correlation id</source>
        <translation>Korrelations-ID</translation>
    </message>
    <message>
        <source>Message id</source>
        <translation>Nachrichten-ID</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Grund</translation>
    </message>
    <message>
        <source>Deaths</source>
        <translation>Zustellfehler</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Zustand</translation>
    </message>
    <message>
        <source>Assignee</source>
        <translation>Bearbeiter</translation>
    </message>
    <message>
        <source>%1, snoozed</source>
        <translation>%1, zurückgestellt</translation>
    </message>
</context>
<context>
    <name>ct::FailureActionBar</name>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>%1: %2 of %3 messages…</source>
        <translation>%1: %2 von %3 Nachrichten…</translation>
    </message>
    <message>
        <source>%1: %2 messages so far…</source>
        <translation>%1: bisher %2 Nachrichten…</translation>
    </message>
    <message>
        <source>%1: %2 of %3 messages changed.</source>
        <translation>%1: %2 von %3 Nachrichten geändert.</translation>
    </message>
    <message>
        <source>%1 changed meanwhile by someone else and were left alone.</source>
        <translation>%1 wurden inzwischen von jemand anderem geändert und blieben unberührt.</translation>
    </message>
    <message>
        <source>Cancelled: the rest are as they were.</source>
        <translation>Abgebrochen: Der Rest ist unverändert.</translation>
    </message>
    <message>
        <source>First: %1</source>
        <translation>Erstes Problem: %1</translation>
    </message>
    <message>
        <source>Nothing more was changed: %1</source>
        <translation>Nichts weiter wurde geändert: %1</translation>
    </message>
    <message>
        <source>%1 refused by the workflow rules.</source>
        <translation>%1 von den Workflow-Regeln abgelehnt.</translation>
    </message>
    <message>
        <source>Replay: %1 of %2 messages sent and confirmed by the broker.</source>
        <translation>Wiederholen: %1 von %2 Nachrichten gesendet und vom Broker bestätigt.</translation>
    </message>
    <message>
        <source>%1 not sent (open again).</source>
        <translation>%1 nicht gesendet (wieder offen).</translation>
    </message>
    <message>
        <source>%1 unconfirmed (still replaying; settled by the lineage).</source>
        <translation>%1 unbestätigt (noch in Wiederholung; die Lineage entscheidet).</translation>
    </message>
    <message>
        <source>%1 skipped; first: %2</source>
        <translation>%1 übersprungen; zuerst: %2</translation>
    </message>
    <message>
        <source>Stopped: %1</source>
        <translation>Abgebrochen: %1</translation>
    </message>
    <message>
        <source>Edit the selected message&apos;s payload, check it, and send the edited copy instead</source>
        <translation>Nutzdaten der gewählten Nachricht bearbeiten, prüfen und stattdessen die bearbeitete Kopie senden</translation>
    </message>
    <message>
        <source>Edit &amp;&amp; resubmit…</source>
        <translation>Bearbeiten &amp;&amp; erneut senden…</translation>
    </message>
    <message>
        <source>Resume…</source>
        <translation>Fortsetzen…</translation>
    </message>
    <message>
        <source>Replay what is left of that replay&apos;s selection, to its target at its rate</source>
        <translation>Den Rest der Auswahl dieser Wiederholung senden, an ihr Ziel und mit ihrer Rate</translation>
    </message>
    <message>
        <source>Canary: the first %1 were verified downstream before the rest went.</source>
        <translation>Canary: Die ersten %1 wurden nachgelagert bestätigt, bevor der Rest gesendet wurde.</translation>
    </message>
    <message>
        <source>The canary stopped the replay: %1.</source>
        <translation>Der Canary hat die Wiederholung angehalten: %1.</translation>
    </message>
    <message>
        <source>Canary: %1 of the first %2 verified downstream; waiting before the other %3…</source>
        <translation>Canary: %1 der ersten %2 nachgelagert bestätigt; die anderen %3 warten…</translation>
    </message>
</context>
<context>
    <name>ct::FailureActionDialog</name>
    <message>
        <source>Resolve</source>
        <translation>Erledigen</translation>
    </message>
    <message>
        <source>Discard</source>
        <translation>Verwerfen</translation>
    </message>
    <message>
        <source>Assign</source>
        <translation>Zuweisen</translation>
    </message>
    <message>
        <source>Snooze</source>
        <translation>Zurückstellen</translation>
    </message>
    <message>
        <source>%1 failed messages</source>
        <translation>Fehlgeschlagene Nachrichten: %1</translation>
    </message>
    <message numerus="yes">
        <source>The %n selected message(s)</source>
        <translation>
            <numerusform>Die %n ausgewählte Nachricht</numerusform>
            <numerusform>Die %n ausgewählten Nachrichten</numerusform>
        </translation>
    </message>
    <message>
        <source>All %1 messages matching the filters and the group</source>
        <translation>Alle %1 Nachrichten, die zu Filtern und Gruppe passen</translation>
    </message>
    <message>
        <source>Messages</source>
        <translation>Nachrichten</translation>
    </message>
    <message>
        <source>What was done, e.g. the posting period was reopened</source>
        <translation>Was getan wurde, z. B. Buchungsperiode wieder geöffnet</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Notiz</translation>
    </message>
    <message>
        <source>Why they need no processing, e.g. test orders</source>
        <translation>Warum sie keine Verarbeitung brauchen, z. B. Testbestellungen</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Grund</translation>
    </message>
    <message>
        <source>Who takes them (empty: nobody)</source>
        <translation>Wer sie übernimmt (leer: niemand)</translation>
    </message>
    <message>
        <source>Assignee</source>
        <translation>Zuständig</translation>
    </message>
    <message>
        <source>Why they can wait, e.g. the carrier&apos;s API is back tomorrow</source>
        <translation>Warum sie warten können, z. B. die API des Spediteurs ist morgen wieder da</translation>
    </message>
    <message>
        <source>Until</source>
        <translation>Bis</translation>
    </message>
    <message>
        <source>Every message changed is recorded in the audit trail. One that someone else changed meanwhile is left alone and counted.</source>
        <translation>Jede geänderte Nachricht wird im Audit-Trail festgehalten. Eine, die inzwischen jemand anderes geändert hat, bleibt unberührt und wird gezählt.</translation>
    </message>
    <message>
        <source>Replay</source>
        <translation>Wiederholen</translation>
    </message>
</context>
<context>
    <name>ct::FailureFilterBar</name>
    <message>
        <source>Correlation id, message id, queue, or text in the reason, headers or payload</source>
        <translation>Korrelations-ID, Nachrichten-ID, Queue oder Text in Grund, Headern oder Payload</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Offen</translation>
    </message>
    <message>
        <source>All states</source>
        <translation>Alle Zustände</translation>
    </message>
    <message>
        <source>All error classes</source>
        <translation>Alle Fehlerklassen</translation>
    </message>
    <message>
        <source>Any time</source>
        <translation>Beliebiger Zeitraum</translation>
    </message>
    <message>
        <source>Last hour</source>
        <translation>Letzte Stunde</translation>
    </message>
    <message>
        <source>Last 24 hours</source>
        <translation>Letzte 24 Stunden</translation>
    </message>
    <message>
        <source>Last 7 days</source>
        <translation>Letzte 7 Tage</translation>
    </message>
    <message>
        <source>Older than 7 days</source>
        <translation>Älter als 7 Tage</translation>
    </message>
    <message>
        <source>Snoozed</source>
        <translation>Zurückgestellt</translation>
    </message>
</context>
<context>
    <name>ct::FailureGroupModel</name>
    <message>
        <source>Queue</source>
        <translation>Queue</translation>
    </message>
    <message>
        <source>Error class</source>
        <translation>Fehlerklasse</translation>
    </message>
    <message>
        <source>Source system</source>
        <translation>Quellsystem</translation>
    </message>
    <message>
        <source>Age</source>
        <translation>Alter</translation>
    </message>
    <message>
        <source>Failure signature</source>
        <translation>Fehlersignatur</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(keine)</translation>
    </message>
    <message numerus="yes">
        <source>%1 (%n group(s))</source>
        <translation>
            <numerusform>%1 (%n Gruppe)</numerusform>
            <numerusform>%1 (%n Gruppen)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ct::FailureGroups</name>
    <message>
        <source>&lt; 1 h</source>
        <translation>&lt; 1 h</translation>
    </message>
    <message>
        <source>1–4 h</source>
        <translation>1–4 h</translation>
    </message>
    <message>
        <source>4–24 h</source>
        <translation>4–24 h</translation>
    </message>
    <message>
        <source>1–7 d</source>
        <translation>1–7 T</translation>
    </message>
    <message>
        <source>&gt; 7 d</source>
        <translation>&gt; 7 T</translation>
    </message>
</context>
<context>
    <name>ct::IncidentFeed</name>
    <message>
        <source>No incident in the last 24 hours: no SLA breach burst, silent system or growing ERP backlog.</source>
        <translation>Kein Vorfall in den letzten 24 Stunden: keine Häufung von SLA-Verletzungen, kein stilles System, kein wachsender ERP-Rückstand.</translation>
    </message>
    <message>
        <source>Double-click or press Enter to open the page of an incident.</source>
        <translation>Doppelklick oder Eingabetaste öffnet die Seite eines Vorfalls.</translation>
    </message>
    <message>
        <source>Incidents</source>
        <translation>Vorfälle</translation>
    </message>
    <message>
        <source>Notifications</source>
        <translation>Benachrichtigungen</translation>
    </message>
    <message>
        <source>Which incidents open a desktop notification</source>
        <translation>Welche Vorfälle eine Desktop-Benachrichtigung auslösen</translation>
    </message>
    <message>
        <source>Looking for incidents in the last 24 hours…</source>
        <translation>Suche nach Vorfällen der letzten 24 Stunden…</translation>
    </message>
    <message>
        <source>Incidents cannot be detected: %1</source>
        <translation>Vorfälle können nicht erkannt werden: %1</translation>
    </message>
</context>
<context>
    <name>ct::IncidentFeedModel</name>
    <message>
        <source>SLA breach burst: %1</source>
        <translation>Häufung von SLA-Verletzungen: %1</translation>
    </message>
    <message>
        <source>Dead-letter spike: %1</source>
        <translation>Dead-Letter-Spitze: %1</translation>
    </message>
    <message>
        <source>Silent system: %1</source>
        <translation>Stilles System: %1</translation>
    </message>
    <message>
        <source>Backlog growing: %1</source>
        <translation>Wachsender Rückstand: %1</translation>
    </message>
    <message>
        <source>%1, closed %2</source>
        <translation>%1, geschlossen %2</translation>
    </message>
    <message>
        <source>%1, open</source>
        <translation>%1, offen</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Was</translation>
    </message>
    <message>
        <source>Since</source>
        <translation>Seit</translation>
    </message>
    <message>
        <source>Impact</source>
        <translation>Auswirkung</translation>
    </message>
</context>
<context>
    <name>ct::IncidentNotifier</name>
    <message>
        <source>SLA breach bursts</source>
        <translation>Häufungen von SLA-Verletzungen</translation>
    </message>
    <message>
        <source>Dead-letter spikes</source>
        <translation>Dead-Letter-Spitzen</translation>
    </message>
    <message>
        <source>Silent systems</source>
        <translation>Stille Systeme</translation>
    </message>
    <message>
        <source>Growing ERP backlogs</source>
        <translation>Wachsende ERP-Rückstände</translation>
    </message>
    <message>
        <source>Control Tower</source>
        <translation>Control Tower</translation>
    </message>
    <message>
        <source>Notify me of</source>
        <translation>Benachrichtigen bei</translation>
    </message>
</context>
<context>
    <name>ct::IntegrationPage</name>
    <message>
        <source>Last hour</source>
        <translation>Letzte Stunde</translation>
    </message>
    <message>
        <source>Last 24 hours</source>
        <translation>Letzte 24 Stunden</translation>
    </message>
    <message>
        <source>Last 7 days</source>
        <translation>Letzte 7 Tage</translation>
    </message>
    <message>
        <source>Up to the newest event in the store</source>
        <translation>Bis zum neuesten Ereignis im Speicher</translation>
    </message>
    <message>
        <source>&amp;Range</source>
        <translation>&amp;Zeitraum</translation>
    </message>
    <message>
        <source>Double-click a transaction (or press Enter) to open its lineage</source>
        <translation>Doppelklick auf eine Transaktion (oder Eingabetaste) öffnet ihre Lineage</translation>
    </message>
    <message>
        <source>Measuring the system pairs…</source>
        <translation>Systempaare werden gemessen…</translation>
    </message>
    <message>
        <source>The integration health cannot be read</source>
        <translation>Der Integrationszustand kann nicht gelesen werden</translation>
    </message>
    <message>
        <source>%1 to %2, in buckets of %3</source>
        <translation>%1 bis %2, in Intervallen von %3</translation>
    </message>
    <message>
        <source>No messages between systems in this range</source>
        <translation>Keine Nachrichten zwischen Systemen in diesem Zeitraum</translation>
    </message>
    <message>
        <source>Sync latency and integrity appear once the systems exchange messages. Try a longer range, or fill a store to try with: ctower demo.</source>
        <translation>Synchronisationslatenz und Integrität erscheinen, sobald die Systeme Nachrichten austauschen. Wählen Sie einen längeren Zeitraum oder füllen Sie einen Speicher zum Ausprobieren: ctower demo.</translation>
    </message>
    <message>
        <source>Select a pair of systems to see it over time.</source>
        <translation>Wählen Sie ein Systempaar, um seinen Verlauf zu sehen.</translation>
    </message>
    <message>
        <source>The data-quality rules cannot be read</source>
        <translation>Die Datenqualitätsregeln können nicht gelesen werden</translation>
    </message>
    <message numerus="yes">
        <source>Checking %n data-quality rule(s) over the events of the range…</source>
        <translation>
            <numerusform>%n Datenqualitätsregel wird über die Ereignisse des Zeitraums geprüft…</numerusform>
            <numerusform>%n Datenqualitätsregeln werden über die Ereignisse des Zeitraums geprüft…</numerusform>
        </translation>
    </message>
    <message>
        <source>Data quality</source>
        <translation>Datenqualität</translation>
    </message>
    <message>
        <source>The events cannot be checked</source>
        <translation>Die Ereignisse können nicht geprüft werden</translation>
    </message>
    <message numerus="yes">
        <source>Data quality: %1 violations in %2 events checked against %n rule(s)</source>
        <translation>
            <numerusform>Datenqualität: %1 Verstöße in %2 Ereignissen, geprüft gegen %n Regel</numerusform>
            <numerusform>Datenqualität: %1 Verstöße in %2 Ereignissen, geprüft gegen %n Regeln</numerusform>
        </translation>
    </message>
    <message>
        <source>No event breaks a rule</source>
        <translation>Kein Ereignis verstößt gegen eine Regel</translation>
    </message>
    <message>
        <source>%1 events of the range were checked; the rules are in resources/dataquality.json, or the user&apos;s controltower/dataquality.json.</source>
        <translation>%1 Ereignisse des Zeitraums wurden geprüft; die Regeln stehen in resources/dataquality.json oder in controltower/dataquality.json des Benutzers.</translation>
    </message>
    <message>
        <source>Select a rule and system to list its transactions.</source>
        <translation>Wählen Sie Regel und System, um die Transaktionen aufzulisten.</translation>
    </message>
    <message numerus="yes">
        <source>%n transaction(s) breaking “%1” from %2 — Enter or double-click opens the lineage</source>
        <translation>
            <numerusform>%n Transaktion verstößt gegen „%1“ von %2 — Eingabetaste oder Doppelklick öffnet die Lineage</numerusform>
            <numerusform>%n Transaktionen verstoßen gegen „%1“ von %2 — Eingabetaste oder Doppelklick öffnet die Lineage</numerusform>
        </translation>
    </message>
    <message>
        <source>no messages</source>
        <translation>keine Nachrichten</translation>
    </message>
    <message>
        <source>–</source>
        <translation>–</translation>
    </message>
    <message>
        <source>%1 → %2</source>
        <translation>%1 → %2</translation>
    </message>
    <message>
        <source>worst pair: %1 intact, p95 %2</source>
        <translation>schlechtestes Paar: %1 intakt, p95 %2</translation>
    </message>
    <message>
        <source>integrity of %1 messages</source>
        <translation>Integrität von %1 Nachrichten</translation>
    </message>
    <message>
        <source>%1 of them failed</source>
        <translation>%1 davon fehlgeschlagen</translation>
    </message>
    <message>
        <source>data-quality violations</source>
        <translation>Datenqualitätsverstöße</translation>
    </message>
    <message>
        <source>%1 events checked</source>
        <translation>%1 Ereignisse geprüft</translation>
    </message>
    <message>
        <source>…</source>
        <translation>…</translation>
    </message>
    <message>
        <source>Checking the events</source>
        <translation>Ereignisse werden geprüft</translation>
    </message>
    <message>
        <source>Integration</source>
        <translation>Integration</translation>
    </message>
</context>
<context>
    <name>ct::InventoryGridModel</name>
    <message>
        <source>Counted by %1, the authority at %2</source>
        <translation>Gezählt von %1, der maßgeblichen Quelle bei %2</translation>
    </message>
    <message>
        <source>SKU</source>
        <translation>SKU</translation>
    </message>
    <message>
        <source>Node</source>
        <translation>Standort</translation>
    </message>
    <message>
        <source>ERP</source>
        <translation>ERP</translation>
    </message>
    <message>
        <source>Web shop</source>
        <translation>Webshop</translation>
    </message>
    <message>
        <source>Largest delta</source>
        <translation>Größte Abweichung</translation>
    </message>
    <message>
        <source>As of</source>
        <translation>Stand</translation>
    </message>
    <message>
        <source>What no failed, stopped, late or travelling message explains: shrink, a miscount or a mapping fault</source>
        <translation>Was keine fehlgeschlagene, angehaltene, verspätete oder unterwegs befindliche Nachricht erklärt: Schwund, Fehlzählung oder ein Zuordnungsfehler</translation>
    </message>
    <message>
        <source>Unexplained</source>
        <translation>Unerklärt</translation>
    </message>
    <message>
        <source>%1 units at %2 each</source>
        <translation>%1 Stück zu je %2</translation>
    </message>
    <message>
        <source>At cost</source>
        <translation>Zu Einstandskosten</translation>
    </message>
    <message>
        <source>The authority&apos;s count: the WMS at a distribution centre, the POS in a store</source>
        <translation>Der Bestand der Autorität: das WMS in einem Verteilzentrum, das Kassensystem in einer Filiale</translation>
    </message>
    <message>
        <source>Authority</source>
        <translation>Autorität</translation>
    </message>
    <message>
        <source>Reading the messages behind this difference…</source>
        <translation>Die Nachrichten hinter dieser Abweichung werden gelesen…</translation>
    </message>
</context>
<context>
    <name>ct::InventoryPage</name>
    <message>
        <source>Only counts that disagree</source>
        <translation>Nur abweichende Bestände</translation>
    </message>
    <message>
        <source>SKU</source>
        <translation>SKU</translation>
    </message>
    <message>
        <source>All nodes</source>
        <translation>Alle Standorte</translation>
    </message>
    <message>
        <source>Inventory positions cannot be read</source>
        <translation>Bestandspositionen können nicht gelesen werden</translation>
    </message>
    <message>
        <source>SKU × node counts disagree</source>
        <translation>SKU × Standort-Bestände weichen ab</translation>
    </message>
    <message>
        <source>No inventory positions</source>
        <translation>Keine Bestandspositionen</translation>
    </message>
    <message>
        <source>Positions arrive from the ERP, warehouses, stores and the web shop.</source>
        <translation>Positionen kommen aus dem ERP, den Lagern, den Filialen und dem Webshop.</translation>
    </message>
    <message>
        <source>No position matches the filters.</source>
        <translation>Keine Position entspricht den Filtern.</translation>
    </message>
    <message>
        <source>  (authority)</source>
        <translation>  (maßgeblich)</translation>
    </message>
    <message>
        <source>As of</source>
        <translation>Stand</translation>
    </message>
    <message>
        <source>Every system agrees.</source>
        <translation>Alle Systeme stimmen überein.</translation>
    </message>
    <message>
        <source>Inventory</source>
        <translation>Bestand</translation>
    </message>
    <message>
        <source>%1: %2 not explained by any message</source>
        <translation>%1: %2 durch keine Nachricht erklärt</translation>
    </message>
    <message>
        <source>No message explains the difference.</source>
        <translation>Keine Nachricht erklärt die Abweichung.</translation>
    </message>
    <message numerus="yes">
        <source>%n transaction(s) explain the difference; Enter opens one on the Lineage page.</source>
        <translation>
            <numerusform>%n Transaktion erklärt die Abweichung; Eingabe öffnet sie auf der Seite Lineage.</numerusform>
            <numerusform>%n Transaktionen erklären die Abweichung; Eingabe öffnet eine auf der Seite Lineage.</numerusform>
        </translation>
    </message>
    <message>
        <source>Unexplained only</source>
        <translation>Nur unerklärte</translation>
    </message>
    <message>
        <source>Stale only</source>
        <translation>Nur veraltete</translation>
    </message>
    <message>
        <source>Stock counts</source>
        <translation>Bestände</translation>
    </message>
    <message>
        <source>Prices</source>
        <translation>Preise</translation>
    </message>
    <message>
        <source>Only differences some part of which no message explains</source>
        <translation>Nur Abweichungen, die keine Nachricht ganz erklärt</translation>
    </message>
    <message>
        <source>Only rows with a figure older than the rules allow</source>
        <translation>Nur Zeilen mit einem Wert, der älter ist als die Regeln erlauben</translation>
    </message>
    <message>
        <source>Reading inventory positions and the messages behind their differences…</source>
        <translation>Bestandspositionen und die Nachrichten hinter ihren Abweichungen werden gelesen…</translation>
    </message>
    <message>
        <source>not explained by any message</source>
        <translation>durch keine Nachricht erklärt</translation>
    </message>
    <message>
        <source>prices differ from the ERP&apos;s</source>
        <translation>Preise weichen vom ERP ab</translation>
    </message>
    <message>
        <source>No price differs from the ERP&apos;s as asked.</source>
        <translation>Kein Preis weicht wie gefragt vom ERP ab.</translation>
    </message>
    <message>
        <source>  (stale)</source>
        <translation>  (veraltet)</translation>
    </message>
    <message>
        <source>(base price)</source>
        <translation>(Grundpreis)</translation>
    </message>
    <message>
        <source>No campaign message explains the difference: the price is wrong where it is shown, or mapped wrongly.</source>
        <translation>Keine Kampagnennachricht erklärt die Abweichung: Der Preis ist dort falsch, wo er angezeigt wird, oder falsch zugeordnet.</translation>
    </message>
    <message>
        <source>The campaign behind the difference; Enter opens it on the Lineage page.</source>
        <translation>Die Kampagne hinter der Abweichung; Eingabe öffnet sie auf der Seite Lineage.</translation>
    </message>
    <message>
        <source>All systems</source>
        <translation>Alle Systeme</translation>
    </message>
    <message>
        <source>Only rows where this system&apos;s count differs from the authority&apos;s</source>
        <translation>Nur Zeilen, in denen der Bestand dieses Systems von dem der Autorität abweicht</translation>
    </message>
    <message>
        <source>|Δ| ≥ </source>
        <translation>|Δ| ≥ </translation>
    </message>
    <message>
        <source>Only differences at least this large</source>
        <translation>Nur Differenzen mindestens dieser Größe</translation>
    </message>
    <message>
        <source>counted %1</source>
        <translation>gezählt %1</translation>
    </message>
    <message>
        <source>Newest figure</source>
        <translation>Neueste Zahl</translation>
    </message>
    <message>
        <source>  (a figure is stale)</source>
        <translation>  (eine Zahl ist veraltet)</translation>
    </message>
    <message>
        <source>Unit cost</source>
        <translation>Stückkosten</translation>
    </message>
    <message>
        <source>  (the largest difference: %1)</source>
        <translation>  (die größte Differenz: %1)</translation>
    </message>
    <message>
        <source>Reading the messages behind the differences…</source>
        <translation>Die Nachrichten hinter den Abweichungen werden gelesen…</translation>
    </message>
    <message>
        <source>Reading the messages behind the difference…</source>
        <translation>Die Nachrichten hinter der Abweichung werden gelesen…</translation>
    </message>
    <message>
        <source>Reading the prices the stores and channels show…</source>
        <translation>Die Preise der Filialen und Kanäle werden gelesen…</translation>
    </message>
</context>
<context>
    <name>ct::LineageModel</name>
    <message>
        <source>Recorded before its cause: an out-of-sequence delivery</source>
        <translation>Vor seiner Ursache erfasst: Zustellung außerhalb der Reihenfolge</translation>
    </message>
    <message>
        <source>Its cause (%1) is not among the events of this transaction</source>
        <translation>Seine Ursache (%1) gehört nicht zu den Ereignissen dieser Transaktion</translation>
    </message>
    <message>
        <source>cause missing</source>
        <translation>Ursache fehlt</translation>
    </message>
    <message>
        <source>Occurred</source>
        <translation>Eingetreten</translation>
    </message>
    <message>
        <source>Stage</source>
        <translation>Stufe</translation>
    </message>
    <message>
        <source>Event type</source>
        <translation>Ereignistyp</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Quelle</translation>
    </message>
    <message>
        <source>Node</source>
        <translation>Standort</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>After cause</source>
        <translation>Nach Ursache</translation>
    </message>
    <message>
        <source>Event id</source>
        <translation>Ereignis-ID</translation>
    </message>
</context>
<context>
    <name>ct::LineagePage</name>
    <message>
        <source>Which transaction?</source>
        <translation>Welche Transaktion?</translation>
    </message>
    <message>
        <source>Type an order number, receipt or any correlation id in the search box (Ctrl+K).</source>
        <translation>Bestellnummer, Bon oder eine beliebige Korrelations-ID in das Suchfeld eingeben (Ctrl+K).</translation>
    </message>
    <message>
        <source>Looking up %1…</source>
        <translation>%1 wird gesucht…</translation>
    </message>
    <message>
        <source>The events of %1 cannot be read</source>
        <translation>Die Ereignisse von %1 können nicht gelesen werden</translation>
    </message>
    <message>
        <source>Nothing is known about %1</source>
        <translation>Zu %1 ist nichts bekannt</translation>
    </message>
    <message>
        <source>hops</source>
        <translation>Schritte</translation>
    </message>
    <message>
        <source>first to last</source>
        <translation>erster bis letzter</translation>
    </message>
    <message>
        <source>Event id</source>
        <translation>Ereignis-ID</translation>
    </message>
    <message>
        <source>Caused by</source>
        <translation>Verursacht durch</translation>
    </message>
    <message>
        <source>(first hop)</source>
        <translation>(erster Schritt)</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Quelle</translation>
    </message>
    <message>
        <source>Occurred</source>
        <translation>Eingetreten</translation>
    </message>
    <message>
        <source>Recorded</source>
        <translation>Erfasst</translation>
    </message>
    <message>
        <source>SKU</source>
        <translation>SKU</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Betrag</translation>
    </message>
    <message>
        <source>Lineage</source>
        <translation>Verlauf</translation>
    </message>
    <message>
        <source>Looking for the newest failed transaction…</source>
        <translation>Suche die neueste fehlgeschlagene Transaktion…</translation>
    </message>
    <message>
        <source>No transaction has failed. Type an order number, receipt or any correlation id in the search box (Ctrl+K).</source>
        <translation>Keine Transaktion ist fehlgeschlagen. Geben Sie eine Bestellnummer, einen Beleg oder eine beliebige Korrelations-ID in das Suchfeld ein (Strg+K).</translation>
    </message>
    <message>
        <source>Newest failed transaction: </source>
        <translation>Neueste fehlgeschlagene Transaktion: </translation>
    </message>
    <message>
        <source>(found by event id)</source>
        <translation>(gefunden über die Ereignis-ID)</translation>
    </message>
    <message>
        <source>(found by message id)</source>
        <translation>(gefunden über die Nachrichten-ID)</translation>
    </message>
    <message>
        <source>(found by subject)</source>
        <translation>(gefunden über den Betreff)</translation>
    </message>
    <message>
        <source>Judged at %1</source>
        <translation>Beurteilt am %1</translation>
    </message>
    <message>
        <source>stages done</source>
        <translation>Stufen erledigt</translation>
    </message>
    <message>
        <source>failed messages</source>
        <translation>fehlgeschlagene Nachrichten</translation>
    </message>
    <message>
        <source>Compare with a healthy one</source>
        <translation>Mit einer fehlerfreien vergleichen</translation>
    </message>
    <message>
        <source>Sets this transaction beside the newest complete one of its flow: stages, latencies and payload fields (Ctrl+Shift+H)</source>
        <translation>Stellt diese Transaktion neben die neueste abgeschlossene ihres Ablaufs: Stufen, Latenzen und Felder der Nutzdaten (Strg+Umschalt+H)</translation>
    </message>
    <message>
        <source>Looking for a healthy %1 transaction…</source>
        <translation>Suche eine fehlerfreie %1-Transaktion…</translation>
    </message>
    <message>
        <source>No comparison: %1</source>
        <translation>Kein Vergleich: %1</translation>
    </message>
    <message>
        <source>No complete %1 transaction among the newest ones to compare with.</source>
        <translation>Unter den neuesten gibt es keine abgeschlossene %1-Transaktion zum Vergleich.</translation>
    </message>
    <message>
        <source>Its events name no flow: nothing to compare with.</source>
        <translation>Ihre Ereignisse nennen keinen Ablauf: Es gibt nichts zum Vergleichen.</translation>
    </message>
    <message>
        <source>Several transactions touched %1</source>
        <translation>Mehrere Transaktionen betreffen %1</translation>
    </message>
    <message>
        <source>Pick one from the list above, or add a key (a SKU and a store, say) to narrow the search.</source>
        <translation>Wählen Sie eine aus der Liste oben, oder grenzen Sie die Suche mit einem weiteren Schlüssel ein (etwa einer SKU und einer Filiale).</translation>
    </message>
    <message>
        <source>No event has this correlation id, order number, event id, message id or business key. Check the number, or search for the order, receipt or campaign id as the systems write it.</source>
        <translation>Kein Ereignis hat diese Korrelations-ID, Bestellnummer, Ereignis-ID, Nachrichten-ID oder diesen Geschäftsschlüssel. Prüfen Sie die Nummer oder suchen Sie nach der Bestell-, Bon- oder Kampagnen-ID in der Schreibweise der Systeme.</translation>
    </message>
    <message>
        <source>(the one transaction that touched %1)</source>
        <translation>(die einzige Transaktion, die %1 betrifft)</translation>
    </message>
</context>
<context>
    <name>ct::LineageSearch</name>
    <message>
        <source>Correlation id, order, SKU, store, customer… several keys: all of them</source>
        <translation>Korrelations-ID, Bestellung, SKU, Filiale, Kunde… mehrere Schlüssel: alle zugleich</translation>
    </message>
    <message>
        <source>Correlation id</source>
        <translation>Korrelations-ID</translation>
    </message>
    <message>
        <source>Flow</source>
        <translation>Ablauf</translation>
    </message>
    <message>
        <source>First event</source>
        <translation>Erstes Ereignis</translation>
    </message>
    <message>
        <source>Last event</source>
        <translation>Letztes Ereignis</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Fehlgeschlagen</translation>
    </message>
    <message>
        <source>%1 touched %2 or more transactions; the newest are listed. Pick one, or add a key.</source>
        <translation>%2 oder mehr Transaktionen betreffen %1; die neuesten sind aufgeführt. Wählen Sie eine, oder fügen Sie einen Schlüssel hinzu.</translation>
    </message>
    <message>
        <source>%1 touched %2 transactions. Pick one, or add a key.</source>
        <translation>%2 Transaktionen betreffen %1. Wählen Sie eine, oder fügen Sie einen Schlüssel hinzu.</translation>
    </message>
    <message>
        <source>failed</source>
        <translation>fehlgeschlagen</translation>
    </message>
</context>
<context>
    <name>ct::MainWindow</name>
    <message>
        <source>Control Tower</source>
        <translation>Control Tower</translation>
    </message>
    <message>
        <source>Opening the store…</source>
        <translation>Speicher wird geöffnet…</translation>
    </message>
    <message>
        <source>Store: %1 (%2, %3)</source>
        <translation>Speicher: %1 (%2, %3)</translation>
    </message>
    <message>
        <source>Last change %1</source>
        <translation>Letzte Änderung %1</translation>
    </message>
    <message>
        <source>Store unavailable: %1</source>
        <translation>Speicher nicht verfügbar: %1</translation>
    </message>
    <message>
        <source>Last change %1 (+%2 events)</source>
        <translation>Letzte Änderung %1 (+%2 Ereignisse)</translation>
    </message>
    <message>
        <source>○ Connecting to the change feed…</source>
        <translation>○ Verbinde mit dem Änderungsdienst…</translation>
    </message>
    <message>
        <source>● Live</source>
        <translation>● Live</translation>
    </message>
    <message>
        <source>◌ Reconnecting…</source>
        <translation>◌ Verbindung wird wiederhergestellt…</translation>
    </message>
    <message>
        <source>◌ Reconnecting (%1)…</source>
        <translation>◌ Verbindung wird wiederhergestellt (%1)…</translation>
    </message>
</context>
<context>
    <name>ct::MessageHistoryView</name>
    <message>
        <source>When</source>
        <translation>Wann</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Was</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>Wer</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Ergebnis</translation>
    </message>
    <message>
        <source>Detail</source>
        <translation>Detail</translation>
    </message>
</context>
<context>
    <name>ct::MismatchHeatmapModel</name>
    <message>
        <source>%1 at %2 agrees with the authority</source>
        <translation>%1 bei %2 stimmt mit der Autorität überein</translation>
    </message>
    <message numerus="yes">
        <source>%1 at %2: %n SKU(s) differ from the authority</source>
        <translation>
            <numerusform>%1 bei %2: %n SKU weicht von der Autorität ab</numerusform>
            <numerusform>%1 bei %2: %n SKUs weichen von der Autorität ab</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n not explained by any message</source>
        <translation>
            <numerusform>%n durch keine Nachricht erklärt</numerusform>
            <numerusform>%n durch keine Nachricht erklärt</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 %2 at cost</source>
        <translation>%1 %2 zu Einstandskosten</translation>
    </message>
    <message numerus="yes">
        <source>%n without a known unit cost</source>
        <translation>
            <numerusform>%n ohne bekannte Stückkosten</numerusform>
            <numerusform>%n ohne bekannte Stückkosten</numerusform>
        </translation>
    </message>
    <message>
        <source>Click to list them</source>
        <translation>Klicken, um sie aufzulisten</translation>
    </message>
    <message>
        <source>Reading the messages behind them…</source>
        <translation>Die Nachrichten dahinter werden gelesen…</translation>
    </message>
</context>
<context>
    <name>ct::MismatchHeatmapView</name>
    <message>
        <source>Heatmap: SKUs that differ</source>
        <translation>Heatmap: abweichende SKUs</translation>
    </message>
    <message>
        <source>Heatmap: value at cost</source>
        <translation>Heatmap: Wert zu Einstandskosten</translation>
    </message>
    <message>
        <source>What a cell&apos;s colour and figure show</source>
        <translation>Was Farbe und Zahl einer Zelle zeigen</translation>
    </message>
</context>
<context>
    <name>ct::OverviewPage</name>
    <message>
        <source>Reading the estate…</source>
        <translation>Umgebung wird gelesen…</translation>
    </message>
    <message>
        <source>The store cannot be read: %1</source>
        <translation>Der Speicher kann nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>The store holds no events yet. Point a collector at it, or fill it with ctower demo.</source>
        <translation>Der Speicher enthält noch keine Ereignisse. Richten Sie einen Collector darauf oder füllen Sie ihn mit ctower demo.</translation>
    </message>
    <message>
        <source>As of the newest event: %1 (%2)</source>
        <translation>Stand des neuesten Ereignisses: %1 (%2)</translation>
    </message>
    <message>
        <source>Orders in flight</source>
        <translation>Offene Bestellungen</translation>
    </message>
    <message>
        <source>web and click-and-collect orders of the last 2 days not yet delivered or collected</source>
        <translation>Web- und Click-&amp;-Collect-Bestellungen der letzten 2 Tage, noch nicht geliefert oder abgeholt</translation>
    </message>
    <message>
        <source>Open exceptions</source>
        <translation>Offene Ausnahmen</translation>
    </message>
    <message>
        <source>ERP posting backlog</source>
        <translation>ERP-Buchungsrückstand</translation>
    </message>
    <message>
        <source>Inventory mismatches</source>
        <translation>Bestandsabweichungen</translation>
    </message>
    <message>
        <source>SKU × node counts where a system disagrees with the authority</source>
        <translation>SKU × Standort-Bestände, bei denen ein System von der maßgeblichen Quelle abweicht</translation>
    </message>
    <message>
        <source>Events per minute, last hour, by system</source>
        <translation>Ereignisse pro Minute, letzte Stunde, nach System</translation>
    </message>
    <message>
        <source>%1/min</source>
        <translation>%1/min</translation>
    </message>
    <message>
        <source>orders in flight</source>
        <translation>offene Bestellungen</translation>
    </message>
    <message>
        <source>open exceptions</source>
        <translation>offene Ausnahmen</translation>
    </message>
    <message>
        <source>events/min</source>
        <translation>Ereignisse/min</translation>
    </message>
    <message>
        <source>Overview</source>
        <translation>Übersicht</translation>
    </message>
    <message>
        <source>%1 %2 awaiting posting</source>
        <translation>%1 %2 warten auf Buchung</translation>
    </message>
    <message>
        <source>nothing awaiting posting</source>
        <translation>nichts wartet auf Buchung</translation>
    </message>
    <message>
        <source>Wall screen</source>
        <translation>Wandbildschirm</translation>
    </message>
    <message>
        <source>Peak mode…</source>
        <translation>Spitzenmodus…</translation>
    </message>
    <message>
        <source>Switch peak-event mode on or off for everyone on this store</source>
        <translation>Spitzenmodus für alle an diesem Speicher ein- oder ausschalten</translation>
    </message>
    <message>
        <source>Peak mode since %1 — replays at most %2/s</source>
        <translation>Spitzenmodus seit %1 — Wiederholungen höchstens %2/s</translation>
    </message>
    <message>
        <source>Peak mode is on.</source>
        <translation>Der Spitzenmodus ist an.</translation>
    </message>
    <message>
        <source>Peak mode is off.</source>
        <translation>Der Spitzenmodus ist aus.</translation>
    </message>
    <message>
        <source>The figures in large type for a screen across the room (F11: full screen too)</source>
        <translation>Die Kennzahlen in großer Schrift für einen Bildschirm im Raum (F11: auch Vollbild)</translation>
    </message>
</context>
<context>
    <name>ct::PageHeader</name>
    <message>
        <source>Correlation id, order, receipt…  (Ctrl+K)</source>
        <translation>Korrelations-ID, Bestellung, Bon…  (Ctrl+K)</translation>
    </message>
</context>
<context>
    <name>ct::PairHealthView</name>
    <message>
        <source>latency (s)</source>
        <translation>Latenz (s)</translation>
    </message>
    <message>
        <source>latency (min)</source>
        <translation>Latenz (min)</translation>
    </message>
    <message>
        <source>latency (h)</source>
        <translation>Latenz (h)</translation>
    </message>
    <message>
        <source>━ p50</source>
        <translation>━ p50</translation>
    </message>
    <message>
        <source>━ p95</source>
        <translation>━ p95</translation>
    </message>
    <message>
        <source>━ integrity</source>
        <translation>━ Integrität</translation>
    </message>
    <message>
        <source>█ errors</source>
        <translation>█ Fehler</translation>
    </message>
    <message>
        <source>%1 → %2</source>
        <translation>%1 → %2</translation>
    </message>
    <message>
        <source>p50 %1 · p95 %2 over %3 changes</source>
        <translation>p50 %1 · p95 %2 über %3 Änderungen</translation>
    </message>
    <message>
        <source>no change crossed with a measured latency</source>
        <translation>keine Änderung mit gemessener Latenz übertragen</translation>
    </message>
    <message>
        <source>%1% of %2 messages without an error (%3 errors)</source>
        <translation>%1 % von %2 Nachrichten ohne Fehler (%3 Fehler)</translation>
    </message>
    <message>
        <source>no message received</source>
        <translation>keine Nachricht empfangen</translation>
    </message>
    <message>
        <source>p50</source>
        <translation>p50</translation>
    </message>
    <message>
        <source>p95</source>
        <translation>p95</translation>
    </message>
    <message>
        <source>integrity (%)</source>
        <translation>Integrität (%)</translation>
    </message>
    <message>
        <source>errors</source>
        <translation>Fehler</translation>
    </message>
    <message>
        <source>integrity</source>
        <translation>Integrität</translation>
    </message>
    <message>
        <source>%1 – %2</source>
        <translation>%1 – %2</translation>
    </message>
    <message>
        <source>p50 %1 · p95 %2 (%3 changes)</source>
        <translation>p50 %1 · p95 %2 (%3 Änderungen)</translation>
    </message>
    <message>
        <source>%1% integrity: %2 errors of %3 messages</source>
        <translation>%1 % Integrität: %2 Fehler von %3 Nachrichten</translation>
    </message>
    <message>
        <source>no message</source>
        <translation>keine Nachricht</translation>
    </message>
</context>
<context>
    <name>ct::PasswordPromptDialog</name>
    <message>
        <source>Passwords for “%1”</source>
        <translation>Passwörter für „%1“</translation>
    </message>
    <message>
        <source>Store password</source>
        <translation>Speicher-Passwort</translation>
    </message>
    <message>
        <source>Broker password</source>
        <translation>Broker-Passwort</translation>
    </message>
    <message>
        <source>They are used for this session only and saved nowhere.</source>
        <translation>Sie gelten nur für diese Sitzung und werden nirgends gespeichert.</translation>
    </message>
</context>
<context>
    <name>ct::PayloadPane</name>
    <message>
        <source>The selected event&apos;s payload appears here.</source>
        <translation>Die Nutzdaten des ausgewählten Ereignisses erscheinen hier.</translation>
    </message>
    <message>
        <source>Show personal data</source>
        <translation>Personenbezogene Daten zeigen</translation>
    </message>
    <message>
        <source>Unmasks names, emails, phone numbers and addresses in this payload only. Deliberate: each unmasking is recorded in the audit trail. (Ctrl+Shift+U)</source>
        <translation>Zeigt Namen, E-Mail-Adressen, Telefonnummern und Anschriften nur in diesen Nutzdaten. Bewusst: Jedes Aufdecken wird im Audit-Trail protokolliert. (Strg+Umschalt+U)</translation>
    </message>
    <message>
        <source>Payload</source>
        <translation>Nutzdaten</translation>
    </message>
    <message>
        <source>Recording the unmasking in the audit trail…</source>
        <translation>Das Aufdecken wird im Audit-Trail protokolliert…</translation>
    </message>
    <message>
        <source> at byte %1</source>
        <translation> bei Byte %1</translation>
    </message>
    <message>
        <source>Not valid UTF-8%1, so it cannot be read as text: shown as hex.</source>
        <translation>Kein gültiges UTF-8%1, daher nicht als Text lesbar: als Hex angezeigt.</translation>
    </message>
    <message>
        <source>Nested deeper than %1 levels: shown as hex.</source>
        <translation>Tiefer als %1 Ebenen verschachtelt: als Hex angezeigt.</translation>
    </message>
    <message>
        <source>Not valid JSON%1 (%2): shown as hex.</source>
        <translation>Kein gültiges JSON%1 (%2): als Hex angezeigt.</translation>
    </message>
    <message>
        <source>Binary content (a control byte%1): shown as hex.</source>
        <translation>Binärer Inhalt (ein Steuerbyte%1): als Hex angezeigt.</translation>
    </message>
    <message>
        <source>Too large to decode here: shown as hex.</source>
        <translation>Zu groß, um hier dekodiert zu werden: als Hex angezeigt.</translation>
    </message>
    <message>
        <source>No decoder for %1 in this window: shown as hex.</source>
        <translation>Kein Decoder für %1 in diesem Fenster: als Hex angezeigt.</translation>
    </message>
    <message>
        <source>Cannot be decoded: %1. Shown as hex.</source>
        <translation>Nicht dekodierbar: %1. Als Hex angezeigt.</translation>
    </message>
    <message>
        <source>Decoded as %1, but %2: the message type may be wrong, and those fields are not shown.</source>
        <translation>Als %1 dekodiert, aber %2: Der Nachrichtentyp ist womöglich falsch, und diese Felder werden nicht angezeigt.</translation>
    </message>
    <message>
        <source>none</source>
        <translation>keine</translation>
    </message>
    <message>
        <source>JSON, %1</source>
        <translation>JSON, %1</translation>
    </message>
    <message>
        <source>%1 (protobuf), %2</source>
        <translation>%1 (Protobuf), %2</translation>
    </message>
    <message>
        <source>text, %1</source>
        <translation>Text, %1</translation>
    </message>
    <message>
        <source>hex, %1</source>
        <translation>Hex, %1</translation>
    </message>
    <message>
        <source>Its content is withheld: personal data in it cannot be found and masked. Show personal data to read it (recorded in the audit trail).</source>
        <translation>Der Inhalt wird zurückgehalten: Personenbezogene Daten darin können nicht gefunden und maskiert werden. „Personenbezogene Daten zeigen“ macht ihn lesbar (wird im Audit-Trail protokolliert).</translation>
    </message>
    <message>
        <source>personal data shown</source>
        <translation>personenbezogene Daten sichtbar</translation>
    </message>
    <message>
        <source>personal data masked: %1</source>
        <translation>personenbezogene Daten maskiert: %1</translation>
    </message>
    <message>
        <source>This event carries no payload.</source>
        <translation>Dieses Ereignis hat keine Nutzdaten.</translation>
    </message>
    <message>
        <source>Personal data stays masked: %1.</source>
        <translation>Personenbezogene Daten bleiben maskiert: %1.</translation>
    </message>
    <message>
        <source>the unmasking could not be recorded (%1)</source>
        <translation>das Aufdecken konnte nicht protokolliert werden (%1)</translation>
    </message>
</context>
<context>
    <name>ct::PeakModeDialog</name>
    <message>
        <source>Switch peak mode on</source>
        <translation>Spitzenmodus einschalten</translation>
    </message>
    <message>
        <source>Switch peak mode off</source>
        <translation>Spitzenmodus ausschalten</translation>
    </message>
    <message>
        <source> messages/s</source>
        <translation> Nachrichten/s</translation>
    </message>
    <message>
        <source>Replay rate budget</source>
        <translation>Wiederholungsbudget</translation>
    </message>
    <message>
        <source>Why, e.g. Black Friday flash sale</source>
        <translation>Warum, z. B. Black-Friday-Aktion</translation>
    </message>
    <message>
        <source>Why, e.g. the sale is over</source>
        <translation>Warum, z. B. die Aktion ist vorbei</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Notiz</translation>
    </message>
    <message>
        <source>While peak mode is on, discards, reopens, quarantine overrides and edited resubmissions are refused for everyone on this store, and replays go no faster than the budget. The switch is written to the audit trail.</source>
        <translation>Solange der Spitzenmodus an ist, werden Verwerfen, Wiedereröffnen, Quarantäne-Übersteuerungen und bearbeitete Neueinreichungen für alle an diesem Speicher abgelehnt, und Wiederholungen laufen nicht schneller als das Budget. Das Umschalten wird im Audit-Trail festgehalten.</translation>
    </message>
    <message>
        <source>Every action is open to its role again. The switch is written to the audit trail.</source>
        <translation>Jede Aktion steht ihrer Rolle wieder offen. Das Umschalten wird im Audit-Trail festgehalten.</translation>
    </message>
    <message>
        <source>Switch on</source>
        <translation>Einschalten</translation>
    </message>
    <message>
        <source>Switch off</source>
        <translation>Ausschalten</translation>
    </message>
</context>
<context>
    <name>ct::PostingAgingModel</name>
    <message>
        <source>&lt; 1 h</source>
        <translation>&lt; 1 h</translation>
    </message>
    <message>
        <source>1–4 h</source>
        <translation>1–4 h</translation>
    </message>
    <message>
        <source>4–24 h</source>
        <translation>4–24 h</translation>
    </message>
    <message>
        <source>&gt; 1 day</source>
        <translation>&gt; 1 Tag</translation>
    </message>
    <message>
        <source>Waiting</source>
        <translation>Wartet</translation>
    </message>
    <message>
        <source>Currency</source>
        <translation>Währung</translation>
    </message>
    <message>
        <source>Postings</source>
        <translation>Buchungen</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Betrag</translation>
    </message>
    <message>
        <source>Oldest</source>
        <translation>Älteste</translation>
    </message>
</context>
<context>
    <name>ct::PostingEntryModel</name>
    <message>
        <source>rejected</source>
        <translation>abgelehnt</translation>
    </message>
    <message>
        <source>awaiting</source>
        <translation>ausstehend</translation>
    </message>
    <message>
        <source>posted</source>
        <translation>gebucht</translation>
    </message>
    <message>
        <source>At</source>
        <translation>Zeit</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Art</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Correlation id</source>
        <translation>Korrelations-ID</translation>
    </message>
    <message>
        <source>Business id</source>
        <translation>Geschäfts-ID</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Betrag</translation>
    </message>
    <message>
        <source>Tax</source>
        <translation>Steuer</translation>
    </message>
    <message>
        <source>Age</source>
        <translation>Alter</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Grund</translation>
    </message>
</context>
<context>
    <name>ct::PostingFilterBar</name>
    <message>
        <source>Export CSV…</source>
        <translation>CSV exportieren…</translation>
    </message>
    <message>
        <source>All states</source>
        <translation>Alle Zustände</translation>
    </message>
    <message>
        <source>Not posted</source>
        <translation>Nicht gebucht</translation>
    </message>
    <message>
        <source>Awaiting</source>
        <translation>Ausstehend</translation>
    </message>
    <message>
        <source>Posted</source>
        <translation>Gebucht</translation>
    </message>
    <message>
        <source>Rejected</source>
        <translation>Abgelehnt</translation>
    </message>
    <message>
        <source>Write every posting that matches the filters to a CSV file, oldest first; personal data in the ERP&apos;s reasons is masked (Ctrl+Shift+E)</source>
        <translation>Jede Buchung, die den Filtern entspricht, in eine CSV-Datei schreiben, älteste zuerst; personenbezogene Daten in den Gründen des ERP werden maskiert (Strg+Umschalt+E)</translation>
    </message>
    <message>
        <source>All kinds</source>
        <translation>Alle Arten</translation>
    </message>
    <message>
        <source>All currencies</source>
        <translation>Alle Währungen</translation>
    </message>
    <message>
        <source>Exporting…</source>
        <translation>Wird exportiert…</translation>
    </message>
</context>
<context>
    <name>ct::PostingPage</name>
    <message>
        <source>Summing postings by business day…</source>
        <translation>Buchungen werden nach Geschäftstag summiert…</translation>
    </message>
    <message>
        <source>Postings cannot be read</source>
        <translation>Buchungen können nicht gelesen werden</translation>
    </message>
    <message>
        <source>rejected by the ERP</source>
        <translation>vom ERP abgelehnt</translation>
    </message>
    <message>
        <source>none</source>
        <translation>keine</translation>
    </message>
    <message>
        <source>No postings yet</source>
        <translation>Noch keine Buchungen</translation>
    </message>
    <message>
        <source>Orders, refunds and settlements appear here once captured.</source>
        <translation>Bestellungen, Erstattungen und Abrechnungen erscheinen hier, sobald sie erfasst sind.</translation>
    </message>
    <message>
        <source>Posting</source>
        <translation>Buchung</translation>
    </message>
    <message>
        <source>awaiting (%1)</source>
        <translation>ausstehend (%1)</translation>
    </message>
    <message>
        <source>awaiting</source>
        <translation>ausstehend</translation>
    </message>
    <message>
        <source>rejected (%1)</source>
        <translation>abgelehnt (%1)</translation>
    </message>
    <message>
        <source>rejected</source>
        <translation>abgelehnt</translation>
    </message>
    <message>
        <source>Double-click a posting (or press Enter) to open its transaction&apos;s lineage</source>
        <translation>Doppelklick auf eine Buchung (oder Eingabetaste) öffnet die Lineage ihrer Transaktion</translation>
    </message>
    <message>
        <source>not posted</source>
        <translation>nicht gebucht</translation>
    </message>
    <message>
        <source>oldest not posted</source>
        <translation>älteste nicht gebuchte</translation>
    </message>
    <message>
        <source>By business day</source>
        <translation>Nach Geschäftstag</translation>
    </message>
    <message>
        <source>Awaiting, by age</source>
        <translation>Ausstehend, nach Alter</translation>
    </message>
    <message>
        <source>Rejected, by reason</source>
        <translation>Abgelehnt, nach Grund</translation>
    </message>
    <message numerus="yes">
        <source>%Ln posting(s) awaiting %1 · %2</source>
        <translation>
            <numerusform>%Ln Buchung wartet %1 · %2</numerusform>
            <numerusform>%Ln Buchungen warten %1 · %2</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln posting(s) of %1 · %2 rejected: %3</source>
        <translation>
            <numerusform>%Ln Buchung %1 · %2 abgelehnt: %3</numerusform>
            <numerusform>%Ln Buchungen %1 · %2 abgelehnt: %3</numerusform>
        </translation>
    </message>
    <message>
        <source>no reason recorded</source>
        <translation>kein Grund erfasst</translation>
    </message>
    <message>
        <source>No posting matches the filters here.</source>
        <translation>Hier entspricht keine Buchung den Filtern.</translation>
    </message>
    <message>
        <source>Select a row to list its postings.</source>
        <translation>Wählen Sie eine Zeile, um ihre Buchungen aufzulisten.</translation>
    </message>
    <message>
        <source> — double-click one to open its lineage</source>
        <translation> — Doppelklick auf eine öffnet ihre Lineage</translation>
    </message>
    <message>
        <source>Export the postings</source>
        <translation>Buchungen exportieren</translation>
    </message>
    <message>
        <source>The postings could not be written to %1: %2</source>
        <translation>Die Buchungen konnten nicht nach %1 geschrieben werden: %2</translation>
    </message>
    <message>
        <source>Reading the postings of %1…</source>
        <translation>Buchungen von %1 werden gelesen…</translation>
    </message>
    <message>
        <source>The postings of %1 cannot be read: %2</source>
        <translation>Die Buchungen von %1 können nicht gelesen werden: %2</translation>
    </message>
    <message numerus="yes">
        <source>%Ln posting(s) of %1</source>
        <translation>
            <numerusform>%Ln Buchung von %1</numerusform>
            <numerusform>%Ln Buchungen von %1</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ct::PostingSummaryModel</name>
    <message>
        <source>Business day</source>
        <translation>Geschäftstag</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Art</translation>
    </message>
    <message>
        <source>Currency</source>
        <translation>Währung</translation>
    </message>
    <message>
        <source>Awaiting</source>
        <translation>Ausstehend</translation>
    </message>
    <message>
        <source>Awaiting amount</source>
        <translation>Ausstehender Betrag</translation>
    </message>
    <message>
        <source>Posted</source>
        <translation>Gebucht</translation>
    </message>
    <message>
        <source>Posted amount</source>
        <translation>Gebuchter Betrag</translation>
    </message>
    <message>
        <source>Rejected</source>
        <translation>Abgelehnt</translation>
    </message>
    <message>
        <source>Rejected amount</source>
        <translation>Abgelehnter Betrag</translation>
    </message>
    <message>
        <source>Oldest awaiting</source>
        <translation>Älteste ausstehende</translation>
    </message>
    <message>
        <source>%1 of %2 posted state their tax</source>
        <translation>%1 von %2 gebuchten nennen ihre Steuer</translation>
    </message>
    <message>
        <source>The tax included in the posted amount, as the postings state it; empty when none states it</source>
        <translation>Die im gebuchten Betrag enthaltene Steuer, wie die Buchungen sie angeben; leer, wenn keine sie angibt</translation>
    </message>
    <message>
        <source>Posted tax</source>
        <translation>Gebuchte Steuer</translation>
    </message>
</context>
<context>
    <name>ct::PriceDeltaModel</name>
    <message>
        <source>base price</source>
        <translation>Grundpreis</translation>
    </message>
    <message>
        <source>no campaign message explains it</source>
        <translation>keine Kampagnennachricht erklärt sie</translation>
    </message>
    <message>
        <source>%1 has not taken %2 over</source>
        <translation>%1 hat %2 nicht übernommen</translation>
    </message>
    <message>
        <source>SKU</source>
        <translation>SKU</translation>
    </message>
    <message>
        <source>Store / channel</source>
        <translation>Filiale / Kanal</translation>
    </message>
    <message>
        <source>System</source>
        <translation>System</translation>
    </message>
    <message>
        <source>Price</source>
        <translation>Preis</translation>
    </message>
    <message>
        <source>Promotion</source>
        <translation>Aktion</translation>
    </message>
    <message>
        <source>ERP price</source>
        <translation>ERP-Preis</translation>
    </message>
    <message>
        <source>ERP promotion</source>
        <translation>ERP-Aktion</translation>
    </message>
    <message>
        <source>Difference</source>
        <translation>Abweichung</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>Warum</translation>
    </message>
</context>
<context>
    <name>ct::ProfileActions</name>
    <message>
        <source>“%1” is being renamed: try again once that is done.</source>
        <translation>„%1“ wird gerade umbenannt: Versuchen Sie es danach noch einmal.</translation>
    </message>
    <message>
        <source>Storing the passwords of “%1” in the keychain…</source>
        <translation>Die Passwörter von „%1“ werden im Schlüsselbund gespeichert…</translation>
    </message>
    <message>
        <source>Saved “%1”.</source>
        <translation>„%1“ gespeichert.</translation>
    </message>
    <message>
        <source>Moving the passwords of “%1” to “%2” in the keychain…</source>
        <translation>Die Passwörter von „%1“ werden im Schlüsselbund zu „%2“ verschoben…</translation>
    </message>
    <message>
        <source>“%1” was not renamed. %2</source>
        <translation>„%1“ wurde nicht umbenannt. %2</translation>
    </message>
    <message>
        <source>Renamed “%1” to “%2”.</source>
        <translation>„%1“ in „%2“ umbenannt.</translation>
    </message>
    <message>
        <source>Renamed “%1” to “%2”; its passwords are under the new name, but not all could be removed from under the old one. %3</source>
        <translation>„%1“ in „%2“ umbenannt; seine Passwörter liegen unter dem neuen Namen, aber nicht alle konnten unter dem alten entfernt werden. %3</translation>
    </message>
    <message>
        <source>Removed “%1” and its passwords.</source>
        <translation>„%1“ und seine Passwörter entfernt.</translation>
    </message>
</context>
<context>
    <name>ct::ProfileEditorDialog</name>
    <message>
        <source>Edit connection profile</source>
        <translation>Verbindungsprofil bearbeiten</translation>
    </message>
    <message>
        <source>New connection profile</source>
        <translation>Neues Verbindungsprofil</translation>
    </message>
    <message>
        <source>e.g. production</source>
        <translation>z. B. produktion</translation>
    </message>
    <message>
        <source>&amp;Name</source>
        <translation>&amp;Name</translation>
    </message>
    <message>
        <source>postgresql://user@host/database or a SQLite file</source>
        <translation>postgresql://benutzer@host/datenbank oder eine SQLite-Datei</translation>
    </message>
    <message>
        <source>&amp;Store URL</source>
        <translation>&amp;Speicher-URL</translation>
    </message>
    <message>
        <source>Store pass&amp;word</source>
        <translation>Speicher-Pass&amp;wort</translation>
    </message>
    <message>
        <source>amqp://user@host:5672/%2F or amqps://…</source>
        <translation>amqp://benutzer@host:5672/%2F oder amqps://…</translation>
    </message>
    <message>
        <source>&amp;AMQP URL</source>
        <translation>&amp;AMQP-URL</translation>
    </message>
    <message>
        <source>Broker passwo&amp;rd</source>
        <translation>Broker-Passwo&amp;rt</translation>
    </message>
    <message>
        <source>http://host:15672 (empty: the AMQP host)</source>
        <translation>http://host:15672 (leer: der AMQP-Host)</translation>
    </message>
    <message>
        <source>&amp;Management URL</source>
        <translation>&amp;Management-URL</translation>
    </message>
    <message>
        <source>PEM file of the authority that signed the broker (amqps, https)</source>
        <translation>PEM-Datei der Zertifizierungsstelle, die den Broker signiert hat (amqps, https)</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>&amp;Durchsuchen…</translation>
    </message>
    <message>
        <source>&amp;CA file</source>
        <translation>&amp;CA-Datei</translation>
    </message>
    <message>
        <source>comma-separated; empty: every queue of the virtual host</source>
        <translation>durch Kommas getrennt; leer: jede Queue des virtuellen Hosts</translation>
    </message>
    <message>
        <source>&amp;Watched queues</source>
        <translation>&amp;Beobachtete Queues</translation>
    </message>
    <message>
        <source>Passwords go to the system keychain, never to the profiles file.</source>
        <translation>Passwörter kommen in den Schlüsselbund des Systems, nie in die Profildatei.</translation>
    </message>
    <message>
        <source>CA certificate</source>
        <translation>CA-Zertifikat</translation>
    </message>
    <message>
        <source>Certificates (*.pem *.crt *.cer);;All files (*)</source>
        <translation>Zertifikate (*.pem *.crt *.cer);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>unchanged (kept in the keychain)</source>
        <translation>unverändert (im Schlüsselbund)</translation>
    </message>
    <message>
        <source>Give a store URL, an AMQP URL, or both.</source>
        <translation>Geben Sie eine Speicher-URL, eine AMQP-URL oder beides an.</translation>
    </message>
    <message>
        <source>no password</source>
        <translation>kein Passwort</translation>
    </message>
</context>
<context>
    <name>ct::ProfileRenameDialog</name>
    <message>
        <source>&amp;Rename</source>
        <translation>&amp;Umbenennen</translation>
    </message>
    <message>
        <source>Rename connection profile</source>
        <translation>Verbindungsprofil umbenennen</translation>
    </message>
    <message>
        <source>New &amp;name</source>
        <translation>Neuer &amp;Name</translation>
    </message>
    <message>
        <source>The profile&apos;s passwords move to the new name in the keychain.</source>
        <translation>Die Passwörter des Profils ziehen im Schlüsselbund unter den neuen Namen um.</translation>
    </message>
</context>
<context>
    <name>ct::ProfileSecrets</name>
    <message>
        <source>The keychain is unavailable (%1): the password was not saved anywhere, and you will be asked for it when connecting.</source>
        <translation>Der Schlüsselbund ist nicht verfügbar (%1): Das Passwort wurde nirgends gespeichert; Sie werden beim Verbinden danach gefragt.</translation>
    </message>
    <message>
        <source>The keychain is unavailable (%1): no password was read.</source>
        <translation>Der Schlüsselbund ist nicht verfügbar (%1): Es wurde kein Passwort gelesen.</translation>
    </message>
    <message>
        <source>The keychain is unavailable (%1): the profile&apos;s passwords could not be removed from it.</source>
        <translation>Der Schlüsselbund ist nicht verfügbar (%1): Die Passwörter des Profils konnten nicht daraus entfernt werden.</translation>
    </message>
    <message>
        <source>The keychain is unavailable (%1): the passwords could not be copied to the new name.</source>
        <translation>Der Schlüsselbund ist nicht verfügbar (%1): Die Passwörter konnten nicht unter den neuen Namen kopiert werden.</translation>
    </message>
</context>
<context>
    <name>ct::ProfilesPanel</name>
    <message>
        <source>&amp;Edit…</source>
        <translation>&amp;Bearbeiten…</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>&amp;Entfernen</translation>
    </message>
    <message>
        <source>&amp;Test connection</source>
        <translation>Verbindung &amp;testen</translation>
    </message>
    <message>
        <source>Connection profiles</source>
        <translation>Verbindungsprofile</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Store</source>
        <translation>Speicher</translation>
    </message>
    <message>
        <source>Broker</source>
        <translation>Broker</translation>
    </message>
    <message>
        <source>&amp;New…</source>
        <translation>&amp;Neu…</translation>
    </message>
    <message>
        <source>Remove connection profile</source>
        <translation>Verbindungsprofil entfernen</translation>
    </message>
    <message>
        <source>Remove “%1” and its passwords from the keychain?</source>
        <translation>„%1“ und seine Passwörter aus dem Schlüsselbund entfernen?</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Entfernen</translation>
    </message>
    <message>
        <source>No saved profiles yet. New… saves a store and a broker to connect to, and the queues to watch; passwords go to the keychain, never to a file.</source>
        <translation>Noch keine gespeicherten Profile. „Neu…“ speichert einen Speicher und einen Broker zum Verbinden sowie die zu beobachtenden Queues; Passwörter kommen in den Schlüsselbund, nie in eine Datei.</translation>
    </message>
    <message>
        <source>Rena&amp;me…</source>
        <translation>&amp;Umbenennen…</translation>
    </message>
</context>
<context>
    <name>ct::QueueHealthModel</name>
    <message>
        <source>ok</source>
        <translation>ok</translation>
    </message>
    <message>
        <source>idle</source>
        <translation>untätig</translation>
    </message>
    <message>
        <source>dead letters</source>
        <translation>Dead Letters</translation>
    </message>
    <message>
        <source>no consumers</source>
        <translation>keine Consumer</translation>
    </message>
    <message>
        <source>falling behind</source>
        <translation>fällt zurück</translation>
    </message>
    <message>
        <source>%1/s</source>
        <translation>%1/s</translation>
    </message>
    <message>
        <source>Queue</source>
        <translation>Queue</translation>
    </message>
    <message>
        <source>Depth</source>
        <translation>Tiefe</translation>
    </message>
    <message>
        <source>Ready</source>
        <translation>Bereit</translation>
    </message>
    <message>
        <source>Unacked</source>
        <translation>Unbestätigt</translation>
    </message>
    <message>
        <source>Consumers</source>
        <translation>Consumer</translation>
    </message>
    <message>
        <source>Publish</source>
        <translation>Publish</translation>
    </message>
    <message>
        <source>Deliver</source>
        <translation>Deliver</translation>
    </message>
    <message>
        <source>Ack</source>
        <translation>Ack</translation>
    </message>
    <message>
        <source>Verdict</source>
        <translation>Urteil</translation>
    </message>
</context>
<context>
    <name>ct::RejectionReasonModel</name>
    <message>
        <source>(no reason recorded)</source>
        <translation>(kein Grund erfasst)</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Grund</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Art</translation>
    </message>
    <message>
        <source>Currency</source>
        <translation>Währung</translation>
    </message>
    <message>
        <source>Postings</source>
        <translation>Buchungen</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Betrag</translation>
    </message>
    <message>
        <source>Latest</source>
        <translation>Neueste</translation>
    </message>
</context>
<context>
    <name>ct::RelatedFailures</name>
    <message>
        <source>Enter or double-click: open the message on the Exceptions page</source>
        <translation>Eingabetaste oder Doppelklick: Nachricht auf der Seite „Ausnahmen“ öffnen</translation>
    </message>
    <message>
        <source>Message %1, last failed %2</source>
        <translation>Nachricht %1, zuletzt fehlgeschlagen %2</translation>
    </message>
    <message>
        <source>Failed messages of this transaction (%1) — Enter opens one on the Exceptions page</source>
        <translation>Fehlgeschlagene Nachrichten dieser Transaktion (%1) – die Eingabetaste öffnet eine auf der Seite „Ausnahmen“</translation>
    </message>
</context>
<context>
    <name>ct::ReplayDialog</name>
    <message>
        <source>The queue each message died in (nothing else receives it again)</source>
        <translation>Die Queue, in der jede Nachricht gescheitert ist (sonst erhält sie niemand erneut)</translation>
    </message>
    <message>
        <source>Through its original exchange (every queue bound to it receives it)</source>
        <translation>Über ihren ursprünglichen Exchange (jede daran gebundene Queue erhält sie)</translation>
    </message>
    <message>
        <source>Another queue:</source>
        <translation>Eine andere Queue:</translation>
    </message>
    <message>
        <source>Replay failed messages</source>
        <translation>Fehlgeschlagene Nachrichten wiederholen</translation>
    </message>
    <message>
        <source>queue name</source>
        <translation>Queue-Name</translation>
    </message>
    <message>
        <source> messages/s</source>
        <translation> Nachrichten/s</translation>
    </message>
    <message>
        <source>no limit</source>
        <translation>unbegrenzt</translation>
    </message>
    <message numerus="yes">
        <source>The %n selected message(s)</source>
        <translation>
            <numerusform>Die %n ausgewählte Nachricht</numerusform>
            <numerusform>Die %n ausgewählten Nachrichten</numerusform>
        </translation>
    </message>
    <message>
        <source>All %1 open messages matching the filters and the group</source>
        <translation>Alle %1 offenen Nachrichten, die zu Filtern und Gruppe passen</translation>
    </message>
    <message>
        <source>Messages</source>
        <translation>Nachrichten</translation>
    </message>
    <message>
        <source>Broker</source>
        <translation>Broker</translation>
    </message>
    <message>
        <source>To</source>
        <translation>Ziel</translation>
    </message>
    <message>
        <source>Rate</source>
        <translation>Rate</translation>
    </message>
    <message>
        <source>No saved connection profile names a broker: add one on the Connections page.</source>
        <translation>Kein gespeichertes Verbindungsprofil nennt einen Broker: Legen Sie eines auf der Seite „Verbindungen“ an.</translation>
    </message>
    <message>
        <source>Each message is published persistent and mandatory with publisher confirms, its message id kept; its state changes only once the broker confirms it.</source>
        <translation>Jede Nachricht wird persistent und mandatory mit Publisher Confirms veröffentlicht, ihre Nachrichten-ID bleibt erhalten; ihr Zustand ändert sich erst, wenn der Broker sie bestätigt.</translation>
    </message>
    <message>
        <source>Replay</source>
        <translation>Wiederholen</translation>
    </message>
    <message>
        <source>Replay the first</source>
        <translation>Zuerst wiederholen:</translation>
    </message>
    <message>
        <source> s</source>
        <translation> s</translation>
    </message>
    <message>
        <source>then wait up to</source>
        <translation>dann bis zu</translation>
    </message>
    <message>
        <source>Canary</source>
        <translation>Canary</translation>
    </message>
    <message>
        <source>The rest go only once each of the first shows its failed stage done downstream; otherwise they stay open.</source>
        <translation>Der Rest wird erst gesendet, wenn jede der ersten ihre fehlgeschlagene Stufe nachgelagert erledigt zeigt; sonst bleibt er offen.</translation>
    </message>
</context>
<context>
    <name>ct::ReplayFlow</name>
    <message>
        <source>replaying needs a broker connection, which this window was started without</source>
        <translation>Wiederholen braucht eine Broker-Verbindung, ohne die dieses Fenster gestartet wurde</translation>
    </message>
    <message>
        <source>Checking what the replay would do (dry run)…</source>
        <translation>Prüfen, was das Wiederholen täte (Probelauf)…</translation>
    </message>
    <message>
        <source>Replay failed messages</source>
        <translation>Fehlgeschlagene Nachrichten wiederholen</translation>
    </message>
    <message>
        <source>Dry run, nothing changed yet:</source>
        <translation>Probelauf, noch nichts geändert:</translation>
    </message>
    <message>
        <source>Canary: the first %1 go first; the rest only once each shows its stage done downstream (waiting up to %2 s).</source>
        <translation>Canary: Die ersten %1 gehen zuerst; der Rest erst, wenn jede ihre Stufe nachgelagert erledigt zeigt (Wartezeit bis zu %2 s).</translation>
    </message>
    <message numerus="yes">
        <source>Replay %n message(s)</source>
        <translation>
            <numerusform>%n Nachricht wiederholen</numerusform>
            <numerusform>%n Nachrichten wiederholen</numerusform>
        </translation>
    </message>
    <message>
        <source>The replay was not started.</source>
        <translation>Das Wiederholen wurde nicht gestartet.</translation>
    </message>
    <message>
        <source>was cancelled</source>
        <translation>wurde abgebrochen</translation>
    </message>
    <message>
        <source>did not finish (interrupted, or still running elsewhere)</source>
        <translation>wurde nicht beendet (unterbrochen oder läuft noch anderswo)</translation>
    </message>
    <message>
        <source>no saved connection profile names a broker: add one on the Connections page</source>
        <translation>kein gespeichertes Verbindungsprofil nennt einen Broker: Legen Sie eines auf der Seite „Verbindungen“ an</translation>
    </message>
    <message>
        <source>Resume the replay</source>
        <translation>Wiederholung fortsetzen</translation>
    </message>
    <message>
        <source>Broker</source>
        <translation>Broker</translation>
    </message>
    <message>
        <source>The replay of %1 messages that %2 started %3 %4: %5 still to replay.</source>
        <translation>Die Wiederholung von %1 Nachrichten, die %2 %3 gestartet hat, %4: %5 noch zu wiederholen.</translation>
    </message>
    <message>
        <source>stopped early (%1)</source>
        <translation>wurde vorzeitig beendet (%1)</translation>
    </message>
</context>
<context>
    <name>ct::ResubmitDialog</name>
    <message>
        <source>removed</source>
        <translation>entfernt</translation>
    </message>
    <message>
        <source>added</source>
        <translation>hinzugefügt</translation>
    </message>
    <message>
        <source>changed</source>
        <translation>geändert</translation>
    </message>
    <message>
        <source>Check</source>
        <translation>Prüfen</translation>
    </message>
    <message>
        <source>Send the edited copy</source>
        <translation>Bearbeitete Kopie senden</translation>
    </message>
    <message>
        <source>Edit &amp; resubmit %1</source>
        <translation>%1 bearbeiten und erneut senden</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Feld</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Änderung</translation>
    </message>
    <message>
        <source>Before</source>
        <translation>Vorher</translation>
    </message>
    <message>
        <source>After</source>
        <translation>Nachher</translation>
    </message>
    <message>
        <source>Personal data is masked; a masked value left as it is keeps the original&apos;s data. Edit the fields that failed, then Check.</source>
        <translation>Personenbezogene Daten sind maskiert; ein unverändert gelassener maskierter Wert behält die Daten des Originals. Bearbeiten Sie die fehlerhaften Felder, dann „Prüfen“.</translation>
    </message>
    <message>
        <source>Broker</source>
        <translation>Broker</translation>
    </message>
    <message>
        <source>No saved connection profile names a broker: add one on the Connections page.</source>
        <translation>Kein gespeichertes Verbindungsprofil nennt einen Broker: Legen Sie eines auf der Seite „Verbindungen“ an.</translation>
    </message>
    <message>
        <source>(payload)</source>
        <translation>(Nutzdaten)</translation>
    </message>
    <message>
        <source>Cannot be sent: %1</source>
        <translation>Kann nicht gesendet werden: %1</translation>
    </message>
    <message numerus="yes">
        <source>Fit to send: %n field(s) changed.</source>
        <translation>
            <numerusform>Kann gesendet werden: %n Feld geändert.</numerusform>
            <numerusform>Kann gesendet werden: %n Felder geändert.</numerusform>
        </translation>
    </message>
    <message>
        <source>Look first: %1</source>
        <translation>Zuerst prüfen: %1</translation>
    </message>
</context>
<context>
    <name>ct::RevenueBlockerModel</name>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>failed %1</source>
        <translation>fehlgeschlagen %1</translation>
    </message>
    <message>
        <source>overdue %1</source>
        <translation>überfällig seit %1</translation>
    </message>
    <message>
        <source>Order</source>
        <translation>Bestellung</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Betrag</translation>
    </message>
    <message>
        <source>Stopped at</source>
        <translation>Angehalten bei</translation>
    </message>
    <message>
        <source>Since</source>
        <translation>Seit</translation>
    </message>
</context>
<context>
    <name>ct::RoleButton</name>
    <message>
        <source>Viewer: looks only</source>
        <translation>Betrachter: sieht nur zu</translation>
    </message>
    <message>
        <source>Operator: replays, resolves, discards, assigns, snoozes</source>
        <translation>Operator: wiederholt, erledigt, verwirft, weist zu, stellt zurück</translation>
    </message>
    <message>
        <source>viewer</source>
        <translation>Betrachter</translation>
    </message>
    <message>
        <source>operator</source>
        <translation>Operator</translation>
    </message>
    <message>
        <source>admin</source>
        <translation>Admin</translation>
    </message>
    <message>
        <source>Role: %1</source>
        <translation>Rolle: %1</translation>
    </message>
    <message>
        <source>Waiting for the store to say what this connection may do; until then nothing can be changed.</source>
        <translation>Warten darauf, dass der Speicher mitteilt, was diese Verbindung darf; bis dahin lässt sich nichts ändern.</translation>
    </message>
    <message>
        <source>You chose %1, but the store grants this connection no more than %2.</source>
        <translation>Sie haben %1 gewählt, aber der Speicher gewährt dieser Verbindung höchstens %2.</translation>
    </message>
    <message>
        <source>The role you act in; the store grants this connection up to %1.</source>
        <translation>Die Rolle, in der Sie handeln; der Speicher gewährt dieser Verbindung bis zu %1.</translation>
    </message>
    <message>
        <source>Admin: also reopens, overrides the quarantine and manages connections</source>
        <translation>Admin: öffnet auch wieder, hebt die Quarantäne auf und verwaltet Verbindungen</translation>
    </message>
</context>
<context>
    <name>ct::RunbookView</name>
    <message>
        <source>The runbook for the selected message&apos;s queue and error class appears here.</source>
        <translation>Hier erscheint das Runbook für Queue und Fehlerklasse der ausgewählten Nachricht.</translation>
    </message>
    <message>
        <source>Open the runbook</source>
        <translation>Runbook öffnen</translation>
    </message>
    <message>
        <source>No runbooks</source>
        <translation>Keine Runbooks</translation>
    </message>
    <message>
        <source>The runbooks cannot be used: %1</source>
        <translation>Die Runbooks sind nicht verwendbar: %1</translation>
    </message>
    <message>
        <source>No runbooks are configured.</source>
        <translation>Es sind keine Runbooks eingerichtet.</translation>
    </message>
    <message>
        <source>No runbook for this failure</source>
        <translation>Kein Runbook für diesen Fehler</translation>
    </message>
    <message>
        <source>None of the runbooks in %1 covers the queue %2 with the error class %3.</source>
        <translation>Keines der Runbooks in %1 deckt die Queue %2 mit der Fehlerklasse %3 ab.</translation>
    </message>
    <message>
        <source>What to check</source>
        <translation>Was zu prüfen ist</translation>
    </message>
    <message>
        <source>Replay is safe when</source>
        <translation>Erneut senden ist sicher, wenn</translation>
    </message>
    <message>
        <source>Whom to call</source>
        <translation>Wen anrufen</translation>
    </message>
</context>
<context>
    <name>ct::SlaBreachModel</name>
    <message>
        <source>Transaction</source>
        <translation>Transaktion</translation>
    </message>
    <message>
        <source>Completed</source>
        <translation>Abgeschlossen</translation>
    </message>
    <message>
        <source>Took</source>
        <translation>Dauer</translation>
    </message>
</context>
<context>
    <name>ct::SlaCard</name>
    <message>
        <source>seconds</source>
        <translation>Sekunden</translation>
    </message>
    <message>
        <source>minutes</source>
        <translation>Minuten</translation>
    </message>
    <message>
        <source>hours</source>
        <translation>Stunden</translation>
    </message>
    <message>
        <source>%1: %2 → %3, within %4</source>
        <translation>%1: %2 → %3, innerhalb %4</translation>
    </message>
    <message>
        <source>p95 %1</source>
        <translation>p95 %1</translation>
    </message>
    <message numerus="yes">
        <source>%n breach(es)</source>
        <translation>
            <numerusform>%n Verletzung</numerusform>
            <numerusform>%n Verletzungen</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 completed</source>
        <translation>%1 abgeschlossen</translation>
    </message>
    <message>
        <source>%1 waiting</source>
        <translation>%1 wartend</translation>
    </message>
    <message>
        <source>waiting</source>
        <translation>wartend</translation>
    </message>
    <message>
        <source>p50</source>
        <translation>p50</translation>
    </message>
    <message>
        <source>p95</source>
        <translation>p95</translation>
    </message>
    <message>
        <source>p99</source>
        <translation>p99</translation>
    </message>
    <message>
        <source>SLA</source>
        <translation>SLA</translation>
    </message>
    <message>
        <source>breaches</source>
        <translation>Verletzungen</translation>
    </message>
    <message>
        <source>%1 – %2</source>
        <translation>%1 – %2</translation>
    </message>
    <message>
        <source>p50 %1 · p95 %2 · p99 %3</source>
        <translation>p50 %1 · p95 %2 · p99 %3</translation>
    </message>
    <message>
        <source>SLA threshold</source>
        <translation>SLA-Schwellwert</translation>
    </message>
    <message>
        <source>waiting (right axis)</source>
        <translation>wartend (rechte Achse)</translation>
    </message>
</context>
<context>
    <name>ct::SlaDetail</name>
    <message>
        <source>no transaction completed</source>
        <translation>keine Transaktion abgeschlossen</translation>
    </message>
    <message>
        <source>%1 completed · p50 %2 · p95 %3 · p99 %4</source>
        <translation>%1 abgeschlossen · p50 %2 · p95 %3 · p99 %4</translation>
    </message>
    <message>
        <source>Edit threshold…</source>
        <translation>Schwellwert ändern…</translation>
    </message>
    <message>
        <source>Change how long this SLA allows; kept in the store and audited</source>
        <translation>Ändert, wie lange dieses SLA erlaubt; im Speicher gehalten und protokolliert</translation>
    </message>
    <message>
        <source>Double-click a transaction (or press Enter) to open its lineage</source>
        <translation>Doppelklick auf eine Transaktion (oder Enter) öffnet ihren Verlauf</translation>
    </message>
    <message>
        <source>No SLA selected</source>
        <translation>Kein SLA ausgewählt</translation>
    </message>
    <message>
        <source>%1: from %2 to %3 within %4</source>
        <translation>%1: von %2 bis %3 innerhalb %4</translation>
    </message>
    <message>
        <source>%1 to %2: %3</source>
        <translation>%1 bis %2: %3</translation>
    </message>
    <message numerus="yes">
        <source>%n breach(es)</source>
        <translation>
            <numerusform>%n Verletzung</numerusform>
            <numerusform>%n Verletzungen</numerusform>
        </translation>
    </message>
    <message>
        <source>; %1 started and not yet completed</source>
        <translation>; %1 begonnen und noch nicht abgeschlossen</translation>
    </message>
    <message>
        <source>Click a chart to see a time bucket&apos;s breaches.</source>
        <translation>Klicken Sie in ein Diagramm, um die Verletzungen eines Zeitintervalls zu sehen.</translation>
    </message>
    <message numerus="yes">
        <source>%1 – %2: %3; %n breach(es)</source>
        <translation>
            <numerusform>%1 – %2: %3; %n Verletzung</numerusform>
            <numerusform>%1 – %2: %3; %n Verletzungen</numerusform>
        </translation>
    </message>
    <message>
        <source>Finding the transactions that breached…</source>
        <translation>Suche die Transaktionen, die das SLA verletzt haben…</translation>
    </message>
    <message>
        <source>No transaction in this bucket took longer than the SLA allows.</source>
        <translation>Keine Transaktion in diesem Intervall dauerte länger, als das SLA erlaubt.</translation>
    </message>
    <message numerus="yes">
        <source>The %n slowest transactions; double-click one to open its lineage.</source>
        <translation>
            <numerusform>Die langsamste Transaktion; Doppelklick öffnet ihren Verlauf.</numerusform>
            <numerusform>Die %n langsamsten Transaktionen; Doppelklick öffnet den Verlauf.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n transaction(s) took longer; double-click one to open its lineage.</source>
        <translation>
            <numerusform>%n Transaktion dauerte länger; Doppelklick öffnet ihren Verlauf.</numerusform>
            <numerusform>%n Transaktionen dauerten länger; Doppelklick öffnet den Verlauf.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ct::SlaPage</name>
    <message>
        <source>No SLAs defined</source>
        <translation>Keine SLAs definiert</translation>
    </message>
    <message>
        <source>breaches</source>
        <translation>Verletzungen</translation>
    </message>
    <message>
        <source>SLA</source>
        <translation>SLA</translation>
    </message>
    <message>
        <source>Last hour</source>
        <translation>Letzte Stunde</translation>
    </message>
    <message>
        <source>Last 24 hours</source>
        <translation>Letzte 24 Stunden</translation>
    </message>
    <message>
        <source>Last 7 days</source>
        <translation>Letzte 7 Tage</translation>
    </message>
    <message>
        <source>Custom range</source>
        <translation>Eigener Zeitraum</translation>
    </message>
    <message>
        <source>Up to the newest event in the store</source>
        <translation>Bis zum neuesten Ereignis im Speicher</translation>
    </message>
    <message>
        <source>Range</source>
        <translation>Zeitraum</translation>
    </message>
    <message>
        <source>Measuring the SLAs…</source>
        <translation>SLAs werden gemessen…</translation>
    </message>
    <message>
        <source>The SLAs cannot be read</source>
        <translation>Die SLAs können nicht gelesen werden</translation>
    </message>
    <message>
        <source>SLAs come from resources/slas.json and the edits kept in the store.</source>
        <translation>SLAs stammen aus resources/slas.json und den im Speicher gehaltenen Änderungen.</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1 von %2</translation>
    </message>
    <message>
        <source>SLAs with p95 within</source>
        <translation>SLAs mit p95 im Rahmen</translation>
    </message>
    <message>
        <source>up to %1</source>
        <translation>bis %1</translation>
    </message>
    <message>
        <source>%1 now allows %2.</source>
        <translation>%1 erlaubt jetzt %2.</translation>
    </message>
</context>
<context>
    <name>ct::SlaThresholdDialog</name>
    <message>
        <source>Threshold of %1</source>
        <translation>Schwellwert von %1</translation>
    </message>
    <message>
        <source>seconds</source>
        <translation>Sekunden</translation>
    </message>
    <message>
        <source>minutes</source>
        <translation>Minuten</translation>
    </message>
    <message>
        <source>hours</source>
        <translation>Stunden</translation>
    </message>
    <message>
        <source>Why, e.g. agreed with the ERP team for the peak weeks</source>
        <translation>Warum, z. B. mit dem ERP-Team für die Spitzenwochen vereinbart</translation>
    </message>
    <message>
        <source>Stages</source>
        <translation>Stufen</translation>
    </message>
    <message>
        <source>%1: %2 → %3</source>
        <translation>%1: %2 → %3</translation>
    </message>
    <message>
        <source>Now</source>
        <translation>Jetzt</translation>
    </message>
    <message>
        <source>New threshold</source>
        <translation>Neuer Schwellwert</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Notiz</translation>
    </message>
    <message>
        <source>The change is kept in the store and written to the audit trail. The charts read the same latencies against the new threshold.</source>
        <translation>Die Änderung wird im Speicher gehalten und im Prüfprotokoll vermerkt. Die Diagramme lesen dieselben Latenzen gegen den neuen Schwellwert.</translation>
    </message>
    <message>
        <source>The threshold must be above zero.</source>
        <translation>Der Schwellwert muss größer als null sein.</translation>
    </message>
    <message>
        <source>The threshold can be at most 30 days.</source>
        <translation>Der Schwellwert darf höchstens 30 Tage betragen.</translation>
    </message>
    <message>
        <source>That is the threshold already.</source>
        <translation>Das ist bereits der Schwellwert.</translation>
    </message>
</context>
<context>
    <name>ct::SnapshotRunner</name>
    <message>
        <source>cannot create the folder %1</source>
        <translation>Ordner %1 kann nicht angelegt werden</translation>
    </message>
    <message>
        <source>wrote %1</source>
        <translation>%1 geschrieben</translation>
    </message>
    <message>
        <source>cannot write %1</source>
        <translation>%1 kann nicht geschrieben werden</translation>
    </message>
</context>
<context>
    <name>ct::StageStrip</name>
    <message>
        <source>expected by %1 (SLA %2)</source>
        <translation>erwartet bis %1 (SLA %2)</translation>
    </message>
    <message>
        <source>no event stored</source>
        <translation>kein Ereignis gespeichert</translation>
    </message>
    <message>
        <source>due by %1</source>
        <translation>fällig bis %1</translation>
    </message>
    <message>
        <source>not reached</source>
        <translation>nicht erreicht</translation>
    </message>
    <message>
        <source>skipped</source>
        <translation>übersprungen</translation>
    </message>
    <message>
        <source>Occurred %1</source>
        <translation>Eingetreten %1</translation>
    </message>
    <message>
        <source>%1 after %2</source>
        <translation>%1 nach %2</translation>
    </message>
    <message>
        <source>SLA %1 after %2</source>
        <translation>SLA %1 nach %2</translation>
    </message>
    <message>
        <source>Expected by %1</source>
        <translation>Erwartet bis %1</translation>
    </message>
    <message>
        <source>%1 duplicate deliveries</source>
        <translation>%1 doppelte Zustellungen</translation>
    </message>
</context>
<context>
    <name>ct::SwimlaneView</name>
    <message>
        <source>Swimlane timeline</source>
        <translation>Zeitleiste nach Systemen</translation>
    </message>
    <message>
        <source>Duplicate: the same event was delivered again</source>
        <translation>Duplikat: dasselbe Ereignis wurde erneut zugestellt</translation>
    </message>
    <message>
        <source>Out of sequence: recorded before its cause</source>
        <translation>Außer der Reihe: vor seiner Ursache erfasst</translation>
    </message>
    <message>
        <source>Its cause is not among the events</source>
        <translation>Seine Ursache ist nicht unter den Ereignissen</translation>
    </message>
    <message>
        <source>No events to draw.</source>
        <translation>Keine Ereignisse zum Zeichnen.</translation>
    </message>
    <message>
        <source>Events: %1  ·  systems: %2</source>
        <translation>Ereignisse: %1  ·  Systeme: %2</translation>
    </message>
    <message>
        <source>duplicates (dashed ring): %1</source>
        <translation>Duplikate (gestrichelter Ring): %1</translation>
    </message>
    <message>
        <source>out of sequence (▲): %1</source>
        <translation>außer der Reihe (▲): %1</translation>
    </message>
    <message>
        <source>wheel: zoom, drag: pan, double-click: fit</source>
        <translation>Mausrad: zoomen, Ziehen: verschieben, Doppelklick: alles zeigen</translation>
    </message>
</context>
<context>
    <name>ct::SystemPairHealthModel</name>
    <message numerus="yes">
        <source>%n change(s) crossed with a measured latency</source>
        <translation>
            <numerusform>%n Änderung mit gemessener Latenz übertragen</numerusform>
            <numerusform>%n Änderungen mit gemessener Latenz übertragen</numerusform>
        </translation>
    </message>
    <message>
        <source>Messages received by %1 in the range, and those that failed</source>
        <translation>Von %1 im Zeitraum empfangene Nachrichten und die fehlgeschlagenen</translation>
    </message>
    <message>
        <source>–</source>
        <translation>–</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Von</translation>
    </message>
    <message>
        <source>To</source>
        <translation>Nach</translation>
    </message>
    <message>
        <source>Messages</source>
        <translation>Nachrichten</translation>
    </message>
    <message>
        <source>p50</source>
        <translation>p50</translation>
    </message>
    <message>
        <source>p95</source>
        <translation>p95</translation>
    </message>
    <message>
        <source>Errors</source>
        <translation>Fehler</translation>
    </message>
    <message>
        <source>Integrity</source>
        <translation>Integrität</translation>
    </message>
</context>
<context>
    <name>ct::SystemsRefreshBar</name>
    <message>
        <source>Refresh from systems</source>
        <translation>Aus den Systemen aktualisieren</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>Read the selected positions again from the systems&apos; APIs now</source>
        <translation>Die ausgewählten Positionen jetzt erneut über die APIs der Systeme lesen</translation>
    </message>
    <message>
        <source>%v of %m requests</source>
        <translation>%v von %m Anfragen</translation>
    </message>
    <message>
        <source>No systems to refresh from in this window.</source>
        <translation>In diesem Fenster gibt es keine Systeme zum Aktualisieren.</translation>
    </message>
    <message>
        <source>Select the positions to refresh first.</source>
        <translation>Zuerst die zu aktualisierenden Positionen auswählen.</translation>
    </message>
    <message numerus="yes">
        <source>Reading %n SKU × node position(s) from the systems…</source>
        <translation>
            <numerusform>%n SKU-×-Knoten-Position wird aus den Systemen gelesen…</numerusform>
            <numerusform>%n SKU-×-Knoten-Positionen werden aus den Systemen gelesen…</numerusform>
        </translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <translation>Wird abgebrochen…</translation>
    </message>
    <message>
        <source>Refresh failed: %1</source>
        <translation>Aktualisierung fehlgeschlagen: %1</translation>
    </message>
</context>
<context>
    <name>ct::ThroughputView</name>
    <message>
        <source>Click a red bar to open the SLA breached most in that quarter hour.</source>
        <translation>Ein Klick auf einen roten Balken öffnet das in dieser Viertelstunde am häufigsten verletzte SLA.</translation>
    </message>
    <message>
        <source>Throughput and SLA breaches, last 6 hours</source>
        <translation>Durchsatz und SLA-Verletzungen, letzte 6 Stunden</translation>
    </message>
    <message>
        <source>━ events/min</source>
        <translation>━ Ereignisse/min</translation>
    </message>
    <message>
        <source>━ failed/min</source>
        <translation>━ fehlgeschlagen/min</translation>
    </message>
    <message>
        <source>█ SLA breaches</source>
        <translation>█ SLA-Verletzungen</translation>
    </message>
    <message>
        <source>%1 events, at most %2 a minute</source>
        <translation>%1 Ereignisse, höchstens %2 pro Minute</translation>
    </message>
    <message>
        <source>%1 failed</source>
        <translation>%1 fehlgeschlagen</translation>
    </message>
    <message>
        <source>no SLA breached</source>
        <translation>kein SLA verletzt</translation>
    </message>
    <message>
        <source>events/min</source>
        <translation>Ereignisse/min</translation>
    </message>
    <message>
        <source>SLA breaches</source>
        <translation>SLA-Verletzungen</translation>
    </message>
    <message>
        <source>failed/min</source>
        <translation>fehlgeschlagen/min</translation>
    </message>
    <message>
        <source>The throughput cannot be read: %1</source>
        <translation>Der Durchsatz kann nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>%1: %2 events, %3 failed</source>
        <translation>%1: %2 Ereignisse, %3 fehlgeschlagen</translation>
    </message>
    <message numerus="yes">
        <source>%n SLA breach(es) %1 – %2:</source>
        <translation>
            <numerusform>%n SLA-Verletzung %1 – %2:</numerusform>
            <numerusform>%n SLA-Verletzungen %1 – %2:</numerusform>
        </translation>
    </message>
    <message>
        <source>  %1: %2</source>
        <translation>  %1: %2</translation>
    </message>
    <message numerus="yes">
        <source>%n SLA breach(es)</source>
        <translation>
            <numerusform>%n SLA-Verletzung</numerusform>
            <numerusform>%n SLA-Verletzungen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n quarter hour(s) with breaches</source>
        <translation>
            <numerusform>%n Viertelstunde mit Verletzungen</numerusform>
            <numerusform>%n Viertelstunden mit Verletzungen</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ct::WallScreen</name>
    <message>
        <source>Nothing is blocking revenue: no order in flight has failed or is stuck past its SLA.</source>
        <translation>Nichts blockiert Umsatz: keine laufende Bestellung ist fehlgeschlagen oder über ihr SLA hinaus hängen geblieben.</translation>
    </message>
    <message>
        <source>Click an order to open its Lineage.</source>
        <translation>Klicken Sie auf eine Bestellung, um ihre Lineage zu öffnen.</translation>
    </message>
    <message>
        <source>%1 blocked</source>
        <translation>%1 blockiert</translation>
    </message>
    <message>
        <source>Orders in flight</source>
        <translation>Laufende Bestellungen</translation>
    </message>
    <message>
        <source>Stuck past SLA</source>
        <translation>Über SLA hängend</translation>
    </message>
    <message numerus="yes">
        <source>%n failed</source>
        <translation>
            <numerusform>%n fehlgeschlagen</numerusform>
            <numerusform>%n fehlgeschlagen</numerusform>
        </translation>
    </message>
    <message>
        <source>Open exceptions</source>
        <translation>Offene Ausnahmen</translation>
    </message>
    <message>
        <source>ERP backlog</source>
        <translation>ERP-Rückstand</translation>
    </message>
    <message>
        <source>Events/min</source>
        <translation>Ereignisse/min</translation>
    </message>
    <message>
        <source>What is blocking revenue</source>
        <translation>Was Umsatz blockiert</translation>
    </message>
    <message numerus="yes">
        <source>What is blocking revenue: the top %n by value</source>
        <translation>
            <numerusform>Was Umsatz blockiert: die %n wertvollste</numerusform>
            <numerusform>Was Umsatz blockiert: die %n wertvollsten</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ct::app::LiveDemoToggle</name>
    <message>
        <source>The demo estate keeps running while this is on: orders, sales, failures and postings arrive in real time</source>
        <translation>Solange dies eingeschaltet ist, läuft die Demo-Landschaft weiter: Bestellungen, Verkäufe, Fehler und Buchungen treffen in Echtzeit ein</translation>
    </message>
    <message>
        <source>⏸ Demo estate paused</source>
        <translation>⏸ Demo-Landschaft angehalten</translation>
    </message>
    <message>
        <source>▶ Demo estate catching up (%1 events)…</source>
        <translation>▶ Demo-Landschaft holt auf (%1 Ereignisse)…</translation>
    </message>
    <message>
        <source>▶ Demo estate live</source>
        <translation>▶ Demo-Landschaft live</translation>
    </message>
    <message>
        <source>⚠ Demo estate stopped</source>
        <translation>⚠ Demo-Landschaft gestoppt</translation>
    </message>
    <message>
        <source>▶ Demo estate starting…</source>
        <translation>▶ Demo-Landschaft startet…</translation>
    </message>
</context>
</TS>
