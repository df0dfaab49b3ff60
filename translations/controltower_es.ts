<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es_ES">
<context>
    <name>DeltaCause</name>
    <message>
        <source>%1 of %2 failed, so %3 has not taken it over (%4)</source>
        <translation>%1 de %2 falló, así que %3 no lo ha incorporado (%4)</translation>
    </message>
    <message>
        <source>%1 of %2 failed, so %3 never came and %4 has not taken it over (%5)</source>
        <translation>%1 de %2 falló, así que %3 nunca llegó y %4 no lo ha incorporado (%5)</translation>
    </message>
    <message>
        <source>%1 of %2 is overdue since %3, so %4 has not taken it over (%5)</source>
        <translation>%1 de %2 está atrasado desde %3, así que %4 no lo ha incorporado (%5)</translation>
    </message>
    <message>
        <source>%1 of %2 is on its way, so %3 has not taken it over yet (%4)</source>
        <translation>%1 de %2 está en camino, así que %3 aún no lo ha incorporado (%4)</translation>
    </message>
</context>
<context>
    <name>IncidentText</name>
    <message>
        <source>%1 sent no event from %2 to %3 (%4); at that hour it usually sends %5 an hour.</source>
        <translation>%1 no envió ningún evento de %2 a %3 (%4); a esa hora suele enviar %5 por hora.</translation>
    </message>
    <message>
        <source>%1 has sent no event since %2 (%3); at this hour it usually sends %4 an hour.</source>
        <translation>%1 no ha enviado ningún evento desde %2 (%3); a esta hora suele enviar %4 por hora.</translation>
    </message>
    <message>
        <source>%1 transactions breached %2 (over %3) within %4 min, where none usually does.</source>
        <translation>%1 transacciones incumplieron %2 (más de %3) en %4 min, cuando normalmente ninguna lo hace.</translation>
    </message>
    <message>
        <source>%1 transactions breached %2 (over %3) within %4 min, against a usual %5 in %4 min.</source>
        <translation>%1 transacciones incumplieron %2 (más de %3) en %4 min, frente a las %5 habituales en %4 min.</translation>
    </message>
    <message>
        <source>at %1 postings a minute it takes %2 to drain</source>
        <translation>a %1 contabilizaciones por minuto tarda %2 en vaciarse</translation>
    </message>
    <message>
        <source>nothing is posted, so it does not drain</source>
        <translation>no se contabiliza nada, así que no se vacía</translation>
    </message>
    <message>
        <source>The %1 backlog grew to %2 transactions, %3 more arriving than done within %4 min (usually %5); %6.</source>
        <translation>El atraso de %1 creció a %2 transacciones, %3 más llegadas que procesadas en %4 min (normalmente %5); %6.</translation>
    </message>
    <message>
        <source>%1 failed messages reached %2 within %3 min, against a usual %4 in %3 min.</source>
        <translation>%1 mensajes fallidos llegaron a %2 en %3 min, frente a los %4 habituales en %3 min.</translation>
    </message>
</context>
<context>
    <name>LineageVerdict</name>
    <message>
        <source>%1 reported %2</source>
        <translation>%1 notificó %2</translation>
    </message>
    <message>
        <source>No event of this transaction has been stored</source>
        <translation>No se ha guardado ningún evento de esta transacción</translation>
    </message>
    <message>
        <source>Failed at %1: %2</source>
        <translation>Falló en %1: %2</translation>
    </message>
    <message>
        <source>Stuck at %1 for %2 (SLA %3)</source>
        <translation>Bloqueada en %1 desde hace %2 (SLA %3)</translation>
    </message>
    <message>
        <source>In progress: waiting for %1</source>
        <translation>En curso: esperando a %1</translation>
    </message>
    <message>
        <source>In progress: waiting for %1, due in %2</source>
        <translation>En curso: esperando a %1, vence en %2</translation>
    </message>
    <message>
        <source>Complete as far as its events show, in %1 (they name no flow)</source>
        <translation>Completa según sus eventos, en %1 (no nombran ningún flujo)</translation>
    </message>
    <message>
        <source>Complete as far as its events show, in %1 (flow %2 has no template)</source>
        <translation>Completa según sus eventos, en %1 (el flujo %2 no tiene plantilla)</translation>
    </message>
    <message>
        <source>Complete in %1; no event was stored for %2</source>
        <translation>Completa en %1; no se guardó ningún evento para %2</translation>
    </message>
    <message>
        <source>Complete in %1</source>
        <translation>Completa en %1</translation>
    </message>
    <message>
        <source> - 1 failed message in %1</source>
        <translation> – 1 mensaje fallido en %1</translation>
    </message>
    <message>
        <source> - %1 failed messages in %2</source>
        <translation> – %1 mensajes fallidos en %2</translation>
    </message>
</context>
<context>
    <name>QObject</name>
    <message>
        <source>cannot create the data folder %1</source>
        <translation>no se puede crear la carpeta de datos %1</translation>
    </message>
    <message>
        <source>Creating the demo retail estate (a week of telemetry)…</source>
        <translation>Creando el entorno de demostración (una semana de telemetría)…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancelar</translation>
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
            <numerusform>%1: %n error</numerusform>
            <numerusform>%1: %n errores</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Refresh cancelled: %n position(s) written</source>
        <translation>
            <numerusform>Actualización cancelada: %n posición escrita</numerusform>
            <numerusform>Actualización cancelada: %n posiciones escritas</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Refreshed %n position(s) from the systems</source>
        <translation>
            <numerusform>%n posición actualizada desde los sistemas</numerusform>
            <numerusform>%n posiciones actualizadas desde los sistemas</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: %2 of %3 requests answered, %4 positions read, %5 retries, %6 rate-limit waits</source>
        <translation>%1: %2 de %3 solicitudes respondidas, %4 posiciones leídas, %5 reintentos, %6 esperas por límite de tasa</translation>
    </message>
    <message numerus="yes">
        <source>  … and %n more</source>
        <translation>
            <numerusform>  … y %n más</numerusform>
            <numerusform>  … y %n más</numerusform>
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
        <translation>Aviso</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Fallido</translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation>Desconocido</translation>
    </message>
    <message>
        <source>In progress</source>
        <translation>En curso</translation>
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
        <translation>%1 d %2 h</translation>
    </message>
    <message>
        <source>%1 d</source>
        <translation>%1 d</translation>
    </message>
    <message>
        <source>just now</source>
        <translation>ahora mismo</translation>
    </message>
    <message>
        <source>%1 ago</source>
        <translation>hace %1</translation>
    </message>
    <message>
        <source>in %1</source>
        <translation>en %1</translation>
    </message>
</context>
<context>
    <name>ct::AuditFilterBar</name>
    <message>
        <source>Export CSV…</source>
        <translation>Exportar CSV…</translation>
    </message>
    <message>
        <source>Target, detail or any other text</source>
        <translation>Destino, detalle o cualquier otro texto</translation>
    </message>
    <message>
        <source>Write the entries shown to a CSV file (Ctrl+Shift+E)</source>
        <translation>Escribir las entradas mostradas en un archivo CSV (Ctrl+Mayús+E)</translation>
    </message>
    <message>
        <source>All actors</source>
        <translation>Todos los actores</translation>
    </message>
    <message>
        <source>All actions</source>
        <translation>Todas las acciones</translation>
    </message>
    <message>
        <source>All results</source>
        <translation>Todos los resultados</translation>
    </message>
</context>
<context>
    <name>ct::AuditPage</name>
    <message>
        <source>Select an entry to see its details and hashes.</source>
        <translation>Seleccione una entrada para ver sus detalles y hashes.</translation>
    </message>
    <message>
        <source>Reading the audit trail…</source>
        <translation>Leyendo el registro de auditoría…</translation>
    </message>
    <message>
        <source>The audit trail cannot be read</source>
        <translation>No se puede leer el registro de auditoría</translation>
    </message>
    <message>
        <source>entries</source>
        <translation>entradas</translation>
    </message>
    <message>
        <source>✓ verified</source>
        <translation>✓ verificada</translation>
    </message>
    <message>
        <source>✗ broken at entry %1</source>
        <translation>✗ rota en la entrada %1</translation>
    </message>
    <message>
        <source>hash chain</source>
        <translation>cadena de hashes</translation>
    </message>
    <message>
        <source>No audit entries yet</source>
        <translation>Aún no hay entradas de auditoría</translation>
    </message>
    <message>
        <source>Every change to the store is recorded here.</source>
        <translation>Cada cambio en la base de datos se registra aquí.</translation>
    </message>
    <message>
        <source>No audit entries match the filters</source>
        <translation>Ninguna entrada de auditoría coincide con los filtros</translation>
    </message>
    <message>
        <source>Widen the filters to see more.</source>
        <translation>Amplíe los filtros para ver más.</translation>
    </message>
    <message>
        <source>Export the audit trail</source>
        <translation>Exportar el registro de auditoría</translation>
    </message>
    <message>
        <source>The audit trail could not be written to %1: %2</source>
        <translation>No se pudo escribir el registro de auditoría en %1: %2</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Fecha y hora</translation>
    </message>
    <message>
        <source>Actor</source>
        <translation>Actor</translation>
    </message>
    <message>
        <source>Target</source>
        <translation>Destino</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Cambio</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Resultado</translation>
    </message>
    <message>
        <source>Detail</source>
        <translation>Detalle</translation>
    </message>
    <message>
        <source>Hash</source>
        <translation>Hash</translation>
    </message>
    <message>
        <source>Previous</source>
        <translation>Anterior</translation>
    </message>
    <message>
        <source>(first entry)</source>
        <translation>(primera entrada)</translation>
    </message>
    <message>
        <source>Audit</source>
        <translation>Auditoría</translation>
    </message>
    <message>
        <source>Entry</source>
        <translation>Entrada</translation>
    </message>
    <message>
        <source>#%1, one action on %2 messages at once, one hash over all of them; this is message %3 of them</source>
        <translation>n.º %1, una acción sobre %2 mensajes a la vez, un hash sobre todos; este es el mensaje %3</translation>
    </message>
</context>
<context>
    <name>ct::AuditTrailModel</name>
    <message>
        <source>Time</source>
        <translation>Fecha y hora</translation>
    </message>
    <message>
        <source>Actor</source>
        <translation>Actor</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Rol</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Acción</translation>
    </message>
    <message>
        <source>Target</source>
        <translation>Destino</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>Detail</source>
        <translation>Detalle</translation>
    </message>
</context>
<context>
    <name>ct::BrokerHealthPanel</name>
    <message>
        <source>Broker health</source>
        <translation>Estado del bróker</translation>
    </message>
    <message>
        <source>This profile names no broker: give it an AMQP URL to see its queues.</source>
        <translation>Este perfil no indica ningún bróker: añada una URL AMQP para ver sus colas.</translation>
    </message>
    <message>
        <source>Select a connection profile with a broker to see the health of its queues.</source>
        <translation>Seleccione un perfil de conexión con bróker para ver el estado de sus colas.</translation>
    </message>
    <message>
        <source>Reading the broker…</source>
        <translation>Leyendo el bróker…</translation>
    </message>
    <message>
        <source>Queues: %1 · needing attention: %2 · updated %3</source>
        <translation>Colas: %1 · requieren atención: %2 · actualizado a las %3</translation>
    </message>
    <message>
        <source>Not on the broker: %1.</source>
        <translation>No están en el bróker: %1.</translation>
    </message>
</context>
<context>
    <name>ct::ComparisonDialog</name>
    <message>
        <source>Compare with a healthy transaction</source>
        <translation>Comparar con una transacción correcta</translation>
    </message>
    <message>
        <source>Stage / field</source>
        <translation>Etapa / campo</translation>
    </message>
    <message>
        <source>This transaction</source>
        <translation>Esta transacción</translation>
    </message>
    <message>
        <source>Healthy one</source>
        <translation>Transacción correcta</translation>
    </message>
    <message>
        <source>Latency Δ</source>
        <translation>Δ latencia</translation>
    </message>
    <message>
        <source>Payload</source>
        <translation>Carga útil</translation>
    </message>
    <message>
        <source>Expand a stage for its payload differences. Personal data is masked in both.</source>
        <translation>Despliegue una etapa para ver las diferencias de carga útil. Los datos personales están enmascarados en ambas.</translation>
    </message>
    <message>
        <source>%1 (%2) beside %3 (%4) · %5</source>
        <translation>%1 (%2) frente a %3 (%4) · %5</translation>
    </message>
    <message>
        <source>missing here: %1</source>
        <translation>faltan aquí: %1</translation>
    </message>
    <message>
        <source>extra here: %1</source>
        <translation>de más aquí: %1</translation>
    </message>
    <message>
        <source>first to last %1 here, %2 in the healthy one</source>
        <translation>del primero al último: %1 aquí, %2 en la correcta</translation>
    </message>
    <message>
        <source>payload differences: %1</source>
        <translation>diferencias de carga útil: %1</translation>
    </message>
    <message>
        <source>not in its checklist</source>
        <translation>no está en su lista de control</translation>
    </message>
    <message>
        <source>(missing here)</source>
        <translation>(falta aquí)</translation>
    </message>
    <message>
        <source>(extra here)</source>
        <translation>(de más aquí)</translation>
    </message>
    <message>
        <source>same fields and values</source>
        <translation>mismos campos y valores</translation>
    </message>
    <message>
        <source>differences: %1</source>
        <translation>diferencias: %1</translation>
    </message>
    <message>
        <source>not compared: a payload has no fields</source>
        <translation>no comparado: una carga útil no tiene campos</translation>
    </message>
    <message>
        <source>missing here</source>
        <translation>falta aquí</translation>
    </message>
    <message>
        <source>extra here</source>
        <translation>de más aquí</translation>
    </message>
    <message>
        <source>changed</source>
        <translation>modificado</translation>
    </message>
    <message>
        <source>… %1 more</source>
        <translation>… %1 más</translation>
    </message>
</context>
<context>
    <name>ct::ConnectionProfiles</name>
    <message>
        <source>A profile needs a name.</source>
        <translation>Un perfil necesita un nombre.</translation>
    </message>
    <message>
        <source>There is already a profile named “%1”.</source>
        <translation>Ya existe un perfil llamado «%1».</translation>
    </message>
    <message>
        <source>There is no profile named “%1”.</source>
        <translation>No existe ningún perfil llamado «%1».</translation>
    </message>
</context>
<context>
    <name>ct::ConnectionReportView</name>
    <message>
        <source>not tested yet</source>
        <translation>aún no probado</translation>
    </message>
    <message>
        <source>testing…</source>
        <translation>probando…</translation>
    </message>
