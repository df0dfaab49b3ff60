<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr_FR">
<context>
    <name>DeltaCause</name>
    <message>
        <source>%1 of %2 failed, so %3 has not taken it over (%4)</source>
        <translation>%1 de %2 a échoué, donc %3 n&apos;en tient pas compte (%4)</translation>
    </message>
    <message>
        <source>%1 of %2 failed, so %3 never came and %4 has not taken it over (%5)</source>
        <translation>%1 de %2 a échoué, donc %3 n&apos;a jamais eu lieu et %4 n&apos;en tient pas compte (%5)</translation>
    </message>
    <message>
        <source>%1 of %2 is overdue since %3, so %4 has not taken it over (%5)</source>
        <translation>%1 de %2 est en retard depuis %3, donc %4 n&apos;en tient pas compte (%5)</translation>
    </message>
    <message>
        <source>%1 of %2 is on its way, so %3 has not taken it over yet (%4)</source>
        <translation>%1 de %2 est en cours, donc %3 n&apos;en tient pas encore compte (%4)</translation>
    </message>
</context>
<context>
    <name>IncidentText</name>
    <message>
        <source>%1 sent no event from %2 to %3 (%4); at that hour it usually sends %5 an hour.</source>
        <translation>%1 n&apos;a envoyé aucun événement de %2 à %3 (%4) ; à cette heure, il en envoie d&apos;habitude %5 par heure.</translation>
    </message>
    <message>
        <source>%1 has sent no event since %2 (%3); at this hour it usually sends %4 an hour.</source>
        <translation>%1 n&apos;a envoyé aucun événement depuis %2 (%3) ; à cette heure, il en envoie d&apos;habitude %4 par heure.</translation>
    </message>
    <message>
        <source>%1 transactions breached %2 (over %3) within %4 min, where none usually does.</source>
        <translation>%1 transactions ont dépassé %2 (plus de %3) en %4 min, alors qu&apos;aucune ne le fait d&apos;habitude.</translation>
    </message>
    <message>
        <source>%1 transactions breached %2 (over %3) within %4 min, against a usual %5 in %4 min.</source>
        <translation>%1 transactions ont dépassé %2 (plus de %3) en %4 min, contre %5 d&apos;habitude en %4 min.</translation>
    </message>
    <message>
        <source>at %1 postings a minute it takes %2 to drain</source>
        <translation>à %1 comptabilisations par minute, il faut %2 pour la résorber</translation>
    </message>
    <message>
        <source>nothing is posted, so it does not drain</source>
        <translation>rien n&apos;est comptabilisé, elle ne se résorbe donc pas</translation>
    </message>
    <message>
        <source>The %1 backlog grew to %2 transactions, %3 more arriving than done within %4 min (usually %5); %6.</source>
        <translation>L&apos;arriéré de %1 est passé à %2 transactions, %3 de plus arrivées que traitées en %4 min (d&apos;habitude %5) ; %6.</translation>
    </message>
    <message>
        <source>%1 failed messages reached %2 within %3 min, against a usual %4 in %3 min.</source>
        <translation>%1 messages en échec sont arrivés dans %2 en %3 min, contre %4 d&apos;habitude en %3 min.</translation>
    </message>
</context>
<context>
    <name>LineageVerdict</name>
    <message>
        <source>%1 reported %2</source>
        <translation>%1 a signalé %2</translation>
    </message>
    <message>
        <source>No event of this transaction has been stored</source>
        <translation>Aucun événement de cette transaction n&apos;a été enregistré</translation>
    </message>
    <message>
        <source>Failed at %1: %2</source>
        <translation>Échec à %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>Stuck at %1 for %2 (SLA %3)</source>
        <translation>Bloquée à %1 depuis %2 (SLA %3)</translation>
    </message>
    <message>
        <source>In progress: waiting for %1</source>
        <translation>En cours&#xa0;: attend %1</translation>
    </message>
    <message>
        <source>In progress: waiting for %1, due in %2</source>
        <translation>En cours&#xa0;: attend %1, échéance dans %2</translation>
    </message>
    <message>
        <source>Complete as far as its events show, in %1 (they name no flow)</source>
        <translation>Terminée d&apos;après ses événements, en %1 (ils ne nomment aucun flux)</translation>
    </message>
    <message>
        <source>Complete as far as its events show, in %1 (flow %2 has no template)</source>
        <translation>Terminée d&apos;après ses événements, en %1 (le flux %2 n&apos;a pas de modèle)</translation>
    </message>
    <message>
        <source>Complete in %1; no event was stored for %2</source>
        <translation>Terminée en %1&#xa0;; aucun événement enregistré pour %2</translation>
    </message>
    <message>
        <source>Complete in %1</source>
        <translation>Terminée en %1</translation>
    </message>
    <message>
        <source> - 1 failed message in %1</source>
        <translation> – 1 message en échec dans %1</translation>
    </message>
    <message>
        <source> - %1 failed messages in %2</source>
        <translation> – %1 messages en échec dans %2</translation>
    </message>
</context>
<context>
    <name>QObject</name>
    <message>
        <source>cannot create the data folder %1</source>
        <translation>impossible de créer le dossier de données %1</translation>
    </message>
    <message>
        <source>Creating the demo retail estate (a week of telemetry)…</source>
        <translation>Création du parc de démonstration (une semaine de télémétrie)…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
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
            <numerusform>%1&#xa0;: %n erreur</numerusform>
            <numerusform>%1&#xa0;: %n erreurs</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Refresh cancelled: %n position(s) written</source>
        <translation>
            <numerusform>Actualisation annulée&#xa0;: %n position écrite</numerusform>
            <numerusform>Actualisation annulée&#xa0;: %n positions écrites</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Refreshed %n position(s) from the systems</source>
        <translation>
            <numerusform>%n position actualisée depuis les systèmes</numerusform>
            <numerusform>%n positions actualisées depuis les systèmes</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: %2 of %3 requests answered, %4 positions read, %5 retries, %6 rate-limit waits</source>
        <translation>%1&#xa0;: %2 requêtes sur %3 traitées, %4 positions lues, %5 nouvelles tentatives, %6 attentes de limitation de débit</translation>
    </message>
    <message numerus="yes">
        <source>  … and %n more</source>
        <translation>
            <numerusform>  … et %n autre</numerusform>
            <numerusform>  … et %n autres</numerusform>
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
        <translation>Avertissement</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Échec</translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation>Inconnu</translation>
    </message>
    <message>
        <source>In progress</source>
        <translation>En cours</translation>
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
        <translation>%1 j %2 h</translation>
    </message>
    <message>
        <source>%1 d</source>
        <translation>%1 j</translation>
    </message>
    <message>
        <source>just now</source>
        <translation>à l&apos;instant</translation>
    </message>
    <message>
        <source>%1 ago</source>
        <translation>il y a %1</translation>
    </message>
    <message>
        <source>in %1</source>
        <translation>dans %1</translation>
    </message>
</context>
<context>
    <name>ct::AuditFilterBar</name>
    <message>
        <source>Export CSV…</source>
        <translation>Exporter en CSV…</translation>
    </message>
    <message>
        <source>Target, detail or any other text</source>
        <translation>Cible, détail ou tout autre texte</translation>
    </message>
    <message>
        <source>Write the entries shown to a CSV file (Ctrl+Shift+E)</source>
        <translation>Écrire les entrées affichées dans un fichier CSV (Ctrl+Maj+E)</translation>
    </message>
    <message>
        <source>All actors</source>
        <translation>Tous les acteurs</translation>
    </message>
    <message>
        <source>All actions</source>
        <translation>Toutes les actions</translation>
    </message>
    <message>
        <source>All results</source>
        <translation>Tous les résultats</translation>
    </message>
</context>
<context>
    <name>ct::AuditPage</name>
    <message>
        <source>Select an entry to see its details and hashes.</source>
        <translation>Sélectionnez une entrée pour voir ses détails et ses empreintes.</translation>
    </message>
    <message>
        <source>Reading the audit trail…</source>
        <translation>Lecture du journal d&apos;audit…</translation>
    </message>
    <message>
        <source>The audit trail cannot be read</source>
        <translation>Le journal d&apos;audit ne peut pas être lu</translation>
    </message>
    <message>
        <source>entries</source>
        <translation>entrées</translation>
    </message>
    <message>
        <source>✓ verified</source>
        <translation>✓ vérifiée</translation>
    </message>
    <message>
        <source>✗ broken at entry %1</source>
        <translation>✗ rompue à l&apos;entrée %1</translation>
    </message>
    <message>
        <source>hash chain</source>
        <translation>chaîne d&apos;empreintes</translation>
    </message>
    <message>
        <source>No audit entries yet</source>
        <translation>Aucune entrée d&apos;audit pour l&apos;instant</translation>
    </message>
    <message>
        <source>Every change to the store is recorded here.</source>
        <translation>Chaque modification de la base est enregistrée ici.</translation>
    </message>
    <message>
        <source>No audit entries match the filters</source>
        <translation>Aucune entrée d&apos;audit ne correspond aux filtres</translation>
    </message>
    <message>
        <source>Widen the filters to see more.</source>
        <translation>Élargissez les filtres pour en voir plus.</translation>
    </message>
    <message>
        <source>Export the audit trail</source>
        <translation>Exporter le journal d&apos;audit</translation>
    </message>
    <message>
        <source>The audit trail could not be written to %1: %2</source>
        <translation>Le journal d&apos;audit n&apos;a pas pu être écrit dans %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Horodatage</translation>
    </message>
    <message>
        <source>Actor</source>
        <translation>Acteur</translation>
    </message>
    <message>
        <source>Target</source>
        <translation>Cible</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Modification</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Résultat</translation>
    </message>
    <message>
        <source>Detail</source>
        <translation>Détail</translation>
    </message>
    <message>
        <source>Hash</source>
        <translation>Empreinte</translation>
    </message>
    <message>
        <source>Previous</source>
        <translation>Précédente</translation>
    </message>
    <message>
        <source>(first entry)</source>
        <translation>(première entrée)</translation>
    </message>
    <message>
        <source>Audit</source>
        <translation>Audit</translation>
    </message>
    <message>
        <source>Entry</source>
        <translation>Entrée</translation>
    </message>
    <message>
        <source>#%1, one action on %2 messages at once, one hash over all of them; this is message %3 of them</source>
        <translation>n° %1, une action sur %2 messages à la fois, un seul hachage pour tous ; ceci est le message %3</translation>
    </message>
</context>
<context>
    <name>ct::AuditTrailModel</name>
    <message>
        <source>Time</source>
        <translation>Horodatage</translation>
    </message>
    <message>
        <source>Actor</source>
        <translation>Acteur</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Rôle</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Action</translation>
    </message>
    <message>
        <source>Target</source>
        <translation>Cible</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Statut</translation>
    </message>
    <message>
        <source>Detail</source>
        <translation>Détail</translation>
    </message>
</context>
<context>
    <name>ct::BrokerHealthPanel</name>
    <message>
        <source>Broker health</source>
        <translation>État du broker</translation>
    </message>
    <message>
        <source>This profile names no broker: give it an AMQP URL to see its queues.</source>
        <translation>Ce profil ne nomme aucun broker&#xa0;: indiquez une URL AMQP pour voir ses files.</translation>
    </message>
    <message>
        <source>Select a connection profile with a broker to see the health of its queues.</source>
        <translation>Sélectionnez un profil de connexion avec un broker pour voir l&apos;état de ses files.</translation>
    </message>
    <message>
        <source>Reading the broker…</source>
        <translation>Lecture du broker…</translation>
    </message>
    <message>
        <source>Queues: %1 · needing attention: %2 · updated %3</source>
        <translation>Files&#xa0;: %1 · à surveiller&#xa0;: %2 · actualisé à %3</translation>
    </message>
    <message>
        <source>Not on the broker: %1.</source>
        <translation>Absentes du broker&#xa0;: %1.</translation>
    </message>
</context>
<context>
    <name>ct::ComparisonDialog</name>
    <message>
        <source>Compare with a healthy transaction</source>
        <translation>Comparer avec une transaction saine</translation>
    </message>
    <message>
        <source>Stage / field</source>
        <translation>Étape / champ</translation>
    </message>
    <message>
        <source>This transaction</source>
        <translation>Cette transaction</translation>
    </message>
    <message>
        <source>Healthy one</source>
        <translation>Transaction saine</translation>
    </message>
    <message>
        <source>Latency Δ</source>
        <translation>Δ latence</translation>
    </message>
    <message>
        <source>Payload</source>
        <translation>Charge utile</translation>
    </message>
    <message>
        <source>Expand a stage for its payload differences. Personal data is masked in both.</source>
        <translation>Dépliez une étape pour voir les différences de charge utile. Les données personnelles sont masquées des deux côtés.</translation>
    </message>
    <message>
        <source>%1 (%2) beside %3 (%4) · %5</source>
        <translation>%1 (%2) face à %3 (%4) · %5</translation>
    </message>
    <message>
        <source>missing here: %1</source>
        <translation>absentes ici&#xa0;: %1</translation>
    </message>
    <message>
        <source>extra here: %1</source>
        <translation>en plus ici&#xa0;: %1</translation>
    </message>
    <message>
        <source>first to last %1 here, %2 in the healthy one</source>
        <translation>du premier au dernier&#xa0;: %1 ici, %2 dans la transaction saine</translation>
    </message>
    <message>
        <source>payload differences: %1</source>
        <translation>différences de charge utile&#xa0;: %1</translation>
    </message>
    <message>
        <source>not in its checklist</source>
        <translation>hors de sa liste de contrôle</translation>
    </message>
    <message>
        <source>(missing here)</source>
        <translation>(absente ici)</translation>
    </message>
    <message>
        <source>(extra here)</source>
        <translation>(en plus ici)</translation>
    </message>
    <message>
        <source>same fields and values</source>
        <translation>mêmes champs et valeurs</translation>
    </message>
    <message>
        <source>differences: %1</source>
        <translation>différences&#xa0;: %1</translation>
    </message>
    <message>
        <source>not compared: a payload has no fields</source>
        <translation>non comparé&#xa0;: une charge utile n&apos;a pas de champs</translation>
    </message>
    <message>
        <source>missing here</source>
        <translation>absent ici</translation>
    </message>
    <message>
        <source>extra here</source>
        <translation>en plus ici</translation>
    </message>
    <message>
        <source>changed</source>
        <translation>modifié</translation>
    </message>
    <message>
        <source>… %1 more</source>
        <translation>… %1 de plus</translation>
    </message>
</context>
<context>
    <name>ct::ConnectionProfiles</name>
    <message>
        <source>A profile needs a name.</source>
        <translation>Un profil doit avoir un nom.</translation>
    </message>
    <message>
        <source>There is already a profile named “%1”.</source>
        <translation>Il existe déjà un profil nommé «&#xa0;%1&#xa0;».</translation>
    </message>
    <message>
        <source>There is no profile named “%1”.</source>
        <translation>Aucun profil ne s&apos;appelle «&#xa0;%1&#xa0;».</translation>
    </message>
</context>
<context>
    <name>ct::ConnectionReportView</name>
    <message>
        <source>not tested yet</source>
        <translation>pas encore testé</translation>
    </message>
    <message>
        <source>testing…</source>
        <translation>test en cours…</translation>
    </message>