</context>
<context>
    <name>ct::ConnectionTest</name>
    <message>
        <source>Store</source>
        <translation>Base de datos</translation>
    </message>
    <message>
        <source>AMQP</source>
        <translation>AMQP</translation>
    </message>
    <message>
        <source>Management API</source>
        <translation>API de gestión</translation>
    </message>
    <message>
        <source>not set</source>
        <translation>sin definir</translation>
    </message>
    <message>
        <source>%1 %2, schema version %3</source>
        <translation>%1 %2, versión de esquema %3</translation>
    </message>
    <message>
        <source>logged in</source>
        <translation>sesión iniciada</translation>
    </message>
    <message>
        <source>queues in the virtual host: %1</source>
        <translation>colas en el host virtual: %1</translation>
    </message>
</context>
<context>
    <name>ct::ConnectionsPage</name>
    <message>
        <source>Telemetry store</source>
        <translation>Base de datos de telemetría</translation>
    </message>
    <message>
        <source>Content</source>
        <translation>Contenido</translation>
    </message>
    <message>
        <source>Checking the store…</source>
        <translation>Comprobando la base de datos…</translation>
    </message>
    <message>
        <source>Store unavailable</source>
        <translation>Base de datos no disponible</translation>
    </message>
    <message>
        <source>Nothing to show until the store can be read.</source>
        <translation>Nada que mostrar hasta que se pueda leer la base de datos.</translation>
    </message>
    <message>
        <source>✗ unavailable</source>
        <translation>✗ no disponible</translation>
    </message>
    <message>
        <source>store</source>
        <translation>base de datos</translation>
    </message>
    <message>
        <source>Connected</source>
        <translation>Conectada</translation>
    </message>
    <message>
        <source>Location</source>
        <translation>Ubicación</translation>
    </message>
    <message>
        <source>Engine</source>
        <translation>Motor</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Tamaño</translation>
    </message>
    <message>
        <source>Schema version</source>
        <translation>Versión de esquema</translation>
    </message>
    <message>
        <source>Granted role</source>
        <translation>Rol concedido</translation>
    </message>
    <message>
        <source>%1: the most this connection may do (the role you act in is chosen in the status bar)</source>
        <translation>%1: lo máximo que puede hacer esta conexión (el rol con el que actúa se elige en la barra de estado)</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Creada</translation>
    </message>
    <message>
        <source>Last change</source>
        <translation>Último cambio</translation>
    </message>
    <message>
        <source>Counting…</source>
        <translation>Contando…</translation>
    </message>
    <message>
        <source>✓ connected</source>
        <translation>✓ conectada</translation>
    </message>
    <message>
        <source>on disk</source>
        <translation>en disco</translation>
    </message>
    <message>
        <source>events</source>
        <translation>eventos</translation>
    </message>
    <message>
        <source>Connections</source>
        <translation>Conexiones</translation>
    </message>
</context>
<context>
    <name>ct::ConnectionsPermission</name>
    <message>
        <source>Waiting for the store to say what this connection may do: until then, connection profiles cannot be changed.</source>
        <translation>Esperando a que la base de datos indique qué puede hacer esta conexión: hasta entonces, los perfiles de conexión no se pueden modificar.</translation>
    </message>
    <message>
        <source>Only an admin manages connections, and you act as a viewer: choose another role in the status bar, if the store grants you one.</source>
        <translation>Solo un admin gestiona las conexiones, y usted actúa como lector: elija otro rol en la barra de estado, si la base de datos le concede uno.</translation>
    </message>
    <message>
        <source>Only an admin manages connections, and you act as an operator: choose another role in the status bar, if the store grants you one.</source>
        <translation>Solo un admin gestiona las conexiones, y usted actúa como operador: elija otro rol en la barra de estado, si la base de datos le concede uno.</translation>
    </message>
</context>
<context>
    <name>ct::CsvExport</name>
    <message>
        <source>CSV files (*.csv);;All files (*)</source>
        <translation>Archivos CSV (*.csv);;Todos los archivos (*)</translation>
    </message>
    <message>
        <source>Export failed</source>
        <translation>La exportación falló</translation>
    </message>
</context>
<context>
    <name>ct::DataQualityCountModel</name>
    <message>
        <source>Rule</source>
        <translation>Regla</translation>
    </message>
    <message>
        <source>System</source>
        <translation>Sistema</translation>
    </message>
    <message>
        <source>Violations</source>
        <translation>Infracciones</translation>
    </message>
</context>
<context>
    <name>ct::DataQualityViolationModel</name>
    <message>
        <source>At</source>
        <translation>Hora</translation>
    </message>
    <message>
        <source>Correlation id</source>
        <translation>Id de correlación</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Origen</translation>
    </message>
    <message>
        <source>Stage</source>
        <translation>Etapa</translation>
    </message>
    <message>
        <source>What is wrong</source>
        <translation>Qué falla</translation>
    </message>
</context>
<context>
    <name>ct::DeltaCausesList</name>
    <message>
        <source>Open on Lineage</source>
        <translation>Abrir en Trazabilidad</translation>
    </message>
    <message>
        <source>Open failed message</source>
        <translation>Abrir mensaje fallido</translation>
    </message>
    <message>
        <source>Enter or a double click opens the transaction on the Lineage page.</source>
        <translation>Intro o un doble clic abre la transacción en la página Trazabilidad.</translation>
    </message>
    <message>
        <source>The failed message that holds this transaction up, on the Exceptions page</source>
        <translation>El mensaje fallido que bloquea esta transacción, en la página Excepciones</translation>
    </message>
    <message>
        <source>Open %1 on the Lineage page (Enter)</source>
        <translation>Abrir %1 en la página Trazabilidad (Intro)</translation>
    </message>
</context>
<context>
    <name>ct::ExceptionsPage</name>
    <message>
        <source>The selected message&apos;s headers appear here.</source>
        <translation>Aquí aparecen las cabeceras del mensaje seleccionado.</translation>
    </message>
    <message>
        <source>Queue</source>
        <translation>Cola</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Motivo</translation>
    </message>
    <message>
        <source>Count</source>
        <translation>Número</translation>
    </message>
    <message>
        <source>Last</source>
        <translation>Último</translation>
    </message>
    <message>
        <source>Exchange</source>
        <translation>Exchange</translation>
    </message>
    <message>
        <source>Routing keys</source>
        <translation>Claves de enrutamiento</translation>
    </message>
    <message>
        <source>Payload</source>
        <translation>Carga útil</translation>
    </message>
    <message>
        <source>Headers</source>
        <translation>Cabeceras</translation>
    </message>
    <message>
        <source>Death history</source>
        <translation>Rechazos</translation>
    </message>
    <message>
        <source>History</source>
        <translation>Historial</translation>
    </message>
    <message>
        <source>Runbook</source>
        <translation>Runbook</translation>
    </message>
    <message>
        <source>Failed messages cannot be read</source>
        <translation>No se pueden leer los mensajes fallidos</translation>
    </message>
    <message>
        <source>Show all groups</source>
        <translation>Mostrar todos los grupos</translation>
    </message>
    <message>
        <source>The list is still loading every matching message; replay them in a moment.</source>
        <translation>La lista aún está cargando todos los mensajes coincidentes; reprocéselos en un momento.</translation>
    </message>
    <message>
        <source>select the message to edit first</source>
        <translation>seleccione primero el mensaje que desea editar</translation>
    </message>
    <message>
        <source>You act as a viewer, who only looks: choose another role in the status bar, if the store grants you one.</source>
        <translation>Usted actúa como lector, que solo consulta: elija otro rol en la barra de estado, si la base de datos le concede uno.</translation>
    </message>
    <message>
        <source>Waiting for the store to say what this connection may do.</source>
        <translation>Esperando a que la base de datos indique qué puede hacer esta conexión.</translation>
    </message>
    <message>
        <source>Group: %1 = %2</source>
        <translation>Grupo: %1 = %2</translation>
    </message>
    <message>
        <source>All groups. Pick a group on the left to act on its messages together.</source>
        <translation>Todos los grupos. Elija un grupo a la izquierda para actuar sobre todos sus mensajes.</translation>
    </message>
    <message>
        <source>Reading the dead-letter queues…</source>
        <translation>Leyendo las colas de mensajes fallidos…</translation>
    </message>
    <message>
        <source>open exceptions</source>
        <translation>excepciones abiertas</translation>
    </message>
    <message>
        <source>matching</source>
        <translation>coincidentes</translation>
    </message>
    <message>
        <source>No failed messages match</source>
        <translation>Ningún mensaje fallido coincide</translation>
    </message>
    <message>
        <source>Every dead-letter queue is empty. Well done.</source>
        <translation>Todas las colas de mensajes fallidos están vacías. Buen trabajo.</translation>
    </message>
    <message>
        <source>Widen the filters to see more.</source>
        <translation>Amplíe los filtros para ver más.</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>Error</translation>
    </message>
    <message>
        <source>Signature</source>
        <translation>Firma</translation>
    </message>
    <message>
        <source>Message id</source>
        <translation>Id de mensaje</translation>
    </message>
    <message>
        <source>Correlation id</source>
        <translation>Id de correlación</translation>
    </message>
    <message>
        <source>Flow / stage</source>
        <translation>Flujo / etapa</translation>
    </message>
    <message>
        <source>Origin</source>
        <translation>Origen</translation>
    </message>
    <message>
        <source>Work queue</source>
        <translation>Cola de trabajo</translation>
    </message>
    <message>
        <source>Death</source>
        <translation>Rechazo</translation>
    </message>
    <message>
        <source>%1 (×%2); first %3, last %4</source>
        <translation>%1 (×%2); primero %3, último %4</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>Snoozed</source>
        <translation>Pospuesto</translation>
    </message>
    <message>
        <source>until %1: %2</source>
        <translation>hasta %1: %2</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Nota</translation>
    </message>
    <message>
        <source>Affects</source>
        <translation>Afecta a</translation>
    </message>
    <message>
        <source>none for this queue and error class</source>
        <translation>ninguno para esta cola y clase de error</translation>
    </message>
    <message numerus="yes">
        <source>%n personal value(s) masked.</source>
        <translation>
            <numerusform>%n valor personal enmascarado.</numerusform>
            <numerusform>%n valores personales enmascarados.</numerusform>
        </translation>
    </message>
    <message>
        <source>History (%1)</source>
        <translation>Historial (%1)</translation>
    </message>
    <message>
        <source>Death history (%1)</source>
        <translation>Rechazos (%1)</translation>
    </message>
    <message>
        <source>Exceptions</source>
        <translation>Excepciones</translation>
    </message>
    <message>
        <source>No open exceptions: every dead-letter queue is empty. Shown below: the latest failed messages in every state, with what became of them.</source>
        <translation>No hay excepciones abiertas: todas las colas de mensajes fallidos están vacías. Abajo: los últimos mensajes fallidos en cualquier estado y qué fue de ellos.</translation>
    </message>
    <message>
        <source>latest failures, every state</source>
        <translation>últimos fallos, todos los estados</translation>
    </message>
    <message>
        <source>No failed messages yet</source>
        <translation>Aún no hay mensajes fallidos</translation>
    </message>
</context>
<context>
    <name>ct::FailedMessageModel</name>
    <message>
        <source>%1, snoozed</source>
        <translation>%1, pospuesto</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Fallo</translation>
    </message>
    <message>
        <source>Queue</source>
        <translation>Cola</translation>
    </message>
    <message>
        <source>Error class</source>
        <translation>Clase de error</translation>
    </message>
    <message>
        <source>Correlation id</source>
        <translation>Id de correlación</translation>
    </message>
    <message>
        <source>Message id</source>
        <translation>Id de mensaje</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Motivo</translation>
    </message>
    <message>
        <source>Deaths</source>
        <translation>Veces</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>Assignee</source>
        <translation>Asignado</translation>
    </message>
</context>
<context>
    <name>ct::FailureActionBar</name>
    <message>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <source>Resume…</source>
        <translation>Reanudar…</translation>
    </message>
    <message>
        <source>Replay what is left of that replay&apos;s selection, to its target at its rate</source>
        <translation>Reprocesar lo que queda de la selección de ese reprocesamiento, hacia su destino y a su ritmo</translation>
    </message>
    <message>
        <source>Edit &amp;&amp; resubmit…</source>
        <translation>Editar &amp;&amp; reenviar…</translation>
    </message>
    <message>
        <source>Edit the selected message&apos;s payload, check it, and send the edited copy instead</source>
        <translation>Editar la carga útil del mensaje seleccionado, comprobarla y enviar en su lugar la copia editada</translation>
    </message>
    <message>
        <source>%1: %2 of %3 messages…</source>
        <translation>%1: %2 de %3 mensajes…</translation>
    </message>
    <message>
        <source>%1: %2 messages so far…</source>
        <translation>%1: %2 mensajes hasta ahora…</translation>
    </message>
    <message>
        <source>%1: %2 of %3 messages changed.</source>
        <translation>%1: %2 de %3 mensajes modificados.</translation>
    </message>
    <message>
        <source>%1 changed meanwhile by someone else and were left alone.</source>
        <translation>%1 modificados entretanto por otra persona y se dejaron como estaban.</translation>
    </message>
    <message>
        <source>%1 refused by the workflow rules.</source>
        <translation>%1 rechazados por las reglas del flujo de trabajo.</translation>
    </message>
    <message>
        <source>Cancelled: the rest are as they were.</source>
        <translation>Cancelado: el resto sigue como estaba.</translation>
    </message>
    <message>
        <source>First: %1</source>
        <translation>Primer problema: %1</translation>
    </message>
    <message>
        <source>Replay: %1 of %2 messages sent and confirmed by the broker.</source>
        <translation>Reprocesamiento: %1 de %2 mensajes enviados y confirmados por el bróker.</translation>
    </message>
    <message>
        <source>%1 not sent (open again).</source>
        <translation>%1 no enviados (abiertos de nuevo).</translation>
    </message>
    <message>
        <source>%1 unconfirmed (still replaying; settled by the lineage).</source>
        <translation>%1 sin confirmar (aún en reprocesamiento; lo resolverá la trazabilidad).</translation>
    </message>
    <message>
        <source>%1 skipped; first: %2</source>
        <translation>%1 omitidos; primer motivo: %2</translation>
    </message>
    <message>
        <source>Stopped: %1</source>
        <translation>Detenido: %1</translation>
    </message>
    <message>
        <source>Canary: the first %1 were verified downstream before the rest went.</source>
        <translation>Canario: los primeros %1 se verificaron aguas abajo antes de enviar el resto.</translation>
    </message>
    <message>
        <source>The canary stopped the replay: %1.</source>
        <translation>El canario detuvo el reprocesamiento: %1.</translation>
    </message>
    <message>
        <source>Canary: %1 of the first %2 verified downstream; waiting before the other %3…</source>
        <translation>Canario: %1 de los primeros %2 verificados aguas abajo; esperando antes de los otros %3…</translation>
    </message>
    <message>
        <source>Nothing more was changed: %1</source>
        <translation>No se modificó nada más: %1</translation>
    </message>
</context>
<context>
    <name>ct::FailureActionDialog</name>
    <message>
        <source>Resolve</source>
        <translation>Resolver</translation>
    </message>
    <message>
        <source>Discard</source>
        <translation>Descartar</translation>
    </message>
    <message>
        <source>Assign</source>
        <translation>Asignar</translation>
    </message>
    <message>
        <source>Snooze</source>
        <translation>Posponer</translation>
    </message>
    <message>
        <source>Replay</source>
        <translation>Reprocesar</translation>
    </message>
    <message>
        <source>%1 failed messages</source>
        <translation>%1 mensajes fallidos</translation>
    </message>
    <message numerus="yes">
        <source>The %n selected message(s)</source>
        <translation>
            <numerusform>El mensaje seleccionado</numerusform>
            <numerusform>Los %n mensajes seleccionados</numerusform>
        </translation>
    </message>
    <message>
        <source>All %1 messages matching the filters and the group</source>
        <translation>Los %1 mensajes que coinciden con los filtros y el grupo</translation>
    </message>
    <message>
        <source>Messages</source>
        <translation>Mensajes</translation>
    </message>
    <message>
        <source>What was done, e.g. the posting period was reopened</source>
        <translation>Qué se hizo, p. ej. se reabrió el periodo contable</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Nota</translation>
    </message>
    <message>
        <source>Why they need no processing, e.g. test orders</source>
        <translation>Por qué no necesitan procesarse, p. ej. pedidos de prueba</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Motivo</translation>
    </message>
    <message>
        <source>Who takes them (empty: nobody)</source>
        <translation>Quién se encarga (vacío: nadie)</translation>
    </message>
    <message>
        <source>Assignee</source>
        <translation>Responsable</translation>
    </message>
    <message>
        <source>Why they can wait, e.g. the carrier&apos;s API is back tomorrow</source>
        <translation>Por qué pueden esperar, p. ej. la API del transportista vuelve mañana</translation>
    </message>
    <message>
        <source>Until</source>
        <translation>Hasta</translation>
    </message>
    <message>
        <source>Every message changed is recorded in the audit trail. One that someone else changed meanwhile is left alone and counted.</source>
        <translation>Cada mensaje modificado queda en el registro de auditoría. Uno que otra persona haya modificado entretanto se deja como está y se cuenta.</translation>
    </message>
</context>
<context>
    <name>ct::FailureFilterBar</name>
    <message>
        <source>Correlation id, message id, queue, or text in the reason, headers or payload</source>
        <translation>Id de correlación, id de mensaje, cola o texto del motivo, las cabeceras o la carga útil</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Abiertos</translation>
    </message>
    <message>
        <source>Snoozed</source>
        <translation>Pospuesto</translation>
    </message>
    <message>
        <source>All states</source>
        <translation>Todos los estados</translation>
    </message>
    <message>
        <source>All error classes</source>
        <translation>Todas las clases de error</translation>
    </message>
    <message>
        <source>Any time</source>
        <translation>Cualquier fecha</translation>
    </message>
    <message>
        <source>Last hour</source>
        <translation>Última hora</translation>
    </message>
    <message>
        <source>Last 24 hours</source>
        <translation>Últimas 24 horas</translation>
    </message>
    <message>
        <source>Last 7 days</source>
        <translation>Últimos 7 días</translation>
    </message>
    <message>
        <source>Older than 7 days</source>
        <translation>Más de 7 días</translation>
    </message>
</context>
<context>
    <name>ct::FailureGroupModel</name>
    <message>
        <source>Queue</source>
        <translation>Cola</translation>
    </message>
    <message>
        <source>Error class</source>
        <translation>Clase de error</translation>
    </message>
    <message>
        <source>Source system</source>
        <translation>Sistema de origen</translation>
    </message>
    <message>
        <source>Age</source>
        <translation>Antigüedad</translation>
    </message>
    <message>
        <source>Failure signature</source>
        <translation>Firma del fallo</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(ninguna)</translation>
    </message>
    <message numerus="yes">
        <source>%1 (%n group(s))</source>
        <translation>
            <numerusform>%1 (%n grupo)</numerusform>
            <numerusform>%1 (%n grupos)</numerusform>
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
        <translation>1–7 d</translation>
    </message>
    <message>
        <source>&gt; 7 d</source>
        <translation>&gt; 7 d</translation>
    </message>
</context>
<context>
    <name>ct::IncidentFeed</name>
    <message>
        <source>No incident in the last 24 hours: no SLA breach burst, silent system or growing ERP backlog.</source>
        <translation>Ningún incidente en las últimas 24 horas: ni ráfagas de incumplimientos de SLA, ni sistemas en silencio, ni atraso creciente en el ERP.</translation>
    </message>
    <message>
        <source>Double-click or press Enter to open the page of an incident.</source>
        <translation>Doble clic o Intro para abrir la página de un incidente.</translation>
    </message>
    <message>
        <source>Incidents</source>
        <translation>Incidentes</translation>
    </message>
    <message>
        <source>Notifications</source>
        <translation>Notificaciones</translation>
    </message>
    <message>
        <source>Which incidents open a desktop notification</source>
        <translation>Qué incidentes abren una notificación de escritorio</translation>
    </message>
    <message>
        <source>Looking for incidents in the last 24 hours…</source>
        <translation>Buscando incidentes de las últimas 24 horas…</translation>
    </message>
    <message>
        <source>Incidents cannot be detected: %1</source>
        <translation>No se pueden detectar los incidentes: %1</translation>
    </message>
</context>
<context>
    <name>ct::IncidentFeedModel</name>
    <message>
        <source>SLA breach burst: %1</source>
        <translation>Ráfaga de incumplimientos de SLA: %1</translation>
    </message>
    <message>
        <source>Dead-letter spike: %1</source>
        <translation>Pico de mensajes fallidos: %1</translation>
    </message>
    <message>
        <source>Silent system: %1</source>
        <translation>Sistema en silencio: %1</translation>
    </message>
    <message>
        <source>Backlog growing: %1</source>
        <translation>Atraso creciente: %1</translation>
    </message>
    <message>
        <source>%1, closed %2</source>
        <translation>%1, cerrado %2</translation>
    </message>
    <message>
        <source>%1, open</source>
        <translation>%1, abierto</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Qué</translation>
    </message>
    <message>
        <source>Since</source>
        <translation>Desde</translation>
    </message>
    <message>
        <source>Impact</source>
        <translation>Impacto</translation>
    </message>
</context>
<context>
    <name>ct::IncidentNotifier</name>
    <message>
        <source>SLA breach bursts</source>
        <translation>Ráfagas de incumplimientos de SLA</translation>
    </message>
    <message>
        <source>Dead-letter spikes</source>
        <translation>Picos de mensajes fallidos</translation>
    </message>
    <message>
        <source>Silent systems</source>
        <translation>Sistemas en silencio</translation>
    </message>
    <message>
        <source>Growing ERP backlogs</source>
        <translation>Atrasos crecientes en el ERP</translation>
    </message>
    <message>
        <source>Control Tower</source>
        <translation>Control Tower</translation>
    </message>
    <message>
        <source>Notify me of</source>
        <translation>Notificarme de</translation>
    </message>
</context>
<context>
    <name>ct::IntegrationPage</name>
    <message>
        <source>Last hour</source>
        <translation>Última hora</translation>
    </message>
    <message>
        <source>Last 24 hours</source>
        <translation>Últimas 24 horas</translation>
    </message>
    <message>
        <source>Last 7 days</source>
        <translation>Últimos 7 días</translation>
    </message>
    <message>
        <source>Up to the newest event in the store</source>
        <translation>Hasta el evento más reciente del almacén</translation>
    </message>
    <message>
        <source>&amp;Range</source>
        <translation>&amp;Periodo</translation>
    </message>
    <message>
        <source>Double-click a transaction (or press Enter) to open its lineage</source>
        <translation>Doble clic en una transacción (o Intro) para abrir su trazabilidad</translation>
    </message>
    <message>
        <source>Measuring the system pairs…</source>
        <translation>Midiendo los pares de sistemas…</translation>
    </message>
    <message>
        <source>The integration health cannot be read</source>
        <translation>No se puede leer la salud de la integración</translation>
    </message>
    <message>
        <source>%1 to %2, in buckets of %3</source>
        <translation>%1 a %2, en intervalos de %3</translation>
    </message>
    <message>
        <source>No messages between systems in this range</source>
        <translation>No hay mensajes entre sistemas en este periodo</translation>
    </message>
    <message>
        <source>Sync latency and integrity appear once the systems exchange messages. Try a longer range, or fill a store to try with: ctower demo.</source>
        <translation>La latencia de sincronización y la integridad aparecen cuando los sistemas intercambian mensajes. Pruebe un periodo más largo o llene un almacén para probar: ctower demo.</translation>
    </message>
    <message>
        <source>Select a pair of systems to see it over time.</source>
        <translation>Seleccione un par de sistemas para ver su evolución.</translation>
    </message>
    <message>
        <source>The data-quality rules cannot be read</source>
        <translation>No se pueden leer las reglas de calidad de datos</translation>
    </message>
    <message numerus="yes">
        <source>Checking %n data-quality rule(s) over the events of the range…</source>
        <translation>
            <numerusform>Comprobando %n regla de calidad de datos en los eventos del periodo…</numerusform>
            <numerusform>Comprobando %n reglas de calidad de datos en los eventos del periodo…</numerusform>
        </translation>
    </message>
    <message>
        <source>Data quality</source>
        <translation>Calidad de datos</translation>
    </message>
    <message>
        <source>The events cannot be checked</source>
        <translation>No se pueden comprobar los eventos</translation>
    </message>
    <message numerus="yes">
        <source>Data quality: %1 violations in %2 events checked against %n rule(s)</source>
        <translation>
            <numerusform>Calidad de datos: %1 infracciones en %2 eventos comprobados con %n regla</numerusform>
            <numerusform>Calidad de datos: %1 infracciones en %2 eventos comprobados con %n reglas</numerusform>
        </translation>
    </message>
    <message>
        <source>No event breaks a rule</source>
        <translation>Ningún evento infringe una regla</translation>
    </message>
    <message>
        <source>%1 events of the range were checked; the rules are in resources/dataquality.json, or the user&apos;s controltower/dataquality.json.</source>
        <translation>Se comprobaron %1 eventos del periodo; las reglas están en resources/dataquality.json o en controltower/dataquality.json del usuario.</translation>
    </message>
    <message>
        <source>Select a rule and system to list its transactions.</source>
        <translation>Seleccione una regla y un sistema para listar sus transacciones.</translation>
    </message>
    <message numerus="yes">
        <source>%n transaction(s) breaking “%1” from %2 — Enter or double-click opens the lineage</source>
        <translation>
            <numerusform>%n transacción infringe «%1» desde %2 — Intro o doble clic abre la trazabilidad</numerusform>
            <numerusform>%n transacciones infringen «%1» desde %2 — Intro o doble clic abre la trazabilidad</numerusform>
        </translation>
    </message>
    <message>
        <source>no messages</source>
        <translation>sin mensajes</translation>
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
        <translation>peor par: %1 íntegros, p95 %2</translation>
    </message>
    <message>
        <source>integrity of %1 messages</source>
        <translation>integridad de %1 mensajes</translation>
    </message>
    <message>
        <source>%1 of them failed</source>
        <translation>%1 de ellos fallaron</translation>
    </message>
    <message>
        <source>data-quality violations</source>
        <translation>infracciones de calidad de datos</translation>
    </message>
    <message>
        <source>%1 events checked</source>
        <translation>%1 eventos comprobados</translation>
    </message>
    <message>
        <source>…</source>
        <translation>…</translation>
    </message>
    <message>
        <source>Checking the events</source>
        <translation>Comprobando los eventos</translation>
    </message>
    <message>
        <source>Integration</source>
        <translation>Integración</translation>
    </message>
</context>
<context>
    <name>ct::InventoryGridModel</name>
    <message>
        <source>Counted by %1, the authority at %2</source>
        <translation>Contado por %1, la referencia en %2</translation>
    </message>
    <message>
        <source>%1 units at %2 each</source>
        <translation>%1 unidades a %2 cada una</translation>
    </message>
    <message>
        <source>What no failed, stopped, late or travelling message explains: shrink, a miscount or a mapping fault</source>
        <translation>Lo que ningún mensaje fallido, detenido, retrasado o en tránsito explica: merma, un error de recuento o de correspondencia</translation>
    </message>
    <message>
        <source>The authority&apos;s count: the WMS at a distribution centre, the POS in a store</source>
        <translation>El recuento oficial: el WMS en un centro de distribución, el TPV en una tienda</translation>
    </message>
    <message>
        <source>SKU</source>
        <translation>SKU</translation>
    </message>
    <message>
        <source>Node</source>
        <translation>Nodo</translation>
    </message>
    <message>
        <source>Authority</source>
        <translation>Oficial</translation>
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
        <translation>Dif. máx.</translation>
    </message>
    <message>
        <source>Unexplained</source>
        <translation>Sin explicar</translation>
    </message>
    <message>
        <source>At cost</source>
        <translation>Al coste</translation>
    </message>
    <message>
        <source>As of</source>
        <translation>Fecha del dato</translation>
    </message>
    <message>
        <source>Reading the messages behind this difference…</source>
        <translation>Leyendo los mensajes detrás de esta diferencia…</translation>
    </message>