</context>
<context>
    <name>ct::ConnectionTest</name>
    <message>
        <source>Store</source>
        <translation>Base</translation>
    </message>
    <message>
        <source>AMQP</source>
        <translation>AMQP</translation>
    </message>
    <message>
        <source>Management API</source>
        <translation>API de gestion</translation>
    </message>
    <message>
        <source>not set</source>
        <translation>non renseigné</translation>
    </message>
    <message>
        <source>%1 %2, schema version %3</source>
        <translation>%1 %2, version de schéma %3</translation>
    </message>
    <message>
        <source>logged in</source>
        <translation>connecté</translation>
    </message>
    <message>
        <source>queues in the virtual host: %1</source>
        <translation>files dans l&apos;hôte virtuel&#xa0;: %1</translation>
    </message>
</context>
<context>
    <name>ct::ConnectionsPage</name>
    <message>
        <source>Telemetry store</source>
        <translation>Base de télémétrie</translation>
    </message>
    <message>
        <source>Content</source>
        <translation>Contenu</translation>
    </message>
    <message>
        <source>Checking the store…</source>
        <translation>Vérification de la base…</translation>
    </message>
    <message>
        <source>Store unavailable</source>
        <translation>Base indisponible</translation>
    </message>
    <message>
        <source>Nothing to show until the store can be read.</source>
        <translation>Rien à afficher tant que la base ne peut pas être lue.</translation>
    </message>
    <message>
        <source>✗ unavailable</source>
        <translation>✗ indisponible</translation>
    </message>
    <message>
        <source>store</source>
        <translation>base</translation>
    </message>
    <message>
        <source>Connected</source>
        <translation>Connectée</translation>
    </message>
    <message>
        <source>Location</source>
        <translation>Emplacement</translation>
    </message>
    <message>
        <source>Engine</source>
        <translation>Moteur</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Taille</translation>
    </message>
    <message>
        <source>Schema version</source>
        <translation>Version de schéma</translation>
    </message>
    <message>
        <source>Granted role</source>
        <translation>Rôle accordé</translation>
    </message>
    <message>
        <source>%1: the most this connection may do (the role you act in is chosen in the status bar)</source>
        <translation>%1&#xa0;: le maximum autorisé pour cette connexion (le rôle dans lequel vous agissez se choisit dans la barre d&apos;état)</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Créée le</translation>
    </message>
    <message>
        <source>Last change</source>
        <translation>Dernière modification</translation>
    </message>
    <message>
        <source>Counting…</source>
        <translation>Comptage…</translation>
    </message>
    <message>
        <source>✓ connected</source>
        <translation>✓ connectée</translation>
    </message>
    <message>
        <source>on disk</source>
        <translation>sur disque</translation>
    </message>
    <message>
        <source>events</source>
        <translation>événements</translation>
    </message>
    <message>
        <source>Connections</source>
        <translation>Connexions</translation>
    </message>
</context>
<context>
    <name>ct::ConnectionsPermission</name>
    <message>
        <source>Waiting for the store to say what this connection may do: until then, connection profiles cannot be changed.</source>
        <translation>En attente de la base pour savoir ce que cette connexion peut faire&#xa0;: d&apos;ici là, les profils de connexion ne peuvent pas être modifiés.</translation>
    </message>
    <message>
        <source>Only an admin manages connections, and you act as a viewer: choose another role in the status bar, if the store grants you one.</source>
        <translation>Seul un admin gère les connexions, et vous agissez en tant que lecteur&#xa0;: choisissez un autre rôle dans la barre d&apos;état, si la base vous en accorde un.</translation>
    </message>
    <message>
        <source>Only an admin manages connections, and you act as an operator: choose another role in the status bar, if the store grants you one.</source>
        <translation>Seul un admin gère les connexions, et vous agissez en tant qu&apos;opérateur&#xa0;: choisissez un autre rôle dans la barre d&apos;état, si la base vous en accorde un.</translation>
    </message>
</context>
<context>
    <name>ct::CsvExport</name>
    <message>
        <source>CSV files (*.csv);;All files (*)</source>
        <translation>Fichiers CSV (*.csv);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>Export failed</source>
        <translation>Échec de l&apos;export</translation>
    </message>
</context>
<context>
    <name>ct::DataQualityCountModel</name>
    <message>
        <source>Rule</source>
        <translation>Règle</translation>
    </message>
    <message>
        <source>System</source>
        <translation>Système</translation>
    </message>
    <message>
        <source>Violations</source>
        <translation>Violations</translation>
    </message>
</context>
<context>
    <name>ct::DataQualityViolationModel</name>
    <message>
        <source>At</source>
        <translation>Heure</translation>
    </message>
    <message>
        <source>Correlation id</source>
        <translation>Id de corrélation</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Source</translation>
    </message>
    <message>
        <source>Stage</source>
        <translation>Étape</translation>
    </message>
    <message>
        <source>What is wrong</source>
        <translation>Ce qui ne va pas</translation>
    </message>
</context>
<context>
    <name>ct::DeltaCausesList</name>
    <message>
        <source>Open on Lineage</source>
        <translation>Ouvrir dans Traçabilité</translation>
    </message>
    <message>
        <source>Open failed message</source>
        <translation>Ouvrir le message en échec</translation>
    </message>
    <message>
        <source>Enter or a double click opens the transaction on the Lineage page.</source>
        <translation>Entrée ou un double-clic ouvre la transaction dans la page Traçabilité.</translation>
    </message>
    <message>
        <source>The failed message that holds this transaction up, on the Exceptions page</source>
        <translation>Le message en échec qui bloque cette transaction, dans la page Exceptions</translation>
    </message>
    <message>
        <source>Open %1 on the Lineage page (Enter)</source>
        <translation>Ouvrir %1 dans la page Traçabilité (Entrée)</translation>
    </message>
</context>
<context>
    <name>ct::ExceptionsPage</name>
    <message>
        <source>The selected message&apos;s headers appear here.</source>
        <translation>Les en-têtes du message sélectionné s&apos;affichent ici.</translation>
    </message>
    <message>
        <source>Queue</source>
        <translation>File</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Motif</translation>
    </message>
    <message>
        <source>Count</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <source>Last</source>
        <translation>Dernier</translation>
    </message>
    <message>
        <source>Exchange</source>
        <translation>Exchange</translation>
    </message>
    <message>
        <source>Routing keys</source>
        <translation>Clés de routage</translation>
    </message>
    <message>
        <source>Payload</source>
        <translation>Charge utile</translation>
    </message>
    <message>
        <source>Headers</source>
        <translation>En-têtes</translation>
    </message>
    <message>
        <source>Death history</source>
        <translation>Rejets</translation>
    </message>
    <message>
        <source>History</source>
        <translation>Historique</translation>
    </message>
    <message>
        <source>Runbook</source>
        <translation>Runbook</translation>
    </message>
    <message>
        <source>Failed messages cannot be read</source>
        <translation>Les messages en échec ne peuvent pas être lus</translation>
    </message>
    <message>
        <source>Show all groups</source>
        <translation>Afficher tous les groupes</translation>
    </message>
    <message>
        <source>The list is still loading every matching message; replay them in a moment.</source>
        <translation>La liste charge encore tous les messages correspondants&#xa0;; rejouez-les dans un instant.</translation>
    </message>
    <message>
        <source>select the message to edit first</source>
        <translation>sélectionnez d&apos;abord le message à modifier</translation>
    </message>
    <message>
        <source>You act as a viewer, who only looks: choose another role in the status bar, if the store grants you one.</source>
        <translation>Vous agissez en tant que lecteur, qui ne fait que consulter&#xa0;: choisissez un autre rôle dans la barre d&apos;état, si la base vous en accorde un.</translation>
    </message>
    <message>
        <source>Waiting for the store to say what this connection may do.</source>
        <translation>En attente de la base pour savoir ce que cette connexion peut faire.</translation>
    </message>
    <message>
        <source>Group: %1 = %2</source>
        <translation>Groupe&#xa0;: %1 = %2</translation>
    </message>
    <message>
        <source>All groups. Pick a group on the left to act on its messages together.</source>
        <translation>Tous les groupes. Choisissez un groupe à gauche pour agir sur tous ses messages.</translation>
    </message>
    <message>
        <source>Reading the dead-letter queues…</source>
        <translation>Lecture des files de lettres mortes…</translation>
    </message>
    <message>
        <source>open exceptions</source>
        <translation>exceptions ouvertes</translation>
    </message>
    <message>
        <source>matching</source>
        <translation>correspondants</translation>
    </message>
    <message>
        <source>No failed messages match</source>
        <translation>Aucun message en échec ne correspond</translation>
    </message>
    <message>
        <source>Every dead-letter queue is empty. Well done.</source>
        <translation>Toutes les files de lettres mortes sont vides. Bravo.</translation>
    </message>
    <message>
        <source>Widen the filters to see more.</source>
        <translation>Élargissez les filtres pour en voir plus.</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>Erreur</translation>
    </message>
    <message>
        <source>Signature</source>
        <translation>Signature</translation>
    </message>
    <message>
        <source>Message id</source>
        <translation>Identifiant de message</translation>
    </message>
    <message>
        <source>Correlation id</source>
        <translation>Identifiant de corrélation</translation>
    </message>
    <message>
        <source>Flow / stage</source>
        <translation>Flux / étape</translation>
    </message>
    <message>
        <source>Origin</source>
        <translation>Origine</translation>
    </message>
    <message>
        <source>Work queue</source>
        <translation>File de travail</translation>
    </message>
    <message>
        <source>Death</source>
        <translation>Rejet</translation>
    </message>
    <message>
        <source>%1 (×%2); first %3, last %4</source>
        <translation>%1 (×%2)&#xa0;; premier %3, dernier %4</translation>
    </message>
    <message>
        <source>State</source>
        <translation>État</translation>
    </message>
    <message>
        <source>Snoozed</source>
        <translation>Reporté</translation>
    </message>
    <message>
        <source>until %1: %2</source>
        <translation>jusqu&apos;au %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Note</translation>
    </message>
    <message>
        <source>Affects</source>
        <translation>Concerne</translation>
    </message>
    <message>
        <source>none for this queue and error class</source>
        <translation>aucun pour cette file et cette classe d&apos;erreur</translation>
    </message>
    <message numerus="yes">
        <source>%n personal value(s) masked.</source>
        <translation>
            <numerusform>%n valeur personnelle masquée.</numerusform>
            <numerusform>%n valeurs personnelles masquées.</numerusform>
        </translation>
    </message>
    <message>
        <source>History (%1)</source>
        <translation>Historique (%1)</translation>
    </message>
    <message>
        <source>Death history (%1)</source>
        <translation>Rejets (%1)</translation>
    </message>
    <message>
        <source>Exceptions</source>
        <translation>Exceptions</translation>
    </message>
    <message>
        <source>No open exceptions: every dead-letter queue is empty. Shown below: the latest failed messages in every state, with what became of them.</source>
        <translation>Aucune exception ouverte : toutes les files de lettres mortes sont vides. Ci-dessous : les derniers messages en échec dans tous les états, et ce qu’ils sont devenus.</translation>
    </message>
    <message>
        <source>latest failures, every state</source>
        <translation>derniers échecs, tous états</translation>
    </message>
    <message>
        <source>No failed messages yet</source>
        <translation>Aucun message en échec pour l’instant</translation>
    </message>
</context>
<context>
    <name>ct::FailedMessageModel</name>
    <message>
        <source>%1, snoozed</source>
        <translation>%1, reporté</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Échec</translation>
    </message>
    <message>
        <source>Queue</source>
        <translation>File</translation>
    </message>
    <message>
        <source>Error class</source>
        <translation>Classe d&apos;erreur</translation>
    </message>
    <message>
        <source>Correlation id</source>
        <translation>ID de corrélation</translation>
    </message>
    <message>
        <source>Message id</source>
        <translation>Identifiant de message</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Motif</translation>
    </message>
    <message>
        <source>Deaths</source>
        <translation>Rejets</translation>
    </message>
    <message>
        <source>State</source>
        <translation>État</translation>
    </message>
    <message>
        <source>Assignee</source>
        <translation>Assigné à</translation>
    </message>