</context>
<context>
    <name>ct::InventoryPage</name>
    <message>
        <source>Only counts that disagree</source>
        <translation>Solo recuentos discrepantes</translation>
    </message>
    <message>
        <source>Unexplained only</source>
        <translation>Solo sin explicar</translation>
    </message>
    <message>
        <source>Stale only</source>
        <translation>Solo desactualizados</translation>
    </message>
    <message>
        <source>Stock counts</source>
        <translation>Existencias</translation>
    </message>
    <message>
        <source>Prices</source>
        <translation>Precios</translation>
    </message>
    <message>
        <source>SKU</source>
        <translation>SKU</translation>
    </message>
    <message>
        <source>All nodes</source>
        <translation>Todos los nodos</translation>
    </message>
    <message>
        <source>All systems</source>
        <translation>Todos los sistemas</translation>
    </message>
    <message>
        <source>Only rows where this system&apos;s count differs from the authority&apos;s</source>
        <translation>Solo filas en las que el recuento de este sistema difiere del de la referencia</translation>
    </message>
    <message>
        <source>|Δ| ≥ </source>
        <translation>|Δ| ≥ </translation>
    </message>
    <message>
        <source>Only differences at least this large</source>
        <translation>Solo diferencias al menos así de grandes</translation>
    </message>
    <message>
        <source>Only differences some part of which no message explains</source>
        <translation>Solo diferencias que ningún mensaje explica del todo</translation>
    </message>
    <message>
        <source>Only rows with a figure older than the rules allow</source>
        <translation>Solo filas con un dato más antiguo de lo que permiten las reglas</translation>
    </message>
    <message>
        <source>Reading inventory positions and the messages behind their differences…</source>
        <translation>Leyendo las posiciones de inventario y los mensajes que explican sus diferencias…</translation>
    </message>
    <message>
        <source>Inventory positions cannot be read</source>
        <translation>No se pueden leer las posiciones de inventario</translation>
    </message>
    <message>
        <source>SKU × node counts disagree</source>
        <translation>recuentos SKU × nodo discrepan</translation>
    </message>
    <message>
        <source>not explained by any message</source>
        <translation>sin explicar por ningún mensaje</translation>
    </message>
    <message>
        <source>prices differ from the ERP&apos;s</source>
        <translation>precios distintos de los del ERP</translation>
    </message>
    <message>
        <source>No inventory positions</source>
        <translation>No hay posiciones de inventario</translation>
    </message>
    <message>
        <source>Positions arrive from the ERP, warehouses, stores and the web shop.</source>
        <translation>Las posiciones llegan del ERP, los almacenes, las tiendas y la tienda online.</translation>
    </message>
    <message>
        <source>No price differs from the ERP&apos;s as asked.</source>
        <translation>Ningún precio difiere del del ERP según estos criterios.</translation>
    </message>
    <message>
        <source>No position matches the filters.</source>
        <translation>Ninguna posición coincide con los filtros.</translation>
    </message>
    <message>
        <source>  (authority)</source>
        <translation>  (referencia)</translation>
    </message>
    <message>
        <source>counted %1</source>
        <translation>contado %1</translation>
    </message>
    <message>
        <source>Newest figure</source>
        <translation>Dato más reciente</translation>
    </message>
    <message>
        <source>  (a figure is stale)</source>
        <translation>  (un dato está desactualizado)</translation>
    </message>
    <message>
        <source>Unit cost</source>
        <translation>Coste unitario</translation>
    </message>
    <message>
        <source>  (the largest difference: %1)</source>
        <translation>  (la mayor diferencia: %1)</translation>
    </message>
    <message>
        <source>%1: %2 not explained by any message</source>
        <translation>%1: %2 sin explicar por ningún mensaje</translation>
    </message>
    <message>
        <source>Every system agrees.</source>
        <translation>Todos los sistemas coinciden.</translation>
    </message>
    <message>
        <source>No message explains the difference.</source>
        <translation>Ningún mensaje explica la diferencia.</translation>
    </message>
    <message numerus="yes">
        <source>%n transaction(s) explain the difference; Enter opens one on the Lineage page.</source>
        <translation>
            <numerusform>%n transacción explica la diferencia; Intro la abre en la página Trazabilidad.</numerusform>
            <numerusform>%n transacciones explican la diferencia; Intro abre una en la página Trazabilidad.</numerusform>
        </translation>
    </message>
    <message>
        <source>(base price)</source>
        <translation>(precio base)</translation>
    </message>
    <message>
        <source>As of</source>
        <translation>Fecha del dato</translation>
    </message>
    <message>
        <source>  (stale)</source>
        <translation>  (desactualizado)</translation>
    </message>
    <message>
        <source>No campaign message explains the difference: the price is wrong where it is shown, or mapped wrongly.</source>
        <translation>Ningún mensaje de campaña explica la diferencia: el precio es erróneo donde se muestra, o está mal asignado.</translation>
    </message>
    <message>
        <source>The campaign behind the difference; Enter opens it on the Lineage page.</source>
        <translation>La campaña que causa la diferencia; Intro la abre en la página Trazabilidad.</translation>
    </message>
    <message>
        <source>Inventory</source>
        <translation>Inventario</translation>
    </message>
    <message>
        <source>Reading the messages behind the differences…</source>
        <translation>Leyendo los mensajes detrás de las diferencias…</translation>
    </message>
    <message>
        <source>Reading the messages behind the difference…</source>
        <translation>Leyendo los mensajes detrás de la diferencia…</translation>
    </message>
    <message>
        <source>Reading the prices the stores and channels show…</source>
        <translation>Leyendo los precios que muestran las tiendas y los canales…</translation>
    </message>
</context>
<context>
    <name>ct::LineageModel</name>
    <message>
        <source>Recorded before its cause: an out-of-sequence delivery</source>
        <translation>Registrado antes que su causa: una entrega fuera de secuencia</translation>
    </message>
    <message>
        <source>Its cause (%1) is not among the events of this transaction</source>
        <translation>Su causa (%1) no está entre los eventos de esta transacción</translation>
    </message>
    <message>
        <source>cause missing</source>
        <translation>falta la causa</translation>
    </message>
    <message>
        <source>Occurred</source>
        <translation>Ocurrido</translation>
    </message>
    <message>
        <source>Stage</source>
        <translation>Etapa</translation>
    </message>
    <message>
        <source>Event type</source>
        <translation>Tipo de evento</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Origen</translation>
    </message>
    <message>
        <source>Node</source>
        <translation>Nodo</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>After cause</source>
        <translation>Tras causa</translation>
    </message>
    <message>
        <source>Event id</source>
        <translation>Id de evento</translation>
    </message>
</context>
<context>
    <name>ct::LineagePage</name>
    <message>
        <source>Compare with a healthy one</source>
        <translation>Comparar con una transacción correcta</translation>
    </message>
    <message>
        <source>Sets this transaction beside the newest complete one of its flow: stages, latencies and payload fields (Ctrl+Shift+H)</source>
        <translation>Pone esta transacción junto a la última completa de su flujo: etapas, latencias y campos de la carga útil (Ctrl+Mayús+H)</translation>
    </message>
    <message>
        <source>Which transaction?</source>
        <translation>¿Qué transacción?</translation>
    </message>
    <message>
        <source>Type an order number, receipt or any correlation id in the search box (Ctrl+K).</source>
        <translation>Escriba un número de pedido, un ticket o cualquier id de correlación en el cuadro de búsqueda (Ctrl+K).</translation>
    </message>
    <message>
        <source>Looking for the newest failed transaction…</source>
        <translation>Buscando la última transacción fallida…</translation>
    </message>
    <message>
        <source>Looking up %1…</source>
        <translation>Buscando %1…</translation>
    </message>
    <message>
        <source>The events of %1 cannot be read</source>
        <translation>No se pueden leer los eventos de %1</translation>
    </message>
    <message>
        <source>Several transactions touched %1</source>
        <translation>Varias transacciones afectan a %1</translation>
    </message>
    <message>
        <source>Pick one from the list above, or add a key (a SKU and a store, say) to narrow the search.</source>
        <translation>Elija una de la lista de arriba, o añada una clave (un SKU y una tienda, por ejemplo) para acotar la búsqueda.</translation>
    </message>
    <message>
        <source>No transaction has failed. Type an order number, receipt or any correlation id in the search box (Ctrl+K).</source>
        <translation>No ha fallado ninguna transacción. Escriba un número de pedido, un ticket o cualquier id de correlación en el cuadro de búsqueda (Ctrl+K).</translation>
    </message>
    <message>
        <source>Nothing is known about %1</source>
        <translation>No se sabe nada de %1</translation>
    </message>
    <message>
        <source>No event has this correlation id, order number, event id, message id or business key. Check the number, or search for the order, receipt or campaign id as the systems write it.</source>
        <translation>Ningún evento tiene este id de correlación, número de pedido, id de evento, id de mensaje ni clave de negocio. Compruebe el número, o busque el id de pedido, de ticket o de campaña tal como lo escriben los sistemas.</translation>
    </message>
    <message>
        <source>(found by event id)</source>
        <translation>(encontrada por id de evento)</translation>
    </message>
    <message>
        <source>(found by message id)</source>
        <translation>(encontrada por id de mensaje)</translation>
    </message>
    <message>
        <source>(found by subject)</source>
        <translation>(encontrada por asunto)</translation>
    </message>
    <message>
        <source>(the one transaction that touched %1)</source>
        <translation>(la única transacción que afecta a %1)</translation>
    </message>
    <message>
        <source>Newest failed transaction: </source>
        <translation>Última transacción fallida: </translation>
    </message>
    <message>
        <source>Judged at %1</source>
        <translation>Evaluada el %1</translation>
    </message>
    <message>
        <source>stages done</source>
        <translation>etapas hechas</translation>
    </message>
    <message>
        <source>hops</source>
        <translation>saltos</translation>
    </message>
    <message>
        <source>first to last</source>
        <translation>del primero al último</translation>
    </message>
    <message>
        <source>failed messages</source>
        <translation>mensajes fallidos</translation>
    </message>
    <message>
        <source>Event id</source>
        <translation>Id de evento</translation>
    </message>
    <message>
        <source>Caused by</source>
        <translation>Causado por</translation>
    </message>
    <message>
        <source>(first hop)</source>
        <translation>(primer salto)</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Origen</translation>
    </message>
    <message>
        <source>Occurred</source>
        <translation>Ocurrido</translation>
    </message>
    <message>
        <source>Recorded</source>
        <translation>Registrado</translation>
    </message>
    <message>
        <source>SKU</source>
        <translation>SKU</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Importe</translation>
    </message>
    <message>
        <source>Its events name no flow: nothing to compare with.</source>
        <translation>Sus eventos no nombran ningún flujo: nada con qué comparar.</translation>
    </message>
    <message>
        <source>Looking for a healthy %1 transaction…</source>
        <translation>Buscando una transacción %1 correcta…</translation>
    </message>
    <message>
        <source>No comparison: %1</source>
        <translation>Sin comparación: %1</translation>
    </message>
    <message>
        <source>No complete %1 transaction among the newest ones to compare with.</source>
        <translation>No hay ninguna transacción %1 completa entre las más recientes con la que comparar.</translation>
    </message>
    <message>
        <source>Lineage</source>
        <translation>Trazabilidad</translation>
    </message>
</context>
<context>
    <name>ct::LineageSearch</name>
    <message>
        <source>Correlation id, order, SKU, store, customer… several keys: all of them</source>
        <translation>Id de correlación, pedido, SKU, tienda, cliente… varias claves: todas a la vez</translation>
    </message>
    <message>
        <source>Correlation id</source>
        <translation>Id de correlación</translation>
    </message>
    <message>
        <source>Flow</source>
        <translation>Flujo</translation>
    </message>
    <message>
        <source>First event</source>
        <translation>Primer evento</translation>
    </message>
    <message>
        <source>Last event</source>
        <translation>Último evento</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Fallo</translation>
    </message>
    <message>
        <source>%1 touched %2 or more transactions; the newest are listed. Pick one, or add a key.</source>
        <translation>%2 o más transacciones afectan a %1; se muestran las más recientes. Elija una, o añada una clave.</translation>
    </message>
    <message>
        <source>%1 touched %2 transactions. Pick one, or add a key.</source>
        <translation>%2 transacciones afectan a %1. Elija una, o añada una clave.</translation>
    </message>
    <message>
        <source>failed</source>
        <translation>fallida</translation>
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
        <translation>Abriendo la base de datos…</translation>
    </message>
    <message>
        <source>Last change %1 (+%2 events)</source>
        <translation>Último cambio %1 (+%2 eventos)</translation>
    </message>
    <message>
        <source>Last change %1</source>
        <translation>Último cambio %1</translation>
    </message>
    <message>
        <source>○ Connecting to the change feed…</source>
        <translation>○ Conectando al flujo de cambios…</translation>
    </message>
    <message>
        <source>● Live</source>
        <translation>● En vivo</translation>
    </message>
    <message>
        <source>◌ Reconnecting…</source>
        <translation>◌ Reconectando…</translation>
    </message>
    <message>
        <source>◌ Reconnecting (%1)…</source>
        <translation>◌ Reconectando (%1)…</translation>
    </message>
    <message>
        <source>Store: %1 (%2, %3)</source>
        <translation>Base de datos: %1 (%2, %3)</translation>
    </message>
    <message>
        <source>Store unavailable: %1</source>
        <translation>Base de datos no disponible: %1</translation>
    </message>
</context>
<context>
    <name>ct::MessageHistoryView</name>
    <message>
        <source>When</source>
        <translation>Cuándo</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Qué</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>Quién</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Resultado</translation>
    </message>
    <message>
        <source>Detail</source>
        <translation>Detalle</translation>
    </message>
</context>
<context>
    <name>ct::MismatchHeatmapModel</name>
    <message>
        <source>%1 at %2 agrees with the authority</source>
        <translation>%1 en %2 coincide con la referencia</translation>
    </message>
    <message numerus="yes">
        <source>%1 at %2: %n SKU(s) differ from the authority</source>
        <translation>
            <numerusform>%1 en %2: %n SKU difiere de la referencia</numerusform>
            <numerusform>%1 en %2: %n SKU difieren de la referencia</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n not explained by any message</source>
        <translation>
            <numerusform>%n sin explicar por ningún mensaje</numerusform>
            <numerusform>%n sin explicar por ningún mensaje</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 %2 at cost</source>
        <translation>%1 %2 al coste</translation>
    </message>
    <message numerus="yes">
        <source>%n without a known unit cost</source>
        <translation>
            <numerusform>%n sin coste unitario conocido</numerusform>
            <numerusform>%n sin coste unitario conocido</numerusform>
        </translation>
    </message>
    <message>
        <source>Click to list them</source>
        <translation>Haga clic para listarlos</translation>
    </message>
    <message>
        <source>Reading the messages behind them…</source>
        <translation>Leyendo los mensajes detrás de ellas…</translation>
    </message>
</context>
<context>
    <name>ct::MismatchHeatmapView</name>
    <message>
        <source>Heatmap: SKUs that differ</source>
        <translation>Mapa de calor: SKU que difieren</translation>
    </message>
    <message>
        <source>Heatmap: value at cost</source>
        <translation>Mapa de calor: valor al coste</translation>
    </message>
    <message>
        <source>What a cell&apos;s colour and figure show</source>
        <translation>Qué muestran el color y la cifra de una celda</translation>
    </message>
</context>
<context>
    <name>ct::OverviewPage</name>
    <message>
        <source>Events per minute, last hour, by system</source>
        <translation>Eventos por minuto, última hora, por sistema</translation>
    </message>
    <message>
        <source>Reading the estate…</source>
        <translation>Leyendo el entorno…</translation>
    </message>
    <message>
        <source>The store cannot be read: %1</source>
        <translation>No se puede leer la base de datos: %1</translation>
    </message>
    <message>
        <source>The store holds no events yet. Point a collector at it, or fill it with ctower demo.</source>
        <translation>La base de datos aún no contiene eventos. Conecte un recolector, o llénela con ctower demo.</translation>
    </message>
    <message>
        <source>As of the newest event: %1 (%2)</source>
        <translation>Según el último evento: %1 (%2)</translation>
    </message>
    <message>
        <source>%1 %2 awaiting posting</source>
        <translation>%1 %2 pendientes de contabilizar</translation>
    </message>
    <message>
        <source>nothing awaiting posting</source>
        <translation>nada pendiente de contabilizar</translation>
    </message>
    <message>
        <source>Orders in flight</source>
        <translation>Pedidos en curso</translation>
    </message>
    <message>
        <source>web and click-and-collect orders of the last 2 days not yet delivered or collected</source>
        <translation>pedidos web y de recogida en tienda de los últimos 2 días aún no entregados ni recogidos</translation>
    </message>
    <message>
        <source>Open exceptions</source>
        <translation>Excepciones abiertas</translation>
    </message>
    <message>
        <source>ERP posting backlog</source>
        <translation>Contabilizaciones ERP pendientes</translation>
    </message>
    <message>
        <source>Inventory mismatches</source>
        <translation>Discrepancias de inventario</translation>
    </message>
    <message>
        <source>SKU × node counts where a system disagrees with the authority</source>
        <translation>Recuentos SKU × nodo en los que un sistema discrepa de la referencia</translation>
    </message>
    <message>
        <source>%1/min</source>
        <translation>%1/min</translation>
    </message>
    <message>
        <source>orders in flight</source>
        <translation>pedidos en curso</translation>
    </message>
    <message>
        <source>open exceptions</source>
        <translation>excepciones abiertas</translation>
    </message>
    <message>
        <source>events/min</source>
        <translation>eventos/min</translation>
    </message>
    <message>
        <source>Overview</source>
        <translation>Resumen</translation>
    </message>
    <message>
        <source>Wall screen</source>
        <translation>Pantalla mural</translation>
    </message>
    <message>
        <source>Peak mode…</source>
        <translation>Modo pico…</translation>
    </message>
    <message>
        <source>Switch peak-event mode on or off for everyone on this store</source>
        <translation>Activar o desactivar el modo pico para todos en este almacén</translation>
    </message>
    <message>
        <source>Peak mode since %1 — replays at most %2/s</source>
        <translation>Modo pico desde %1 — reenvíos como máximo %2/s</translation>
    </message>
    <message>
        <source>Peak mode is on.</source>
        <translation>El modo pico está activado.</translation>
    </message>
    <message>
        <source>Peak mode is off.</source>
        <translation>El modo pico está desactivado.</translation>
    </message>
    <message>
        <source>The figures in large type for a screen across the room (F11: full screen too)</source>
        <translation>Las cifras en letra grande para una pantalla al otro lado de la sala (F11: también a pantalla completa)</translation>
    </message>
</context>
<context>
    <name>ct::PageHeader</name>
    <message>
        <source>Correlation id, order, receipt…  (Ctrl+K)</source>
        <translation>Id de correlación, pedido, ticket…  (Ctrl+K)</translation>
    </message>
</context>
<context>
    <name>ct::PairHealthView</name>
    <message>
        <source>latency (s)</source>
        <translation>latencia (s)</translation>
    </message>
    <message>
        <source>latency (min)</source>
        <translation>latencia (min)</translation>
    </message>
    <message>
        <source>latency (h)</source>
        <translation>latencia (h)</translation>
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
        <translation>━ integridad</translation>
    </message>
    <message>
        <source>█ errors</source>
        <translation>█ errores</translation>
    </message>
    <message>
        <source>%1 → %2</source>
        <translation>%1 → %2</translation>
    </message>
    <message>
        <source>p50 %1 · p95 %2 over %3 changes</source>
        <translation>p50 %1 · p95 %2 en %3 cambios</translation>
    </message>
    <message>
        <source>no change crossed with a measured latency</source>
        <translation>ningún cambio transmitido con latencia medida</translation>
    </message>
    <message>
        <source>%1% of %2 messages without an error (%3 errors)</source>
        <translation>%1 % de %2 mensajes sin error (%3 errores)</translation>
    </message>
    <message>
        <source>no message received</source>
        <translation>ningún mensaje recibido</translation>
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
        <translation>integridad (%)</translation>
    </message>
    <message>
        <source>errors</source>
        <translation>errores</translation>
    </message>
    <message>
        <source>integrity</source>
        <translation>integridad</translation>
    </message>
    <message>
        <source>%1 – %2</source>
        <translation>%1 – %2</translation>
    </message>
    <message>
        <source>p50 %1 · p95 %2 (%3 changes)</source>
        <translation>p50 %1 · p95 %2 (%3 cambios)</translation>
    </message>
    <message>
        <source>%1% integrity: %2 errors of %3 messages</source>
        <translation>%1 % de integridad: %2 errores de %3 mensajes</translation>
    </message>
    <message>
        <source>no message</source>
        <translation>ningún mensaje</translation>
    </message>
</context>
<context>
    <name>ct::PasswordPromptDialog</name>
    <message>
        <source>Passwords for “%1”</source>
        <translation>Contraseñas de «%1»</translation>
    </message>
    <message>
        <source>Store password</source>
        <translation>Contraseña de la base de datos</translation>
    </message>
    <message>
        <source>Broker password</source>
        <translation>Contraseña del bróker</translation>
    </message>
    <message>
        <source>They are used for this session only and saved nowhere.</source>
        <translation>Solo se usan en esta sesión y no se guardan en ningún sitio.</translation>
    </message>
</context>
<context>
    <name>ct::PayloadPane</name>
    <message>
        <source>The selected event&apos;s payload appears here.</source>
        <translation>Aquí aparece la carga útil del evento seleccionado.</translation>
    </message>
    <message>
        <source>Show personal data</source>
        <translation>Desenmascarar</translation>
    </message>
    <message>
        <source>Unmasks names, emails, phone numbers and addresses in this payload only. Deliberate: each unmasking is recorded in the audit trail. (Ctrl+Shift+U)</source>
        <translation>Desenmascara nombres, correos electrónicos, teléfonos y direcciones solo en esta carga útil. Es deliberado: cada desenmascaramiento queda en el registro de auditoría. (Ctrl+Mayús+U)</translation>
    </message>
    <message>
        <source>Payload</source>
        <translation>Carga útil</translation>
    </message>
    <message>
        <source>Recording the unmasking in the audit trail…</source>
        <translation>Registrando el desenmascaramiento en el registro de auditoría…</translation>
    </message>
    <message>
        <source>Personal data stays masked: %1.</source>
        <translation>Los datos personales siguen enmascarados: %1.</translation>
    </message>
    <message>
        <source> at byte %1</source>
        <translation> en el byte %1</translation>
    </message>
    <message>
        <source>Not valid UTF-8%1, so it cannot be read as text: shown as hex.</source>
        <translation>UTF-8 no válido%1, no se puede leer como texto: se muestra en hexadecimal.</translation>
    </message>
    <message>
        <source>Nested deeper than %1 levels: shown as hex.</source>
        <translation>Anidado en más de %1 niveles: se muestra en hexadecimal.</translation>
    </message>
    <message>
        <source>Not valid JSON%1 (%2): shown as hex.</source>
        <translation>JSON no válido%1 (%2): se muestra en hexadecimal.</translation>
    </message>
    <message>
        <source>Binary content (a control byte%1): shown as hex.</source>
        <translation>Contenido binario (un byte de control%1): se muestra en hexadecimal.</translation>
    </message>
    <message>
        <source>Too large to decode here: shown as hex.</source>
        <translation>Demasiado grande para decodificarlo aquí: se muestra en hexadecimal.</translation>
    </message>
    <message>
        <source>No decoder for %1 in this window: shown as hex.</source>
        <translation>No hay decodificador para %1 en esta ventana: se muestra en hexadecimal.</translation>
    </message>
    <message>
        <source>Cannot be decoded: %1. Shown as hex.</source>
        <translation>No se puede decodificar: %1. Se muestra en hexadecimal.</translation>
    </message>
    <message>
        <source>Decoded as %1, but %2: the message type may be wrong, and those fields are not shown.</source>
        <translation>Decodificado como %1, pero %2: puede que el tipo de mensaje sea incorrecto, y esos campos no se muestran.</translation>
    </message>
    <message>
        <source>none</source>
        <translation>ninguno</translation>
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
        <translation>texto, %1</translation>
    </message>
    <message>
        <source>hex, %1</source>
        <translation>hex, %1</translation>
    </message>
    <message>
        <source>Its content is withheld: personal data in it cannot be found and masked. Show personal data to read it (recorded in the audit trail).</source>
        <translation>Su contenido se retiene: los datos personales que contiene no se pueden localizar ni enmascarar. Desenmascárelo para leerlo (queda en el registro de auditoría).</translation>
    </message>
    <message>
        <source>personal data shown</source>
        <translation>datos personales visibles</translation>
    </message>
    <message>
        <source>personal data masked: %1</source>
        <translation>datos personales enmascarados: %1</translation>
    </message>
    <message>
        <source>This event carries no payload.</source>
        <translation>Este evento no lleva carga útil.</translation>
    </message>
    <message>
        <source>the unmasking could not be recorded (%1)</source>
        <translation>no se pudo registrar el desenmascaramiento (%1)</translation>
    </message>
</context>
<context>
    <name>ct::PeakModeDialog</name>
    <message>
        <source>Switch peak mode on</source>
        <translation>Activar el modo pico</translation>
    </message>
    <message>
        <source>Switch peak mode off</source>
        <translation>Desactivar el modo pico</translation>
    </message>
    <message>
        <source> messages/s</source>
        <translation> mensajes/s</translation>
    </message>
    <message>
        <source>Replay rate budget</source>
        <translation>Presupuesto de reenvío</translation>
    </message>
    <message>
        <source>Why, e.g. Black Friday flash sale</source>
        <translation>Por qué, p. ej. venta flash de Black Friday</translation>
    </message>
    <message>
        <source>Why, e.g. the sale is over</source>
        <translation>Por qué, p. ej. la venta ha terminado</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Nota</translation>
    </message>
    <message>
        <source>While peak mode is on, discards, reopens, quarantine overrides and edited resubmissions are refused for everyone on this store, and replays go no faster than the budget. The switch is written to the audit trail.</source>
        <translation>Mientras el modo pico está activado, los descartes, reaperturas, anulaciones de cuarentena y reenvíos editados se rechazan para todos en este almacén, y los reenvíos no superan el presupuesto. El cambio queda en el registro de auditoría.</translation>
    </message>
    <message>
        <source>Every action is open to its role again. The switch is written to the audit trail.</source>
        <translation>Cada acción vuelve a estar abierta a su rol. El cambio queda en el registro de auditoría.</translation>
    </message>
    <message>
        <source>Switch on</source>
        <translation>Activar</translation>
    </message>
    <message>
        <source>Switch off</source>
        <translation>Desactivar</translation>
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
        <translation>&gt; 1 día</translation>
    </message>
    <message>
        <source>Waiting</source>
        <translation>Espera</translation>
    </message>
    <message>
        <source>Currency</source>
        <translation>Moneda</translation>
    </message>
    <message>
        <source>Postings</source>
        <translation>Contabilizaciones</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Importe</translation>
    </message>
    <message>
        <source>Oldest</source>
        <translation>Más antigua</translation>
    </message>
</context>
<context>
    <name>ct::PostingEntryModel</name>
    <message>
        <source>rejected</source>
        <translation>rechazada</translation>
    </message>
    <message>
        <source>awaiting</source>
        <translation>en espera</translation>
    </message>
    <message>
        <source>posted</source>
        <translation>contabilizada</translation>
    </message>
    <message>
        <source>At</source>
        <translation>Hora</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>Correlation id</source>
        <translation>Id de correlación</translation>
    </message>
    <message>
        <source>Business id</source>
        <translation>Id de negocio</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Importe</translation>
    </message>
    <message>
        <source>Tax</source>
        <translation>Impuesto</translation>
    </message>
    <message>
        <source>Age</source>
        <translation>Antigüedad</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Motivo</translation>
    </message>
</context>
<context>
    <name>ct::PostingFilterBar</name>
    <message>
        <source>Export CSV…</source>
        <translation>Exportar CSV…</translation>
    </message>
    <message>
        <source>All states</source>
        <translation>Todos los estados</translation>
    </message>
    <message>
        <source>Not posted</source>
        <translation>Sin contabilizar</translation>
    </message>
    <message>
        <source>Awaiting</source>
        <translation>Pendientes</translation>
    </message>
    <message>
        <source>Posted</source>
        <translation>Contabilizadas</translation>
    </message>
    <message>
        <source>Rejected</source>
        <translation>Rechazadas</translation>
    </message>
    <message>
        <source>Write every posting that matches the filters to a CSV file, oldest first; personal data in the ERP&apos;s reasons is masked (Ctrl+Shift+E)</source>
        <translation>Escribir cada contabilización que cumpla los filtros en un archivo CSV, la más antigua primero; los datos personales de los motivos del ERP se enmascaran (Ctrl+Mayús+E)</translation>
    </message>
    <message>
        <source>All kinds</source>
        <translation>Todos los tipos</translation>
    </message>
    <message>
        <source>All currencies</source>
        <translation>Todas las monedas</translation>
    </message>
    <message>
        <source>Exporting…</source>
        <translation>Exportando…</translation>
    </message>