</context>
<context>
    <name>ct::FailureActionBar</name>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>Resume…</source>
        <translation>Reprendre…</translation>
    </message>
    <message>
        <source>Replay what is left of that replay&apos;s selection, to its target at its rate</source>
        <translation>Rejouer le reste de la sélection de ce rejeu, vers sa cible et à son débit</translation>
    </message>
    <message>
        <source>Edit &amp;&amp; resubmit…</source>
        <translation>Modifier &amp;&amp; renvoyer…</translation>
    </message>
    <message>
        <source>Edit the selected message&apos;s payload, check it, and send the edited copy instead</source>
        <translation>Modifier la charge utile du message sélectionné, la vérifier et envoyer la copie modifiée à sa place</translation>
    </message>
    <message>
        <source>%1: %2 of %3 messages…</source>
        <translation>%1&#xa0;: %2 messages sur %3…</translation>
    </message>
    <message>
        <source>%1: %2 messages so far…</source>
        <translation>%1&#xa0;: %2 messages jusqu&apos;ici…</translation>
    </message>
    <message>
        <source>%1: %2 of %3 messages changed.</source>
        <translation>%1&#xa0;: %2 messages sur %3 modifiés.</translation>
    </message>
    <message>
        <source>%1 changed meanwhile by someone else and were left alone.</source>
        <translation>%1 modifiés entre-temps par quelqu&apos;un d&apos;autre et laissés tels quels.</translation>
    </message>
    <message>
        <source>%1 refused by the workflow rules.</source>
        <translation>%1 refusés par les règles de workflow.</translation>
    </message>
    <message>
        <source>Cancelled: the rest are as they were.</source>
        <translation>Annulé&#xa0;: les autres sont inchangés.</translation>
    </message>
    <message>
        <source>First: %1</source>
        <translation>Premier problème&#xa0;: %1</translation>
    </message>
    <message>
        <source>Replay: %1 of %2 messages sent and confirmed by the broker.</source>
        <translation>Rejeu&#xa0;: %1 messages sur %2 envoyés et confirmés par le broker.</translation>
    </message>
    <message>
        <source>%1 not sent (open again).</source>
        <translation>%1 non envoyés (rouverts).</translation>
    </message>
    <message>
        <source>%1 unconfirmed (still replaying; settled by the lineage).</source>
        <translation>%1 non confirmés (rejeu en cours&#xa0;; la traçabilité tranchera).</translation>
    </message>
    <message>
        <source>%1 skipped; first: %2</source>
        <translation>%1 ignorés&#xa0;; premier motif&#xa0;: %2</translation>
    </message>
    <message>
        <source>Stopped: %1</source>
        <translation>Arrêté&#xa0;: %1</translation>
    </message>
    <message>
        <source>Canary: the first %1 were verified downstream before the rest went.</source>
        <translation>Canari&#xa0;: les %1 premiers ont été vérifiés en aval avant l&apos;envoi des autres.</translation>
    </message>
    <message>
        <source>The canary stopped the replay: %1.</source>
        <translation>Le canari a arrêté le rejeu&#xa0;: %1.</translation>
    </message>
    <message>
        <source>Canary: %1 of the first %2 verified downstream; waiting before the other %3…</source>
        <translation>Canari&#xa0;: %1 des %2 premiers vérifiés en aval&#xa0;; attente avant les %3 autres…</translation>
    </message>
    <message>
        <source>Nothing more was changed: %1</source>
        <translation>Rien d&apos;autre n&apos;a été modifié&#xa0;: %1</translation>
    </message>
</context>
<context>
    <name>ct::FailureActionDialog</name>
    <message>
        <source>Resolve</source>
        <translation>Résoudre</translation>
    </message>
    <message>
        <source>Discard</source>
        <translation>Écarter</translation>
    </message>
    <message>
        <source>Assign</source>
        <translation>Assigner</translation>
    </message>
    <message>
        <source>Snooze</source>
        <translation>Reporter</translation>
    </message>
    <message>
        <source>Replay</source>
        <translation>Rejouer</translation>
    </message>
    <message>
        <source>%1 failed messages</source>
        <translation>%1 les messages en échec</translation>
    </message>
    <message numerus="yes">
        <source>The %n selected message(s)</source>
        <translation>
            <numerusform>Le message sélectionné</numerusform>
            <numerusform>Les %n messages sélectionnés</numerusform>
        </translation>
    </message>
    <message>
        <source>All %1 messages matching the filters and the group</source>
        <translation>Les %1 messages correspondant aux filtres et au groupe</translation>
    </message>
    <message>
        <source>Messages</source>
        <translation>Messages</translation>
    </message>
    <message>
        <source>What was done, e.g. the posting period was reopened</source>
        <translation>Ce qui a été fait, p. ex. la période comptable a été rouverte</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Note</translation>
    </message>
    <message>
        <source>Why they need no processing, e.g. test orders</source>
        <translation>Pourquoi ils n&apos;ont pas besoin d&apos;être traités, p. ex. commandes de test</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Motif</translation>
    </message>
    <message>
        <source>Who takes them (empty: nobody)</source>
        <translation>Qui les prend en charge (vide&#xa0;: personne)</translation>
    </message>
    <message>
        <source>Assignee</source>
        <translation>Responsable</translation>
    </message>
    <message>
        <source>Why they can wait, e.g. the carrier&apos;s API is back tomorrow</source>
        <translation>Pourquoi ils peuvent attendre, p. ex. l&apos;API du transporteur revient demain</translation>
    </message>
    <message>
        <source>Until</source>
        <translation>Jusqu&apos;au</translation>
    </message>
    <message>
        <source>Every message changed is recorded in the audit trail. One that someone else changed meanwhile is left alone and counted.</source>
        <translation>Chaque message modifié est enregistré dans le journal d&apos;audit. Un message modifié entre-temps par quelqu&apos;un d&apos;autre est laissé tel quel et compté.</translation>
    </message>
</context>
<context>
    <name>ct::FailureFilterBar</name>
    <message>
        <source>Correlation id, message id, queue, or text in the reason, headers or payload</source>
        <translation>Identifiant (corrélation, message), file, texte du motif, des en-têtes ou de la charge utile</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Ouverts</translation>
    </message>
    <message>
        <source>Snoozed</source>
        <translation>Reporté</translation>
    </message>
    <message>
        <source>All states</source>
        <translation>Tous les états</translation>
    </message>
    <message>
        <source>All error classes</source>
        <translation>Toutes les classes d&apos;erreur</translation>
    </message>
    <message>
        <source>Any time</source>
        <translation>Toute période</translation>
    </message>
    <message>
        <source>Last hour</source>
        <translation>Dernière heure</translation>
    </message>
    <message>
        <source>Last 24 hours</source>
        <translation>Dernières 24 heures</translation>
    </message>
    <message>
        <source>Last 7 days</source>
        <translation>7 derniers jours</translation>
    </message>
    <message>
        <source>Older than 7 days</source>
        <translation>Plus de 7 jours</translation>
    </message>
</context>
<context>
    <name>ct::FailureGroupModel</name>
    <message>
        <source>Queue</source>
        <translation>File</translation>
    </message>
    <message>
        <source>Error class</source>
        <translation>Classe d&apos;erreur</translation>
    </message>
    <message>
        <source>Source system</source>
        <translation>Système source</translation>
    </message>
    <message>
        <source>Age</source>
        <translation>Âge</translation>
    </message>
    <message>
        <source>Failure signature</source>
        <translation>Signature d&apos;échec</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(aucune)</translation>
    </message>
    <message numerus="yes">
        <source>%1 (%n group(s))</source>
        <translation>
            <numerusform>%1 (%n groupe)</numerusform>
            <numerusform>%1 (%n groupes)</numerusform>
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
        <translation>1–7 j</translation>
    </message>
    <message>
        <source>&gt; 7 d</source>
        <translation>&gt; 7 j</translation>
    </message>
</context>
<context>
    <name>ct::IncidentFeed</name>
    <message>
        <source>No incident in the last 24 hours: no SLA breach burst, silent system or growing ERP backlog.</source>
        <translation>Aucun incident ces 24 dernières heures : ni rafale de dépassements de SLA, ni système silencieux, ni arriéré ERP croissant.</translation>
    </message>
    <message>
        <source>Double-click or press Enter to open the page of an incident.</source>
        <translation>Double-cliquez ou appuyez sur Entrée pour ouvrir la page d&apos;un incident.</translation>
    </message>
    <message>
        <source>Incidents</source>
        <translation>Incidents</translation>
    </message>
    <message>
        <source>Notifications</source>
        <translation>Notifications</translation>
    </message>
    <message>
        <source>Which incidents open a desktop notification</source>
        <translation>Les incidents qui ouvrent une notification de bureau</translation>
    </message>
    <message>
        <source>Looking for incidents in the last 24 hours…</source>
        <translation>Recherche des incidents des dernières 24 heures…</translation>
    </message>
    <message>
        <source>Incidents cannot be detected: %1</source>
        <translation>Les incidents ne peuvent pas être détectés&#xa0;: %1</translation>
    </message>
</context>
<context>
    <name>ct::IncidentFeedModel</name>
    <message>
        <source>SLA breach burst: %1</source>
        <translation>Rafale de dépassements de SLA : %1</translation>
    </message>
    <message>
        <source>Dead-letter spike: %1</source>
        <translation>Pic de lettres mortes : %1</translation>
    </message>
    <message>
        <source>Silent system: %1</source>
        <translation>Système silencieux : %1</translation>
    </message>
    <message>
        <source>Backlog growing: %1</source>
        <translation>Arriéré croissant : %1</translation>
    </message>
    <message>
        <source>%1, closed %2</source>
        <translation>%1, clos %2</translation>
    </message>
    <message>
        <source>%1, open</source>
        <translation>%1, ouvert</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Quoi</translation>
    </message>
    <message>
        <source>Since</source>
        <translation>Depuis</translation>
    </message>
    <message>
        <source>Impact</source>
        <translation>Impact</translation>
    </message>
</context>
<context>
    <name>ct::IncidentNotifier</name>
    <message>
        <source>SLA breach bursts</source>
        <translation>Rafales de dépassements de SLA</translation>
    </message>
    <message>
        <source>Dead-letter spikes</source>
        <translation>Pics de lettres mortes</translation>
    </message>
    <message>
        <source>Silent systems</source>
        <translation>Systèmes silencieux</translation>
    </message>
    <message>
        <source>Growing ERP backlogs</source>
        <translation>Arriérés ERP croissants</translation>
    </message>
    <message>
        <source>Control Tower</source>
        <translation>Control Tower</translation>
    </message>
    <message>
        <source>Notify me of</source>
        <translation>Me notifier de</translation>
    </message>
</context>
<context>
    <name>ct::IntegrationPage</name>
    <message>
        <source>Last hour</source>
        <translation>Dernière heure</translation>
    </message>
    <message>
        <source>Last 24 hours</source>
        <translation>Dernières 24 heures</translation>
    </message>
    <message>
        <source>Last 7 days</source>
        <translation>Derniers 7 jours</translation>
    </message>
    <message>
        <source>Up to the newest event in the store</source>
        <translation>Jusqu&apos;à l&apos;événement le plus récent du magasin</translation>
    </message>
    <message>
        <source>&amp;Range</source>
        <translation>&amp;Période</translation>
    </message>
    <message>
        <source>Double-click a transaction (or press Enter) to open its lineage</source>
        <translation>Double-cliquez sur une transaction (ou appuyez sur Entrée) pour ouvrir sa traçabilité</translation>
    </message>
    <message>
        <source>Measuring the system pairs…</source>
        <translation>Mesure des paires de systèmes…</translation>
    </message>
    <message>
        <source>The integration health cannot be read</source>
        <translation>La santé de l&apos;intégration ne peut pas être lue</translation>
    </message>
    <message>
        <source>%1 to %2, in buckets of %3</source>
        <translation>%1 à %2, par intervalles de %3</translation>
    </message>
    <message>
        <source>No messages between systems in this range</source>
        <translation>Aucun message entre systèmes sur cette période</translation>
    </message>
    <message>
        <source>Sync latency and integrity appear once the systems exchange messages. Try a longer range, or fill a store to try with: ctower demo.</source>
        <translation>La latence de synchronisation et l&apos;intégrité apparaissent dès que les systèmes échangent des messages. Essayez une période plus longue, ou remplissez un magasin pour essayer : ctower demo.</translation>
    </message>
    <message>
        <source>Select a pair of systems to see it over time.</source>
        <translation>Sélectionnez une paire de systèmes pour voir son évolution.</translation>
    </message>
    <message>
        <source>The data-quality rules cannot be read</source>
        <translation>Les règles de qualité des données ne peuvent pas être lues</translation>
    </message>
    <message numerus="yes">
        <source>Checking %n data-quality rule(s) over the events of the range…</source>
        <translation>
            <numerusform>Vérification de %n règle de qualité des données sur les événements de la période…</numerusform>
            <numerusform>Vérification de %n règles de qualité des données sur les événements de la période…</numerusform>
        </translation>
    </message>
    <message>
        <source>Data quality</source>
        <translation>Qualité des données</translation>
    </message>
    <message>
        <source>The events cannot be checked</source>
        <translation>Les événements ne peuvent pas être vérifiés</translation>
    </message>
    <message numerus="yes">
        <source>Data quality: %1 violations in %2 events checked against %n rule(s)</source>
        <translation>
            <numerusform>Qualité des données : %1 violations dans %2 événements vérifiés selon %n règle</numerusform>
            <numerusform>Qualité des données : %1 violations dans %2 événements vérifiés selon %n règles</numerusform>
        </translation>
    </message>
    <message>
        <source>No event breaks a rule</source>
        <translation>Aucun événement ne viole une règle</translation>
    </message>
    <message>
        <source>%1 events of the range were checked; the rules are in resources/dataquality.json, or the user&apos;s controltower/dataquality.json.</source>
        <translation>%1 événements de la période ont été vérifiés ; les règles sont dans resources/dataquality.json, ou dans controltower/dataquality.json de l&apos;utilisateur.</translation>
    </message>
    <message>
        <source>Select a rule and system to list its transactions.</source>
        <translation>Sélectionnez une règle et un système pour lister ses transactions.</translation>
    </message>
    <message numerus="yes">
        <source>%n transaction(s) breaking “%1” from %2 — Enter or double-click opens the lineage</source>
        <translation>
            <numerusform>%n transaction viole « %1 » depuis %2 — Entrée ou double-clic ouvre la traçabilité</numerusform>
            <numerusform>%n transactions violent « %1 » depuis %2 — Entrée ou double-clic ouvre la traçabilité</numerusform>
        </translation>
    </message>
    <message>
        <source>no messages</source>
        <translation>aucun message</translation>
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
        <translation>pire paire : %1 intacts, p95 %2</translation>
    </message>
    <message>
        <source>integrity of %1 messages</source>
        <translation>intégrité de %1 messages</translation>
    </message>
    <message>
        <source>%1 of them failed</source>
        <translation>%1 d&apos;entre eux en échec</translation>
    </message>
    <message>
        <source>data-quality violations</source>
        <translation>violations de qualité des données</translation>
    </message>
    <message>
        <source>%1 events checked</source>
        <translation>%1 événements vérifiés</translation>
    </message>
    <message>
        <source>…</source>
        <translation>…</translation>
    </message>
    <message>
        <source>Checking the events</source>
        <translation>Vérification des événements</translation>
    </message>
    <message>
        <source>Integration</source>
        <translation>Intégration</translation>
    </message>
</context>
<context>
    <name>ct::InventoryGridModel</name>
    <message>
        <source>Counted by %1, the authority at %2</source>
        <translation>Compté par %1, la référence pour %2</translation>
    </message>
    <message>
        <source>%1 units at %2 each</source>
        <translation>%1 unités à %2 l&apos;unité</translation>
    </message>
    <message>
        <source>What no failed, stopped, late or travelling message explains: shrink, a miscount or a mapping fault</source>
        <translation>Ce qu&apos;aucun message en échec, arrêté, en retard ou en transit n&apos;explique&#xa0;: démarque, erreur de comptage ou erreur de correspondance</translation>
    </message>
    <message>
        <source>The authority&apos;s count: the WMS at a distribution centre, the POS in a store</source>
        <translation>Le stock de la référence&#xa0;: le WMS dans un centre de distribution, le POS dans un magasin</translation>
    </message>
    <message>
        <source>SKU</source>
        <translation>SKU</translation>
    </message>
    <message>
        <source>Node</source>
        <translation>Site</translation>
    </message>
    <message>
        <source>Authority</source>
        <translation>Référence</translation>
    </message>
    <message>
        <source>ERP</source>
        <translation>ERP</translation>
    </message>
    <message>
        <source>Web shop</source>
        <translation>Web</translation>
    </message>
    <message>
        <source>Largest delta</source>
        <translation>Écart max.</translation>
    </message>
    <message>
        <source>Unexplained</source>
        <translation>Inexpliqué</translation>
    </message>
    <message>
        <source>At cost</source>
        <translation>Au coût</translation>
    </message>
    <message>
        <source>As of</source>
        <translation>Relevé le</translation>
    </message>
    <message>
        <source>Reading the messages behind this difference…</source>
        <translation>Lecture des messages à l&apos;origine de cet écart…</translation>
    </message>
</context>
<context>
    <name>ct::InventoryPage</name>
    <message>
        <source>Only counts that disagree</source>
        <translation>Stocks divergents seulement</translation>
    </message>
    <message>
        <source>Unexplained only</source>
        <translation>Inexpliqués seulement</translation>
    </message>
    <message>
        <source>Stale only</source>
        <translation>Obsolètes seulement</translation>
    </message>
    <message>
        <source>Stock counts</source>
        <translation>Stocks</translation>
    </message>
    <message>
        <source>Prices</source>
        <translation>Prix</translation>
    </message>
    <message>
        <source>SKU</source>
        <translation>SKU</translation>
    </message>
    <message>
        <source>All nodes</source>
        <translation>Tous les sites</translation>
    </message>
    <message>
        <source>All systems</source>
        <translation>Tous les systèmes</translation>
    </message>
    <message>
        <source>Only rows where this system&apos;s count differs from the authority&apos;s</source>
        <translation>Seulement les lignes où le stock de ce système diffère de celui de la référence</translation>
    </message>
    <message>
        <source>|Δ| ≥ </source>
        <translation>|Δ| ≥ </translation>
    </message>
    <message>
        <source>Only differences at least this large</source>
        <translation>Seulement les écarts au moins aussi grands</translation>
    </message>
    <message>
        <source>Only differences some part of which no message explains</source>
        <translation>Seulement les écarts qu&apos;aucun message n&apos;explique entièrement</translation>
    </message>
    <message>
        <source>Only rows with a figure older than the rules allow</source>
        <translation>Seulement les lignes dont un chiffre est plus ancien que ne le permettent les règles</translation>
    </message>
    <message>
        <source>Reading inventory positions and the messages behind their differences…</source>
        <translation>Lecture des positions de stock et des messages à l&apos;origine de leurs écarts…</translation>
    </message>
    <message>
        <source>Inventory positions cannot be read</source>
        <translation>Les positions de stock ne peuvent pas être lues</translation>
    </message>
    <message>
        <source>SKU × node counts disagree</source>
        <translation>stocks SKU × site divergent</translation>
    </message>
    <message>
        <source>not explained by any message</source>
        <translation>qu&apos;aucun message n&apos;explique</translation>
    </message>
    <message>
        <source>prices differ from the ERP&apos;s</source>
        <translation>prix différents de l&apos;ERP</translation>
    </message>
    <message>
        <source>No inventory positions</source>
        <translation>Aucune position de stock</translation>
    </message>
    <message>
        <source>Positions arrive from the ERP, warehouses, stores and the web shop.</source>
        <translation>Les positions proviennent de l&apos;ERP, des entrepôts, des magasins et de la boutique en ligne.</translation>
    </message>
    <message>
        <source>No price differs from the ERP&apos;s as asked.</source>
        <translation>Aucun prix ne diffère de celui de l&apos;ERP selon ces critères.</translation>
    </message>
    <message>
        <source>No position matches the filters.</source>
        <translation>Aucune position ne correspond aux filtres.</translation>
    </message>
    <message>
        <source>  (authority)</source>
        <translation>  (référence)</translation>
    </message>
    <message>
        <source>counted %1</source>
        <translation>compté %1</translation>
    </message>
    <message>
        <source>Newest figure</source>
        <translation>Chiffre le plus récent</translation>
    </message>
    <message>
        <source>  (a figure is stale)</source>
        <translation>  (un chiffre est obsolète)</translation>
    </message>
    <message>
        <source>Unit cost</source>
        <translation>Coût unitaire</translation>
    </message>
    <message>
        <source>  (the largest difference: %1)</source>
        <translation>  (le plus grand écart&#xa0;: %1)</translation>
    </message>
    <message>
        <source>%1: %2 not explained by any message</source>
        <translation>%1&#xa0;: %2 qu&apos;aucun message n&apos;explique</translation>
    </message>
    <message>
        <source>Every system agrees.</source>
        <translation>Tous les systèmes concordent.</translation>
    </message>
    <message>
        <source>No message explains the difference.</source>
        <translation>Aucun message n&apos;explique l&apos;écart.</translation>
    </message>
    <message numerus="yes">
        <source>%n transaction(s) explain the difference; Enter opens one on the Lineage page.</source>
        <translation>
            <numerusform>%n transaction explique l&apos;écart&#xa0;; Entrée l&apos;ouvre dans la page Traçabilité.</numerusform>
            <numerusform>%n transactions expliquent l&apos;écart&#xa0;; Entrée en ouvre une dans la page Traçabilité.</numerusform>
        </translation>
    </message>
    <message>
        <source>(base price)</source>
        <translation>(prix de base)</translation>
    </message>
    <message>
        <source>As of</source>
        <translation>Relevé le</translation>
    </message>
    <message>
        <source>  (stale)</source>
        <translation>  (obsolète)</translation>
    </message>
    <message>
        <source>No campaign message explains the difference: the price is wrong where it is shown, or mapped wrongly.</source>
        <translation>Aucun message de campagne n&apos;explique l&apos;écart&#xa0;: le prix est faux là où il est affiché, ou mal mis en correspondance.</translation>
    </message>
    <message>
        <source>The campaign behind the difference; Enter opens it on the Lineage page.</source>
        <translation>La campagne à l&apos;origine de l&apos;écart&#xa0;; Entrée l&apos;ouvre dans la page Traçabilité.</translation>
    </message>
    <message>
        <source>Inventory</source>
        <translation>Stocks</translation>
    </message>
    <message>
        <source>Reading the messages behind the differences…</source>
        <translation>Lecture des messages à l&apos;origine des écarts…</translation>
    </message>
    <message>
        <source>Reading the messages behind the difference…</source>
        <translation>Lecture des messages à l&apos;origine de l&apos;écart…</translation>
    </message>
    <message>
        <source>Reading the prices the stores and channels show…</source>
        <translation>Lecture des prix affichés par les magasins et les canaux…</translation>
    </message>
</context>
<context>
    <name>ct::LineageModel</name>
    <message>
        <source>Recorded before its cause: an out-of-sequence delivery</source>
        <translation>Enregistré avant sa cause&#xa0;: livraison hors séquence</translation>
    </message>
    <message>
        <source>Its cause (%1) is not among the events of this transaction</source>
        <translation>Sa cause (%1) ne fait pas partie des événements de cette transaction</translation>
    </message>
    <message>
        <source>cause missing</source>
        <translation>cause absente</translation>
    </message>
    <message>
        <source>Occurred</source>
        <translation>Survenu</translation>
    </message>
    <message>
        <source>Stage</source>
        <translation>Étape</translation>
    </message>
    <message>
        <source>Event type</source>
        <translation>Type d&apos;événement</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Source</translation>
    </message>
    <message>
        <source>Node</source>
        <translation>Site</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <source>After cause</source>
        <translation>Délai</translation>
    </message>
    <message>
        <source>Event id</source>
        <translation>Identifiant d&apos;événement</translation>
    </message>
</context>
<context>
    <name>ct::LineagePage</name>
    <message>
        <source>Compare with a healthy one</source>
        <translation>Comparer à une transaction saine</translation>
    </message>
    <message>
        <source>Sets this transaction beside the newest complete one of its flow: stages, latencies and payload fields (Ctrl+Shift+H)</source>
        <translation>Place cette transaction à côté de la dernière transaction terminée de son flux&#xa0;: étapes, latences et champs de la charge utile (Ctrl+Maj+H)</translation>
    </message>
    <message>
        <source>Which transaction?</source>
        <translation>Quelle transaction&#xa0;?</translation>
    </message>
    <message>
        <source>Type an order number, receipt or any correlation id in the search box (Ctrl+K).</source>
        <translation>Saisissez un numéro de commande, un ticket ou tout identifiant de corrélation dans la zone de recherche (Ctrl+K).</translation>
    </message>
    <message>
        <source>Looking for the newest failed transaction…</source>
        <translation>Recherche de la dernière transaction en échec…</translation>
    </message>
    <message>
        <source>Looking up %1…</source>
        <translation>Recherche de %1…</translation>
    </message>
    <message>
        <source>The events of %1 cannot be read</source>
        <translation>Les événements de %1 ne peuvent pas être lus</translation>
    </message>
    <message>
        <source>Several transactions touched %1</source>
        <translation>Plusieurs transactions concernent %1</translation>
    </message>
    <message>
        <source>Pick one from the list above, or add a key (a SKU and a store, say) to narrow the search.</source>
        <translation>Choisissez-en une dans la liste ci-dessus, ou ajoutez une clé (un SKU et un magasin, par exemple) pour affiner la recherche.</translation>
    </message>
    <message>
        <source>No transaction has failed. Type an order number, receipt or any correlation id in the search box (Ctrl+K).</source>
        <translation>Aucune transaction en échec. Saisissez un numéro de commande, un ticket ou tout identifiant de corrélation dans la zone de recherche (Ctrl+K).</translation>
    </message>
    <message>
        <source>Nothing is known about %1</source>
        <translation>Rien n&apos;est connu sur %1</translation>
    </message>
    <message>
        <source>No event has this correlation id, order number, event id, message id or business key. Check the number, or search for the order, receipt or campaign id as the systems write it.</source>
        <translation>Aucun événement n&apos;a cet identifiant de corrélation, ce numéro de commande, cet identifiant d&apos;événement ou de message, ni cette clé métier. Vérifiez le numéro, ou cherchez l&apos;identifiant de commande, de ticket ou de campagne tel que les systèmes l&apos;écrivent.</translation>
    </message>
    <message>
        <source>(found by event id)</source>
        <translation>(trouvée par identifiant d&apos;événement)</translation>
    </message>
    <message>
        <source>(found by message id)</source>
        <translation>(trouvée par identifiant de message)</translation>
    </message>
    <message>
        <source>(found by subject)</source>
        <translation>(trouvée par sujet)</translation>
    </message>
    <message>
        <source>(the one transaction that touched %1)</source>
        <translation>(la seule transaction qui concerne %1)</translation>
    </message>
    <message>
        <source>Newest failed transaction: </source>
        <translation>Dernière transaction en échec&#xa0;: </translation>
    </message>
    <message>
        <source>Judged at %1</source>
        <translation>Évaluée le %1</translation>
    </message>
    <message>
        <source>stages done</source>
        <translation>étapes faites</translation>
    </message>
    <message>
        <source>hops</source>
        <translation>sauts</translation>
    </message>
    <message>
        <source>first to last</source>
        <translation>du premier au dernier</translation>
    </message>
    <message>
        <source>failed messages</source>
        <translation>messages en échec</translation>
    </message>
    <message>
        <source>Event id</source>
        <translation>Identifiant d&apos;événement</translation>
    </message>
    <message>
        <source>Caused by</source>
        <translation>Causé par</translation>
    </message>
    <message>
        <source>(first hop)</source>
        <translation>(premier saut)</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Source</translation>
    </message>
    <message>
        <source>Occurred</source>
        <translation>Survenu</translation>
    </message>
    <message>
        <source>Recorded</source>
        <translation>Enregistré</translation>
    </message>
    <message>
        <source>SKU</source>
        <translation>SKU</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Montant</translation>
    </message>
    <message>
        <source>Its events name no flow: nothing to compare with.</source>
        <translation>Ses événements ne nomment aucun flux&#xa0;: rien à comparer.</translation>
    </message>
    <message>
        <source>Looking for a healthy %1 transaction…</source>
        <translation>Recherche d&apos;une transaction %1 saine…</translation>
    </message>
    <message>
        <source>No comparison: %1</source>
        <translation>Pas de comparaison&#xa0;: %1</translation>
    </message>
    <message>
        <source>No complete %1 transaction among the newest ones to compare with.</source>
        <translation>Aucune transaction %1 terminée parmi les plus récentes pour comparer.</translation>
    </message>
    <message>
        <source>Lineage</source>
        <translation>Traçabilité</translation>
    </message>
</context>
<context>
    <name>ct::LineageSearch</name>
    <message>
        <source>Correlation id, order, SKU, store, customer… several keys: all of them</source>
        <translation>Identifiant de corrélation, commande, SKU, magasin, client… plusieurs clés&#xa0;: toutes à la fois</translation>
    </message>
    <message>
        <source>Correlation id</source>
        <translation>Identifiant de corrélation</translation>
    </message>
    <message>
        <source>Flow</source>
        <translation>Flux</translation>
    </message>
    <message>
        <source>First event</source>
        <translation>Premier événement</translation>
    </message>
    <message>
        <source>Last event</source>
        <translation>Dernier événement</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Échec</translation>
    </message>
    <message>
        <source>%1 touched %2 or more transactions; the newest are listed. Pick one, or add a key.</source>
        <translation>%2 transactions ou plus concernent %1&#xa0;; les plus récentes sont listées. Choisissez-en une, ou ajoutez une clé.</translation>
    </message>
    <message>
        <source>%1 touched %2 transactions. Pick one, or add a key.</source>
        <translation>%2 transactions concernent %1. Choisissez-en une, ou ajoutez une clé.</translation>
    </message>
    <message>
        <source>failed</source>
        <translation>en échec</translation>
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
        <translation>Ouverture de la base…</translation>
    </message>
    <message>
        <source>Last change %1 (+%2 events)</source>
        <translation>Dernière modification %1 (+%2 événements)</translation>
    </message>
    <message>
        <source>Last change %1</source>
        <translation>Dernière modification %1</translation>
    </message>
    <message>
        <source>○ Connecting to the change feed…</source>
        <translation>○ Connexion au flux de modifications…</translation>
    </message>
    <message>
        <source>● Live</source>
        <translation>● En direct</translation>
    </message>
    <message>
        <source>◌ Reconnecting…</source>
        <translation>◌ Reconnexion…</translation>
    </message>
    <message>
        <source>◌ Reconnecting (%1)…</source>
        <translation>◌ Reconnexion (%1)…</translation>
    </message>
    <message>
        <source>Store: %1 (%2, %3)</source>
        <translation>Base&#xa0;: %1 (%2, %3)</translation>
    </message>
    <message>
        <source>Store unavailable: %1</source>
        <translation>Base indisponible&#xa0;: %1</translation>
    </message>
</context>
<context>
    <name>ct::MessageHistoryView</name>
    <message>
        <source>When</source>
        <translation>Quand</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Quoi</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>Qui</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Résultat</translation>
    </message>
    <message>
        <source>Detail</source>
        <translation>Détail</translation>
    </message>
</context>
<context>
    <name>ct::MismatchHeatmapModel</name>
    <message>
        <source>%1 at %2 agrees with the authority</source>
        <translation>%1 pour %2 concorde avec la référence</translation>
    </message>
    <message numerus="yes">
        <source>%1 at %2: %n SKU(s) differ from the authority</source>
        <translation>
            <numerusform>%1 pour %2&#xa0;: %n SKU diffère de la référence</numerusform>
            <numerusform>%1 pour %2&#xa0;: %n SKU diffèrent de la référence</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n not explained by any message</source>
        <translation>
            <numerusform>%n qu&apos;aucun message n&apos;explique</numerusform>
            <numerusform>%n qu&apos;aucun message n&apos;explique</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 %2 at cost</source>
        <translation>%1 %2 au coût</translation>
    </message>
    <message numerus="yes">
        <source>%n without a known unit cost</source>
        <translation>
            <numerusform>%n sans coût unitaire connu</numerusform>
            <numerusform>%n sans coût unitaire connu</numerusform>
        </translation>
    </message>
    <message>
        <source>Click to list them</source>
        <translation>Cliquez pour les lister</translation>
    </message>
    <message>
        <source>Reading the messages behind them…</source>
        <translation>Lecture des messages à leur origine…</translation>
    </message>
</context>
<context>
    <name>ct::MismatchHeatmapView</name>
    <message>
        <source>Heatmap: SKUs that differ</source>
        <translation>Carte de chaleur&#xa0;: SKU divergents</translation>
    </message>
    <message>
        <source>Heatmap: value at cost</source>
        <translation>Carte de chaleur&#xa0;: valeur au coût</translation>
    </message>
    <message>
        <source>What a cell&apos;s colour and figure show</source>
        <translation>Ce que montrent la couleur et le chiffre d&apos;une cellule</translation>
    </message>
</context>
<context>
    <name>ct::OverviewPage</name>
    <message>
        <source>Events per minute, last hour, by system</source>
        <translation>Événements par minute, dernière heure, par système</translation>
    </message>
    <message>
        <source>Reading the estate…</source>
        <translation>Lecture du parc…</translation>
    </message>
    <message>
        <source>The store cannot be read: %1</source>
        <translation>La base ne peut pas être lue&#xa0;: %1</translation>
    </message>
    <message>
        <source>The store holds no events yet. Point a collector at it, or fill it with ctower demo.</source>
        <translation>La base ne contient encore aucun événement. Branchez-y un collecteur, ou remplissez-la avec ctower demo.</translation>
    </message>
    <message>
        <source>As of the newest event: %1 (%2)</source>
        <translation>État au dernier événement&#xa0;: %1 (%2)</translation>
    </message>
    <message>
        <source>%1 %2 awaiting posting</source>
        <translation>%1 %2 en attente de comptabilisation</translation>
    </message>
    <message>
        <source>nothing awaiting posting</source>
        <translation>rien en attente de comptabilisation</translation>
    </message>
    <message>
        <source>Orders in flight</source>
        <translation>Commandes en cours</translation>
    </message>
    <message>
        <source>web and click-and-collect orders of the last 2 days not yet delivered or collected</source>
        <translation>commandes web et click &amp; collect des 2 derniers jours pas encore livrées ou retirées</translation>
    </message>
    <message>
        <source>Open exceptions</source>
        <translation>Exceptions ouvertes</translation>
    </message>
    <message>
        <source>ERP posting backlog</source>
        <translation>Comptabilisations ERP en attente</translation>
    </message>
    <message>
        <source>Inventory mismatches</source>
        <translation>Écarts de stock</translation>
    </message>
    <message>
        <source>SKU × node counts where a system disagrees with the authority</source>
        <translation>Stocks SKU × site où un système diverge de la référence</translation>
    </message>
    <message>
        <source>%1/min</source>
        <translation>%1/min</translation>
    </message>
    <message>
        <source>orders in flight</source>
        <translation>commandes en cours</translation>
    </message>
    <message>
        <source>open exceptions</source>
        <translation>exceptions ouvertes</translation>
    </message>
    <message>
        <source>events/min</source>
        <translation>événements/min</translation>
    </message>
    <message>
        <source>Overview</source>
        <translation>Vue d&apos;ensemble</translation>
    </message>
    <message>
        <source>Wall screen</source>
        <translation>Écran mural</translation>
    </message>
    <message>
        <source>Peak mode…</source>
        <translation>Mode pic…</translation>
    </message>
    <message>
        <source>Switch peak-event mode on or off for everyone on this store</source>
        <translation>Activer ou désactiver le mode pic pour tous les utilisateurs de ce magasin</translation>
    </message>
    <message>
        <source>Peak mode since %1 — replays at most %2/s</source>
        <translation>Mode pic depuis %1 — rejeux au plus %2/s</translation>
    </message>
    <message>
        <source>Peak mode is on.</source>
        <translation>Le mode pic est activé.</translation>
    </message>
    <message>
        <source>Peak mode is off.</source>
        <translation>Le mode pic est désactivé.</translation>
    </message>
    <message>
        <source>The figures in large type for a screen across the room (F11: full screen too)</source>
        <translation>Les chiffres en grands caractères pour un écran au fond de la salle (F11&#xa0;: en plein écran aussi)</translation>
    </message>
</context>
<context>
    <name>ct::PageHeader</name>
    <message>
        <source>Correlation id, order, receipt…  (Ctrl+K)</source>
        <translation>Identifiant, commande, ticket…  (Ctrl+K)</translation>
    </message>
</context>
<context>
    <name>ct::PairHealthView</name>
    <message>
        <source>latency (s)</source>
        <translation>latence (s)</translation>
    </message>
    <message>
        <source>latency (min)</source>
        <translation>latence (min)</translation>
    </message>
    <message>
        <source>latency (h)</source>
        <translation>latence (h)</translation>
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
        <translation>━ intégrité</translation>
    </message>
    <message>
        <source>█ errors</source>
        <translation>█ erreurs</translation>
    </message>
    <message>
        <source>%1 → %2</source>
        <translation>%1 → %2</translation>
    </message>
    <message>
        <source>p50 %1 · p95 %2 over %3 changes</source>
        <translation>p50 %1 · p95 %2 sur %3 changements</translation>
    </message>
    <message>
        <source>no change crossed with a measured latency</source>
        <translation>aucun changement transmis avec une latence mesurée</translation>
    </message>
    <message>
        <source>%1% of %2 messages without an error (%3 errors)</source>
        <translation>%1 % de %2 messages sans erreur (%3 erreurs)</translation>
    </message>
    <message>
        <source>no message received</source>
        <translation>aucun message reçu</translation>
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
        <translation>intégrité (%)</translation>
    </message>
    <message>
        <source>errors</source>
        <translation>erreurs</translation>
    </message>
    <message>
        <source>integrity</source>
        <translation>intégrité</translation>
    </message>
    <message>
        <source>%1 – %2</source>
        <translation>%1 – %2</translation>
    </message>
    <message>
        <source>p50 %1 · p95 %2 (%3 changes)</source>
        <translation>p50 %1 · p95 %2 (%3 changements)</translation>
    </message>
    <message>
        <source>%1% integrity: %2 errors of %3 messages</source>
        <translation>%1 % d&apos;intégrité : %2 erreurs sur %3 messages</translation>
    </message>
    <message>
        <source>no message</source>
        <translation>aucun message</translation>
    </message>
</context>
<context>
    <name>ct::PasswordPromptDialog</name>
    <message>
        <source>Passwords for “%1”</source>
        <translation>Mots de passe pour «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <source>Store password</source>
        <translation>Mot de passe de la base</translation>
    </message>
    <message>
        <source>Broker password</source>
        <translation>Mot de passe du broker</translation>
    </message>
    <message>
        <source>They are used for this session only and saved nowhere.</source>
        <translation>Ils ne servent que pour cette session et ne sont enregistrés nulle part.</translation>
    </message>
</context>
<context>
    <name>ct::PayloadPane</name>
    <message>
        <source>The selected event&apos;s payload appears here.</source>
        <translation>La charge utile de l&apos;événement sélectionné s&apos;affiche ici.</translation>
    </message>
    <message>
        <source>Show personal data</source>
        <translation>Démasquer</translation>
    </message>
    <message>
        <source>Unmasks names, emails, phone numbers and addresses in this payload only. Deliberate: each unmasking is recorded in the audit trail. (Ctrl+Shift+U)</source>
        <translation>Démasque les noms, e-mails, numéros de téléphone et adresses de cette seule charge utile. Action délibérée&#xa0;: chaque démasquage est enregistré dans le journal d&apos;audit. (Ctrl+Maj+U)</translation>
    </message>
    <message>
        <source>Payload</source>
        <translation>Charge utile</translation>
    </message>
    <message>
        <source>Recording the unmasking in the audit trail…</source>
        <translation>Enregistrement du démasquage dans le journal d&apos;audit…</translation>
    </message>
    <message>
        <source>Personal data stays masked: %1.</source>
        <translation>Les données personnelles restent masquées&#xa0;: %1.</translation>
    </message>
    <message>
        <source> at byte %1</source>
        <translation> à l&apos;octet %1</translation>
    </message>
    <message>
        <source>Not valid UTF-8%1, so it cannot be read as text: shown as hex.</source>
        <translation>UTF-8 non valide%1, illisible comme texte&#xa0;: affiché en hexadécimal.</translation>
    </message>
    <message>
        <source>Nested deeper than %1 levels: shown as hex.</source>
        <translation>Imbrication de plus de %1 niveaux&#xa0;: affiché en hexadécimal.</translation>
    </message>
    <message>
        <source>Not valid JSON%1 (%2): shown as hex.</source>
        <translation>JSON non valide%1 (%2)&#xa0;: affiché en hexadécimal.</translation>
    </message>
    <message>
        <source>Binary content (a control byte%1): shown as hex.</source>
        <translation>Contenu binaire (un octet de contrôle%1)&#xa0;: affiché en hexadécimal.</translation>
    </message>
    <message>
        <source>Too large to decode here: shown as hex.</source>
        <translation>Trop volumineux pour être décodé ici&#xa0;: affiché en hexadécimal.</translation>
    </message>
    <message>
        <source>No decoder for %1 in this window: shown as hex.</source>
        <translation>Aucun décodeur pour %1 dans cette fenêtre&#xa0;: affiché en hexadécimal.</translation>
    </message>
    <message>
        <source>Cannot be decoded: %1. Shown as hex.</source>
        <translation>Décodage impossible&#xa0;: %1. Affiché en hexadécimal.</translation>
    </message>
    <message>
        <source>Decoded as %1, but %2: the message type may be wrong, and those fields are not shown.</source>
        <translation>Décodé en tant que %1, mais %2&#xa0;: le type de message est peut-être erroné, et ces champs ne sont pas affichés.</translation>
    </message>
    <message>
        <source>none</source>
        <translation>aucun</translation>
    </message>
    <message>
        <source>JSON, %1</source>
        <translation>JSON, %1</translation>
    </message>
    <message>
        <source>%1 (protobuf), %2</source>
        <translation>%1 (protobuf), %2</translation>
    </message>
    <message>
        <source>text, %1</source>
        <translation>texte, %1</translation>
    </message>
    <message>
        <source>hex, %1</source>
        <translation>hexa, %1</translation>
    </message>
    <message>
        <source>Its content is withheld: personal data in it cannot be found and masked. Show personal data to read it (recorded in the audit trail).</source>
        <translation>Son contenu est retenu&#xa0;: les données personnelles qu&apos;il contient ne peuvent être ni repérées ni masquées. Démasquez-le pour le lire (enregistré dans le journal d&apos;audit).</translation>
    </message>
    <message>
        <source>personal data shown</source>
        <translation>données personnelles affichées</translation>
    </message>
    <message>
        <source>personal data masked: %1</source>
        <translation>données personnelles masquées&#xa0;: %1</translation>
    </message>
    <message>
        <source>This event carries no payload.</source>
        <translation>Cet événement n&apos;a pas de charge utile.</translation>
    </message>
    <message>
        <source>the unmasking could not be recorded (%1)</source>
        <translation>le démasquage n&apos;a pas pu être enregistré (%1)</translation>
    </message>
</context>
<context>
    <name>ct::PeakModeDialog</name>
    <message>
        <source>Switch peak mode on</source>
        <translation>Activer le mode pic</translation>
    </message>
    <message>
        <source>Switch peak mode off</source>
        <translation>Désactiver le mode pic</translation>
    </message>
    <message>
        <source> messages/s</source>
        <translation> messages/s</translation>
    </message>
    <message>
        <source>Replay rate budget</source>
        <translation>Budget de rejeu</translation>
    </message>
    <message>
        <source>Why, e.g. Black Friday flash sale</source>
        <translation>Pourquoi, p. ex. vente flash du Black Friday</translation>
    </message>
    <message>
        <source>Why, e.g. the sale is over</source>
        <translation>Pourquoi, p. ex. la vente est terminée</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Note</translation>
    </message>
    <message>
        <source>While peak mode is on, discards, reopens, quarantine overrides and edited resubmissions are refused for everyone on this store, and replays go no faster than the budget. The switch is written to the audit trail.</source>
        <translation>Tant que le mode pic est activé, les abandons, réouvertures, levées de quarantaine et renvois modifiés sont refusés à tous sur ce magasin, et les rejeux ne vont pas plus vite que le budget. Le changement est inscrit dans la piste d&apos;audit.</translation>
    </message>
    <message>
        <source>Every action is open to its role again. The switch is written to the audit trail.</source>
        <translation>Chaque action est de nouveau ouverte à son rôle. Le changement est inscrit dans la piste d&apos;audit.</translation>
    </message>
    <message>
        <source>Switch on</source>
        <translation>Activer</translation>
    </message>
    <message>
        <source>Switch off</source>
        <translation>Désactiver</translation>
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
        <translation>&gt; 1 jour</translation>
    </message>
    <message>
        <source>Waiting</source>
        <translation>Attente</translation>
    </message>
    <message>
        <source>Currency</source>
        <translation>Devise</translation>
    </message>
    <message>
        <source>Postings</source>
        <translation>Comptabilisations</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Montant</translation>
    </message>
    <message>
        <source>Oldest</source>
        <translation>Plus ancienne</translation>
    </message>
</context>
<context>
    <name>ct::PostingEntryModel</name>
    <message>
        <source>rejected</source>
        <translation>rejetée</translation>
    </message>
    <message>
        <source>awaiting</source>
        <translation>à passer</translation>
    </message>
    <message>
        <source>posted</source>
        <translation>passée</translation>
    </message>
    <message>
        <source>At</source>
        <translation>Heure</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>State</source>
        <translation>État</translation>
    </message>
    <message>
        <source>Correlation id</source>
        <translation>ID de corrélation</translation>
    </message>
    <message>
        <source>Business id</source>
        <translation>ID métier</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Montant</translation>
    </message>
    <message>
        <source>Tax</source>
        <translation>Taxe</translation>
    </message>
    <message>
        <source>Age</source>
        <translation>Âge</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Motif</translation>
    </message>
</context>
<context>
    <name>ct::PostingFilterBar</name>
    <message>
        <source>Export CSV…</source>
        <translation>Exporter en CSV…</translation>
    </message>
    <message>
        <source>All states</source>
        <translation>Tous les états</translation>
    </message>
    <message>
        <source>Not posted</source>
        <translation>Non comptabilisées</translation>
    </message>
    <message>
        <source>Awaiting</source>
        <translation>En attente</translation>
    </message>
    <message>
        <source>Posted</source>
        <translation>Comptabilisées</translation>
    </message>
    <message>
        <source>Rejected</source>
        <translation>Rejetées</translation>
    </message>
    <message>
        <source>Write every posting that matches the filters to a CSV file, oldest first; personal data in the ERP&apos;s reasons is masked (Ctrl+Shift+E)</source>
        <translation>Écrire chaque comptabilisation correspondant aux filtres dans un fichier CSV, la plus ancienne d&apos;abord ; les données personnelles des motifs de l&apos;ERP sont masquées (Ctrl+Maj+E)</translation>
    </message>
    <message>
        <source>All kinds</source>
        <translation>Tous les types</translation>
    </message>
    <message>
        <source>All currencies</source>
        <translation>Toutes les devises</translation>
    </message>
    <message>
        <source>Exporting…</source>
        <translation>Export en cours…</translation>
    </message>
</context>
<context>
    <name>ct::PostingPage</name>
    <message>
        <source>Summing postings by business day…</source>
        <translation>Totalisation des comptabilisations par journée…</translation>
    </message>
    <message>
        <source>Postings cannot be read</source>
        <translation>Les comptabilisations ne peuvent pas être lues</translation>
    </message>
    <message>
        <source>awaiting (%1)</source>
        <translation>à passer (%1)</translation>
    </message>
    <message>
        <source>awaiting</source>
        <translation>à passer</translation>
    </message>
    <message>
        <source>rejected by the ERP</source>
        <translation>rejetées par l&apos;ERP</translation>
    </message>
    <message>
        <source>rejected (%1)</source>
        <translation>rejetées (%1)</translation>
    </message>
    <message>
        <source>rejected</source>
        <translation>rejetées</translation>
    </message>
    <message>
        <source>none</source>
        <translation>aucun</translation>
    </message>
    <message>
        <source>No postings yet</source>
        <translation>Aucune comptabilisation pour l&apos;instant</translation>
    </message>
    <message>
        <source>Orders, refunds and settlements appear here once captured.</source>
        <translation>Commandes, remboursements et règlements s&apos;affichent ici une fois saisis.</translation>
    </message>
    <message>
        <source>Posting</source>
        <translation>Comptabilisation</translation>
    </message>
    <message>
        <source>Double-click a posting (or press Enter) to open its transaction&apos;s lineage</source>
        <translation>Double-cliquez sur une comptabilisation (ou Entrée) pour ouvrir la traçabilité de sa transaction</translation>
    </message>
    <message>
        <source>not posted</source>
        <translation>non comptabilisées</translation>
    </message>
    <message>
        <source>oldest not posted</source>
        <translation>plus ancienne non comptabilisée</translation>
    </message>
    <message>
        <source>By business day</source>
        <translation>Par jour ouvré</translation>
    </message>
    <message>
        <source>Awaiting, by age</source>
        <translation>En attente, par âge</translation>
    </message>
    <message>
        <source>Rejected, by reason</source>
        <translation>Rejetées, par motif</translation>
    </message>
    <message numerus="yes">
        <source>%Ln posting(s) awaiting %1 · %2</source>
        <translation>
            <numerusform>%Ln comptabilisation en attente %1 · %2</numerusform>
            <numerusform>%Ln comptabilisations en attente %1 · %2</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln posting(s) of %1 · %2 rejected: %3</source>
        <translation>
            <numerusform>%Ln comptabilisation %1 · %2 rejetée : %3</numerusform>
            <numerusform>%Ln comptabilisations %1 · %2 rejetées : %3</numerusform>
        </translation>
    </message>
    <message>
        <source>no reason recorded</source>
        <translation>aucun motif enregistré</translation>
    </message>
    <message>
        <source>No posting matches the filters here.</source>
        <translation>Aucune comptabilisation ne correspond aux filtres ici.</translation>
    </message>
    <message>
        <source>Select a row to list its postings.</source>
        <translation>Sélectionnez une ligne pour lister ses comptabilisations.</translation>
    </message>
    <message>
        <source> — double-click one to open its lineage</source>
        <translation> — double-cliquez sur une pour ouvrir sa traçabilité</translation>
    </message>
    <message>
        <source>Export the postings</source>
        <translation>Exporter les comptabilisations</translation>
    </message>
    <message>
        <source>The postings could not be written to %1: %2</source>
        <translation>Les comptabilisations n&apos;ont pas pu être écrites dans %1 : %2</translation>
    </message>
    <message>
        <source>Reading the postings of %1…</source>
        <translation>Lecture des écritures de %1…</translation>
    </message>
    <message>
        <source>The postings of %1 cannot be read: %2</source>
        <translation>Les écritures de %1 ne peuvent pas être lues&#xa0;: %2</translation>
    </message>
    <message numerus="yes">
        <source>%Ln posting(s) of %1</source>
        <translation>
            <numerusform>%Ln écriture de %1</numerusform>
            <numerusform>%Ln écritures de %1</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ct::PostingSummaryModel</name>
    <message>
        <source>Business day</source>
        <translation>Journée</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Currency</source>
        <translation>Devise</translation>
    </message>
    <message>
        <source>Awaiting</source>
        <translation>À passer</translation>
    </message>
    <message>
        <source>Awaiting amount</source>
        <translation>Montant à passer</translation>
    </message>
    <message>
        <source>Posted</source>
        <translation>Passées</translation>
    </message>
    <message>
        <source>Posted amount</source>
        <translation>Montant passé</translation>
    </message>
    <message>
        <source>Rejected</source>
        <translation>Rejetées</translation>
    </message>
    <message>
        <source>Rejected amount</source>
        <translation>Montant rejeté</translation>
    </message>
    <message>
        <source>Oldest awaiting</source>
        <translation>Plus ancienne à passer</translation>
    </message>
    <message>
        <source>%1 of %2 posted state their tax</source>
        <translation>%1 sur %2 passées indiquent leur taxe</translation>
    </message>
    <message>
        <source>The tax included in the posted amount, as the postings state it; empty when none states it</source>
        <translation>La taxe comprise dans le montant passé, telle que les écritures l&apos;indiquent ; vide si aucune ne l&apos;indique</translation>
    </message>
    <message>
        <source>Posted tax</source>
        <translation>Taxe passée</translation>
    </message>
</context>
<context>
    <name>ct::PriceDeltaModel</name>
    <message>
        <source>base price</source>
        <translation>prix de base</translation>
    </message>
    <message>
        <source>no campaign message explains it</source>
        <translation>aucun message de campagne ne l&apos;explique</translation>
    </message>
    <message>
        <source>%1 has not taken %2 over</source>
        <translation>%1 n&apos;a pas repris %2</translation>
    </message>
    <message>
        <source>SKU</source>
        <translation>SKU</translation>
    </message>
    <message>
        <source>Store / channel</source>
        <translation>Magasin / canal</translation>
    </message>
    <message>
        <source>System</source>
        <translation>Système</translation>
    </message>
    <message>
        <source>Price</source>
        <translation>Prix</translation>
    </message>
    <message>
        <source>Promotion</source>
        <translation>Promotion</translation>
    </message>
    <message>
        <source>ERP price</source>
        <translation>Prix ERP</translation>
    </message>
    <message>
        <source>ERP promotion</source>
        <translation>Promotion ERP</translation>
    </message>
    <message>
        <source>Difference</source>
        <translation>Écart</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>Pourquoi</translation>
    </message>
</context>
<context>
    <name>ct::ProfileActions</name>
    <message>
        <source>“%1” is being renamed: try again once that is done.</source>
        <translation>«&#xa0;%1&#xa0;» est en cours de renommage&#xa0;: réessayez une fois terminé.</translation>
    </message>
    <message>
        <source>Storing the passwords of “%1” in the keychain…</source>
        <translation>Enregistrement des mots de passe de «&#xa0;%1&#xa0;» dans le trousseau…</translation>
    </message>
    <message>
        <source>Saved “%1”.</source>
        <translation>«&#xa0;%1&#xa0;» enregistré.</translation>
    </message>
    <message>
        <source>Moving the passwords of “%1” to “%2” in the keychain…</source>
        <translation>Déplacement des mots de passe de «&#xa0;%1&#xa0;» vers «&#xa0;%2&#xa0;» dans le trousseau…</translation>
    </message>
    <message>
        <source>“%1” was not renamed. %2</source>
        <translation>«&#xa0;%1&#xa0;» n&apos;a pas été renommé. %2</translation>
    </message>
    <message>
        <source>Renamed “%1” to “%2”.</source>
        <translation>«&#xa0;%1&#xa0;» renommé en «&#xa0;%2&#xa0;».</translation>
    </message>
    <message>
        <source>Renamed “%1” to “%2”; its passwords are under the new name, but not all could be removed from under the old one. %3</source>
        <translation>«&#xa0;%1&#xa0;» renommé en «&#xa0;%2&#xa0;»&#xa0;; ses mots de passe sont sous le nouveau nom, mais tous n&apos;ont pas pu être supprimés de l&apos;ancien. %3</translation>
    </message>
    <message>
        <source>Removed “%1” and its passwords.</source>
        <translation>«&#xa0;%1&#xa0;» et ses mots de passe supprimés.</translation>
    </message>
</context>
<context>
    <name>ct::ProfileEditorDialog</name>
    <message>
        <source>Edit connection profile</source>
        <translation>Modifier le profil de connexion</translation>
    </message>
    <message>
        <source>New connection profile</source>
        <translation>Nouveau profil de connexion</translation>
    </message>
    <message>
        <source>e.g. production</source>
        <translation>p. ex. production</translation>
    </message>
    <message>
        <source>&amp;Name</source>
        <translation>&amp;Nom</translation>
    </message>
    <message>
        <source>postgresql://user@host/database or a SQLite file</source>
        <translation>postgresql://utilisateur@hôte/base ou un fichier SQLite</translation>
    </message>
    <message>
        <source>&amp;Store URL</source>
        <translation>URL de la &amp;base</translation>
    </message>
    <message>
        <source>Store pass&amp;word</source>
        <translation>&amp;Mot de passe de la base</translation>
    </message>
    <message>
        <source>amqp://user@host:5672/%2F or amqps://…</source>
        <translation>amqp://utilisateur@hôte:5672/%2F ou amqps://…</translation>
    </message>
    <message>
        <source>&amp;AMQP URL</source>
        <translation>URL &amp;AMQP</translation>
    </message>
    <message>
        <source>Broker passwo&amp;rd</source>
        <translation>Mot de passe du &amp;broker</translation>
    </message>
    <message>
        <source>http://host:15672 (empty: the AMQP host)</source>
        <translation>http://hôte:15672 (vide&#xa0;: l&apos;hôte AMQP)</translation>
    </message>
    <message>
        <source>&amp;Management URL</source>
        <translation>URL de &amp;gestion</translation>
    </message>
    <message>
        <source>PEM file of the authority that signed the broker (amqps, https)</source>
        <translation>Fichier PEM de l&apos;autorité qui a signé le broker (amqps, https)</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>&amp;Parcourir…</translation>
    </message>
    <message>
        <source>&amp;CA file</source>
        <translation>Fichier de l&apos;&amp;AC</translation>
    </message>
    <message>
        <source>comma-separated; empty: every queue of the virtual host</source>
        <translation>séparées par des virgules&#xa0;; vide&#xa0;: toutes les files de l&apos;hôte virtuel</translation>
    </message>
    <message>
        <source>&amp;Watched queues</source>
        <translation>&amp;Files surveillées</translation>
    </message>
    <message>
        <source>Passwords go to the system keychain, never to the profiles file.</source>
        <translation>Les mots de passe vont dans le trousseau du système, jamais dans le fichier des profils.</translation>
    </message>
    <message>
        <source>CA certificate</source>
        <translation>Certificat de l&apos;AC</translation>
    </message>
    <message>
        <source>Certificates (*.pem *.crt *.cer);;All files (*)</source>
        <translation>Certificats (*.pem *.crt *.cer);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>unchanged (kept in the keychain)</source>
        <translation>inchangé (conservé dans le trousseau)</translation>
    </message>
    <message>
        <source>no password</source>
        <translation>aucun mot de passe</translation>
    </message>
    <message>
        <source>Give a store URL, an AMQP URL, or both.</source>
        <translation>Indiquez une URL de base, une URL AMQP, ou les deux.</translation>
    </message>
</context>
<context>
    <name>ct::ProfileRenameDialog</name>
    <message>
        <source>&amp;Rename</source>
        <translation>&amp;Renommer</translation>
    </message>
    <message>
        <source>Rename connection profile</source>
        <translation>Renommer le profil de connexion</translation>
    </message>
    <message>
        <source>New &amp;name</source>
        <translation>Nouveau &amp;nom</translation>
    </message>
    <message>
        <source>The profile&apos;s passwords move to the new name in the keychain.</source>
        <translation>Les mots de passe du profil passent sous le nouveau nom dans le trousseau.</translation>
    </message>
</context>
<context>
    <name>ct::ProfileSecrets</name>
    <message>
        <source>The keychain is unavailable (%1): the password was not saved anywhere, and you will be asked for it when connecting.</source>
        <translation>Le trousseau est indisponible (%1)&#xa0;: le mot de passe n&apos;a été enregistré nulle part, il vous sera demandé à la connexion.</translation>
    </message>
    <message>
        <source>The keychain is unavailable (%1): no password was read.</source>
        <translation>Le trousseau est indisponible (%1)&#xa0;: aucun mot de passe n&apos;a été lu.</translation>
    </message>
    <message>
        <source>The keychain is unavailable (%1): the passwords could not be copied to the new name.</source>
        <translation>Le trousseau est indisponible (%1)&#xa0;: les mots de passe n&apos;ont pas pu être copiés sous le nouveau nom.</translation>
    </message>
    <message>
        <source>The keychain is unavailable (%1): the profile&apos;s passwords could not be removed from it.</source>
        <translation>Le trousseau est indisponible (%1)&#xa0;: les mots de passe du profil n&apos;ont pas pu en être supprimés.</translation>
    </message>
</context>
<context>
    <name>ct::ProfilesPanel</name>
    <message>
        <source>&amp;New…</source>
        <translation>&amp;Nouveau…</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>&amp;Modifier…</translation>
    </message>
    <message>
        <source>Rena&amp;me…</source>
        <translation>Reno&amp;mmer…</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>&amp;Supprimer</translation>
    </message>
    <message>
        <source>&amp;Test connection</source>
        <translation>&amp;Tester la connexion</translation>
    </message>
    <message>
        <source>No saved profiles yet. New… saves a store and a broker to connect to, and the queues to watch; passwords go to the keychain, never to a file.</source>
        <translation>Aucun profil enregistré pour l&apos;instant. Nouveau… enregistre une base et un broker auxquels se connecter, et les files à surveiller&#xa0;; les mots de passe vont dans le trousseau, jamais dans un fichier.</translation>
    </message>
    <message>
        <source>Connection profiles</source>
        <translation>Profils de connexion</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>Store</source>
        <translation>Base</translation>
    </message>
    <message>
        <source>Broker</source>
        <translation>Broker</translation>
    </message>
    <message>
        <source>Remove connection profile</source>
        <translation>Supprimer le profil de connexion</translation>
    </message>
    <message>
        <source>Remove “%1” and its passwords from the keychain?</source>
        <translation>Supprimer «&#xa0;%1&#xa0;» et ses mots de passe du trousseau&#xa0;?</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Supprimer</translation>
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
        <translation>inactive</translation>
    </message>
    <message>
        <source>dead letters</source>
        <translation>lettres mortes</translation>
    </message>
    <message>
        <source>no consumers</source>
        <translation>aucun consommateur</translation>
    </message>
    <message>
        <source>falling behind</source>
        <translation>prend du retard</translation>
    </message>
    <message>
        <source>%1/s</source>
        <translation>%1/s</translation>
    </message>
    <message>
        <source>Queue</source>
        <translation>File</translation>
    </message>
    <message>
        <source>Depth</source>
        <translation>Total</translation>
    </message>
    <message>
        <source>Ready</source>
        <translation>Prêts</translation>
    </message>
    <message>
        <source>Unacked</source>
        <translation>Sans ack</translation>
    </message>
    <message>
        <source>Consumers</source>
        <translation>Consomm.</translation>
    </message>
    <message>
        <source>Publish</source>
        <translation>Publiés</translation>
    </message>
    <message>
        <source>Deliver</source>
        <translation>Livrés</translation>
    </message>
    <message>
        <source>Ack</source>
        <translation>Ack</translation>
    </message>
    <message>
        <source>Verdict</source>
        <translation>Verdict</translation>
    </message>
</context>
<context>
    <name>ct::RejectionReasonModel</name>
    <message>
        <source>(no reason recorded)</source>
        <translation>(aucun motif enregistré)</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Motif</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Currency</source>
        <translation>Devise</translation>
    </message>
    <message>
        <source>Postings</source>
        <translation>Comptabilisations</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Montant</translation>
    </message>
    <message>
        <source>Latest</source>
        <translation>Plus récente</translation>
    </message>
</context>
<context>
    <name>ct::RelatedFailures</name>
    <message>
        <source>Enter or double-click: open the message on the Exceptions page</source>
        <translation>Entrée ou double-clic&#xa0;: ouvrir le message dans la page Exceptions</translation>
    </message>
    <message>
        <source>Message %1, last failed %2</source>
        <translation>Message %1, dernier échec %2</translation>
    </message>
    <message>
        <source>Failed messages of this transaction (%1) — Enter opens one on the Exceptions page</source>
        <translation>Messages en échec de cette transaction (%1) — Entrée en ouvre un dans la page Exceptions</translation>
    </message>
</context>
<context>
    <name>ct::ReplayDialog</name>
    <message>
        <source>The queue each message died in (nothing else receives it again)</source>
        <translation>La file où chaque message a été rejeté (personne d&apos;autre ne le reçoit à nouveau)</translation>
    </message>
    <message>
        <source>Through its original exchange (every queue bound to it receives it)</source>
        <translation>Par son exchange d&apos;origine (chaque file qui y est liée le reçoit)</translation>
    </message>
    <message>
        <source>Another queue:</source>
        <translation>Une autre file&#xa0;:</translation>
    </message>
    <message>
        <source>Replay the first</source>
        <translation>Rejouer d&apos;abord les</translation>
    </message>
    <message>
        <source>Replay failed messages</source>
        <translation>Rejouer les messages en échec</translation>
    </message>
    <message>
        <source>queue name</source>
        <translation>nom de la file</translation>
    </message>
    <message>
        <source> messages/s</source>
        <translation> messages/s</translation>
    </message>
    <message>
        <source>no limit</source>
        <translation>sans limite</translation>
    </message>
    <message>
        <source> s</source>
        <translation> s</translation>
    </message>
    <message numerus="yes">
        <source>The %n selected message(s)</source>
        <translation>
            <numerusform>Le message sélectionné</numerusform>
            <numerusform>Les %n messages sélectionnés</numerusform>
        </translation>
    </message>
    <message>
        <source>All %1 open messages matching the filters and the group</source>
        <translation>Les %1 messages ouverts correspondant aux filtres et au groupe</translation>
    </message>
    <message>
        <source>Messages</source>
        <translation>Messages</translation>
    </message>
    <message>
        <source>Broker</source>
        <translation>Broker</translation>
    </message>
    <message>
        <source>To</source>
        <translation>Vers</translation>
    </message>
    <message>
        <source>Rate</source>
        <translation>Débit</translation>
    </message>
    <message>
        <source>then wait up to</source>
        <translation>puis attendre jusqu&apos;à</translation>
    </message>
    <message>
        <source>Canary</source>
        <translation>Canari</translation>
    </message>
    <message>
        <source>The rest go only once each of the first shows its failed stage done downstream; otherwise they stay open.</source>
        <translation>Les autres ne partent qu&apos;une fois que chacun des premiers a terminé en aval l&apos;étape en échec&#xa0;; sinon ils restent ouverts.</translation>
    </message>
    <message>
        <source>No saved connection profile names a broker: add one on the Connections page.</source>
        <translation>Aucun profil de connexion enregistré ne nomme de broker&#xa0;: ajoutez-en un dans la page Connexions.</translation>
    </message>
    <message>
        <source>Each message is published persistent and mandatory with publisher confirms, its message id kept; its state changes only once the broker confirms it.</source>
        <translation>Chaque message est publié en persistant et mandatory avec confirmations de publication, son identifiant conservé&#xa0;; son état ne change qu&apos;une fois confirmé par le broker.</translation>
    </message>
    <message>
        <source>Replay</source>
        <translation>Rejouer</translation>
    </message>
</context>
<context>
    <name>ct::ReplayFlow</name>
    <message>
        <source>replaying needs a broker connection, which this window was started without</source>
        <translation>le rejeu nécessite une connexion au broker, et cette fenêtre a été lancée sans</translation>
    </message>
    <message>
        <source>Checking what the replay would do (dry run)…</source>
        <translation>Vérification de ce que ferait le rejeu (simulation)…</translation>
    </message>
    <message>
        <source>Replay failed messages</source>
        <translation>Rejouer les messages en échec</translation>
    </message>
    <message>
        <source>Dry run, nothing changed yet:</source>
        <translation>Simulation, rien n&apos;a encore changé&#xa0;:</translation>
    </message>
    <message>
        <source>Canary: the first %1 go first; the rest only once each shows its stage done downstream (waiting up to %2 s).</source>
        <translation>Canari&#xa0;: les %1 premiers partent d&apos;abord&#xa0;; les autres seulement une fois que chacun a terminé son étape en aval (attente jusqu&apos;à %2 s).</translation>
    </message>
    <message numerus="yes">
        <source>Replay %n message(s)</source>
        <translation>
            <numerusform>Rejouer %n message</numerusform>
            <numerusform>Rejouer %n messages</numerusform>
        </translation>
    </message>
    <message>
        <source>The replay was not started.</source>
        <translation>Le rejeu n&apos;a pas été lancé.</translation>
    </message>
    <message>
        <source>was cancelled</source>
        <translation>a été annulé</translation>
    </message>
    <message>
        <source>stopped early (%1)</source>
        <translation>s&apos;est arrêté avant la fin (%1)</translation>
    </message>
    <message>
        <source>did not finish (interrupted, or still running elsewhere)</source>
        <translation>ne s&apos;est pas terminé (interrompu, ou toujours en cours ailleurs)</translation>
    </message>
    <message>
        <source>The replay of %1 messages that %2 started %3 %4: %5 still to replay.</source>
        <translation>Le rejeu de %1 messages lancé par %2 %3 %4&#xa0;: %5 restent à rejouer.</translation>
    </message>
    <message>
        <source>no saved connection profile names a broker: add one on the Connections page</source>
        <translation>aucun profil de connexion enregistré ne nomme de broker&#xa0;: ajoutez-en un dans la page Connexions</translation>
    </message>
    <message>
        <source>Resume the replay</source>
        <translation>Reprendre le rejeu</translation>
    </message>
    <message>
        <source>Broker</source>
        <translation>Broker</translation>
    </message>
</context>
<context>
    <name>ct::ResubmitDialog</name>
    <message>
        <source>removed</source>
        <translation>supprimé</translation>
    </message>
    <message>
        <source>added</source>
        <translation>ajouté</translation>
    </message>
    <message>
        <source>changed</source>
        <translation>modifié</translation>
    </message>
    <message>
        <source>Check</source>
        <translation>Vérifier</translation>
    </message>
    <message>
        <source>Send the edited copy</source>
        <translation>Envoyer la copie modifiée</translation>
    </message>
    <message>
        <source>Edit &amp; resubmit %1</source>
        <translation>Modifier et renvoyer %1</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Champ</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Modification</translation>
    </message>
    <message>
        <source>Before</source>
        <translation>Avant</translation>
    </message>
    <message>
        <source>After</source>
        <translation>Après</translation>
    </message>
    <message>
        <source>Personal data is masked; a masked value left as it is keeps the original&apos;s data. Edit the fields that failed, then Check.</source>
        <translation>Les données personnelles sont masquées&#xa0;; une valeur masquée laissée telle quelle conserve les données de l&apos;original. Modifiez les champs en échec, puis Vérifier.</translation>
    </message>
    <message>
        <source>Broker</source>
        <translation>Broker</translation>
    </message>
    <message>
        <source>No saved connection profile names a broker: add one on the Connections page.</source>
        <translation>Aucun profil de connexion enregistré ne nomme de broker&#xa0;: ajoutez-en un dans la page Connexions.</translation>
    </message>
    <message>
        <source>(payload)</source>
        <translation>(charge utile)</translation>
    </message>
    <message>
        <source>Cannot be sent: %1</source>
        <translation>Envoi impossible&#xa0;: %1</translation>
    </message>
    <message numerus="yes">
        <source>Fit to send: %n field(s) changed.</source>
        <translation>
            <numerusform>Prêt à l&apos;envoi&#xa0;: %n champ modifié.</numerusform>
            <numerusform>Prêt à l&apos;envoi&#xa0;: %n champs modifiés.</numerusform>
        </translation>
    </message>
    <message>
        <source>Look first: %1</source>
        <translation>À vérifier d&apos;abord&#xa0;: %1</translation>
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
        <translation>en échec %1</translation>
    </message>
    <message>
        <source>overdue %1</source>
        <translation>en retard de %1</translation>
    </message>
    <message>
        <source>Order</source>
        <translation>Commande</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Montant</translation>
    </message>
    <message>
        <source>Stopped at</source>
        <translation>Arrêtée à</translation>
    </message>
    <message>
        <source>Since</source>
        <translation>Depuis</translation>
    </message>
</context>
<context>
    <name>ct::RoleButton</name>
    <message>
        <source>Viewer: looks only</source>
        <translation>Lecteur&#xa0;: consulte seulement</translation>
    </message>
    <message>
        <source>Operator: replays, resolves, discards, assigns, snoozes</source>
        <translation>Opérateur&#xa0;: rejoue, résout, écarte, assigne, reporte</translation>
    </message>
    <message>
        <source>Admin: also reopens, overrides the quarantine and manages connections</source>
        <translation>Admin&#xa0;: rouvre aussi, lève la quarantaine et gère les connexions</translation>
    </message>
    <message>
        <source>viewer</source>
        <translation>lecteur</translation>
    </message>
    <message>
        <source>operator</source>
        <translation>opérateur</translation>
    </message>
    <message>
        <source>admin</source>
        <translation>admin</translation>
    </message>
    <message>
        <source>Role: %1</source>
        <translation>Rôle&#xa0;: %1</translation>
    </message>
    <message>
        <source>Waiting for the store to say what this connection may do; until then nothing can be changed.</source>
        <translation>En attente de la base pour savoir ce que cette connexion peut faire&#xa0;; d&apos;ici là, rien ne peut être modifié.</translation>
    </message>
    <message>
        <source>You chose %1, but the store grants this connection no more than %2.</source>
        <translation>Vous avez choisi %1, mais la base n&apos;accorde pas plus que %2 à cette connexion.</translation>
    </message>
    <message>
        <source>The role you act in; the store grants this connection up to %1.</source>
        <translation>Le rôle dans lequel vous agissez&#xa0;; la base accorde à cette connexion jusqu&apos;à %1.</translation>
    </message>
</context>
<context>
    <name>ct::RunbookView</name>
    <message>
        <source>The runbook for the selected message&apos;s queue and error class appears here.</source>
        <translation>Le runbook de la file et de la classe d&apos;erreur du message sélectionné s&apos;affiche ici.</translation>
    </message>
    <message>
        <source>Open the runbook</source>
        <translation>Ouvrir le runbook</translation>
    </message>
    <message>
        <source>No runbooks</source>
        <translation>Aucun runbook</translation>
    </message>
    <message>
        <source>The runbooks cannot be used: %1</source>
        <translation>Les runbooks sont inutilisables&#xa0;: %1</translation>
    </message>
    <message>
        <source>No runbooks are configured.</source>
        <translation>Aucun runbook n&apos;est configuré.</translation>
    </message>
    <message>
        <source>No runbook for this failure</source>
        <translation>Aucun runbook pour cet échec</translation>
    </message>
    <message>
        <source>None of the runbooks in %1 covers the queue %2 with the error class %3.</source>
        <translation>Aucun des runbooks de %1 ne couvre la file %2 avec la classe d&apos;erreur %3.</translation>
    </message>
    <message>
        <source>What to check</source>
        <translation>À vérifier</translation>
    </message>
    <message>
        <source>Replay is safe when</source>
        <translation>On peut rejouer sans risque si</translation>
    </message>
    <message>
        <source>Whom to call</source>
        <translation>Qui appeler</translation>
    </message>
</context>
<context>
    <name>ct::SlaBreachModel</name>
    <message>
        <source>Transaction</source>
        <translation>Transaction</translation>
    </message>
    <message>
        <source>Completed</source>
        <translation>Terminée</translation>
    </message>
    <message>
        <source>Took</source>
        <translation>Durée</translation>
    </message>
</context>
<context>
    <name>ct::SlaCard</name>
    <message>
        <source>seconds</source>
        <translation>secondes</translation>
    </message>
    <message>
        <source>minutes</source>
        <translation>minutes</translation>
    </message>
    <message>
        <source>hours</source>
        <translation>heures</translation>
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
        <source>SLA threshold</source>
        <translation>Seuil SLA</translation>
    </message>
    <message>
        <source>breaches</source>
        <translation>dépassements</translation>
    </message>
    <message>
        <source>waiting (right axis)</source>
        <translation>en attente (axe droit)</translation>
    </message>
    <message>
        <source>%1: %2 → %3, within %4</source>
        <translation>%1&#xa0;: %2 → %3, max. %4</translation>
    </message>
    <message>
        <source>p95 %1</source>
        <translation>p95 %1</translation>
    </message>
    <message numerus="yes">
        <source>%n breach(es)</source>
        <translation>
            <numerusform>%n dépassement</numerusform>
            <numerusform>%n dépassements</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 waiting</source>
        <translation>%1 en attente</translation>
    </message>
    <message>
        <source>waiting</source>
        <translation>en attente</translation>
    </message>
    <message>
        <source>SLA</source>
        <translation>SLA</translation>
    </message>
    <message>
        <source>%1 – %2</source>
        <translation>%1 – %2</translation>
    </message>
    <message>
        <source>%1 completed</source>
        <translation>%1 terminées</translation>
    </message>
    <message>
        <source>p50 %1 · p95 %2 · p99 %3</source>
        <translation>p50 %1 · p95 %2 · p99 %3</translation>
    </message>
</context>
<context>
    <name>ct::SlaDetail</name>
    <message>
        <source>no transaction completed</source>
        <translation>aucune transaction terminée</translation>
    </message>
    <message>
        <source>%1 completed · p50 %2 · p95 %3 · p99 %4</source>
        <translation>%1 terminées · p50 %2 · p95 %3 · p99 %4</translation>
    </message>
    <message>
        <source>Edit threshold…</source>
        <translation>Modifier le seuil…</translation>
    </message>
    <message>
        <source>Change how long this SLA allows; kept in the store and audited</source>
        <translation>Changer la durée permise par ce SLA&#xa0;; conservé dans la base et audité</translation>
    </message>
    <message>
        <source>Double-click a transaction (or press Enter) to open its lineage</source>
        <translation>Double-cliquez sur une transaction (ou appuyez sur Entrée) pour ouvrir sa traçabilité</translation>
    </message>
    <message>
        <source>No SLA selected</source>
        <translation>Aucun SLA sélectionné</translation>
    </message>
    <message>
        <source>%1: from %2 to %3 within %4</source>
        <translation>%1&#xa0;: de %2 à %3, max. %4</translation>
    </message>
    <message>
        <source>%1 to %2: %3</source>
        <translation>%1 à %2&#xa0;: %3</translation>
    </message>
    <message numerus="yes">
        <source>%n breach(es)</source>
        <translation>
            <numerusform>%n dépassement</numerusform>
            <numerusform>%n dépassements</numerusform>
        </translation>
    </message>
    <message>
        <source>; %1 started and not yet completed</source>
        <translation>&#xa0;; %1 commencées et pas encore terminées</translation>
    </message>
    <message>
        <source>Click a chart to see a time bucket&apos;s breaches.</source>
        <translation>Cliquez sur un graphique pour voir les dépassements d&apos;un intervalle.</translation>
    </message>
    <message numerus="yes">
        <source>%1 – %2: %3; %n breach(es)</source>
        <translation>
            <numerusform>%1 – %2&#xa0;: %3&#xa0;; %n dépassement</numerusform>
            <numerusform>%1 – %2&#xa0;: %3&#xa0;; %n dépassements</numerusform>
        </translation>
    </message>
    <message>
        <source>Finding the transactions that breached…</source>
        <translation>Recherche des transactions en dépassement…</translation>
    </message>
    <message>
        <source>No transaction in this bucket took longer than the SLA allows.</source>
        <translation>Aucune transaction de cet intervalle n&apos;a duré plus que le SLA ne le permet.</translation>
    </message>
    <message numerus="yes">
        <source>The %n slowest transactions; double-click one to open its lineage.</source>
        <translation>
            <numerusform>La transaction la plus lente&#xa0;; double-cliquez pour ouvrir sa traçabilité.</numerusform>
            <numerusform>Les %n transactions les plus lentes&#xa0;; double-cliquez sur l&apos;une d&apos;elles pour ouvrir sa traçabilité.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n transaction(s) took longer; double-click one to open its lineage.</source>
        <translation>
            <numerusform>%n transaction a duré plus longtemps&#xa0;; double-cliquez pour ouvrir sa traçabilité.</numerusform>
            <numerusform>%n transactions ont duré plus longtemps&#xa0;; double-cliquez sur l&apos;une d&apos;elles pour ouvrir sa traçabilité.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ct::SlaPage</name>
    <message>
        <source>Last hour</source>
        <translation>Dernière heure</translation>
    </message>
    <message>
        <source>Last 24 hours</source>
        <translation>Dernières 24 heures</translation>
    </message>
    <message>
        <source>Last 7 days</source>
        <translation>7 derniers jours</translation>
    </message>
    <message>
        <source>Custom range</source>
        <translation>Période personnalisée</translation>
    </message>
    <message>
        <source>Up to the newest event in the store</source>
        <translation>Jusqu&apos;au dernier événement de la base</translation>
    </message>
    <message>
        <source>Range</source>
        <translation>Période</translation>
    </message>
    <message>
        <source>Measuring the SLAs…</source>
        <translation>Mesure des SLA…</translation>
    </message>
    <message>
        <source>The SLAs cannot be read</source>
        <translation>Les SLA ne peuvent pas être lus</translation>
    </message>
    <message>
        <source>No SLAs defined</source>
        <translation>Aucun SLA défini</translation>
    </message>
    <message>
        <source>SLAs come from resources/slas.json and the edits kept in the store.</source>
        <translation>Les SLA proviennent de resources/slas.json et des modifications conservées dans la base.</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1 sur %2</translation>
    </message>
    <message>
        <source>SLAs with p95 within</source>
        <translation>SLA avec p95 dans le seuil</translation>
    </message>
    <message>
        <source>breaches</source>
        <translation>dépassements</translation>
    </message>
    <message>
        <source>up to %1</source>
        <translation>jusqu&apos;au %1</translation>
    </message>
    <message>
        <source>%1 now allows %2.</source>
        <translation>%1 permet désormais %2.</translation>
    </message>
    <message>
        <source>SLA</source>
        <translation>SLA</translation>
    </message>
</context>
<context>
    <name>ct::SlaThresholdDialog</name>
    <message>
        <source>Threshold of %1</source>
        <translation>Seuil de %1</translation>
    </message>
    <message>
        <source>seconds</source>
        <translation>secondes</translation>
    </message>
    <message>
        <source>minutes</source>
        <translation>minutes</translation>
    </message>
    <message>
        <source>hours</source>
        <translation>heures</translation>
    </message>
    <message>
        <source>Why, e.g. agreed with the ERP team for the peak weeks</source>
        <translation>Pourquoi, p. ex. convenu avec l&apos;équipe ERP pour les semaines de pointe</translation>
    </message>
    <message>
        <source>Stages</source>
        <translation>Étapes</translation>
    </message>
    <message>
        <source>%1: %2 → %3</source>
        <translation>%1&#xa0;: %2 → %3</translation>
    </message>
    <message>
        <source>Now</source>
        <translation>Actuel</translation>
    </message>
    <message>
        <source>New threshold</source>
        <translation>Nouveau seuil</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Note</translation>
    </message>
    <message>
        <source>The change is kept in the store and written to the audit trail. The charts read the same latencies against the new threshold.</source>
        <translation>La modification est conservée dans la base et écrite dans le journal d&apos;audit. Les graphiques comparent les mêmes latences au nouveau seuil.</translation>
    </message>
    <message>
        <source>The threshold must be above zero.</source>
        <translation>Le seuil doit être supérieur à zéro.</translation>
    </message>
    <message>
        <source>The threshold can be at most 30 days.</source>
        <translation>Le seuil ne peut pas dépasser 30 jours.</translation>
    </message>
    <message>
        <source>That is the threshold already.</source>
        <translation>C&apos;est déjà le seuil actuel.</translation>
    </message>
</context>
<context>
    <name>ct::SnapshotRunner</name>
    <message>
        <source>cannot create the folder %1</source>
        <translation>impossible de créer le dossier %1</translation>
    </message>
    <message>
        <source>wrote %1</source>
        <translation>fichiers écrits&#xa0;: %1</translation>
    </message>
    <message>
        <source>cannot write %1</source>
        <translation>impossible d&apos;écrire %1</translation>
    </message>
</context>
<context>
    <name>ct::StageStrip</name>
    <message>
        <source>expected by %1 (SLA %2)</source>
        <translation>attendu avant %1 (SLA %2)</translation>
    </message>
    <message>
        <source>no event stored</source>
        <translation>aucun événement enregistré</translation>
    </message>
    <message>
        <source>due by %1</source>
        <translation>échéance %1</translation>
    </message>
    <message>
        <source>not reached</source>
        <translation>non atteinte</translation>
    </message>
    <message>
        <source>skipped</source>
        <translation>sautée</translation>
    </message>
    <message>
        <source>Occurred %1</source>
        <translation>Survenu le %1</translation>
    </message>
    <message>
        <source>%1 after %2</source>
        <translation>%1 après %2</translation>
    </message>
    <message>
        <source>SLA %1 after %2</source>
        <translation>SLA %1 après %2</translation>
    </message>
    <message>
        <source>Expected by %1</source>
        <translation>Attendu avant le %1</translation>
    </message>
    <message>
        <source>%1 duplicate deliveries</source>
        <translation>%1 livraisons en double</translation>
    </message>
</context>
<context>
    <name>ct::SwimlaneView</name>
    <message>
        <source>Swimlane timeline</source>
        <translation>Chronologie par système</translation>
    </message>
    <message>
        <source>Duplicate: the same event was delivered again</source>
        <translation>Doublon&#xa0;: le même événement a été livré à nouveau</translation>
    </message>
    <message>
        <source>Out of sequence: recorded before its cause</source>
        <translation>Hors séquence&#xa0;: enregistré avant sa cause</translation>
    </message>
    <message>
        <source>Its cause is not among the events</source>
        <translation>Sa cause ne fait pas partie des événements</translation>
    </message>
    <message>
        <source>No events to draw.</source>
        <translation>Aucun événement à tracer.</translation>
    </message>
    <message>
        <source>Events: %1  ·  systems: %2</source>
        <translation>Événements&#xa0;: %1  ·  systèmes&#xa0;: %2</translation>
    </message>
    <message>
        <source>duplicates (dashed ring): %1</source>
        <translation>doublons (anneau pointillé)&#xa0;: %1</translation>
    </message>
    <message>
        <source>out of sequence (▲): %1</source>
        <translation>hors séquence (▲)&#xa0;: %1</translation>
    </message>
    <message>
        <source>wheel: zoom, drag: pan, double-click: fit</source>
        <translation>molette&#xa0;: zoom, glisser&#xa0;: déplacer, double-clic&#xa0;: ajuster</translation>
    </message>
</context>
<context>
    <name>ct::SystemPairHealthModel</name>
    <message numerus="yes">
        <source>%n change(s) crossed with a measured latency</source>
        <translation>
            <numerusform>%n changement transmis avec une latence mesurée</numerusform>
            <numerusform>%n changements transmis avec une latence mesurée</numerusform>
        </translation>
    </message>
    <message>
        <source>Messages received by %1 in the range, and those that failed</source>
        <translation>Messages reçus par %1 sur la période, et ceux en échec</translation>
    </message>
    <message>
        <source>–</source>
        <translation>–</translation>
    </message>
    <message>
        <source>From</source>
        <translation>De</translation>
    </message>
    <message>
        <source>To</source>
        <translation>Vers</translation>
    </message>
    <message>
        <source>Messages</source>
        <translation>Messages</translation>
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
        <translation>Erreurs</translation>
    </message>
    <message>
        <source>Integrity</source>
        <translation>Intégrité</translation>
    </message>
</context>
<context>
    <name>ct::SystemsRefreshBar</name>
    <message>
        <source>Refresh from systems</source>
        <translation>Actualiser depuis les systèmes</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>Read the selected positions again from the systems&apos; APIs now</source>
        <translation>Relire maintenant les positions sélectionnées via les API des systèmes</translation>
    </message>
    <message>
        <source>%v of %m requests</source>
        <translation>%v requêtes sur %m</translation>
    </message>
    <message>
        <source>No systems to refresh from in this window.</source>
        <translation>Aucun système depuis lequel actualiser dans cette fenêtre.</translation>
    </message>
    <message>
        <source>Select the positions to refresh first.</source>
        <translation>Sélectionnez d&apos;abord les positions à actualiser.</translation>
    </message>
    <message numerus="yes">
        <source>Reading %n SKU × node position(s) from the systems…</source>
        <translation>
            <numerusform>Lecture de %n position SKU × site depuis les systèmes…</numerusform>
            <numerusform>Lecture de %n positions SKU × site depuis les systèmes…</numerusform>
        </translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <translation>Annulation…</translation>
    </message>
    <message>
        <source>Refresh failed: %1</source>
        <translation>Échec de l&apos;actualisation&#xa0;: %1</translation>
    </message>
</context>
<context>
    <name>ct::ThroughputView</name>
    <message>
        <source>Click a red bar to open the SLA breached most in that quarter hour.</source>
        <translation>Cliquez sur une barre rouge pour ouvrir le SLA le plus dépassé dans ce quart d’heure.</translation>
    </message>
    <message>
        <source>Throughput and SLA breaches, last 6 hours</source>
        <translation>Débit et dépassements de SLA, 6 dernières heures</translation>
    </message>
    <message>
        <source>━ events/min</source>
        <translation>━ événements/min</translation>
    </message>
    <message>
        <source>━ failed/min</source>
        <translation>━ en échec/min</translation>
    </message>
    <message>
        <source>█ SLA breaches</source>
        <translation>█ dépassements de SLA</translation>
    </message>
    <message>
        <source>%1 events, at most %2 a minute</source>
        <translation>%1 événements, au plus %2 par minute</translation>
    </message>
    <message>
        <source>%1 failed</source>
        <translation>%1 en échec</translation>
    </message>
    <message>
        <source>no SLA breached</source>
        <translation>aucun SLA dépassé</translation>
    </message>
    <message>
        <source>events/min</source>
        <translation>événements/min</translation>
    </message>
    <message>
        <source>SLA breaches</source>
        <translation>dépassements de SLA</translation>
    </message>
    <message>
        <source>failed/min</source>
        <translation>en échec/min</translation>
    </message>
    <message>
        <source>The throughput cannot be read: %1</source>
        <translation>Le débit ne peut pas être lu&#xa0;: %1</translation>
    </message>
    <message>
        <source>%1: %2 events, %3 failed</source>
        <translation>%1&#xa0;: %2 événements, %3 en échec</translation>
    </message>
    <message numerus="yes">
        <source>%n SLA breach(es) %1 – %2:</source>
        <translation>
            <numerusform>%n dépassement de SLA %1 – %2&#xa0;:</numerusform>
            <numerusform>%n dépassements de SLA %1 – %2&#xa0;:</numerusform>
        </translation>
    </message>
    <message>
        <source>  %1: %2</source>
        <translation>  %1&#xa0;: %2</translation>
    </message>
    <message numerus="yes">
        <source>%n SLA breach(es)</source>
        <translation>
            <numerusform>%n dépassement de SLA</numerusform>
            <numerusform>%n dépassements de SLA</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n quarter hour(s) with breaches</source>
        <translation>
            <numerusform>%n quart d’heure avec dépassements</numerusform>
            <numerusform>%n quarts d’heure avec dépassements</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ct::WallScreen</name>
    <message>
        <source>Nothing is blocking revenue: no order in flight has failed or is stuck past its SLA.</source>
        <translation>Rien ne bloque le chiffre d&apos;affaires : aucune commande en cours n&apos;a échoué ni n&apos;est bloquée au-delà de son SLA.</translation>
    </message>
    <message>
        <source>Click an order to open its Lineage.</source>
        <translation>Cliquez sur une commande pour ouvrir sa traçabilité.</translation>
    </message>
    <message>
        <source>%1 blocked</source>
        <translation>%1 bloqués</translation>
    </message>
    <message>
        <source>Orders in flight</source>
        <translation>Commandes en cours</translation>
    </message>
    <message>
        <source>Stuck past SLA</source>
        <translation>Bloquées au-delà du SLA</translation>
    </message>
    <message numerus="yes">
        <source>%n failed</source>
        <translation>
            <numerusform>%n en échec</numerusform>
            <numerusform>%n en échec</numerusform>
        </translation>
    </message>
    <message>
        <source>Open exceptions</source>
        <translation>Exceptions ouvertes</translation>
    </message>
    <message>
        <source>ERP backlog</source>
        <translation>Arriéré ERP</translation>
    </message>
    <message>
        <source>Events/min</source>
        <translation>Événements/min</translation>
    </message>
    <message>
        <source>What is blocking revenue</source>
        <translation>Ce qui bloque le chiffre d&apos;affaires</translation>
    </message>
    <message numerus="yes">
        <source>What is blocking revenue: the top %n by value</source>
        <translation>
            <numerusform>Ce qui bloque le chiffre d&apos;affaires : la première par valeur</numerusform>
            <numerusform>Ce qui bloque le chiffre d&apos;affaires : les %n premières par valeur</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ct::app::LiveDemoToggle</name>
    <message>
        <source>The demo estate keeps running while this is on: orders, sales, failures and postings arrive in real time</source>
        <translation>Le parc de démonstration continue de tourner tant que ceci est activé&#xa0;: commandes, ventes, échecs et comptabilisations arrivent en temps réel</translation>
    </message>
    <message>
        <source>⏸ Demo estate paused</source>
        <translation>⏸ Parc de démo en pause</translation>
    </message>
    <message>
        <source>▶ Demo estate catching up (%1 events)…</source>
        <translation>▶ Parc de démo en rattrapage (%1 événements)…</translation>
    </message>
    <message>
        <source>▶ Demo estate live</source>
        <translation>▶ Parc de démo en direct</translation>
    </message>
    <message>
        <source>⚠ Demo estate stopped</source>
        <translation>⚠ Parc de démo arrêté</translation>
    </message>
    <message>
        <source>▶ Demo estate starting…</source>
        <translation>▶ Démarrage du parc de démo…</translation>
    </message>
</context>
</TS>