</context>
<context>
    <name>ct::PostingPage</name>
    <message>
        <source>Summing postings by business day…</source>
        <translation>Sumando las contabilizaciones por día contable…</translation>
    </message>
    <message>
        <source>Postings cannot be read</source>
        <translation>No se pueden leer las contabilizaciones</translation>
    </message>
    <message>
        <source>awaiting (%1)</source>
        <translation>en espera (%1)</translation>
    </message>
    <message>
        <source>awaiting</source>
        <translation>en espera</translation>
    </message>
    <message>
        <source>rejected by the ERP</source>
        <translation>rechazos del ERP</translation>
    </message>
    <message>
        <source>rejected (%1)</source>
        <translation>rechazado (%1)</translation>
    </message>
    <message>
        <source>rejected</source>
        <translation>rechazado</translation>
    </message>
    <message>
        <source>none</source>
        <translation>ninguno</translation>
    </message>
    <message>
        <source>No postings yet</source>
        <translation>Aún no hay contabilizaciones</translation>
    </message>
    <message>
        <source>Orders, refunds and settlements appear here once captured.</source>
        <translation>Los pedidos, reembolsos y liquidaciones aparecen aquí una vez registrados.</translation>
    </message>
    <message>
        <source>Posting</source>
        <translation>Contabilización</translation>
    </message>
    <message>
        <source>Double-click a posting (or press Enter) to open its transaction&apos;s lineage</source>
        <translation>Doble clic en una contabilización (o Intro) para abrir la trazabilidad de su transacción</translation>
    </message>
    <message>
        <source>not posted</source>
        <translation>sin contabilizar</translation>
    </message>
    <message>
        <source>oldest not posted</source>
        <translation>la más antigua sin contabilizar</translation>
    </message>
    <message>
        <source>By business day</source>
        <translation>Por día hábil</translation>
    </message>
    <message>
        <source>Awaiting, by age</source>
        <translation>Pendientes, por antigüedad</translation>
    </message>
    <message>
        <source>Rejected, by reason</source>
        <translation>Rechazadas, por motivo</translation>
    </message>
    <message numerus="yes">
        <source>%Ln posting(s) awaiting %1 · %2</source>
        <translation>
            <numerusform>%Ln contabilización pendiente %1 · %2</numerusform>
            <numerusform>%Ln contabilizaciones pendientes %1 · %2</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln posting(s) of %1 · %2 rejected: %3</source>
        <translation>
            <numerusform>%Ln contabilización %1 · %2 rechazada: %3</numerusform>
            <numerusform>%Ln contabilizaciones %1 · %2 rechazadas: %3</numerusform>
        </translation>
    </message>
    <message>
        <source>no reason recorded</source>
        <translation>sin motivo registrado</translation>
    </message>
    <message>
        <source>No posting matches the filters here.</source>
        <translation>Ninguna contabilización cumple aquí los filtros.</translation>
    </message>
    <message>
        <source>Select a row to list its postings.</source>
        <translation>Seleccione una fila para listar sus contabilizaciones.</translation>
    </message>
    <message>
        <source> — double-click one to open its lineage</source>
        <translation> — doble clic en una para abrir su trazabilidad</translation>
    </message>
    <message>
        <source>Export the postings</source>
        <translation>Exportar las contabilizaciones</translation>
    </message>
    <message>
        <source>The postings could not be written to %1: %2</source>
        <translation>No se pudieron escribir las contabilizaciones en %1: %2</translation>
    </message>
    <message>
        <source>Reading the postings of %1…</source>
        <translation>Leyendo los asientos de %1…</translation>
    </message>
    <message>
        <source>The postings of %1 cannot be read: %2</source>
        <translation>No se pueden leer los asientos de %1: %2</translation>
    </message>
    <message numerus="yes">
        <source>%Ln posting(s) of %1</source>
        <translation>
            <numerusform>%Ln asiento de %1</numerusform>
            <numerusform>%Ln asientos de %1</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ct::PostingSummaryModel</name>
    <message>
        <source>Business day</source>
        <translation>Día contable</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <source>Currency</source>
        <translation>Moneda</translation>
    </message>
    <message>
        <source>Awaiting</source>
        <translation>En espera</translation>
    </message>
    <message>
        <source>Awaiting amount</source>
        <translation>Imp. en espera</translation>
    </message>
    <message>
        <source>Posted</source>
        <translation>Asientos</translation>
    </message>
    <message>
        <source>Posted amount</source>
        <translation>Imp. asentado</translation>
    </message>
    <message>
        <source>Rejected</source>
        <translation>Rechazos</translation>
    </message>
    <message>
        <source>Rejected amount</source>
        <translation>Imp. rechazado</translation>
    </message>
    <message>
        <source>Oldest awaiting</source>
        <translation>Más antigua en espera</translation>
    </message>
    <message>
        <source>%1 of %2 posted state their tax</source>
        <translation>%1 de %2 asentadas indican su impuesto</translation>
    </message>
    <message>
        <source>The tax included in the posted amount, as the postings state it; empty when none states it</source>
        <translation>El impuesto incluido en el importe asentado, tal como lo indican los asientos; vacío si ninguno lo indica</translation>
    </message>
    <message>
        <source>Posted tax</source>
        <translation>Impuesto asentado</translation>
    </message>
</context>
<context>
    <name>ct::PriceDeltaModel</name>
    <message>
        <source>base price</source>
        <translation>precio base</translation>
    </message>
    <message>
        <source>no campaign message explains it</source>
        <translation>ningún mensaje de campaña lo explica</translation>
    </message>
    <message>
        <source>%1 has not taken %2 over</source>
        <translation>%1 no ha incorporado %2</translation>
    </message>
    <message>
        <source>SKU</source>
        <translation>SKU</translation>
    </message>
    <message>
        <source>Store / channel</source>
        <translation>Tienda / canal</translation>
    </message>
    <message>
        <source>System</source>
        <translation>Sistema</translation>
    </message>
    <message>
        <source>Price</source>
        <translation>Precio</translation>
    </message>
    <message>
        <source>Promotion</source>
        <translation>Promoción</translation>
    </message>
    <message>
        <source>ERP price</source>
        <translation>Precio ERP</translation>
    </message>
    <message>
        <source>ERP promotion</source>
        <translation>Promoción ERP</translation>
    </message>
    <message>
        <source>Difference</source>
        <translation>Diferencia</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>Motivo</translation>
    </message>
</context>
<context>
    <name>ct::ProfileActions</name>
    <message>
        <source>“%1” is being renamed: try again once that is done.</source>
        <translation>Se está renombrando «%1»: vuelva a intentarlo cuando termine.</translation>
    </message>
    <message>
        <source>Storing the passwords of “%1” in the keychain…</source>
        <translation>Guardando las contraseñas de «%1» en el llavero…</translation>
    </message>
    <message>
        <source>Saved “%1”.</source>
        <translation>«%1» guardado.</translation>
    </message>
    <message>
        <source>Moving the passwords of “%1” to “%2” in the keychain…</source>
        <translation>Moviendo las contraseñas de «%1» a «%2» en el llavero…</translation>
    </message>
    <message>
        <source>“%1” was not renamed. %2</source>
        <translation>No se renombró «%1». %2</translation>
    </message>
    <message>
        <source>Renamed “%1” to “%2”.</source>
        <translation>«%1» renombrado como «%2».</translation>
    </message>
    <message>
        <source>Renamed “%1” to “%2”; its passwords are under the new name, but not all could be removed from under the old one. %3</source>
        <translation>«%1» renombrado como «%2»; sus contraseñas están con el nombre nuevo, pero no todas se pudieron quitar del antiguo. %3</translation>
    </message>
    <message>
        <source>Removed “%1” and its passwords.</source>
        <translation>«%1» y sus contraseñas eliminados.</translation>
    </message>
</context>
<context>
    <name>ct::ProfileEditorDialog</name>
    <message>
        <source>Edit connection profile</source>
        <translation>Editar perfil de conexión</translation>
    </message>
    <message>
        <source>New connection profile</source>
        <translation>Nuevo perfil de conexión</translation>
    </message>
    <message>
        <source>e.g. production</source>
        <translation>p. ej. producción</translation>
    </message>
    <message>
        <source>&amp;Name</source>
        <translation>&amp;Nombre</translation>
    </message>
    <message>
        <source>postgresql://user@host/database or a SQLite file</source>
        <translation>postgresql://usuario@host/basededatos o un archivo SQLite</translation>
    </message>
    <message>
        <source>&amp;Store URL</source>
        <translation>URL de la &amp;base de datos</translation>
    </message>
    <message>
        <source>Store pass&amp;word</source>
        <translation>Contrase&amp;ña de la base de datos</translation>
    </message>
    <message>
        <source>amqp://user@host:5672/%2F or amqps://…</source>
        <translation>amqp://usuario@host:5672/%2F o amqps://…</translation>
    </message>
    <message>
        <source>&amp;AMQP URL</source>
        <translation>URL &amp;AMQP</translation>
    </message>
    <message>
        <source>Broker passwo&amp;rd</source>
        <translation>Contraseña del &amp;bróker</translation>
    </message>
    <message>
        <source>http://host:15672 (empty: the AMQP host)</source>
        <translation>http://host:15672 (vacío: el host AMQP)</translation>
    </message>
    <message>
        <source>&amp;Management URL</source>
        <translation>URL de &amp;gestión</translation>
    </message>
    <message>
        <source>PEM file of the authority that signed the broker (amqps, https)</source>
        <translation>Archivo PEM de la autoridad que firmó el bróker (amqps, https)</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>&amp;Examinar…</translation>
    </message>
    <message>
        <source>&amp;CA file</source>
        <translation>Archivo de la &amp;CA</translation>
    </message>
    <message>
        <source>comma-separated; empty: every queue of the virtual host</source>
        <translation>separadas por comas; vacío: todas las colas del host virtual</translation>
    </message>
    <message>
        <source>&amp;Watched queues</source>
        <translation>Colas &amp;vigiladas</translation>
    </message>
    <message>
        <source>Passwords go to the system keychain, never to the profiles file.</source>
        <translation>Las contraseñas van al llavero del sistema, nunca al archivo de perfiles.</translation>
    </message>
    <message>
        <source>CA certificate</source>
        <translation>Certificado de la CA</translation>
    </message>
    <message>
        <source>Certificates (*.pem *.crt *.cer);;All files (*)</source>
        <translation>Certificados (*.pem *.crt *.cer);;Todos los archivos (*)</translation>
    </message>
    <message>
        <source>unchanged (kept in the keychain)</source>
        <translation>sin cambios (guardada en el llavero)</translation>
    </message>
    <message>
        <source>no password</source>
        <translation>sin contraseña</translation>
    </message>
    <message>
        <source>Give a store URL, an AMQP URL, or both.</source>
        <translation>Indique una URL de base de datos, una URL AMQP, o ambas.</translation>
    </message>
</context>
<context>
    <name>ct::ProfileRenameDialog</name>
    <message>
        <source>&amp;Rename</source>
        <translation>&amp;Renombrar</translation>
    </message>
    <message>
        <source>Rename connection profile</source>
        <translation>Renombrar perfil de conexión</translation>
    </message>
    <message>
        <source>New &amp;name</source>
        <translation>&amp;Nombre nuevo</translation>
    </message>
    <message>
        <source>The profile&apos;s passwords move to the new name in the keychain.</source>
        <translation>Las contraseñas del perfil pasan al nombre nuevo en el llavero.</translation>
    </message>
</context>
<context>
    <name>ct::ProfileSecrets</name>
    <message>
        <source>The keychain is unavailable (%1): the password was not saved anywhere, and you will be asked for it when connecting.</source>
        <translation>El llavero no está disponible (%1): la contraseña no se guardó en ningún sitio y se le pedirá al conectar.</translation>
    </message>
    <message>
        <source>The keychain is unavailable (%1): no password was read.</source>
        <translation>El llavero no está disponible (%1): no se leyó ninguna contraseña.</translation>
    </message>
    <message>
        <source>The keychain is unavailable (%1): the passwords could not be copied to the new name.</source>
        <translation>El llavero no está disponible (%1): no se pudieron copiar las contraseñas al nombre nuevo.</translation>
    </message>
    <message>
        <source>The keychain is unavailable (%1): the profile&apos;s passwords could not be removed from it.</source>
        <translation>El llavero no está disponible (%1): no se pudieron quitar de él las contraseñas del perfil.</translation>
    </message>
</context>
<context>
    <name>ct::ProfilesPanel</name>
    <message>
        <source>&amp;New…</source>
        <translation>&amp;Nuevo…</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>&amp;Editar…</translation>
    </message>
    <message>
        <source>Rena&amp;me…</source>
        <translation>Reno&amp;mbrar…</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>E&amp;liminar</translation>
    </message>
    <message>
        <source>&amp;Test connection</source>
        <translation>&amp;Probar conexión</translation>
    </message>
    <message>
        <source>No saved profiles yet. New… saves a store and a broker to connect to, and the queues to watch; passwords go to the keychain, never to a file.</source>
        <translation>Aún no hay perfiles guardados. Nuevo… guarda una base de datos y un bróker a los que conectarse, y las colas que vigilar; las contraseñas van al llavero, nunca a un archivo.</translation>
    </message>
    <message>
        <source>Connection profiles</source>
        <translation>Perfiles de conexión</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <source>Store</source>
        <translation>Base de datos</translation>
    </message>
    <message>
        <source>Broker</source>
        <translation>Bróker</translation>
    </message>
    <message>
        <source>Remove connection profile</source>
        <translation>Eliminar perfil de conexión</translation>
    </message>
    <message>
        <source>Remove “%1” and its passwords from the keychain?</source>
        <translation>¿Eliminar «%1» y sus contraseñas del llavero?</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Eliminar</translation>
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
        <translation>inactiva</translation>
    </message>
    <message>
        <source>dead letters</source>
        <translation>mensajes fallidos</translation>
    </message>
    <message>
        <source>no consumers</source>
        <translation>sin consumidores</translation>
    </message>
    <message>
        <source>falling behind</source>
        <translation>se retrasa</translation>
    </message>
    <message>
        <source>%1/s</source>
        <translation>%1/s</translation>
    </message>
    <message>
        <source>Queue</source>
        <translation>Cola</translation>
    </message>
    <message>
        <source>Depth</source>
        <translation>Total</translation>
    </message>
    <message>
        <source>Ready</source>
        <translation>Listos</translation>
    </message>
    <message>
        <source>Unacked</source>
        <translation>Sin ack</translation>
    </message>
    <message>
        <source>Consumers</source>
        <translation>Consumid.</translation>
    </message>
    <message>
        <source>Publish</source>
        <translation>Entrada</translation>
    </message>
    <message>
        <source>Deliver</source>
        <translation>Salida</translation>
    </message>
    <message>
        <source>Ack</source>
        <translation>Ack</translation>
    </message>
    <message>
        <source>Verdict</source>
        <translation>Veredicto</translation>
    </message>
</context>
<context>
    <name>ct::RejectionReasonModel</name>
    <message>
        <source>(no reason recorded)</source>
        <translation>(sin motivo registrado)</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Motivo</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <source>Currency</source>
        <translation>Moneda</translation>
    </message>
    <message>
        <source>Postings</source>
        <translation>Contabilizaciones</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Importe</translation>
    </message>
    <message>
        <source>Latest</source>
        <translation>Más reciente</translation>
    </message>
</context>
<context>
    <name>ct::RelatedFailures</name>
    <message>
        <source>Enter or double-click: open the message on the Exceptions page</source>
        <translation>Intro o doble clic: abrir el mensaje en la página Excepciones</translation>
    </message>
    <message>
        <source>Message %1, last failed %2</source>
        <translation>Mensaje %1, último fallo %2</translation>
    </message>
    <message>
        <source>Failed messages of this transaction (%1) — Enter opens one on the Exceptions page</source>
        <translation>Mensajes fallidos de esta transacción (%1) — Intro abre uno en la página Excepciones</translation>
    </message>
</context>
<context>
    <name>ct::ReplayDialog</name>
    <message>
        <source>The queue each message died in (nothing else receives it again)</source>
        <translation>La cola en la que se rechazó cada mensaje (nadie más lo vuelve a recibir)</translation>
    </message>
    <message>
        <source>Through its original exchange (every queue bound to it receives it)</source>
        <translation>A través de su exchange original (lo recibe cada cola enlazada a él)</translation>
    </message>
    <message>
        <source>Another queue:</source>
        <translation>Otra cola:</translation>
    </message>
    <message>
        <source>Replay the first</source>
        <translation>Reprocesar primero los</translation>
    </message>
    <message>
        <source>Replay failed messages</source>
        <translation>Reprocesar mensajes fallidos</translation>
    </message>
    <message>
        <source>queue name</source>
        <translation>nombre de la cola</translation>
    </message>
    <message>
        <source> messages/s</source>
        <translation> mensajes/s</translation>
    </message>
    <message>
        <source>no limit</source>
        <translation>sin límite</translation>
    </message>
    <message>
        <source> s</source>
        <translation> s</translation>
    </message>
    <message numerus="yes">
        <source>The %n selected message(s)</source>
        <translation>
            <numerusform>El mensaje seleccionado</numerusform>
            <numerusform>Los %n mensajes seleccionados</numerusform>
        </translation>
    </message>
    <message>
        <source>All %1 open messages matching the filters and the group</source>
        <translation>Los %1 mensajes abiertos que coinciden con los filtros y el grupo</translation>
    </message>
    <message>
        <source>Messages</source>
        <translation>Mensajes</translation>
    </message>
    <message>
        <source>Broker</source>
        <translation>Bróker</translation>
    </message>
    <message>
        <source>To</source>
        <translation>Destino</translation>
    </message>
    <message>
        <source>Rate</source>
        <translation>Ritmo</translation>
    </message>
    <message>
        <source>then wait up to</source>
        <translation>y esperar hasta</translation>
    </message>
    <message>
        <source>Canary</source>
        <translation>Canario</translation>
    </message>
    <message>
        <source>The rest go only once each of the first shows its failed stage done downstream; otherwise they stay open.</source>
        <translation>El resto solo se envía cuando cada uno de los primeros muestra hecha aguas abajo su etapa fallida; si no, siguen abiertos.</translation>
    </message>
    <message>
        <source>No saved connection profile names a broker: add one on the Connections page.</source>
        <translation>Ningún perfil de conexión guardado indica un bróker: añada uno en la página Conexiones.</translation>
    </message>
    <message>
        <source>Each message is published persistent and mandatory with publisher confirms, its message id kept; its state changes only once the broker confirms it.</source>
        <translation>Cada mensaje se publica como persistente y mandatory con confirmaciones del publicador, conservando su id de mensaje; su estado solo cambia cuando el bróker lo confirma.</translation>
    </message>
    <message>
        <source>Replay</source>
        <translation>Reprocesar</translation>
    </message>
</context>
<context>
    <name>ct::ReplayFlow</name>
    <message>
        <source>replaying needs a broker connection, which this window was started without</source>
        <translation>reprocesar requiere una conexión al bróker, y esta ventana se abrió sin ella</translation>
    </message>
    <message>
        <source>Checking what the replay would do (dry run)…</source>
        <translation>Comprobando qué haría el reprocesamiento (simulación)…</translation>
    </message>
    <message>
        <source>Replay failed messages</source>
        <translation>Reprocesar mensajes fallidos</translation>
    </message>
    <message>
        <source>Dry run, nothing changed yet:</source>
        <translation>Simulación, aún no se ha cambiado nada:</translation>
    </message>
    <message>
        <source>Canary: the first %1 go first; the rest only once each shows its stage done downstream (waiting up to %2 s).</source>
        <translation>Canario: los primeros %1 van antes; el resto solo cuando cada uno muestre su etapa hecha aguas abajo (espera de hasta %2 s).</translation>
    </message>
    <message numerus="yes">
        <source>Replay %n message(s)</source>
        <translation>
            <numerusform>Reprocesar %n mensaje</numerusform>
            <numerusform>Reprocesar %n mensajes</numerusform>
        </translation>
    </message>
    <message>
        <source>The replay was not started.</source>
        <translation>El reprocesamiento no se inició.</translation>
    </message>
    <message>
        <source>was cancelled</source>
        <translation>se canceló</translation>
    </message>
    <message>
        <source>stopped early (%1)</source>
        <translation>se detuvo antes de tiempo (%1)</translation>
    </message>
    <message>
        <source>did not finish (interrupted, or still running elsewhere)</source>
        <translation>no terminó (se interrumpió, o sigue en curso en otro lugar)</translation>
    </message>
    <message>
        <source>The replay of %1 messages that %2 started %3 %4: %5 still to replay.</source>
        <translation>El reprocesamiento de %1 mensajes que %2 inició %3 %4: quedan %5 por reprocesar.</translation>
    </message>
    <message>
        <source>no saved connection profile names a broker: add one on the Connections page</source>
        <translation>ningún perfil de conexión guardado indica un bróker: añada uno en la página Conexiones</translation>
    </message>
    <message>
        <source>Resume the replay</source>
        <translation>Reanudar el reprocesamiento</translation>
    </message>
    <message>
        <source>Broker</source>
        <translation>Bróker</translation>
    </message>
</context>
<context>
    <name>ct::ResubmitDialog</name>
    <message>
        <source>removed</source>
        <translation>eliminado</translation>
    </message>
    <message>
        <source>added</source>
        <translation>añadido</translation>
    </message>
    <message>
        <source>changed</source>
        <translation>modificado</translation>
    </message>
    <message>
        <source>Check</source>
        <translation>Comprobar</translation>
    </message>
    <message>
        <source>Send the edited copy</source>
        <translation>Enviar la copia editada</translation>
    </message>
    <message>
        <source>Edit &amp; resubmit %1</source>
        <translation>Editar y reenviar %1</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Campo</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Cambio</translation>
    </message>
    <message>
        <source>Before</source>
        <translation>Antes</translation>
    </message>
    <message>
        <source>After</source>
        <translation>Después</translation>
    </message>
    <message>
        <source>Personal data is masked; a masked value left as it is keeps the original&apos;s data. Edit the fields that failed, then Check.</source>
        <translation>Los datos personales están enmascarados; un valor enmascarado que se deja tal cual conserva los datos del original. Edite los campos que fallaron y luego pulse Comprobar.</translation>
    </message>
    <message>
        <source>Broker</source>
        <translation>Bróker</translation>
    </message>
    <message>
        <source>No saved connection profile names a broker: add one on the Connections page.</source>
        <translation>Ningún perfil de conexión guardado indica un bróker: añada uno en la página Conexiones.</translation>
    </message>
    <message>
        <source>(payload)</source>
        <translation>(carga útil)</translation>
    </message>
    <message>
        <source>Cannot be sent: %1</source>
        <translation>No se puede enviar: %1</translation>
    </message>
    <message numerus="yes">
        <source>Fit to send: %n field(s) changed.</source>
        <translation>
            <numerusform>Listo para enviar: %n campo modificado.</numerusform>
            <numerusform>Listo para enviar: %n campos modificados.</numerusform>
        </translation>
    </message>
    <message>
        <source>Look first: %1</source>
        <translation>Revise primero: %1</translation>
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
        <translation>fallido %1</translation>
    </message>
    <message>
        <source>overdue %1</source>
        <translation>con retraso de %1</translation>
    </message>
    <message>
        <source>Order</source>
        <translation>Pedido</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Importe</translation>
    </message>
    <message>
        <source>Stopped at</source>
        <translation>Detenido en</translation>
    </message>
    <message>
        <source>Since</source>
        <translation>Desde</translation>
    </message>
</context>
<context>
    <name>ct::RoleButton</name>
    <message>
        <source>Viewer: looks only</source>
        <translation>Lector: solo consulta</translation>
    </message>
    <message>
        <source>Operator: replays, resolves, discards, assigns, snoozes</source>
        <translation>Operador: reprocesa, resuelve, descarta, asigna, pospone</translation>
    </message>
    <message>
        <source>Admin: also reopens, overrides the quarantine and manages connections</source>
        <translation>Admin: además reabre, levanta la cuarentena y gestiona las conexiones</translation>
    </message>
    <message>
        <source>viewer</source>
        <translation>lector</translation>
    </message>
    <message>
        <source>operator</source>
        <translation>operador</translation>
    </message>
    <message>
        <source>admin</source>
        <translation>admin</translation>
    </message>
    <message>
        <source>Role: %1</source>
        <translation>Rol: %1</translation>
    </message>
    <message>
        <source>Waiting for the store to say what this connection may do; until then nothing can be changed.</source>
        <translation>Esperando a que la base de datos indique qué puede hacer esta conexión; hasta entonces no se puede modificar nada.</translation>
    </message>
    <message>
        <source>You chose %1, but the store grants this connection no more than %2.</source>
        <translation>Eligió %1, pero la base de datos no concede a esta conexión más que %2.</translation>
    </message>
    <message>
        <source>The role you act in; the store grants this connection up to %1.</source>
        <translation>El rol con el que actúa; la base de datos concede a esta conexión hasta %1.</translation>
    </message>
</context>
<context>
    <name>ct::RunbookView</name>
    <message>
        <source>The runbook for the selected message&apos;s queue and error class appears here.</source>
        <translation>Aquí aparece el runbook de la cola y la clase de error del mensaje seleccionado.</translation>
    </message>
    <message>
        <source>Open the runbook</source>
        <translation>Abrir el runbook</translation>
    </message>
    <message>
        <source>No runbooks</source>
        <translation>No hay runbooks</translation>
    </message>
    <message>
        <source>The runbooks cannot be used: %1</source>
        <translation>No se pueden usar los runbooks: %1</translation>
    </message>
    <message>
        <source>No runbooks are configured.</source>
        <translation>No hay runbooks configurados.</translation>
    </message>
    <message>
        <source>No runbook for this failure</source>
        <translation>No hay runbook para este fallo</translation>
    </message>
    <message>
        <source>None of the runbooks in %1 covers the queue %2 with the error class %3.</source>
        <translation>Ninguno de los runbooks de %1 cubre la cola %2 con la clase de error %3.</translation>
    </message>
    <message>
        <source>What to check</source>
        <translation>Qué comprobar</translation>
    </message>
    <message>
        <source>Replay is safe when</source>
        <translation>Se puede reprocesar sin riesgo si</translation>
    </message>
    <message>
        <source>Whom to call</source>
        <translation>A quién llamar</translation>
    </message>
</context>
<context>
    <name>ct::SlaBreachModel</name>
    <message>
        <source>Transaction</source>
        <translation>Transacción</translation>
    </message>
    <message>
        <source>Completed</source>
        <translation>Completada</translation>
    </message>
    <message>
        <source>Took</source>
        <translation>Duración</translation>
    </message>
</context>
<context>
    <name>ct::SlaCard</name>
    <message>
        <source>seconds</source>
        <translation>segundos</translation>
    </message>
    <message>
        <source>minutes</source>
        <translation>minutos</translation>
    </message>
    <message>
        <source>hours</source>
        <translation>horas</translation>
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
        <translation>Umbral SLA</translation>
    </message>
    <message>
        <source>breaches</source>
        <translation>incumplimientos</translation>
    </message>
    <message>
        <source>waiting (right axis)</source>
        <translation>en espera (eje dcho.)</translation>
    </message>
    <message>
        <source>%1: %2 → %3, within %4</source>
        <translation>%1: %2 → %3, máx. %4</translation>
    </message>
    <message>
        <source>p95 %1</source>
        <translation>p95 %1</translation>
    </message>
    <message numerus="yes">
        <source>%n breach(es)</source>
        <translation>
            <numerusform>%n incumplimiento</numerusform>
            <numerusform>%n incumplimientos</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 waiting</source>
        <translation>%1 en espera</translation>
    </message>
    <message>
        <source>waiting</source>
        <translation>en espera</translation>
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
        <translation>%1 completadas</translation>
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
        <translation>ninguna transacción completada</translation>
    </message>
    <message>
        <source>%1 completed · p50 %2 · p95 %3 · p99 %4</source>
        <translation>%1 completadas · p50 %2 · p95 %3 · p99 %4</translation>
    </message>
    <message>
        <source>Edit threshold…</source>
        <translation>Editar umbral…</translation>
    </message>
    <message>
        <source>Change how long this SLA allows; kept in the store and audited</source>
        <translation>Cambiar cuánto tiempo permite este SLA; se guarda en la base de datos y se audita</translation>
    </message>
    <message>
        <source>Double-click a transaction (or press Enter) to open its lineage</source>
        <translation>Haga doble clic en una transacción (o pulse Intro) para abrir su trazabilidad</translation>
    </message>
    <message>
        <source>No SLA selected</source>
        <translation>Ningún SLA seleccionado</translation>
    </message>
    <message>
        <source>%1: from %2 to %3 within %4</source>
        <translation>%1: de %2 a %3, máx. %4</translation>
    </message>
    <message>
        <source>%1 to %2: %3</source>
        <translation>%1 a %2: %3</translation>
    </message>
    <message numerus="yes">
        <source>%n breach(es)</source>
        <translation>
            <numerusform>%n incumplimiento</numerusform>
            <numerusform>%n incumplimientos</numerusform>
        </translation>
    </message>
    <message>
        <source>; %1 started and not yet completed</source>
        <translation>; %1 iniciadas y aún no completadas</translation>
    </message>
    <message>
        <source>Click a chart to see a time bucket&apos;s breaches.</source>
        <translation>Haga clic en un gráfico para ver los incumplimientos de un intervalo.</translation>
    </message>
    <message numerus="yes">
        <source>%1 – %2: %3; %n breach(es)</source>
        <translation>
            <numerusform>%1 – %2: %3; %n incumplimiento</numerusform>
            <numerusform>%1 – %2: %3; %n incumplimientos</numerusform>
        </translation>
    </message>
    <message>
        <source>Finding the transactions that breached…</source>
        <translation>Buscando las transacciones que incumplieron…</translation>
    </message>
    <message>
        <source>No transaction in this bucket took longer than the SLA allows.</source>
        <translation>Ninguna transacción de este intervalo tardó más de lo que permite el SLA.</translation>
    </message>
    <message numerus="yes">
        <source>The %n slowest transactions; double-click one to open its lineage.</source>
        <translation>
            <numerusform>La transacción más lenta; haga doble clic para abrir su trazabilidad.</numerusform>
            <numerusform>Las %n transacciones más lentas; haga doble clic en una para abrir su trazabilidad.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n transaction(s) took longer; double-click one to open its lineage.</source>
        <translation>
            <numerusform>%n transacción tardó más; haga doble clic para abrir su trazabilidad.</numerusform>
            <numerusform>%n transacciones tardaron más; haga doble clic en una para abrir su trazabilidad.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ct::SlaPage</name>
    <message>
        <source>Last hour</source>
        <translation>Última hora</translation>
    </message>
    <message>
        <source>Last 24 hours</source>
        <translation>Últimas 24 horas</translation>
    </message>
    <message>
        <source>Last 7 days</source>
        <translation>Últimos 7 días</translation>
    </message>
    <message>
        <source>Custom range</source>
        <translation>Periodo personalizado</translation>
    </message>
    <message>
        <source>Up to the newest event in the store</source>
        <translation>Hasta el último evento de la base de datos</translation>
    </message>
    <message>
        <source>Range</source>
        <translation>Periodo</translation>
    </message>
    <message>
        <source>Measuring the SLAs…</source>
        <translation>Midiendo los SLA…</translation>
    </message>
    <message>
        <source>The SLAs cannot be read</source>
        <translation>No se pueden leer los SLA</translation>
    </message>
    <message>
        <source>No SLAs defined</source>
        <translation>No hay SLA definidos</translation>
    </message>
    <message>
        <source>SLAs come from resources/slas.json and the edits kept in the store.</source>
        <translation>Los SLA proceden de resources/slas.json y de los cambios guardados en la base de datos.</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1 de %2</translation>
    </message>
    <message>
        <source>SLAs with p95 within</source>
        <translation>SLA con p95 dentro del umbral</translation>
    </message>
    <message>
        <source>breaches</source>
        <translation>incumplimientos</translation>
    </message>
    <message>
        <source>up to %1</source>
        <translation>hasta %1</translation>
    </message>
    <message>
        <source>%1 now allows %2.</source>
        <translation>%1 ahora permite %2.</translation>
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
        <translation>Umbral de %1</translation>
    </message>
    <message>
        <source>seconds</source>
        <translation>segundos</translation>
    </message>
    <message>
        <source>minutes</source>
        <translation>minutos</translation>
    </message>
    <message>
        <source>hours</source>
        <translation>horas</translation>
    </message>
    <message>
        <source>Why, e.g. agreed with the ERP team for the peak weeks</source>
        <translation>Por qué, p. ej. acordado con el equipo de ERP para las semanas punta</translation>
    </message>
    <message>
        <source>Stages</source>
        <translation>Etapas</translation>
    </message>
    <message>
        <source>%1: %2 → %3</source>
        <translation>%1: %2 → %3</translation>
    </message>
    <message>
        <source>Now</source>
        <translation>Actual</translation>
    </message>
    <message>
        <source>New threshold</source>
        <translation>Nuevo umbral</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Nota</translation>
    </message>
    <message>
        <source>The change is kept in the store and written to the audit trail. The charts read the same latencies against the new threshold.</source>
        <translation>El cambio se guarda en la base de datos y se escribe en el registro de auditoría. Los gráficos comparan las mismas latencias con el nuevo umbral.</translation>
    </message>
    <message>
        <source>The threshold must be above zero.</source>
        <translation>El umbral debe ser mayor que cero.</translation>
    </message>
    <message>
        <source>The threshold can be at most 30 days.</source>
        <translation>El umbral puede ser como máximo de 30 días.</translation>
    </message>
    <message>
        <source>That is the threshold already.</source>
        <translation>Ese ya es el umbral actual.</translation>
    </message>
</context>
<context>
    <name>ct::SnapshotRunner</name>
    <message>
        <source>cannot create the folder %1</source>
        <translation>no se puede crear la carpeta %1</translation>
    </message>
    <message>
        <source>wrote %1</source>
        <translation>archivos escritos: %1</translation>
    </message>
    <message>
        <source>cannot write %1</source>
        <translation>no se puede escribir %1</translation>
    </message>
</context>
<context>
    <name>ct::StageStrip</name>
    <message>
        <source>expected by %1 (SLA %2)</source>
        <translation>esperado antes de %1 (SLA %2)</translation>
    </message>
    <message>
        <source>no event stored</source>
        <translation>ningún evento guardado</translation>
    </message>
    <message>
        <source>due by %1</source>
        <translation>vence a las %1</translation>
    </message>
    <message>
        <source>not reached</source>
        <translation>no alcanzada</translation>
    </message>
    <message>
        <source>skipped</source>
        <translation>omitida</translation>
    </message>
    <message>
        <source>Occurred %1</source>
        <translation>Ocurrido el %1</translation>
    </message>
    <message>
        <source>%1 after %2</source>
        <translation>%1 después de %2</translation>
    </message>
    <message>
        <source>SLA %1 after %2</source>
        <translation>SLA %1 después de %2</translation>
    </message>
    <message>
        <source>Expected by %1</source>
        <translation>Esperado antes del %1</translation>
    </message>
    <message>
        <source>%1 duplicate deliveries</source>
        <translation>%1 entregas duplicadas</translation>
    </message>
</context>
<context>
    <name>ct::SwimlaneView</name>
    <message>
        <source>Swimlane timeline</source>
        <translation>Cronología por sistema</translation>
    </message>
    <message>
        <source>Duplicate: the same event was delivered again</source>
        <translation>Duplicado: el mismo evento se entregó de nuevo</translation>
    </message>
    <message>
        <source>Out of sequence: recorded before its cause</source>
        <translation>Fuera de secuencia: registrado antes que su causa</translation>
    </message>
    <message>
        <source>Its cause is not among the events</source>
        <translation>Su causa no está entre los eventos</translation>
    </message>
    <message>
        <source>No events to draw.</source>
        <translation>No hay eventos que dibujar.</translation>
    </message>
    <message>
        <source>Events: %1  ·  systems: %2</source>
        <translation>Eventos: %1  ·  sistemas: %2</translation>
    </message>
    <message>
        <source>duplicates (dashed ring): %1</source>
        <translation>duplicados (anillo discontinuo): %1</translation>
    </message>
    <message>
        <source>out of sequence (▲): %1</source>
        <translation>fuera de secuencia (▲): %1</translation>
    </message>
    <message>
        <source>wheel: zoom, drag: pan, double-click: fit</source>
        <translation>rueda: zoom, arrastrar: desplazar, doble clic: ajustar</translation>
    </message>
</context>
<context>
    <name>ct::SystemPairHealthModel</name>
    <message numerus="yes">
        <source>%n change(s) crossed with a measured latency</source>
        <translation>
            <numerusform>%n cambio transmitido con latencia medida</numerusform>
            <numerusform>%n cambios transmitidos con latencia medida</numerusform>
        </translation>
    </message>
    <message>
        <source>Messages received by %1 in the range, and those that failed</source>
        <translation>Mensajes recibidos por %1 en el periodo, y los que fallaron</translation>
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
        <translation>A</translation>
    </message>
    <message>
        <source>Messages</source>
        <translation>Mensajes</translation>
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
        <translation>Errores</translation>
    </message>
    <message>
        <source>Integrity</source>
        <translation>Integridad</translation>
    </message>
</context>
<context>
    <name>ct::SystemsRefreshBar</name>
    <message>
        <source>Refresh from systems</source>
        <translation>Actualizar desde los sistemas</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <source>Read the selected positions again from the systems&apos; APIs now</source>
        <translation>Volver a leer ahora las posiciones seleccionadas desde las API de los sistemas</translation>
    </message>
    <message>
        <source>%v of %m requests</source>
        <translation>%v de %m solicitudes</translation>
    </message>
    <message>
        <source>No systems to refresh from in this window.</source>
        <translation>No hay sistemas desde los que actualizar en esta ventana.</translation>
    </message>
    <message>
        <source>Select the positions to refresh first.</source>
        <translation>Seleccione primero las posiciones que desea actualizar.</translation>
    </message>
    <message numerus="yes">
        <source>Reading %n SKU × node position(s) from the systems…</source>
        <translation>
            <numerusform>Leyendo %n posición SKU × nodo desde los sistemas…</numerusform>
            <numerusform>Leyendo %n posiciones SKU × nodo desde los sistemas…</numerusform>
        </translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <translation>Cancelando…</translation>
    </message>
    <message>
        <source>Refresh failed: %1</source>
        <translation>Error al actualizar: %1</translation>
    </message>
</context>
<context>
    <name>ct::ThroughputView</name>
    <message>
        <source>Click a red bar to open the SLA breached most in that quarter hour.</source>
        <translation>Haga clic en una barra roja para abrir el SLA más incumplido en ese cuarto de hora.</translation>
    </message>
    <message>
        <source>Throughput and SLA breaches, last 6 hours</source>
        <translation>Rendimiento e incumplimientos de SLA, últimas 6 horas</translation>
    </message>
    <message>
        <source>━ events/min</source>
        <translation>━ eventos/min</translation>
    </message>
    <message>
        <source>━ failed/min</source>
        <translation>━ fallidos/min</translation>
    </message>
    <message>
        <source>█ SLA breaches</source>
        <translation>█ incumplimientos de SLA</translation>
    </message>
    <message>
        <source>%1 events, at most %2 a minute</source>
        <translation>%1 eventos, como máximo %2 por minuto</translation>
    </message>
    <message>
        <source>%1 failed</source>
        <translation>%1 fallidos</translation>
    </message>
    <message>
        <source>no SLA breached</source>
        <translation>ningún SLA incumplido</translation>
    </message>
    <message>
        <source>events/min</source>
        <translation>eventos/min</translation>
    </message>
    <message>
        <source>SLA breaches</source>
        <translation>incumplimientos de SLA</translation>
    </message>
    <message>
        <source>failed/min</source>
        <translation>fallidos/min</translation>
    </message>
    <message>
        <source>The throughput cannot be read: %1</source>
        <translation>No se puede leer el rendimiento: %1</translation>
    </message>
    <message>
        <source>%1: %2 events, %3 failed</source>
        <translation>%1: %2 eventos, %3 fallidos</translation>
    </message>
    <message numerus="yes">
        <source>%n SLA breach(es) %1 – %2:</source>
        <translation>
            <numerusform>%n incumplimiento de SLA %1 – %2:</numerusform>
            <numerusform>%n incumplimientos de SLA %1 – %2:</numerusform>
        </translation>
    </message>
    <message>
        <source>  %1: %2</source>
        <translation>  %1: %2</translation>
    </message>
    <message numerus="yes">
        <source>%n SLA breach(es)</source>
        <translation>
            <numerusform>%n incumplimiento de SLA</numerusform>
            <numerusform>%n incumplimientos de SLA</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n quarter hour(s) with breaches</source>
        <translation>
            <numerusform>%n cuarto de hora con incumplimientos</numerusform>
            <numerusform>%n cuartos de hora con incumplimientos</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ct::WallScreen</name>
    <message>
        <source>Nothing is blocking revenue: no order in flight has failed or is stuck past its SLA.</source>
        <translation>Nada bloquea ingresos: ningún pedido en curso ha fallado ni está atascado más allá de su SLA.</translation>
    </message>
    <message>
        <source>Click an order to open its Lineage.</source>
        <translation>Haga clic en un pedido para abrir su trazabilidad.</translation>
    </message>
    <message>
        <source>%1 blocked</source>
        <translation>%1 bloqueados</translation>
    </message>
    <message>
        <source>Orders in flight</source>
        <translation>Pedidos en curso</translation>
    </message>
    <message>
        <source>Stuck past SLA</source>
        <translation>Atascados más allá del SLA</translation>
    </message>
    <message numerus="yes">
        <source>%n failed</source>
        <translation>
            <numerusform>%n fallido</numerusform>
            <numerusform>%n fallidos</numerusform>
        </translation>
    </message>
    <message>
        <source>Open exceptions</source>
        <translation>Excepciones abiertas</translation>
    </message>
    <message>
        <source>ERP backlog</source>
        <translation>Atraso del ERP</translation>
    </message>
    <message>
        <source>Events/min</source>
        <translation>Eventos/min</translation>
    </message>
    <message>
        <source>What is blocking revenue</source>
        <translation>Qué bloquea ingresos</translation>
    </message>
    <message numerus="yes">
        <source>What is blocking revenue: the top %n by value</source>
        <translation>
            <numerusform>Qué bloquea ingresos: el primero por valor</numerusform>
            <numerusform>Qué bloquea ingresos: los %n primeros por valor</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ct::app::LiveDemoToggle</name>
    <message>
        <source>The demo estate keeps running while this is on: orders, sales, failures and postings arrive in real time</source>
        <translation>El entorno de demostración sigue funcionando mientras esto está activado: pedidos, ventas, fallos y contabilizaciones llegan en tiempo real</translation>
    </message>
    <message>
        <source>⏸ Demo estate paused</source>
        <translation>⏸ Entorno de demo en pausa</translation>
    </message>
    <message>
        <source>▶ Demo estate catching up (%1 events)…</source>
        <translation>▶ Entorno de demo poniéndose al día (%1 eventos)…</translation>
    </message>
    <message>
        <source>▶ Demo estate live</source>
        <translation>▶ Entorno de demo en vivo</translation>
    </message>
    <message>
        <source>⚠ Demo estate stopped</source>
        <translation>⚠ Entorno de demo detenido</translation>
    </message>
    <message>
        <source>▶ Demo estate starting…</source>
        <translation>▶ Entorno de demo iniciándose…</translation>
    </message>
</context>
</TS>
