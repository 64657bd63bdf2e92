<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es">
<context>
    <name>AuditSummary</name>
    <message>
        <source>couple %1</source>
        <extracomment>the couple&apos;s id</extracomment>
        <translation>pareja %1</translation>
    </message>
    <message>
        <source>session %1 of %2</source>
        <extracomment>the session&apos;s id and date</extracomment>
        <translation>sesión %1 del %2</translation>
    </message>
    <message>
        <source>cycle version %1</source>
        <extracomment>a version of the couple&apos;s cycle map</extracomment>
        <translation>versión %1 del ciclo</translation>
    </message>
    <message>
        <source>exercise %1</source>
        <extracomment>a five-step exercise&apos;s id</extracomment>
        <translation>ejercicio %1</translation>
    </message>
    <message>
        <source>addendum to session %1</source>
        <extracomment>the session&apos;s id</extracomment>
        <translation>adenda a la sesión %1</translation>
    </message>
    <message>
        <source>appointment of couple %1</source>
        <extracomment>the couple&apos;s id</extracomment>
        <translation>cita de la pareja %1</translation>
    </message>
    <message>
        <source>attempt %1</source>
        <extracomment>the how-manieth failed unlock in a row</extracomment>
        <translation>intento %1</translation>
    </message>
    <message>
        <source>passphrase set</source>
        <translation>frase de contraseña establecida</translation>
    </message>
    <message>
        <source>passphrase changed</source>
        <translation>frase de contraseña cambiada</translation>
    </message>
    <message>
        <source>passphrase removed</source>
        <translation>frase de contraseña quitada</translation>
    </message>
    <message>
        <source>idle</source>
        <extracomment>why the practice was locked: no one used it for a while</extracomment>
        <translation>por inactividad</translation>
    </message>
    <message>
        <source>opened</source>
        <extracomment>why the practice was locked: it was just opened</extracomment>
        <translation>al abrir</translation>
    </message>
    <message>
        <source>requested</source>
        <extracomment>why the practice was locked: the therapist asked</extracomment>
        <translation>a petición</translation>
    </message>
    <message>
        <source>shortcut</source>
        <extracomment>why the practice was locked: the lock shortcut</extracomment>
        <translation>con el atajo de teclado</translation>
    </message>
    <message>
        <source>desktop</source>
        <extracomment>why the practice was locked: the desktop was locked</extracomment>
        <translation>con el escritorio</translation>
    </message>
    <message>
        <source>case file</source>
        <extracomment>what was exported or imported</extracomment>
        <translation>expediente</translation>
    </message>
    <message>
        <source>progress report</source>
        <extracomment>what was exported or printed</extracomment>
        <translation>informe de progreso</translation>
    </message>
    <message>
        <source>cycle</source>
        <extracomment>what was exported or printed: the couple&apos;s cycle</extracomment>
        <translation>ciclo</translation>
    </message>
    <message>
        <source>five-step exercise</source>
        <extracomment>what was printed</extracomment>
        <translation>ejercicio de cinco pasos</translation>
    </message>
    <message>
        <source>backup</source>
        <translation>respaldo</translation>
    </message>
    <message>
        <source>encrypted backup</source>
        <translation>respaldo cifrado</translation>
    </message>
    <message>
        <source>clinical record</source>
        <extracomment>what was printed: the couple&apos;s full clinical record</extracomment>
        <translation>historia clínica</translation>
    </message>
    <message>
        <source>safety screen of couple %1</source>
        <extracomment>the couple&apos;s id (MigrationSafetyRecord.cpp writes this template)</extracomment>
        <translation>evaluación de seguridad de la pareja %1</translation>
    </message>
    <message>
        <source>joint session despite ongoing abuse</source>
        <extracomment>why a joint session needed the therapist&apos;s explicit confirmation</extracomment>
        <translation>sesión conjunta pese a abuso en curso</translation>
    </message>
    <message>
        <source>joint session without a safety screen</source>
        <translation>sesión conjunta sin evaluación de seguridad</translation>
    </message>
    <message>
        <source>joint session with an overdue safety screen</source>
        <translation>sesión conjunta con la evaluación de seguridad vencida</translation>
    </message>
    <message>
        <source>calendar</source>
        <extracomment>what was exported: the appointments, as a calendar file</extracomment>
        <translation>calendario</translation>
    </message>
</context>
<context>
    <name>BackupScheduler</name>
    <message>
        <source>The backup folder %1 could not be created.</source>
        <translation>No se pudo crear la carpeta de respaldos %1.</translation>
    </message>
    <message>
        <source>No backup was made while the practice is locked: its backups are encrypted with the passphrase. Unlock it to back up.</source>
        <translation>No se hizo ningún respaldo mientras la consulta está bloqueada: sus respaldos se cifran con la frase de contraseña. Desbloquéela para respaldar.</translation>
    </message>
    <message>
        <source>No backup was made while the practice is locked. Unlock it to back up.</source>
        <translation>No se hizo ninguna copia de seguridad mientras la consulta está bloqueada. Desbloquéela para hacerla.</translation>
    </message>
</context>
<context>
    <name>Calendar</name>
    <message>
        <source>A series needs a first date and a time.</source>
        <translation>Una serie necesita una primera fecha y una hora.</translation>
    </message>
    <message>
        <source>A series is weekly or fortnightly.</source>
        <translation>Una serie es semanal o quincenal.</translation>
    </message>
    <message>
        <source>A series has between 1 and 104 meetings.</source>
        <translation>Una serie tiene entre 1 y 104 citas.</translation>
    </message>
    <message>
        <source>An appointment lasts between 5 and 480 minutes.</source>
        <translation>Una cita dura entre 5 y 480 minutos.</translation>
    </message>
    <message>
        <source>An exception names a date that is not in the series.</source>
        <translation>Una excepción nombra una fecha que no está en la serie.</translation>
    </message>
    <message>
        <source>Couple session: %1</source>
        <translation>Sesión de pareja: %1</translation>
    </message>
    <message>
        <source>The calendar could not be written to %1: %2</source>
        <translation>No se pudo escribir el calendario en %1: %2</translation>
    </message>
</context>
<context>
    <name>CaseFile</name>
    <message>
        <source>The case file is damaged: %1</source>
        <translation>El expediente está dañado: %1</translation>
    </message>
    <message>
        <source>In %1 of the case file, %2</source>
        <translation>En %1 del expediente: %2</translation>
    </message>
    <message>
        <source>Some text is not valid UTF-8.</source>
        <translation>Parte del texto no es UTF-8 válido.</translation>
    </message>
    <message>
        <source>A record&apos;s id is not a valid UUID.</source>
        <translation>El id de un registro no es un UUID válido.</translation>
    </message>
    <message>
        <source>Two records have the same id %1.</source>
        <translation>Dos registros tienen el mismo id %1.</translation>
    </message>
    <message>
        <source>A required date is missing.</source>
        <translation>Falta una fecha obligatoria.</translation>
    </message>
    <message>
        <source>A date is not in the form YYYY-MM-DD.</source>
        <translation>Una fecha no tiene el formato AAAA-MM-DD.</translation>
    </message>
    <message>
        <source>A time stamp is not an ISO 8601 date and time.</source>
        <translation>Una marca de tiempo no es una fecha y hora ISO 8601.</translation>
    </message>
    <message>
        <source>The value “%1” is not one Attune knows.</source>
        <translation>Attune no reconoce el valor “%1”.</translation>
    </message>
    <message>
        <source>A yes-or-no field holds %1.</source>
        <translation>Un campo de sí o no contiene %1.</translation>
    </message>
    <message>
        <source>A list holds %1 entries instead of %2.</source>
        <translation>Una lista tiene %1 elementos en lugar de %2.</translation>
    </message>
    <message>
        <source>a couple</source>
        <translation>una pareja</translation>
    </message>
    <message>
        <source>the couple “%1”</source>
        <translation>la pareja “%1”</translation>
    </message>
    <message>
        <source>A couple has %1 partners instead of two.</source>
        <translation>Una pareja tiene %1 integrantes en lugar de dos.</translation>
    </message>
    <message>
        <source>the session of %1 of “%2”</source>
        <translation>la sesión del %1 de “%2”</translation>
    </message>
    <message>
        <source>The start time is not in the form HH:MM.</source>
        <translation>La hora de inicio no tiene el formato HH:MM.</translation>
    </message>
    <message>
        <source>A change event is recorded twice.</source>
        <translation>Un evento de cambio está registrado dos veces.</translation>
    </message>
    <message>
        <source>a cycle map of “%1”</source>
        <translation>un mapa del ciclo de “%1”</translation>
    </message>
    <message>
        <source>Its version number %1 is out of range.</source>
        <translation>Su número de versión %1 está fuera de rango.</translation>
    </message>
    <message>
        <source>a five-step exercise of “%1”</source>
        <translation>un ejercicio de cinco pasos de “%1”</translation>
    </message>
    <message>
        <source>Two cycle maps have version %1.</source>
        <translation>Dos mapas del ciclo tienen la versión %1.</translation>
    </message>
    <message>
        <source>The exercise names a session that is not in the case file.</source>
        <translation>El ejercicio menciona una sesión que no está en el expediente.</translation>
    </message>
    <message>
        <source>The practice has no couples to export.</source>
        <translation>La consulta no tiene parejas para exportar.</translation>
    </message>
    <message>
        <source>The export was canceled; no file was written.</source>
        <translation>Se canceló la exportación; no se escribió ningún archivo.</translation>
    </message>
    <message>
        <source>The case file could not be assembled: not enough memory.</source>
        <translation>No se pudo armar el expediente: no hay suficiente memoria.</translation>
    </message>
    <message>
        <source>These couples make a case file larger than 256 MiB; export fewer at a time.</source>
        <translation>Con estas parejas el expediente superaría los 256 MiB; exporte menos a la vez.</translation>
    </message>
    <message>
        <source>%1 could not be written: %2.</source>
        <translation>No se pudo escribir %1: %2.</translation>
    </message>
    <message>
        <source>There is no case file at %1.</source>
        <translation>No hay ningún expediente en %1.</translation>
    </message>
    <message>
        <source>%1 is a folder, not a case file.</source>
        <translation>%1 es una carpeta, no un expediente.</translation>
    </message>
    <message>
        <source>%1 is larger than any case file Attune writes (256 MiB); it was not opened.</source>
        <translation>%1 es más grande que cualquier expediente que escribe Attune (256 MiB); no se abrió.</translation>
    </message>
    <message>
        <source>%1 could not be read: %2.</source>
        <translation>No se pudo leer %1: %2.</translation>
    </message>
    <message>
        <source>%1 is empty, not an Attune case file.</source>
        <translation>%1 está vacío; no es un expediente de Attune.</translation>
    </message>
    <message>
        <source>%1 is not an Attune case file.</source>
        <translation>%1 no es un expediente de Attune.</translation>
    </message>
    <message>
        <source>%1 was written by a newer Attune (%2); update Attune to open it.</source>
        <translation>%1 fue escrito por una versión más reciente de Attune (%2); actualice Attune para abrirlo.</translation>
    </message>
    <message>
        <source>%1 uses features (such as encryption) that this version of Attune cannot read.</source>
        <translation>%1 usa funciones (como el cifrado) que esta versión de Attune no puede leer.</translation>
    </message>
    <message>
        <source>%1 is incomplete or damaged: its length does not match its header.</source>
        <translation>%1 está incompleto o dañado: su longitud no coincide con su encabezado.</translation>
    </message>
    <message>
        <source>%1 is damaged: its contents do not match their checksum.</source>
        <translation>%1 está dañado: su contenido no coincide con su suma de verificación.</translation>
    </message>
    <message>
        <source>%1 is damaged: it declares more data than it holds.</source>
        <translation>%1 está dañado: declara más datos de los que contiene.</translation>
    </message>
    <message>
        <source>%1 is damaged: its records could not be read.</source>
        <translation>%1 está dañado: no se pudieron leer sus registros.</translation>
    </message>
    <message>
        <source>%1 cannot be imported: %2</source>
        <translation>No se puede importar %1: %2</translation>
    </message>
    <message>
        <source>The case file&apos;s %1 shares an id with a different record in this practice; nothing was imported.</source>
        <translation>En el expediente, %1 comparte el id con otro registro de esta consulta; no se importó nada.</translation>
    </message>
    <message>
        <source>The case file&apos;s %1 shares an id with a record of another couple in this practice; nothing was imported.</source>
        <translation>En el expediente, %1 comparte el id con un registro de otra pareja de esta consulta; no se importó nada.</translation>
    </message>
    <message>
        <source>couple “%1”</source>
        <translation>la pareja “%1”</translation>
    </message>
    <message>
        <source>%1 (copy)</source>
        <translation>%1 (copia)</translation>
    </message>
    <message>
        <source>cycle map version %1 of “%2”</source>
        <translation>la versión %1 del mapa del ciclo de “%2”</translation>
    </message>
    <message>
        <source>five-step exercise “%1” of “%2”</source>
        <translation>el ejercicio de cinco pasos “%1” de “%2”</translation>
    </message>
    <message numerus="yes">
        <source>%n couple(s)</source>
        <translation>
            <numerusform>%n pareja</numerusform>
            <numerusform>%n parejas</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n session(s)</source>
        <translation>
            <numerusform>%n sesión</numerusform>
            <numerusform>%n sesiones</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n cycle map(s)</source>
        <translation>
            <numerusform>%n mapa del ciclo</numerusform>
            <numerusform>%n mapas del ciclo</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n five-step exercise(s)</source>
        <translation>
            <numerusform>%n ejercicio de cinco pasos</numerusform>
            <numerusform>%n ejercicios de cinco pasos</numerusform>
        </translation>
    </message>
    <message>
        <source>nothing</source>
        <translation>nada</translation>
    </message>
    <message>
        <source>The import was canceled; the practice is unchanged.</source>
        <translation>Se canceló la importación; la consulta no cambió.</translation>
    </message>
    <message>
        <source>Added: %1.</source>
        <translation>Agregados: %1.</translation>
    </message>
    <message>
        <source>Already in the practice and identical: %1.</source>
        <translation>Ya estaban en la consulta, idénticos: %1.</translation>
    </message>
    <message>
        <source>Skipped (different from the practice&apos;s): %1.</source>
        <translation>Omitidos (distintos de los de la consulta): %1.</translation>
    </message>
    <message>
        <source>Replaced: %1.</source>
        <translation>Reemplazados: %1.</translation>
    </message>
    <message numerus="yes">
        <source>%n signed session(s) could not be replaced, because signed notes cannot change.</source>
        <translation>
            <numerusform>No se pudo reemplazar %n sesión firmada, porque las notas firmadas no se pueden modificar.</numerusform>
            <numerusform>No se pudieron reemplazar %n sesiones firmadas, porque las notas firmadas no se pueden modificar.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 is encrypted: give its passphrase to import it.</source>
        <translation>%1 está cifrado: indique su frase de contraseña para importarlo.</translation>
    </message>
    <message>
        <source>the appointments of “%1”</source>
        <translation>las citas de «%1»</translation>
    </message>
    <message>
        <source>An appointment has no time.</source>
        <translation>Una cita no tiene hora.</translation>
    </message>
    <message>
        <source>An appointment lasts between 5 and 480 minutes.</source>
        <translation>Una cita dura entre 5 y 480 minutos.</translation>
    </message>
    <message>
        <source>An appointment names a session that is not in the case file.</source>
        <translation>Una cita nombra una sesión que no está en el expediente.</translation>
    </message>
    <message>
        <source>a treatment plan of “%1”</source>
        <translation>un plan de tratamiento de «%1»</translation>
    </message>
    <message>
        <source>A signed treatment plan has no goals.</source>
        <translation>Un plan de tratamiento firmado no tiene objetivos.</translation>
    </message>
    <message>
        <source>Two treatment plans have version %1.</source>
        <translation>Dos planes de tratamiento tienen la versión %1.</translation>
    </message>
    <message>
        <source>The session names a goal that is not in the case file.</source>
        <translation>La sesión nombra un objetivo que no está en el expediente.</translation>
    </message>
    <message>
        <source>treatment plan of “%1”</source>
        <translation>plan de tratamiento de «%1»</translation>
    </message>
    <message>
        <source>review of a goal</source>
        <translation>revisión de un objetivo</translation>
    </message>
</context>
<context>
    <name>CommandLine</name>
    <message>
        <source>%1 needs a value.</source>
        <translation>%1 necesita un valor.</translation>
    </message>
    <message>
        <source>Unknown option %1. Try attune --help.</source>
        <translation>Opción desconocida: %1. Pruebe attune --help.</translation>
    </message>
    <message>
        <source>Unknown option %1 for this command.</source>
        <translation>Opción desconocida para este comando: %1.</translation>
    </message>
    <message>
        <source>Unknown command %1. Try attune --help.</source>
        <translation>Comando desconocido: %1. Pruebe attune --help.</translation>
    </message>
    <message>
        <source>Unexpected argument %1.</source>
        <translation>Argumento inesperado: %1.</translation>
    </message>
    <message>
        <source>stage %1, step %2</source>
        <translation>etapa %1, paso %2</translation>
    </message>
    <message>
        <source>no sessions</source>
        <translation>sin sesiones</translation>
    </message>
    <message numerus="yes">
        <source>%n session(s), last %1</source>
        <translation>
            <numerusform>%n sesión, la última el %1</numerusform>
            <numerusform>%n sesiones, la última el %1</numerusform>
        </translation>
    </message>
    <message>
        <source>Name the couple: attune sessions COUPLE.</source>
        <translation>Indique la pareja: attune sessions PAREJA.</translation>
    </message>
    <message>
        <source>signed</source>
        <translation>firmada</translation>
    </message>
    <message>
        <source>draft</source>
        <translation>borrador</translation>
    </message>
    <message>
        <source>Created a demo practice at %1: %2 couples, %3 sessions, %4 cycle maps, %5 exercises.</source>
        <translation>Se creó una consulta de demostración en %1: %2 parejas, %3 sesiones, %4 mapas del ciclo, %5 ejercicios.</translation>
    </message>
    <message numerus="yes">
        <source>%n problem(s) found in %1.</source>
        <translation>
            <numerusform>Se encontró %n problema en %1.</numerusform>
            <numerusform>Se encontraron %n problemas en %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 passed the integrity, foreign-key and schema checks.</source>
        <translation>%1 pasó las verificaciones de integridad, de claves foráneas y de esquema.</translation>
    </message>
    <message>
        <source>The audit trail is broken at row %1: %2</source>
        <translation>El registro de auditoría está roto en la fila %1: %2</translation>
    </message>
    <message numerus="yes">
        <source>The audit trail is whole: %n row(s), each chained to the one before.</source>
        <translation>
            <numerusform>El registro de auditoría está íntegro: %n fila, encadenada a la anterior.</numerusform>
            <numerusform>El registro de auditoría está íntegro: %n filas, cada una encadenada a la anterior.</numerusform>
        </translation>
    </message>
    <message>
        <source>Encrypted case files are not supported yet; export without --encrypt.</source>
        <translation type="vanished">Todavía no se admiten expedientes cifrados; exporte sin --encrypt.</translation>
    </message>
    <message>
        <source>Name the file to write: attune export COUPLE --output FILE.attune.</source>
        <translation>Indique el archivo que se va a escribir: attune export PAREJA --output ARCHIVO.attune.</translation>
    </message>
    <message>
        <source>Name the couples to export, or --all for every couple (not both).</source>
        <translation>Indique las parejas que se van a exportar, o --all para todas (no ambas cosas).</translation>
    </message>
    <message>
        <source>The practice has no couples to export.</source>
        <translation>La consulta no tiene parejas para exportar.</translation>
    </message>
    <message numerus="yes">
        <source>Exported %n couple(s) to %1.</source>
        <translation>
            <numerusform>Se exportó %n pareja a %1.</numerusform>
            <numerusform>Se exportaron %n parejas a %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>Name the case file: attune import FILE.attune.</source>
        <translation>Indique el expediente: attune import ARCHIVO.attune.</translation>
    </message>
    <message>
        <source>%1 has no cycle version %2.</source>
        <translation>%1 no tiene la versión %2 del ciclo.</translation>
    </message>
    <message>
        <source>%1 has no cycle mapped yet; map one in the Cycle tab first.</source>
        <translation>%1 todavía no tiene un ciclo mapeado; primero mapee uno en la pestaña Ciclo.</translation>
    </message>
    <message>
        <source>%1: cycle version %2 of %3 (%4)</source>
        <translation>%1: versión %2 del ciclo, del %3 (%4)</translation>
    </message>
    <message>
        <source>(not yet named)</source>
        <translation>(todavía sin nombre)</translation>
    </message>
    <message>
        <source>Name the file: attune cycle export COUPLE --output FILE.pdf.</source>
        <translation>Indique el archivo: attune cycle export PAREJA --output ARCHIVO.pdf.</translation>
    </message>
    <message>
        <source>Choose an output file ending in .pdf, .png or .svg.</source>
        <translation>Elija un archivo de salida que termine en .pdf, .png o .svg.</translation>
    </message>
    <message>
        <source>Wrote %1.</source>
        <translation>Se escribió %1.</translation>
    </message>
    <message>
        <source>Say what to do: attune cycle show COUPLE or attune cycle export COUPLE --output FILE.</source>
        <translation>Indique qué hacer: attune cycle show PAREJA o attune cycle export PAREJA --output ARCHIVO.</translation>
    </message>
    <message>
        <source>Name the couple: attune cycle %1 COUPLE.</source>
        <translation>Indique la pareja: attune cycle %1 PAREJA.</translation>
    </message>
    <message>
        <source>Name the file: attune worksheet --output FILE.pdf.</source>
        <translation>Indique el archivo: attune worksheet --output ARCHIVO.pdf.</translation>
    </message>
    <message>
        <source>%1 takes a real date as YYYY-MM-DD, not %2.</source>
        <translation>%1 requiere una fecha válida como AAAA-MM-DD, no %2.</translation>
    </message>
    <message>
        <source>Name the couple and the file: attune report COUPLE --output FILE.pdf.</source>
        <translation>Indique la pareja y el archivo: attune report PAREJA --output ARCHIVO.pdf.</translation>
    </message>
    <message>
        <source>The period starts (%1) after it ends (%2).</source>
        <translation>El período empieza (%1) después de terminar (%2).</translation>
    </message>
    <message numerus="yes">
        <source>Wrote the progress report for %1 (%n session(s)) to %2.</source>
        <translation>
            <numerusform>Se escribió el informe de progreso de %1 (%n sesión) en %2.</numerusform>
            <numerusform>Se escribió el informe de progreso de %1 (%n sesiones) en %2.</numerusform>
        </translation>
    </message>
    <message>
        <source>Name the backup file: attune backup --output FILE.</source>
        <translation>Indique el archivo de respaldo: attune backup --output ARCHIVO.</translation>
    </message>
    <message>
        <source>Backed up %1 to %2%3.</source>
        <translation>Se respaldó %1 en %2%3.</translation>
    </message>
    <message>
        <source> (encrypted)</source>
        <translation> (cifrado)</translation>
    </message>
    <message>
        <source>Name one backup file: attune restore FILE [--force].</source>
        <translation>Indique un archivo de respaldo: attune restore ARCHIVO [--force].</translation>
    </message>
    <message>
        <source>There is no backup at %1.</source>
        <translation>No hay ningún respaldo en %1.</translation>
    </message>
    <message>
        <source>Restored %1 from %2.</source>
        <translation>Se restauró %1 desde %2.</translation>
    </message>
    <message>
        <source>The replaced practice was kept as %1.</source>
        <translation>La consulta reemplazada se conservó como %1.</translation>
    </message>
    <message>
        <source>No terminal to ask for the passphrase: give --passphrase-file FILE.</source>
        <translation>No hay una terminal para pedir la frase de contraseña: use --passphrase-file ARCHIVO.</translation>
    </message>
    <message>
        <source>Could not read the passphrase file %1: %2.</source>
        <translation>No se pudo leer el archivo de frase de contraseña %1: %2.</translation>
    </message>
    <message>
        <source>The passphrase file %1 is empty.</source>
        <translation>El archivo de frase de contraseña %1 está vacío.</translation>
    </message>
    <message>
        <source>Passphrase: </source>
        <translation>Frase de contraseña: </translation>
    </message>
    <message>
        <source>Passphrase again: </source>
        <translation>Repita la frase de contraseña: </translation>
    </message>
    <message>
        <source>The two passphrases differ.</source>
        <translation>Las dos frases de contraseña no coinciden.</translation>
    </message>
    <message>
        <source>No appointments in the coming week.</source>
        <translation>No hay citas en la próxima semana.</translation>
    </message>
    <message>
        <source>last session %1</source>
        <translation>última sesión %1</translation>
    </message>
    <message>
        <source>no sessions yet</source>
        <translation>aún sin sesiones</translation>
    </message>
    <message>
        <source>The file was written, but the export could not be recorded in the audit trail: %1</source>
        <translation type="vanished">Se escribió el archivo, pero la exportación no pudo anotarse en el registro de auditoría: %1</translation>
    </message>
    <message>
        <source>Say what to look for: attune search QUERY.</source>
        <translation>Indique qué buscar: attune search TEXTO.</translation>
    </message>
    <message>
        <source>%1 or %2</source>
        <translation>%1 o %2</translation>
    </message>
    <message>
        <source>%1 takes no value.</source>
        <translation>%1 no admite ningún valor.</translation>
    </message>
    <message>
        <source>%1 takes a whole number from %2 up, not %3.</source>
        <translation>%1 requiere un número entero a partir de %2, no %3.</translation>
    </message>
    <message>
        <source>%1 takes a whole number from %2 to %3, not %4.</source>
        <translation>%1 requiere un número entero de %2 a %3, no %4.</translation>
    </message>
    <message>
        <source>%1 takes %2, not %3.</source>
        <translation>%1 admite %2, no %3.</translation>
    </message>
    <message>
        <source>Attune has no %1 translation; choose %2.</source>
        <translation>Attune no tiene traducción al %1; elija %2.</translation>
    </message>
    <message>
        <source>Attune: case notes for Emotionally Focused couples therapy.

Usage:
  attune [--practice FILE] [--language CODE]        open the application
  attune --version | --help
  attune [--practice FILE] demo [--couples N] [--sessions N] [--seed S]
                                                    fill an empty practice with synthetic demo couples
  attune [--practice FILE] couples [--all] [--json] list the couples
  attune [--practice FILE] appointments [--json]    today&apos;s and the coming week&apos;s appointments
  attune [--practice FILE] sessions COUPLE [--all] [--json]
                                                    list a couple&apos;s sessions
  attune [--practice FILE] check                    check the practice file&apos;s integrity
  attune [--practice FILE] search QUERY [--couple COUPLE] [--all] [--json]
                                                    find words anywhere in the record (&quot;a phrase&quot;,
                                                    -word to leave out; --all includes archived ones)
  attune [--practice FILE] audit [--json] [--from DATE] [--to DATE]
                                                    list the audit trail
  attune [--practice FILE] audit verify             check that the audit trail&apos;s hash chain is whole
  attune [--practice FILE] backup --output FILE [--encrypt] [--passphrase-file FILE]
                                                    write a checked (optionally encrypted) backup
  attune [--practice FILE] restore FILE [--force] [--passphrase-file FILE]
                                                    restore a backup; --force keeps the replaced file aside
  attune [--practice FILE] cycle show COUPLE [--version N] [--json]
                                                    print a couple&apos;s cycle (the latest version by default)
  attune [--practice FILE] cycle export COUPLE --output FILE.pdf|.png|.svg [--version N]
                           [--handout] [--initials] [--language CODE] [--dpi N] [--page letter|a4]
                           [--layout loop|boxes]
                                                    draw the cycle (the figure eight, or boxes), or the
                                                    handout for the couple
  attune worksheet --output FILE.pdf [--kind cycle|five-step] [--language CODE] [--page letter|a4]
                                                    a blank worksheet to fill in by hand
  attune [--practice FILE] report COUPLE --output FILE.pdf [--from DATE] [--to DATE]
                           [--language CODE] [--page letter|a4] [--therapist NAME]
                                                    write a couple&apos;s progress report (dates as YYYY-MM-DD)
  attune [--practice FILE] export (COUPLE... | --all) --output FILE.attune
                                                    write couples&apos; records to a case file
  attune [--practice FILE] import FILE.attune [--on-conflict skip|replace|copy]
                                                    add a case file&apos;s records to the practice
  attune [--practice FILE] protect [--key-cost moderate|interactive] [--backups FOLDER]
                                                    encrypt the practice (and its backups) at rest
  attune [--practice FILE] unprotect                turn a protected practice back into a plain file
  attune [--practice FILE] passphrase change [--new-passphrase-file FILE]
                                                    change a protected practice&apos;s passphrase

COUPLE is a numeric id or part of a couple&apos;s name that matches exactly one couple.
Commands that need a passphrase take --passphrase-file FILE or ask on the terminal.
Without --practice, Attune uses the practice in your data folder.
</source>
        <translation type="vanished">Attune: notas clínicas para la terapia de pareja focalizada en las emociones.

Uso:
  attune [--practice ARCHIVO] [--language CÓDIGO]   abre la aplicación
  attune --version | --help
  attune [--practice ARCHIVO] demo [--couples N] [--sessions N] [--seed S]
                                                    llena una consulta vacía con parejas ficticias de demostración
  attune [--practice ARCHIVO] couples [--all] [--json]
                                                    lista las parejas
  attune [--practice ARCHIVO] appointments [--json] las citas de hoy y de la próxima semana
  attune [--practice ARCHIVO] sessions PAREJA [--all] [--json]
                                                    lista las sesiones de una pareja
  attune [--practice ARCHIVO] check                 verifica la integridad del archivo de la consulta
  attune [--practice ARCHIVO] search TEXTO [--couple PAREJA] [--all] [--json]
                                                    busca palabras en todo el registro (&quot;una frase&quot;,
                                                    -palabra para dejarla fuera; --all incluye lo archivado)
  attune [--practice ARCHIVO] audit [--json] [--from FECHA] [--to FECHA]
                                                    lista el registro de auditoría
  attune [--practice ARCHIVO] audit verify          verifica la cadena de hashes del registro de auditoría
  attune [--practice ARCHIVO] backup --output ARCHIVO [--encrypt] [--passphrase-file ARCHIVO]
                                                    escribe un respaldo verificado (y, si se pide, cifrado)
  attune [--practice ARCHIVO] restore ARCHIVO [--force] [--passphrase-file ARCHIVO]
                                                    restaura un respaldo; --force conserva aparte el archivo reemplazado
  attune [--practice ARCHIVO] cycle show PAREJA [--version N] [--json]
                                                    muestra el ciclo de una pareja (por omisión, la última versión)
  attune [--practice ARCHIVO] cycle export PAREJA --output ARCHIVO.pdf|.png|.svg [--version N]
                           [--handout] [--initials] [--language CÓDIGO] [--dpi N] [--page letter|a4]
                           [--layout loop|boxes]
                                                    dibuja el ciclo (el ocho, o recuadros), o el
                                                    material para la pareja
  attune worksheet --output ARCHIVO.pdf [--kind cycle|five-step] [--language CÓDIGO] [--page letter|a4]
                                                    una hoja de trabajo en blanco para llenar a mano
  attune [--practice ARCHIVO] report PAREJA --output ARCHIVO.pdf [--from FECHA] [--to FECHA]
                           [--language CÓDIGO] [--page letter|a4] [--therapist NOMBRE]
                                                    escribe el informe de progreso de una pareja (fechas como AAAA-MM-DD)
  attune [--practice ARCHIVO] export (PAREJA... | --all) --output ARCHIVO.attune
                                                    escribe los registros de las parejas en un expediente
  attune [--practice ARCHIVO] import ARCHIVO.attune [--on-conflict skip|replace|copy]
                                                    agrega a la consulta los registros de un expediente
  attune [--practice ARCHIVO] protect [--key-cost moderate|interactive] [--backups CARPETA]
                                                    cifra la consulta (y sus respaldos) en el disco
  attune [--practice ARCHIVO] unprotect             vuelve a hacer de una consulta protegida un archivo sin cifrar
  attune [--practice ARCHIVO] passphrase change [--new-passphrase-file ARCHIVO]
                                                    cambia la frase de contraseña de una consulta protegida

PAREJA es un id numérico o una parte del nombre que coincida con una sola pareja.
Las órdenes que necesitan una frase de contraseña aceptan --passphrase-file ARCHIVO o la piden en la terminal.
Sin --practice, Attune usa la consulta de su carpeta de datos.
</translation>
    </message>
    <message>
        <source>Choose --layout loop or --layout boxes.</source>
        <translation>Elija --layout loop o --layout boxes.</translation>
    </message>
    <message>
        <source>%1 cannot be restored: it failed its integrity check.</source>
        <translation type="vanished">No se puede restaurar %1: no pasó la verificación de integridad.</translation>
    </message>
    <message>
        <source>Choose --encrypt or --plain, not both.</source>
        <translation>Elija --encrypt o --plain, no ambas.</translation>
    </message>
    <message>
        <source>Warning: the case file is not encrypted; anyone who gets it can read it.</source>
        <translation>Atención: el expediente no está cifrado; cualquiera que lo obtenga puede leerlo.</translation>
    </message>
    <message>
        <source>The file is encrypted with the passphrase.</source>
        <translation>El archivo se cifra con la frase de contraseña.</translation>
    </message>
    <message>
        <source>There is no practice at %1.</source>
        <translation>No hay ninguna consulta en %1.</translation>
    </message>
    <message>
        <source>%1 is already protected.</source>
        <translation>%1 ya está protegida.</translation>
    </message>
    <message>
        <source>Protected %1: it is encrypted and opens only with its passphrase.</source>
        <translation>%1 quedó protegida: está cifrada y solo se abre con su frase de contraseña.</translation>
    </message>
    <message numerus="yes">
        <source>%n plain backup(s) were encrypted and their plain copies overwritten and removed.</source>
        <translation>
            <numerusform>Se cifró %n respaldo sin cifrar y su copia sin cifrar se sobrescribió y eliminó.</numerusform>
            <numerusform>Se cifraron %n respaldos sin cifrar y sus copias sin cifrar se sobrescribieron y eliminaron.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n backup(s) could not be converted and are still plain; remove them.</source>
        <translation>
            <numerusform>No se pudo convertir %n respaldo y sigue sin cifrar; elimínelo.</numerusform>
            <numerusform>No se pudieron convertir %n respaldos y siguen sin cifrar; elimínelos.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 is not protected.</source>
        <translation>%1 no está protegida.</translation>
    </message>
    <message>
        <source>%1 is no longer protected: it is a plain file that anyone with the disk can read. Its encrypted backups still need the old passphrase.</source>
        <translation>%1 ya no está protegida: es un archivo sin cifrar que cualquiera con el disco puede leer. Sus respaldos cifrados siguen necesitando la frase de contraseña anterior.</translation>
    </message>
    <message>
        <source>Say what to do: attune passphrase change [--passphrase-file FILE] [--new-passphrase-file FILE].</source>
        <translation>Indique qué hacer: attune passphrase change [--passphrase-file ARCHIVO] [--new-passphrase-file ARCHIVO].</translation>
    </message>
    <message>
        <source>%1 is not protected: protect it with attune protect.</source>
        <translation>%1 no está protegida: protéjala con attune protect.</translation>
    </message>
    <message>
        <source>The passphrase of %1 was changed.</source>
        <translation>Se cambió la frase de contraseña de %1.</translation>
    </message>
    <message numerus="yes">
        <source>%n plain backup(s) were overwritten and removed.</source>
        <translation>
            <numerusform>%n copia de seguridad sin cifrar se sobrescribió y se eliminó.</numerusform>
            <numerusform>%n copias de seguridad sin cifrar se sobrescribieron y se eliminaron.</numerusform>
        </translation>
    </message>
    <message>
        <source>Could not copy %1.</source>
        <translation>No se pudo copiar %1.</translation>
    </message>
    <message>
        <source>Attune: case notes for Emotionally Focused couples therapy.

Usage:
  attune [--practice FILE] [--language CODE]        open the application
  attune --version | --help
  attune [--practice FILE] demo [--couples N] [--sessions N] [--seed S]
                                                    fill an empty practice with synthetic demo couples
  attune [--practice FILE] couples [--all] [--json] list the couples
  attune [--practice FILE] appointments [--json]    today&apos;s and the coming week&apos;s appointments
  attune [--practice FILE] sessions COUPLE [--all] [--json]
                                                    list a couple&apos;s sessions
  attune [--practice FILE] check                    check the practice file&apos;s integrity
  attune [--practice FILE] search QUERY [--couple COUPLE] [--all] [--json]
                                                    find words anywhere in the record (&quot;a phrase&quot;,
                                                    -word to leave out; --all includes archived ones)
  attune [--practice FILE] audit [--json] [--from DATE] [--to DATE]
                                                    list the audit trail
  attune [--practice FILE] audit verify             check that the audit trail&apos;s hash chain is whole
  attune [--practice FILE] backup --output FILE [--encrypt] [--passphrase-file FILE]
                                                    write a checked (optionally encrypted) backup
  attune [--practice FILE] restore FILE [--force] [--passphrase-file FILE]
                                                    restore a backup; --force keeps the replaced file aside
  attune [--practice FILE] cycle show COUPLE [--version N] [--json]
                                                    print a couple&apos;s cycle (the latest version by default)
  attune [--practice FILE] cycle export COUPLE --output FILE.pdf|.png|.svg [--version N]
                           [--handout] [--initials] [--language CODE] [--dpi N] [--page letter|a4]
                           [--layout loop|boxes] [--grayscale]
                                                    draw the cycle (the figure eight, or boxes), or the
                                                    handout for the couple
  attune worksheet --output FILE.pdf [--kind cycle|five-step] [--language CODE] [--page letter|a4]
                                                    a blank worksheet to fill in by hand
  attune [--practice FILE] report COUPLE --output FILE.pdf [--from DATE] [--to DATE]
                           [--language CODE] [--page letter|a4] [--therapist NAME]
                                                    write a couple&apos;s progress report (dates as YYYY-MM-DD)
  attune [--practice FILE] export (COUPLE... | --all) --output FILE.attune [--encrypt | --plain]
                                                    write couples&apos; records to a case file
  attune [--practice FILE] import FILE.attune [--on-conflict skip|replace|copy]
                                                    add a case file&apos;s records to the practice
  attune [--practice FILE] protect [--key-cost moderate|interactive] [--backups FOLDER]
                           [--remove-plain-backups]
                                                    encrypt the practice (and its backups) at rest
  attune [--practice FILE] unprotect                turn a protected practice back into a plain file
  attune [--practice FILE] passphrase change [--new-passphrase-file FILE]
                                                    change a protected practice&apos;s passphrase

COUPLE is a numeric id or part of a couple&apos;s name that matches exactly one couple.
Commands that need a passphrase take --passphrase-file FILE or ask on the terminal.
Without --practice, Attune uses the practice in your data folder.
</source>
        <translation type="vanished">Attune: notas clínicas para la terapia de pareja focalizada en las emociones.

Uso:
  attune [--practice ARCHIVO] [--language CÓDIGO]   abre la aplicación
  attune --version | --help
  attune [--practice ARCHIVO] demo [--couples N] [--sessions N] [--seed S]
                                                    llena una consulta vacía con parejas ficticias de demostración
  attune [--practice ARCHIVO] couples [--all] [--json]
                                                    lista las parejas
  attune [--practice ARCHIVO] appointments [--json] las citas de hoy y de la próxima semana
  attune [--practice ARCHIVO] sessions PAREJA [--all] [--json]
                                                    lista las sesiones de una pareja
  attune [--practice ARCHIVO] check                 verifica la integridad del archivo de la consulta
  attune [--practice ARCHIVO] search TEXTO [--couple PAREJA] [--all] [--json]
                                                    busca palabras en todo el registro (&quot;una frase&quot;,
                                                    -palabra para dejarla fuera; --all incluye lo archivado)
  attune [--practice ARCHIVO] audit [--json] [--from FECHA] [--to FECHA]
                                                    lista el registro de auditoría
  attune [--practice ARCHIVO] audit verify          verifica la cadena de hashes del registro de auditoría
  attune [--practice ARCHIVO] backup --output ARCHIVO [--encrypt] [--passphrase-file ARCHIVO]
                                                    escribe un respaldo verificado (y, si se pide, cifrado)
  attune [--practice ARCHIVO] restore ARCHIVO [--force] [--passphrase-file ARCHIVO]
                                                    restaura un respaldo; --force conserva aparte el archivo reemplazado
  attune [--practice ARCHIVO] cycle show PAREJA [--version N] [--json]
                                                    muestra el ciclo de una pareja (por omisión, la última versión)
  attune [--practice ARCHIVO] cycle export PAREJA --output ARCHIVO.pdf|.png|.svg [--version N]
                           [--handout] [--initials] [--language CÓDIGO] [--dpi N] [--page letter|a4]
                           [--layout loop|boxes] [--grayscale]
                                                    dibuja el ciclo (el ocho, o recuadros), o el
                                                    material para la pareja
  attune worksheet --output ARCHIVO.pdf [--kind cycle|five-step] [--language CÓDIGO] [--page letter|a4]
                                                    una hoja de trabajo en blanco para llenar a mano
  attune [--practice ARCHIVO] report PAREJA --output ARCHIVO.pdf [--from FECHA] [--to FECHA]
                           [--language CÓDIGO] [--page letter|a4] [--therapist NOMBRE]
                                                    escribe el informe de progreso de una pareja (fechas como AAAA-MM-DD)
  attune [--practice ARCHIVO] export (PAREJA... | --all) --output ARCHIVO.attune [--encrypt | --plain]
                                                    escribe los registros de las parejas en un expediente
  attune [--practice ARCHIVO] import ARCHIVO.attune [--on-conflict skip|replace|copy]
                                                    agrega a la consulta los registros de un expediente
  attune [--practice ARCHIVO] protect [--key-cost moderate|interactive] [--backups CARPETA]
                           [--remove-plain-backups]
                                                    cifra la consulta (y sus respaldos) en el disco
  attune [--practice ARCHIVO] unprotect             vuelve a hacer de una consulta protegida un archivo sin cifrar
  attune [--practice ARCHIVO] passphrase change [--new-passphrase-file ARCHIVO]
                                                    cambia la frase de contraseña de una consulta protegida

PAREJA es un id numérico o una parte del nombre que coincida con una sola pareja.
Las órdenes que necesitan una frase de contraseña aceptan --passphrase-file ARCHIVO o la piden en la terminal.
Sin --practice, Attune usa la consulta de su carpeta de datos.
</translation>
    </message>
    <message>
        <source>The backup was written, but it is not in the audit trail yet: %1 It is recorded the next time the practice can be written.</source>
        <translation>El respaldo se escribió, pero aún no está en el registro de auditoría: %1 Se registrará la próxima vez que se pueda escribir en la consulta.</translation>
    </message>
    <message>
        <source>Attune: case notes for Emotionally Focused couples therapy.

Usage:
  attune [--practice FILE] [--language CODE]        open the application
  attune --version | --help
  attune [--practice FILE] demo [--couples N] [--sessions N] [--seed S]
                                                    fill an empty practice with synthetic demo couples
  attune [--practice FILE] couples [--all] [--json] list the couples
  attune [--practice FILE] appointments [--json] [--ics FILE]
                                                    today&apos;s and the coming week&apos;s appointments, or the
                                                    whole calendar as an iCalendar file (initials only)
  attune [--practice FILE] sessions COUPLE [--all] [--json]
                                                    list a couple&apos;s sessions
  attune [--practice FILE] check                    check the practice file&apos;s integrity
  attune [--practice FILE] search QUERY [--couple COUPLE] [--all] [--json]
                                                    find words anywhere in the record (&quot;a phrase&quot;,
                                                    -word to leave out; --all includes archived ones)
  attune [--practice FILE] audit [--json] [--from DATE] [--to DATE]
                                                    list the audit trail
  attune [--practice FILE] audit verify             check that the audit trail&apos;s hash chain is whole
  attune [--practice FILE] backup --output FILE [--encrypt] [--passphrase-file FILE]
                                                    write a checked (optionally encrypted) backup
  attune [--practice FILE] restore FILE [--force] [--passphrase-file FILE]
                                                    restore a backup; --force keeps the replaced file aside
  attune [--practice FILE] cycle show COUPLE [--version N] [--json]
                                                    print a couple&apos;s cycle (the latest version by default)
  attune [--practice FILE] cycle export COUPLE --output FILE.pdf|.png|.svg [--version N]
                           [--handout] [--initials] [--language CODE] [--dpi N] [--page letter|a4]
                           [--layout loop|boxes] [--grayscale]
                                                    draw the cycle (the figure eight, or boxes), or the
                                                    handout for the couple
  attune worksheet --output FILE.pdf [--kind cycle|five-step] [--language CODE] [--page letter|a4]
                                                    a blank worksheet to fill in by hand
  attune [--practice FILE] report COUPLE --output FILE.pdf [--from DATE] [--to DATE]
                           [--language CODE] [--page letter|a4] [--therapist NAME]
                                                    write a couple&apos;s progress report (dates as YYYY-MM-DD)
  attune [--practice FILE] record COUPLE --output FILE.pdf [--from DATE] [--to DATE]
                           [--language CODE] [--page letter|a4]
                                                    write a couple&apos;s clinical record: every session of
                                                    the period in full, with signatures and addenda
  attune [--practice FILE] export (COUPLE... | --all) --output FILE.attune [--encrypt | --plain]
                                                    write couples&apos; records to a case file
  attune [--practice FILE] import FILE.attune [--on-conflict skip|replace|copy]
                                                    add a case file&apos;s records to the practice
  attune [--practice FILE] protect [--key-cost moderate|interactive] [--backups FOLDER]
                           [--remove-plain-backups]
                                                    encrypt the practice (and its backups) at rest
  attune [--practice FILE] unprotect                turn a protected practice back into a plain file
  attune [--practice FILE] passphrase change [--new-passphrase-file FILE]
                                                    change a protected practice&apos;s passphrase

COUPLE is a numeric id or part of a couple&apos;s name that matches exactly one couple.
Commands that need a passphrase take --passphrase-file FILE or ask on the terminal.
Without --practice, Attune uses the practice in your data folder.
</source>
        <translation>Attune: notas clínicas para la terapia de pareja focalizada en las emociones.

Uso:
  attune [--practice ARCHIVO] [--language CÓDIGO]   abre la aplicación
  attune --version | --help
  attune [--practice ARCHIVO] demo [--couples N] [--sessions N] [--seed S]
                                                    llena una consulta vacía con parejas ficticias de demostración
  attune [--practice ARCHIVO] couples [--all] [--json]
                                                    lista las parejas
  attune [--practice ARCHIVO] appointments [--json] [--ics ARCHIVO]
                                                    las citas de hoy y de la próxima semana, o todo el
                                                    calendario como archivo iCalendar (solo iniciales)
  attune [--practice ARCHIVO] sessions PAREJA [--all] [--json]
                                                    lista las sesiones de una pareja
  attune [--practice ARCHIVO] check                 verifica la integridad del archivo de la consulta
  attune [--practice ARCHIVO] search TEXTO [--couple PAREJA] [--all] [--json]
                                                    busca palabras en todo el registro (&quot;una frase&quot;,
                                                    -palabra para dejarla fuera; --all incluye lo archivado)
  attune [--practice ARCHIVO] audit [--json] [--from FECHA] [--to FECHA]
                                                    lista el registro de auditoría
  attune [--practice ARCHIVO] audit verify          verifica la cadena de hashes del registro de auditoría
  attune [--practice ARCHIVO] backup --output ARCHIVO [--encrypt] [--passphrase-file ARCHIVO]
                                                    escribe un respaldo verificado (y, si se pide, cifrado)
  attune [--practice ARCHIVO] restore ARCHIVO [--force] [--passphrase-file ARCHIVO]
                                                    restaura un respaldo; --force conserva aparte el archivo reemplazado
  attune [--practice ARCHIVO] cycle show PAREJA [--version N] [--json]
                                                    muestra el ciclo de una pareja (por omisión, la última versión)
  attune [--practice ARCHIVO] cycle export PAREJA --output ARCHIVO.pdf|.png|.svg [--version N]
                           [--handout] [--initials] [--language CÓDIGO] [--dpi N] [--page letter|a4]
                           [--layout loop|boxes] [--grayscale]
                                                    dibuja el ciclo (el ocho, o recuadros), o el
                                                    material para la pareja
  attune worksheet --output ARCHIVO.pdf [--kind cycle|five-step] [--language CÓDIGO] [--page letter|a4]
                                                    una hoja de trabajo en blanco para llenar a mano
  attune [--practice ARCHIVO] report PAREJA --output ARCHIVO.pdf [--from FECHA] [--to FECHA]
                           [--language CÓDIGO] [--page letter|a4] [--therapist NOMBRE]
                                                    escribe el informe de progreso de una pareja (fechas como AAAA-MM-DD)
  attune [--practice ARCHIVO] record PAREJA --output ARCHIVO.pdf [--from FECHA] [--to FECHA]
                           [--language CÓDIGO] [--page letter|a4]
                                                    escribe el expediente clínico de una pareja: cada sesión
                                                    del periodo completa, con firmas y adendas
  attune [--practice ARCHIVO] export (PAREJA... | --all) --output ARCHIVO.attune [--encrypt | --plain]
                                                    escribe los registros de las parejas en un expediente
  attune [--practice ARCHIVO] import ARCHIVO.attune [--on-conflict skip|replace|copy]
                                                    agrega a la consulta los registros de un expediente
  attune [--practice ARCHIVO] protect [--key-cost moderate|interactive] [--backups CARPETA]
                           [--remove-plain-backups]
                                                    cifra la consulta (y sus respaldos) en el disco
  attune [--practice ARCHIVO] unprotect             vuelve a hacer de una consulta protegida un archivo sin cifrar
  attune [--practice ARCHIVO] passphrase change [--new-passphrase-file ARCHIVO]
                                                    cambia la frase de contraseña de una consulta protegida

PAREJA es un id numérico o una parte del nombre que coincida con una sola pareja.
Las órdenes que necesitan una frase de contraseña aceptan --passphrase-file ARCHIVO o la piden en la terminal.
Sin --practice, Attune usa la consulta de su carpeta de datos.
</translation>
    </message>
    <message>
        <source>%1 was an empty file left by an interrupted creation of a practice; a new practice was created in its place.</source>
        <translation>%1 era un archivo vacío que dejó la creación interrumpida de una consulta; se creó una consulta nueva en su lugar.</translation>
    </message>
    <message>
        <source>Attune had been interrupted while changing %1; the unfinished change was undone, and everything saved before it is there.</source>
        <translation>Attune se interrumpió mientras modificaba %1; el cambio sin terminar se deshizo y todo lo guardado antes sigue ahí.</translation>
    </message>
    <message>
        <source>The file was written, but the export is not in the audit trail yet: %1 It is recorded the next time the practice can be written.</source>
        <translation>El archivo se escribió, pero la exportación aún no está en el registro de auditoría: %1 Se registrará la próxima vez que se pueda escribir en la consulta.</translation>
    </message>
    <message>
        <source>Checking the practice: %1%</source>
        <translation>Verificando la consulta: %1 %</translation>
    </message>
    <message>
        <source>Name the couple and the file: attune record COUPLE --output FILE.pdf.</source>
        <translation>Indique la pareja y el archivo: attune record PAREJA --output ARCHIVO.pdf.</translation>
    </message>
    <message>
        <source>The record was written, but printing it could not be recorded in the audit trail: %1</source>
        <translation type="vanished">El expediente clínico se escribió, pero su impresión no se pudo anotar en el registro de auditoría: %1</translation>
    </message>
    <message numerus="yes">
        <source>Wrote the clinical record of %1 (%n session(s)) to %2.</source>
        <translation>
            <numerusform>Se escribió el expediente clínico de %1 (%n sesión) en %2.</numerusform>
            <numerusform>Se escribió el expediente clínico de %1 (%n sesiones) en %2.</numerusform>
        </translation>
    </message>
    <message>
        <source>Exporting: %1%</source>
        <translation>Exportando: %1 %</translation>
    </message>
    <message>
        <source>Importing: %1%</source>
        <translation>Importando: %1 %</translation>
    </message>
</context>
<context>
    <name>CoupleLookup</name>
    <message>
        <source>Name a couple by its id or part of its name.</source>
        <translation>Indique una pareja por su id o por parte de su nombre.</translation>
    </message>
    <message>
        <source>No couple has the id %1.</source>
        <translation>Ninguna pareja tiene el id %1.</translation>
    </message>
    <message>
        <source>No couple matches &quot;%1&quot;.</source>
        <translation>Ninguna pareja coincide con &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; matches more than one couple: %2.</source>
        <translation>&quot;%1&quot; coincide con más de una pareja: %2.</translation>
    </message>
</context>
<context>
    <name>CycleExport</name>
    <message>
        <source>Could not write %1: %2.</source>
        <translation>No se pudo escribir %1: %2.</translation>
    </message>
    <message>
        <source>the PDF could not be started</source>
        <translation>no se pudo iniciar el PDF</translation>
    </message>
    <message>
        <source>The resolution %1 dpi gives an image too small or too large to write.</source>
        <translation>Con una resolución de %1 ppp la imagen queda demasiado pequeña o demasiado grande para escribirla.</translation>
    </message>
    <message>
        <source>the image could not be encoded</source>
        <translation>no se pudo codificar la imagen</translation>
    </message>
    <message>
        <source>Choose a file ending in .pdf, .png or .svg.</source>
        <translation>Elija un archivo que termine en .pdf, .png o .svg.</translation>
    </message>
    <message>
        <source>Choose a resolution between 10 and 1200 dpi.</source>
        <translation>Elija una resolución entre 10 y 1200 ppp.</translation>
    </message>
</context>
<context>
    <name>CyclePrinting</name>
    <message>
        <source>Print handout</source>
        <translation>Imprimir material para la pareja</translation>
    </message>
    <message>
        <source>Show only the partners&apos; &amp;initials</source>
        <translation>Mostrar solo las &amp;iniciales de los integrantes</translation>
    </message>
    <message>
        <source>Handout language</source>
        <translation>Idioma del material</translation>
    </message>
    <message>
        <source>English</source>
        <translation>Inglés</translation>
    </message>
    <message>
        <source>Spanish</source>
        <translation>Español</translation>
    </message>
    <message>
        <source>&amp;Grayscale</source>
        <translation>Escala de &amp;grises</translation>
    </message>
    <message>
        <source>Handout &amp;language:</source>
        <translation>I&amp;dioma del material:</translation>
    </message>
    <message>
        <source>cycle</source>
        <translation>ciclo</translation>
    </message>
    <message>
        <source>%1 cycle</source>
        <translation type="vanished">ciclo de %1</translation>
    </message>
    <message>
        <source>Export cycle</source>
        <translation>Exportar ciclo</translation>
    </message>
    <message>
        <source>PDF document (*.pdf);;PNG image (*.png);;SVG image (*.svg)</source>
        <translation>Documento PDF (*.pdf);;Imagen PNG (*.png);;Imagen SVG (*.svg)</translation>
    </message>
    <message>
        <source>Layout of the cycle</source>
        <translation>Disposición del ciclo</translation>
    </message>
    <message>
        <source>Figure eight</source>
        <translation>Ocho (∞)</translation>
    </message>
    <message>
        <source>Boxes</source>
        <translation>Recuadros</translation>
    </message>
    <message>
        <source>La&amp;yout:</source>
        <translation>&amp;Disposición:</translation>
    </message>
</context>
<context>
    <name>DemoGenerator</name>
    <message>
        <source>The number of demo couples must be between 0 (the six curated couples) and %1.</source>
        <translation>El número de parejas de demostración debe estar entre 0 (las seis parejas preparadas) y %1.</translation>
    </message>
    <message>
        <source>The number of sessions per couple must be between 0 (each couple&apos;s own) and %1.</source>
        <translation>El número de sesiones por pareja debe estar entre 0 (las propias de cada pareja) y %1.</translation>
    </message>
    <message>
        <source>This practice already has couples; the demo practice can only be created in an empty practice.</source>
        <translation>Esta consulta ya tiene parejas; la consulta de demostración solo se puede crear en una consulta vacía.</translation>
    </message>
</context>
<context>
    <name>EditCycleStepCommand</name>
    <message>
        <source>Edit %1 of %2</source>
        <translation>Editar %1 de %2</translation>
    </message>
    <message>
        <source>The practice is closed.</source>
        <translation>La consulta está cerrada.</translation>
    </message>
    <message>
        <source>A cycle map has only two partners.</source>
        <translation>Un mapa del ciclo tiene solo dos integrantes.</translation>
    </message>
</context>
<context>
    <name>PracticeStore</name>
    <message>
        <source>The practice file&apos;s schema version could not be read.</source>
        <translation>No se pudo leer la versión del esquema del archivo de la consulta.</translation>
    </message>
    <message>
        <source>The practice file could not be upgraded: %1</source>
        <translation>No se pudo actualizar el archivo de la consulta: %1</translation>
    </message>
    <message>
        <source>it was written by a newer version of Attune.</source>
        <translation>fue escrito por una versión más reciente de Attune.</translation>
    </message>
    <message>
        <source>Could not read %1: %2.</source>
        <translation>No se pudo leer %1: %2.</translation>
    </message>
    <message>
        <source>%1 is an empty file, not an Attune practice.</source>
        <translation>%1 es un archivo vacío, no una consulta de Attune.</translation>
    </message>
    <message>
        <source>%1 is not an Attune practice (it is not a database file).</source>
        <translation>%1 no es una consulta de Attune (no es un archivo de base de datos).</translation>
    </message>
    <message>
        <source>%1 is a database of another program, not an Attune practice.</source>
        <translation>%1 es una base de datos de otro programa, no una consulta de Attune.</translation>
    </message>
    <message>
        <source>%1 was written by a newer version of Attune (practice format %2; this version reads up to %3). Please update Attune to open it.</source>
        <translation>%1 fue escrito por una versión más reciente de Attune (formato de consulta %2; esta versión lee hasta el %3). Actualice Attune para abrirlo.</translation>
    </message>
    <message>
        <source>%1 is an unfinished Attune practice with no format version.</source>
        <translation>%1 es una consulta de Attune sin terminar, sin versión de formato.</translation>
    </message>
    <message>
        <source>Could not create the folder %1.</source>
        <translation>No se pudo crear la carpeta %1.</translation>
    </message>
    <message>
        <source>Could not create %1: %2.</source>
        <translation>No se pudo crear %1: %2.</translation>
    </message>
    <message>
        <source>Could not make %1 private to you.</source>
        <translation>No se pudo hacer que %1 sea privado para usted.</translation>
    </message>
    <message>
        <source>The SQLite driver for Qt is not installed (package libqt6sql6-sqlite).</source>
        <translation>El controlador SQLite de Qt no está instalado (paquete libqt6sql6-sqlite).</translation>
    </message>
    <message>
        <source>Could not open %1: %2</source>
        <translation>No se pudo abrir %1: %2</translation>
    </message>
    <message>
        <source>the quick check returned nothing</source>
        <translation>la verificación rápida no devolvió nada</translation>
    </message>
    <message>
        <source>%1 is damaged and was not opened (%2).</source>
        <translation>%1 está dañado y no se abrió (%2).</translation>
    </message>
    <message>
        <source>The practice file is read-only, so the change could not be stored.</source>
        <translation>El archivo de la consulta es de solo lectura, así que no se pudo guardar el cambio.</translation>
    </message>
    <message>
        <source>The disk is full, so the change could not be stored.</source>
        <translation>El disco está lleno, así que no se pudo guardar el cambio.</translation>
    </message>
    <message>
        <source>The practice file is in use by another program; try again in a moment.</source>
        <translation>Otro programa está usando el archivo de la consulta; vuelva a intentarlo en un momento.</translation>
    </message>
    <message>
        <source>The practice file could not be read or written (%1).</source>
        <translation>No se pudo leer ni escribir el archivo de la consulta (%1).</translation>
    </message>
    <message>
        <source>The practice file is damaged (%1).</source>
        <translation>El archivo de la consulta está dañado (%1).</translation>
    </message>
    <message>
        <source>There is not enough memory to complete the operation.</source>
        <translation>No hay suficiente memoria para completar la operación.</translation>
    </message>
    <message>
        <source>The change breaks a rule of the practice file (%1).</source>
        <translation>El cambio infringe una regla del archivo de la consulta (%1).</translation>
    </message>
    <message>
        <source>The practice file reported an error: %1</source>
        <translation>El archivo de la consulta informó un error: %1</translation>
    </message>
    <message>
        <source>unknown error</source>
        <translation>error desconocido</translation>
    </message>
    <message>
        <source>%1 cannot be restored: %2</source>
        <translation>No se puede restaurar %1: %2</translation>
    </message>
    <message>
        <source>%1 already exists. Restore with --force to replace it; the current file is then kept aside.</source>
        <translation>%1 ya existe. Restaure con --force para reemplazarlo; el archivo actual se conserva aparte.</translation>
    </message>
    <message>
        <source>Could not copy %1 next to the practice.</source>
        <translation>No se pudo copiar %1 junto a la consulta.</translation>
    </message>
    <message>
        <source>Could not move the current practice aside; nothing was changed.</source>
        <translation type="vanished">No se pudo apartar la consulta actual; no se cambió nada.</translation>
    </message>
    <message>
        <source>Could not put the restored practice in place; nothing was changed.</source>
        <translation>No se pudo poner en su lugar la consulta restaurada; no se cambió nada.</translation>
    </message>
    <message>
        <source>%1 is a protected practice: it opens only with its passphrase.</source>
        <translation>%1 es una consulta protegida: solo se abre con su frase de contraseña.</translation>
    </message>
    <message>
        <source>%1 is already protected.</source>
        <translation>%1 ya está protegida.</translation>
    </message>
    <message>
        <source>A passphrase needs at least 8 characters.</source>
        <translation>Una frase de contraseña necesita al menos 8 caracteres.</translation>
    </message>
    <message>
        <source>Could not open %1 to replace it: %2.</source>
        <translation>No se pudo abrir %1 para reemplazarlo: %2.</translation>
    </message>
    <message>
        <source>%1 is not protected.</source>
        <translation>%1 no está protegida.</translation>
    </message>
    <message>
        <source>The practice&apos;s database is not open.</source>
        <translation>La base de datos de la consulta no está abierta.</translation>
    </message>
    <message>
        <source>There is not enough memory to save the practice.</source>
        <translation>No hay suficiente memoria para guardar la consulta.</translation>
    </message>
    <message>
        <source>Could not write %1: %2.</source>
        <translation>No se pudo escribir %1: %2.</translation>
    </message>
    <message>
        <source>%1 is open in another Attune (process %2); close it there first, because two programs writing one protected practice would lose each other&apos;s changes.</source>
        <translation type="vanished">%1 está abierta en otro Attune (proceso %2); ciérrela allí primero, porque dos programas que escriben una misma consulta protegida perderían los cambios del otro.</translation>
    </message>
    <message>
        <source>Could not create the lock file beside %1.</source>
        <translation>No se pudo crear el archivo de bloqueo junto a %1.</translation>
    </message>
    <message>
        <source>Could not open an in-memory database for %1.</source>
        <translation>No se pudo abrir una base de datos en memoria para %1.</translation>
    </message>
    <message>
        <source>%1 could not be loaded into memory.</source>
        <translation>No se pudo cargar %1 en la memoria.</translation>
    </message>
    <message>
        <source>The practice is locked.</source>
        <translation>La consulta está bloqueada.</translation>
    </message>
    <message>
        <source>%1 cannot be restored: it failed its integrity check.</source>
        <translation>%1 no se puede restaurar: no pasó la verificación de integridad.</translation>
    </message>
    <message>
        <source>%1 cannot be opened yet: Attune (or another program) was interrupted while changing it, and the unfinished change, kept beside it in %2, can only be undone by a program that may write the file. Make the file and its folder writable again, then run this again: the change is undone and nothing saved before it is lost.</source>
        <translation>%1 aún no se puede abrir: Attune (u otro programa) se interrumpió mientras lo modificaba, y el cambio sin terminar, guardado junto a él en %2, solo lo puede deshacer un programa que pueda escribir en el archivo. Vuelva a permitir la escritura en el archivo y su carpeta y ejecute esto de nuevo: el cambio se deshace y no se pierde nada de lo guardado antes.</translation>
    </message>
    <message>
        <source>Nothing was restored: another program is writing %1 right now (%2). Close it, then restore again.</source>
        <translation>No se restauró nada: otro programa está escribiendo en %1 en este momento (%2). Ciérrelo y vuelva a restaurar.</translation>
    </message>
    <message>
        <source>Nothing was restored: %1</source>
        <translation>No se restauró nada: %1</translation>
    </message>
    <message>
        <source>Could not write the restored practice to disk; nothing was changed.</source>
        <translation>No se pudo escribir en el disco la consulta restaurada; no se cambió nada.</translation>
    </message>
    <message>
        <source>Could not keep the current practice aside; nothing was changed.</source>
        <translation>No se pudo conservar aparte la consulta actual; no se cambió nada.</translation>
    </message>
    <message>
        <source>%1 is open in another Attune (process %2 on %3); close it there first, because two programs writing one practice would lose each other&apos;s changes.</source>
        <translation>%1 está abierta en otro Attune (proceso %2 en %3); ciérrela allí primero, porque dos programas que escriben en una misma consulta perderían los cambios del otro.</translation>
    </message>
    <message>
        <source>an unknown computer</source>
        <translation>un equipo desconocido</translation>
    </message>
    <message>
        <source>Could not put %1 in place: %2.</source>
        <translation>No se pudo poner %1 en su lugar: %2.</translation>
    </message>
</context>
<context>
    <name>QuickReference</name>
    <message>
        <source>&lt;h2&gt;EFT quick reference&lt;/h2&gt;
&lt;h3&gt;Stages and steps&lt;/h3&gt;
&lt;p&gt;&lt;b&gt;Stage 1 — De-escalation&lt;/b&gt; (steps 1–4): identify the conflict issues; identify the negative cycle;
access the unacknowledged emotions underlying each partner&apos;s position; reframe the problem in terms of the
cycle and attachment needs.&lt;br&gt;
&lt;b&gt;Stage 2 — Restructuring&lt;/b&gt; (steps 5–7): promote identification with disowned needs and aspects of self;
promote acceptance of the partner&apos;s experience; facilitate the expression of needs and wants and create
emotional engagement.&lt;br&gt;
&lt;b&gt;Stage 3 — Consolidation&lt;/b&gt; (steps 8–9): facilitate new solutions to old problems; consolidate new
positions and new cycles of attachment behavior.&lt;/p&gt;
&lt;h3&gt;Change events&lt;/h3&gt;
&lt;p&gt;&lt;b&gt;Withdrawer re-engagement&lt;/b&gt;: the withdrawing partner turns towards the other, voices hurt and fear,
and asks for what they need. &lt;b&gt;Blamer softening&lt;/b&gt;: the critical partner asks, from a vulnerable place,
for comfort and connection. Markers are recorded as none, emerging, partial or complete.&lt;/p&gt;
&lt;h3&gt;The infinity cycle&lt;/h3&gt;
&lt;p&gt;For each partner: &lt;b&gt;trigger&lt;/b&gt; → &lt;b&gt;primary emotion&lt;/b&gt; (vulnerable: hurt, rejection, fear, shame,
sadness) → &lt;b&gt;secondary emotion&lt;/b&gt; (reactive: anger, contempt, anxiety) → &lt;b&gt;perception&lt;/b&gt; (the meaning
made of the partner) → &lt;b&gt;behavior&lt;/b&gt; (criticize, pursue, withdraw, placate…). Each partner&apos;s behavior is
the other&apos;s trigger, so the two loops form a figure eight. Primary emotions and unmet attachment needs sit
below the &lt;b&gt;line of awareness&lt;/b&gt;.&lt;/p&gt;
&lt;h3&gt;From resentment to closeness&lt;/h3&gt;
&lt;p&gt;Five steps per partner and incident: the trigger, the immediate emotional reaction, the behavioral
reaction, the deeper feelings, and the underlying need.&lt;/p&gt;
&lt;h3&gt;Signs of a secure bond&lt;/h3&gt;
&lt;p&gt;Emotional balance; tuning into emotions and voicing needs; openness and a meta-perspective; a positive
view of self; being able to be alone.&lt;/p&gt;</source>
        <translation>&lt;h2&gt;Referencia rápida de TFE&lt;/h2&gt;
&lt;h3&gt;Etapas y pasos&lt;/h3&gt;
&lt;p&gt;&lt;b&gt;Etapa 1 — Desescalada&lt;/b&gt; (pasos 1–4): identificar los temas de conflicto; identificar el ciclo negativo;
acceder a las emociones no reconocidas que subyacen a la posición de cada integrante; reencuadrar el problema en
términos del ciclo y de las necesidades de apego.&lt;br&gt;
&lt;b&gt;Etapa 2 — Reestructuración&lt;/b&gt; (pasos 5–7): promover la identificación con las necesidades y los aspectos de
sí mismo que se han negado; promover la aceptación de la experiencia de la pareja; facilitar la expresión de
necesidades y deseos, y crear un involucramiento emocional.&lt;br&gt;
&lt;b&gt;Etapa 3 — Consolidación&lt;/b&gt; (pasos 8–9): facilitar nuevas soluciones a viejos problemas; consolidar nuevas
posiciones y nuevos ciclos de conducta de apego.&lt;/p&gt;
&lt;h3&gt;Eventos de cambio&lt;/h3&gt;
&lt;p&gt;&lt;b&gt;Reenganche de quien se retira&lt;/b&gt;: quien se retira se vuelve hacia el otro, expresa su dolor y su miedo,
y pide lo que necesita. &lt;b&gt;Suavización de quien culpa&lt;/b&gt;: quien critica pide consuelo y conexión desde un
lugar vulnerable. Los marcadores se registran como ninguno, emergente, parcial o completo.&lt;/p&gt;
&lt;h3&gt;El ciclo en forma de ocho (infinito)&lt;/h3&gt;
&lt;p&gt;Para cada integrante: &lt;b&gt;detonante&lt;/b&gt; → &lt;b&gt;emoción primaria&lt;/b&gt; (vulnerable: dolor, rechazo, miedo,
vergüenza, tristeza) → &lt;b&gt;emoción secundaria&lt;/b&gt; (reactiva: enojo, desprecio, ansiedad) → &lt;b&gt;percepción&lt;/b&gt;
(el significado que se le da a lo que hace la pareja) → &lt;b&gt;conducta&lt;/b&gt; (criticar, perseguir, retirarse,
apaciguar…). La conducta de cada integrante es el detonante del otro, así que los dos lazos forman un ocho.
Las emociones primarias y las necesidades de apego no satisfechas quedan por debajo de la &lt;b&gt;línea de
conciencia&lt;/b&gt;.&lt;/p&gt;
&lt;h3&gt;Del resentimiento a la cercanía&lt;/h3&gt;
&lt;p&gt;Cinco pasos por integrante y por incidente: el detonante, la reacción emocional inmediata, la reacción
conductual, los sentimientos más profundos y la necesidad subyacente.&lt;/p&gt;
&lt;h3&gt;Señales de un vínculo seguro&lt;/h3&gt;
&lt;p&gt;Equilibrio emocional; sintonizar con las emociones y expresar necesidades; apertura y metaperspectiva; una
visión positiva de sí mismo/a; poder estar a solas.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>EFT Quick Reference</source>
        <translation>Referencia rápida de TFE</translation>
    </message>
    <message>
        <source>EFT quick reference</source>
        <translation>Referencia rápida de TFE</translation>
    </message>
</context>
<context>
    <name>RecoveryFile</name>
    <message>
        <source>The practice is locked, so its text cannot be kept.</source>
        <translation>La consulta está bloqueada, así que su texto no se puede conservar.</translation>
    </message>
    <message>
        <source>Could not read %1: %2.</source>
        <translation>No se pudo leer %1: %2.</translation>
    </message>
    <message>
        <source>The practice is locked, so its kept text cannot be read.</source>
        <translation>La consulta está bloqueada, así que el texto conservado no se puede leer.</translation>
    </message>
    <message>
        <source>The kept note belongs to a session this practice no longer has.</source>
        <translation>La nota conservada pertenece a una sesión que esta consulta ya no tiene.</translation>
    </message>
</context>
<context>
    <name>Safety</name>
    <message>
        <source>Safety: abuse ongoing</source>
        <translation>Seguridad: abuso en curso</translation>
    </message>
    <message>
        <source>Safety: not screened</source>
        <translation>Seguridad: sin evaluar</translation>
    </message>
    <message>
        <source>Safety: re-screen due</source>
        <translation>Seguridad: reevaluación pendiente</translation>
    </message>
    <message>
        <source>Safety: monitor</source>
        <translation>Seguridad: vigilar</translation>
    </message>
    <message>
        <source>Abuse ongoing: EFT couples therapy is contraindicated; joint sessions are not safe.</source>
        <translation>Abuso en curso: la terapia de pareja TFE está contraindicada; las sesiones conjuntas no son seguras.</translation>
    </message>
    <message>
        <source>No safety screen on file: screen each partner separately before any joint session.</source>
        <translation>No hay evaluación de seguridad: evalúe a cada integrante por separado antes de cualquier sesión conjunta.</translation>
    </message>
    <message numerus="yes">
        <source>The last safety screen is more than %n month(s) old: re-screen each partner separately before the next joint session.</source>
        <translation>
            <numerusform>La última evaluación de seguridad tiene más de %n mes: vuelva a evaluar a cada integrante por separado antes de la próxima sesión conjunta.</numerusform>
            <numerusform>La última evaluación de seguridad tiene más de %n meses: vuelva a evaluar a cada integrante por separado antes de la próxima sesión conjunta.</numerusform>
        </translation>
    </message>
    <message>
        <source>Concerns noted: check in on safety with each partner.</source>
        <translation>Hay inquietudes anotadas: revise la seguridad con cada integrante.</translation>
    </message>
</context>
<context>
    <name>Search</name>
    <message>
        <source>Add a word to look for; a search cannot only leave words out.</source>
        <translation>Agregue una palabra que buscar; una búsqueda no puede solo dejar palabras fuera.</translation>
    </message>
    <message>
        <source>Type a word to search for; punctuation and emoji on their own are not searched.</source>
        <translation>Escriba una palabra que buscar; la puntuación y los emojis por sí solos no se buscan.</translation>
    </message>
    <message>
        <source>Partner&apos;s name (%1)</source>
        <translation>Nombre del integrante (%1)</translation>
    </message>
    <message>
        <source>Session · anchor quote, %1</source>
        <translation>Sesión · cita clave, %1</translation>
    </message>
    <message>
        <source>Session · anchor quote</source>
        <translation>Sesión · cita clave</translation>
    </message>
    <message>
        <source>Session · %1</source>
        <extracomment>&quot;Session · Plan&quot;: a field of a session&apos;s note</extracomment>
        <translation>Sesión · %1</translation>
    </message>
    <message>
        <source>Cycle v%1 · notes</source>
        <translation>Ciclo v%1 · notas</translation>
    </message>
    <message>
        <source>Cycle v%1 · %2: %3</source>
        <extracomment>&quot;Cycle v3 · Mary: Trigger&quot;: a step of one partner&apos;s chain in a version of the cycle</extracomment>
        <translation>Ciclo v%1 · %2: %3</translation>
    </message>
    <message>
        <source>Exercise · %1: incident</source>
        <translation>Ejercicio · %1: incidente</translation>
    </message>
    <message>
        <source>Exercise · %1: %2</source>
        <translation>Ejercicio · %1: %2</translation>
    </message>
    <message>
        <source>Plan v%1 · %2</source>
        <extracomment>&quot;Plan v2 · Objectives&quot;: a field of a goal in a version of the treatment plan</extracomment>
        <translation>Plan v%1 · %2</translation>
    </message>
</context>
<context>
    <name>Security</name>
    <message>
        <source>Could not read %1: %2.</source>
        <translation>No se pudo leer %1: %2.</translation>
    </message>
    <message>
        <source>Could not write %1: %2.</source>
        <translation>No se pudo escribir %1: %2.</translation>
    </message>
    <message>
        <source>There is not enough memory to derive the encryption key.</source>
        <translation>No hay suficiente memoria para derivar la clave de cifrado.</translation>
    </message>
    <message>
        <source>%1 is not an encrypted Attune file.</source>
        <translation>%1 no es un archivo cifrado de Attune.</translation>
    </message>
    <message>
        <source>%1 is truncated: its header is incomplete.</source>
        <translation>%1 está truncado: su encabezado está incompleto.</translation>
    </message>
    <message>
        <source>%1 was encrypted by a newer version of Attune.</source>
        <translation>%1 fue cifrado por una versión más reciente de Attune.</translation>
    </message>
    <message>
        <source>%1 is damaged: its key settings are not plausible.</source>
        <translation>%1 está dañado: los parámetros de su clave no son plausibles.</translation>
    </message>
    <message>
        <source>The passphrase is wrong for %1.</source>
        <translation>La frase de contraseña de %1 es incorrecta.</translation>
    </message>
    <message>
        <source>%1 is damaged: its header is invalid.</source>
        <translation>%1 está dañado: su encabezado no es válido.</translation>
    </message>
    <message>
        <source>%1 is truncated: it ends before its last part.</source>
        <translation>%1 está truncado: termina antes de su última parte.</translation>
    </message>
    <message>
        <source>%1 is damaged: part of it was changed.</source>
        <translation>%1 está dañado: una parte fue modificada.</translation>
    </message>
    <message>
        <source>%1 is damaged: it has data after its end.</source>
        <translation>%1 está dañado: tiene datos después de su final.</translation>
    </message>
    <message>
        <source>The cryptography library could not be started.</source>
        <translation>No se pudo iniciar la biblioteca de criptografía.</translation>
    </message>
    <message>
        <source>A passphrase needs at least 8 characters.</source>
        <translation>La frase de contraseña necesita al menos 8 caracteres.</translation>
    </message>
    <message>
        <source>There is not enough memory to protect the passphrase.</source>
        <translation>No hay suficiente memoria para proteger la frase de contraseña.</translation>
    </message>
    <message>
        <source>The key settings are not plausible.</source>
        <translation>Los parámetros de la clave no son plausibles.</translation>
    </message>
    <message>
        <source>There is not enough memory to keep the encryption key.</source>
        <translation>No hay suficiente memoria para guardar la clave de cifrado.</translation>
    </message>
    <message>
        <source>%1 is not a protected Attune practice.</source>
        <translation>%1 no es una consulta protegida de Attune.</translation>
    </message>
    <message>
        <source>%1 was protected by a newer version of Attune. Please update Attune to open it.</source>
        <translation>%1 fue protegida por una versión más reciente de Attune. Actualice Attune para abrirla.</translation>
    </message>
    <message>
        <source>%1 is damaged: its header was changed.</source>
        <translation>%1 está dañado: se modificó su encabezado.</translation>
    </message>
    <message>
        <source>There is not enough memory to open %1.</source>
        <translation>No hay suficiente memoria para abrir %1.</translation>
    </message>
</context>
<context>
    <name>SessionSigning</name>
    <message>
        <source>Sign Note</source>
        <translation>Firmar nota</translation>
    </message>
    <message>
        <source>Notes are signed with your name and credentials, and you have not entered them yet.</source>
        <translation>Las notas se firman con su nombre y sus credenciales, y todavía no los ha ingresado.</translation>
    </message>
    <message>
        <source>Enter them now? You can change them later in Preferences.</source>
        <translation>¿Desea ingresarlos ahora? Puede cambiarlos después en Preferencias.</translation>
    </message>
    <message>
        <source>Enter Clinician Profile…</source>
        <translation>Ingresar perfil profesional…</translation>
    </message>
    <message>
        <source>The note was not signed because your latest changes could not be stored: %1</source>
        <translation>La nota no se firmó porque sus últimos cambios no se pudieron guardar: %1</translation>
    </message>
    <message>
        <source>Sign this note as %1?</source>
        <translation>¿Firmar esta nota como %1?</translation>
    </message>
    <message>
        <source>A signed note can never be changed, and signing cannot be undone. Corrections are added as signed addenda under the note.</source>
        <translation>Una nota firmada ya no se puede modificar nunca, y la firma no se puede deshacer. Las correcciones se agregan como adendas firmadas debajo de la nota.</translation>
    </message>
    <message>
        <source>The note could not be signed: %1</source>
        <translation>No se pudo firmar la nota: %1</translation>
    </message>
    <message>
        <source>Add Addendum</source>
        <translation>Agregar adenda</translation>
    </message>
    <message>
        <source>The addendum could not be added: %1</source>
        <translation>No se pudo agregar la adenda: %1</translation>
    </message>
</context>
<context>
    <name>Validation</name>
    <message>
        <source>%1 is missing.</source>
        <translation>Falta %1.</translation>
    </message>
    <message>
        <source>%1 is not a real date.</source>
        <translation>%1 no es una fecha válida.</translation>
    </message>
    <message>
        <source>%1 (%2) is before %3.</source>
        <translation>%1 (%2) es anterior a %3.</translation>
    </message>
    <message>
        <source>%1 (%2) is in the future.</source>
        <translation>%1 (%2) está en el futuro.</translation>
    </message>
    <message>
        <source>The first partner</source>
        <translation>El primer integrante</translation>
    </message>
    <message>
        <source>The second partner</source>
        <translation>El segundo integrante</translation>
    </message>
    <message>
        <source>%1 needs a name.</source>
        <translation>%1 necesita un nombre.</translation>
    </message>
    <message>
        <source>%1&apos;s need for closeness must be between 0 and %2.</source>
        <translation>La necesidad de cercanía de %1 debe estar entre 0 y %2.</translation>
    </message>
    <message>
        <source>%1&apos;s need for alone time must be between 0 and %2.</source>
        <translation>La necesidad de tiempo a solas de %1 debe estar entre 0 y %2.</translation>
    </message>
    <message>
        <source>The couple needs a name.</source>
        <translation>La pareja necesita un nombre.</translation>
    </message>
    <message>
        <source>The partners&apos; positions do not match the %1 pattern.</source>
        <translation>Las posiciones de los integrantes no corresponden al patrón %1.</translation>
    </message>
    <message>
        <source>The intake date</source>
        <translation>La fecha de ingreso</translation>
    </message>
    <message>
        <source>The closing date</source>
        <translation>La fecha de cierre</translation>
    </message>
    <message>
        <source>The closing date is before the intake date.</source>
        <translation>La fecha de cierre es anterior a la fecha de ingreso.</translation>
    </message>
    <message>
        <source>The safety screen date</source>
        <translation>La fecha de la evaluación de seguridad</translation>
    </message>
    <message>
        <source>The session date</source>
        <translation>La fecha de la sesión</translation>
    </message>
    <message>
        <source>The session date (%1) is before the couple&apos;s intake (%2).</source>
        <translation>La fecha de la sesión (%1) es anterior al ingreso de la pareja (%2).</translation>
    </message>
    <message>
        <source>A session lasts between 5 and 480 minutes.</source>
        <translation>Una sesión dura entre 5 y 480 minutos.</translation>
    </message>
    <message>
        <source>The EFT stage must be 1, 2 or 3.</source>
        <translation>La etapa de la TFE debe ser 1, 2 o 3.</translation>
    </message>
    <message>
        <source>The EFT step must be between 1 and 9.</source>
        <translation>El paso de la TFE debe estar entre 1 y 9.</translation>
    </message>
    <message>
        <source>Step %1 belongs to stage %2, not stage %3.</source>
        <translation>El paso %1 pertenece a la etapa %2, no a la etapa %3.</translation>
    </message>
    <message>
        <source>A change event names a partner who is not part of this couple.</source>
        <translation>Un evento de cambio menciona a un integrante que no forma parte de esta pareja.</translation>
    </message>
    <message>
        <source>A secure-bond rating names a partner who is not part of this couple.</source>
        <translation>Una calificación de vínculo seguro menciona a un integrante que no forma parte de esta pareja.</translation>
    </message>
    <message>
        <source>A partner has two sets of secure-bond ratings in one session.</source>
        <translation>Un integrante tiene dos juegos de calificaciones de vínculo seguro en una misma sesión.</translation>
    </message>
    <message>
        <source>Secure-bond ratings must be between 0 and %1.</source>
        <translation>Las calificaciones de vínculo seguro deben estar entre 0 y %1.</translation>
    </message>
    <message>
        <source>An outcome score names a partner who is not part of this couple.</source>
        <translation>Un puntaje de resultado menciona a un integrante que no forma parte de esta pareja.</translation>
    </message>
    <message>
        <source>A partner has two %1 totals in one session.</source>
        <translation>Un integrante tiene dos puntajes totales de %1 en una misma sesión.</translation>
    </message>
    <message>
        <source>A %1 total must be between %2 and %3.</source>
        <translation>Un puntaje total de %1 debe estar entre %2 y %3.</translation>
    </message>
    <message>
        <source>A homework item is empty.</source>
        <translation>Una tarea está vacía.</translation>
    </message>
    <message>
        <source>The cycle map&apos;s date</source>
        <translation>La fecha del mapa del ciclo</translation>
    </message>
    <message>
        <source>The exercise must belong to one of the partners.</source>
        <translation>El ejercicio debe pertenecer a uno de los integrantes.</translation>
    </message>
    <message>
        <source>The exercise&apos;s date</source>
        <translation>La fecha del ejercicio</translation>
    </message>
    <message>
        <source>%1 is in the future.</source>
        <translation>%1 está en el futuro.</translation>
    </message>
    <message>
        <source>The treatment plan&apos;s date</source>
        <translation>La fecha del plan de tratamiento</translation>
    </message>
    <message>
        <source>The review&apos;s date</source>
        <translation>La fecha de la revisión</translation>
    </message>
    <message>
        <source>A goal&apos;s EFT step must be between 1 and 9.</source>
        <translation>El paso de la TFE de un objetivo debe estar entre 1 y 9.</translation>
    </message>
    <message>
        <source>The goal&apos;s target date is not a real date.</source>
        <translation>La fecha prevista del objetivo no es una fecha real.</translation>
    </message>
    <message>
        <source>The new safety screen needs an outcome.</source>
        <translation>La nueva evaluación de seguridad necesita un resultado.</translation>
    </message>
    <message>
        <source>An earlier safety screen has no outcome.</source>
        <translation>Una evaluación de seguridad anterior no tiene resultado.</translation>
    </message>
    <message>
        <source>An earlier safety screen&apos;s date</source>
        <translation>La fecha de una evaluación de seguridad anterior</translation>
    </message>
    <message>
        <source>Two earlier safety screens are on the same date or out of order.</source>
        <translation>Dos evaluaciones de seguridad anteriores tienen la misma fecha o están fuera de orden.</translation>
    </message>
    <message>
        <source>The latest safety screen (%1) must be dated after the earlier ones (%2).</source>
        <translation>La última evaluación de seguridad (%1) debe tener una fecha posterior a las anteriores (%2).</translation>
    </message>
    <message>
        <source>%1&apos;s phone number may hold only digits, spaces and + ( ) - . (for example +1 (555) 010-0199).</source>
        <translation>El teléfono de %1 solo puede contener dígitos, espacios y + ( ) - . (por ejemplo +1 (555) 010-0199).</translation>
    </message>
    <message>
        <source>%1&apos;s e-mail address does not look like one: it should read like name@example.org.</source>
        <translation>El correo electrónico de %1 no parece una dirección de correo: debería tener la forma nombre@example.org.</translation>
    </message>
    <message>
        <source>The phone number of %1&apos;s emergency contact may hold only digits, spaces and + ( ) - .</source>
        <translation>El teléfono del contacto de emergencia de %1 solo puede contener dígitos, espacios y + ( ) - .</translation>
    </message>
</context>
<context>
    <name>attune</name>
    <message>
        <source>A series needs a first date and a time.</source>
        <translation type="vanished">Una serie necesita una primera fecha y una hora.</translation>
    </message>
    <message>
        <source>A series is weekly or fortnightly.</source>
        <translation type="vanished">Una serie es semanal o quincenal.</translation>
    </message>
    <message>
        <source>A series has between 1 and 104 meetings.</source>
        <translation type="vanished">Una serie tiene entre 1 y 104 citas.</translation>
    </message>
    <message>
        <source>An appointment lasts between 5 and 480 minutes.</source>
        <translation type="vanished">Una cita dura entre 5 y 480 minutos.</translation>
    </message>
    <message>
        <source>An exception names a date that is not in the series.</source>
        <translation type="vanished">Una excepción nombra una fecha que no está en la serie.</translation>
    </message>
    <message>
        <source>Safety: abuse ongoing</source>
        <translation type="vanished">Seguridad: abuso en curso</translation>
    </message>
    <message>
        <source>Safety: not screened</source>
        <translation type="vanished">Seguridad: sin evaluar</translation>
    </message>
    <message>
        <source>Safety: re-screen due</source>
        <translation type="vanished">Seguridad: reevaluación pendiente</translation>
    </message>
    <message>
        <source>Safety: monitor</source>
        <translation type="vanished">Seguridad: vigilar</translation>
    </message>
    <message>
        <source>Abuse ongoing: EFT couples therapy is contraindicated; joint sessions are not safe.</source>
        <translation type="vanished">Abuso en curso: la terapia de pareja TFE está contraindicada; las sesiones conjuntas no son seguras.</translation>
    </message>
    <message>
        <source>No safety screen on file: screen each partner separately before any joint session.</source>
        <translation type="vanished">No hay evaluación de seguridad: evalúe a cada integrante por separado antes de cualquier sesión conjunta.</translation>
    </message>
    <message>
        <source>The last safety screen is more than %n month(s) old: re-screen each partner separately before the next joint session.</source>
        <translation type="vanished">La última evaluación de seguridad tiene más de %n mes(es): vuelva a evaluar a cada integrante por separado antes de la próxima sesión conjunta.</translation>
    </message>
    <message>
        <source>Concerns noted: check in on safety with each partner.</source>
        <translation type="vanished">Hay inquietudes anotadas: revise la seguridad con cada integrante.</translation>
    </message>
    <message>
        <source>Couple session: %1</source>
        <translation type="vanished">Sesión de pareja: %1</translation>
    </message>
    <message>
        <source>The calendar could not be written to %1: %2</source>
        <translation type="vanished">No se pudo escribir el calendario en %1: %2</translation>
    </message>
</context>
<context>
    <name>attune::AddToCycleDialog</name>
    <message>
        <source>Add Exercise to Cycle</source>
        <translation>Agregar ejercicio al ciclo</translation>
    </message>
    <message>
        <source>Add exercise to cycle</source>
        <translation>Agregar ejercicio al ciclo</translation>
    </message>
    <message>
        <source>Choose which steps of %1&apos;s exercise go into %1&apos;s side of cycle version %2 (%3).</source>
        <translation>Elija qué pasos del ejercicio de %1 pasan al lado de %1 en la versión %2 del ciclo (%3).</translation>
    </message>
    <message>
        <source>This couple has no cycle map yet. The steps you choose start version 1 of it, dated today, on %1&apos;s side.</source>
        <translation>Esta pareja todavía no tiene un mapa del ciclo. Los pasos que elija inician su versión 1, con fecha de hoy, en el lado de %1.</translation>
    </message>
    <message>
        <source>Exercise step → cycle step</source>
        <translation>Paso del ejercicio → paso del ciclo</translation>
    </message>
    <message>
        <source>In the cycle now</source>
        <translation>En el ciclo ahora</translation>
    </message>
    <message>
        <source>From the exercise</source>
        <translation>Del ejercicio</translation>
    </message>
    <message>
        <source>%1 → %2</source>
        <translation>%1 → %2</translation>
    </message>
    <message>
        <source>Use the exercise&apos;s %1 as the cycle&apos;s %2</source>
        <translation>Usar %1 del ejercicio como %2 del ciclo</translation>
    </message>
    <message>
        <source>(empty)</source>
        <translation>(vacío)</translation>
    </message>
    <message>
        <source>(the exercise leaves this empty)</source>
        <translation>(el ejercicio deja esto vacío)</translation>
    </message>
    <message>
        <source>&amp;Add to Cycle</source>
        <translation>&amp;Agregar al ciclo</translation>
    </message>
</context>
<context>
    <name>attune::AddendaSection</name>
    <message>
        <source>Addenda</source>
        <translation>Adendas</translation>
    </message>
    <message>
        <source>No addenda. A signed note is corrected by adding one.</source>
        <translation>Sin adendas. Una nota firmada se corrige agregando una.</translation>
    </message>
    <message>
        <source>Add Addendum…</source>
        <translation>Agregar adenda…</translation>
    </message>
    <message>
        <source>Add addendum</source>
        <translation>Agregar adenda</translation>
    </message>
    <message>
        <source>Addendum of %1 by %2</source>
        <translation>Adenda del %1, de %2</translation>
    </message>
    <message>
        <source>Addendum text</source>
        <translation>Texto de la adenda</translation>
    </message>
    <message>
        <source>The addenda could not be shown: %1</source>
        <translation>No se pudieron mostrar las adendas: %1</translation>
    </message>
</context>
<context>
    <name>attune::AddendumDialog</name>
    <message>
        <source>Add Addendum</source>
        <translation>Agregar adenda</translation>
    </message>
    <message>
        <source>The addendum is signed as %1 with today&apos;s date and shown under the note, which stays as it was signed. It cannot be changed afterwards.</source>
        <translation>La adenda se firma como %1 con la fecha de hoy y se muestra debajo de la nota, que queda tal como se firmó. Después no se puede modificar.</translation>
    </message>
    <message>
        <source>Addendum text</source>
        <translation>Texto de la adenda</translation>
    </message>
    <message>
        <source>Sign and Add</source>
        <translation>Firmar y agregar</translation>
    </message>
</context>
<context>
    <name>attune::AgendaView</name>
    <message>
        <source>Appointments</source>
        <translation>Citas</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Cuándo</translation>
    </message>
    <message>
        <source>Couple</source>
        <translation>Pareja</translation>
    </message>
    <message>
        <source>Stage and step</source>
        <translation>Etapa y paso</translation>
    </message>
    <message>
        <source>Last session</source>
        <translation>Última sesión</translation>
    </message>
    <message>
        <source>Today&apos;s and this week&apos;s appointments</source>
        <translation>Citas de hoy y de esta semana</translation>
    </message>
    <message>
        <source>Today, %1</source>
        <translation>Hoy, %1</translation>
    </message>
    <message>
        <source>No more appointments today.</source>
        <translation>No hay más citas hoy.</translation>
    </message>
    <message>
        <source>The next seven days</source>
        <translation>Los próximos siete días</translation>
    </message>
    <message>
        <source>No appointments in the next seven days.</source>
        <translation>No hay citas en los próximos siete días.</translation>
    </message>
    <message>
        <source>%1 %2, %3</source>
        <translation>%1 %2, %3</translation>
    </message>
    <message>
        <source>Stage %1, step %2 · %3</source>
        <translation>Etapa %1, paso %2 · %3</translation>
    </message>
    <message>
        <source>No sessions yet</source>
        <translation>Aún sin sesiones</translation>
    </message>
    <message>
        <source>None yet</source>
        <translation>Ninguna todavía</translation>
    </message>
    <message>
        <source>Less than a week ago</source>
        <translation>Hace menos de una semana</translation>
    </message>
    <message numerus="yes">
        <source>%n week(s) ago</source>
        <translation>
            <numerusform>Hace %n semana</numerusform>
            <numerusform>Hace %n semanas</numerusform>
        </translation>
    </message>
    <message>
        <source>The appointments could not be read: %1</source>
        <translation>No se pudieron leer las citas: %1</translation>
    </message>
    <message>
        <source>No appointments today.</source>
        <translation>No hay citas hoy.</translation>
    </message>
    <message>
        <source>&amp;Attended: Start the Session</source>
        <translation>&amp;Asistió: empezar la sesión</translation>
    </message>
    <message>
        <source>Marks the selected appointment attended and opens that day&apos;s session, with its date, time and length filled in</source>
        <translation>Marca la cita seleccionada como asistida y abre la sesión de ese día, con la fecha, la hora y la duración ya puestas</translation>
    </message>
    <message>
        <source>Did Not Take &amp;Place</source>
        <translation>No se &amp;realizó</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
</context>
<context>
    <name>attune::AppointmentField</name>
    <message>
        <source>Next &amp;appointment:</source>
        <translation type="vanished">Próxima &amp;cita:</translation>
    </message>
    <message>
        <source>Next appointment booked</source>
        <translation type="vanished">Próxima cita agendada</translation>
    </message>
    <message>
        <source>Tick to book the couple&apos;s next appointment; untick to cancel it.</source>
        <translation type="vanished">Marque para agendar la próxima cita de la pareja; desmarque para cancelarla.</translation>
    </message>
    <message>
        <source>Next appointment date and time</source>
        <translation type="vanished">Fecha y hora de la próxima cita</translation>
    </message>
    <message>
        <source>The appointment could not be stored: %1 Attune keeps trying.</source>
        <translation type="vanished">No se pudo guardar la cita: %1 Attune lo sigue intentando.</translation>
    </message>
    <message>
        <source>None booked; the last was %1.</source>
        <translation type="vanished">Ninguna agendada; la última fue el %1.</translation>
    </message>
    <message>
        <source>No appointment booked.</source>
        <translation type="vanished">No hay cita agendada.</translation>
    </message>
    <message>
        <source>This time has passed.</source>
        <translation type="vanished">Esta hora ya pasó.</translation>
    </message>
    <message>
        <source>Today.</source>
        <translation type="vanished">Hoy.</translation>
    </message>
    <message>
        <source>Tomorrow.</source>
        <translation type="vanished">Mañana.</translation>
    </message>
    <message numerus="yes">
        <source>In %n day(s).</source>
        <translation type="vanished">
            <numerusform>En %n día.</numerusform>
            <numerusform>En %n días.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>attune::AuditTrailModel</name>
    <message>
        <source>Create</source>
        <translation>Creación</translation>
    </message>
    <message>
        <source>Edit</source>
        <translation>Edición</translation>
    </message>
    <message>
        <source>Sign</source>
        <translation>Firma</translation>
    </message>
    <message>
        <source>Addendum</source>
        <translation>Adenda</translation>
    </message>
    <message>
        <source>Archive</source>
        <translation>Archivo</translation>
    </message>
    <message>
        <source>Restore</source>
        <translation>Restauración</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Eliminación</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>Exportación</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>Importación</translation>
    </message>
    <message>
        <source>Print</source>
        <translation>Impresión</translation>
    </message>
    <message>
        <source>Backup</source>
        <translation>Respaldo</translation>
    </message>
    <message>
        <source>Lock</source>
        <translation>Bloqueo</translation>
    </message>
    <message>
        <source>Unlock</source>
        <translation>Desbloqueo</translation>
    </message>
    <message>
        <source>Failed unlock</source>
        <translation>Desbloqueo fallido</translation>
    </message>
    <message>
        <source>Lock settings</source>
        <translation>Ajustes del bloqueo</translation>
    </message>
    <message>
        <source>Protect</source>
        <translation>Protección</translation>
    </message>
    <message>
        <source>Unprotect</source>
        <translation>Fin de la protección</translation>
    </message>
    <message>
        <source>Passphrase change</source>
        <translation>Cambio de frase de contraseña</translation>
    </message>
    <message>
        <source>Couple</source>
        <translation>Pareja</translation>
    </message>
    <message>
        <source>Session</source>
        <translation>Sesión</translation>
    </message>
    <message>
        <source>Cycle map</source>
        <translation>Mapa del ciclo</translation>
    </message>
    <message>
        <source>Five-step exercise</source>
        <translation>Ejercicio de cinco pasos</translation>
    </message>
    <message>
        <source>Appointment</source>
        <translation>Cita</translation>
    </message>
    <message>
        <source>Practice</source>
        <translation>Consulta</translation>
    </message>
    <message>
        <source>%1 UTC (row %2)</source>
        <translation>%1 UTC (fila %2)</translation>
    </message>
    <message>
        <source>Record %1</source>
        <translation>Registro %1</translation>
    </message>
    <message>
        <source>Time (local)</source>
        <translation>Hora (local)</translation>
    </message>
    <message>
        <source>Clinician</source>
        <translation>Profesional</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Acción</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>Registro</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>Resumen</translation>
    </message>
</context>
<context>
    <name>attune::AuditTrailWindow</name>
    <message>
        <source>From:</source>
        <translation>Desde:</translation>
    </message>
    <message>
        <source>From date</source>
        <translation>Fecha inicial</translation>
    </message>
    <message>
        <source>To:</source>
        <translation>Hasta:</translation>
    </message>
    <message>
        <source>To date</source>
        <translation>Fecha final</translation>
    </message>
    <message>
        <source>&amp;Verify Chain</source>
        <translation>&amp;Verificar cadena</translation>
    </message>
    <message>
        <source>Audit Trail</source>
        <translation>Registro de auditoría</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Acción</translation>
    </message>
    <message>
        <source>Couple</source>
        <translation>Pareja</translation>
    </message>
    <message>
        <source>Check that no row of the trail was altered, inserted or removed</source>
        <translation>Comprobar que ninguna fila del registro fue alterada, insertada o eliminada</translation>
    </message>
    <message>
        <source>Chain check</source>
        <translation>Verificación de la cadena</translation>
    </message>
    <message>
        <source>Rows shown</source>
        <translation>Filas mostradas</translation>
    </message>
    <message>
        <source>Audit trail</source>
        <translation>Registro de auditoría</translation>
    </message>
    <message>
        <source>&amp;Action:</source>
        <translation>&amp;Acción:</translation>
    </message>
    <message>
        <source>C&amp;ouple:</source>
        <translation>&amp;Pareja:</translation>
    </message>
    <message>
        <source>Dates and times are local; point at a time to see it in UTC.</source>
        <translation>Las fechas y horas son locales; señale una hora para verla en UTC.</translation>
    </message>
    <message>
        <source>The audit trail could not be read: %1</source>
        <translation>No se pudo leer el registro de auditoría: %1</translation>
    </message>
    <message>
        <source>All actions</source>
        <translation>Todas las acciones</translation>
    </message>
    <message>
        <source>The couples could not be read: %1</source>
        <translation>No se pudieron leer las parejas: %1</translation>
    </message>
    <message>
        <source>All couples</source>
        <translation>Todas las parejas</translation>
    </message>
    <message>
        <source>%1 (archived)</source>
        <translation>%1 (archivada)</translation>
    </message>
    <message numerus="yes">
        <source>%n row(s)</source>
        <translation>
            <numerusform>%n fila</numerusform>
            <numerusform>%n filas</numerusform>
        </translation>
    </message>
    <message>
        <source>The audit trail could not be checked: %1</source>
        <translation>No se pudo verificar el registro de auditoría: %1</translation>
    </message>
    <message numerus="yes">
        <source>The chain is whole: none of its %n row(s) was altered, inserted or removed.</source>
        <translation>
            <numerusform>La cadena está completa: su única fila no fue alterada, insertada ni eliminada.</numerusform>
            <numerusform>La cadena está completa: ninguna de sus %n filas fue alterada, insertada ni eliminada.</numerusform>
        </translation>
    </message>
    <message>
        <source>The chain is broken at row %1. %2</source>
        <translation>La cadena está rota en la fila %1. %2</translation>
    </message>
</context>
<context>
    <name>attune::AutoSaver</name>
    <message>
        <source>Your last change could not be stored yet.</source>
        <translation>Su último cambio todavía no se pudo guardar.</translation>
    </message>
</context>
<context>
    <name>attune::BackupsPage</name>
    <message>
        <source>Back up automatically, once a day and when Attune closes</source>
        <translation>Respaldar automáticamente, una vez al día y al cerrar Attune</translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation>Examinar…</translation>
    </message>
    <message>
        <source>Use Default</source>
        <translation>Usar la predeterminada</translation>
    </message>
    <message>
        <source>Back Up Now</source>
        <translation>Respaldar ahora</translation>
    </message>
    <message>
        <source>Backups to keep</source>
        <translation>Respaldos que se conservan</translation>
    </message>
    <message>
        <source>Older backups beyond this number are deleted</source>
        <translation>Los respaldos más antiguos que excedan este número se eliminan</translation>
    </message>
    <message>
        <source>Beside the practice (default)</source>
        <translation>Junto a la consulta (predeterminado)</translation>
    </message>
    <message>
        <source>Backup folder</source>
        <translation>Carpeta de respaldos</translation>
    </message>
    <message>
        <source>Backups are written to</source>
        <translation>Los respaldos se escriben en</translation>
    </message>
    <message>
        <source>Latest backup</source>
        <translation>Último respaldo</translation>
    </message>
    <message>
        <source>Backup result</source>
        <translation>Resultado del respaldo</translation>
    </message>
    <message>
        <source>Not encrypted: the practice has no passphrase. Set one with Edit → Practice Lock… to encrypt its backups.</source>
        <translation>Sin cifrar: la consulta no tiene frase de contraseña. Defina una con Editar → Bloqueo de la consulta… para cifrar sus respaldos.</translation>
    </message>
    <message>
        <source>Encrypted with the practice passphrase. While the practice is locked, no backup is made.</source>
        <translation>Cifrados con la frase de contraseña de la consulta. Mientras la consulta está bloqueada, no se hace ningún respaldo.</translation>
    </message>
    <message>
        <source>Backups to keep:</source>
        <translation>Respaldos que se conservan:</translation>
    </message>
    <message>
        <source>Folder:</source>
        <translation>Carpeta:</translation>
    </message>
    <message>
        <source>Written to:</source>
        <translation>Se escriben en:</translation>
    </message>
    <message>
        <source>Encryption:</source>
        <translation>Cifrado:</translation>
    </message>
    <message>
        <source>Latest backup:</source>
        <translation>Último respaldo:</translation>
    </message>
    <message>
        <source>None yet in this folder.</source>
        <translation>Ninguno todavía en esta carpeta.</translation>
    </message>
    <message>
        <source>encrypted</source>
        <translation>cifrado</translation>
    </message>
    <message>
        <source>not encrypted</source>
        <translation>sin cifrar</translation>
    </message>
    <message numerus="yes">
        <source>%1, %2 (%3); %n backup(s) in this folder.</source>
        <translation>
            <numerusform>%1, %2 (%3); %n respaldo en esta carpeta.</numerusform>
            <numerusform>%1, %2 (%3); %n respaldos en esta carpeta.</numerusform>
        </translation>
    </message>
    <message>
        <source>Backup Folder</source>
        <translation>Carpeta de respaldos</translation>
    </message>
    <message>
        <source>Backed up to %1.</source>
        <translation>Se respaldó en %1.</translation>
    </message>
</context>
<context>
    <name>attune::BondRatingsSection</name>
    <message>
        <source>Secure-bond signs</source>
        <translation>Señales de vínculo seguro</translation>
    </message>
    <message>
        <source>First partner</source>
        <translation>Primer integrante</translation>
    </message>
    <message>
        <source>Second partner</source>
        <translation>Segundo integrante</translation>
    </message>
    <message>
        <source>%1 rated this session</source>
        <translation>%1: calificado en esta sesión</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Rated this session</source>
        <translation>Calificado en esta sesión</translation>
    </message>
    <message>
        <source> / %1</source>
        <translation> / %1</translation>
    </message>
    <message>
        <source>0 = not seen at all · %1 = fully present</source>
        <translation>0 = no se observa · %1 = plenamente presente</translation>
    </message>
    <message>
        <source>Rating scale</source>
        <translation>Escala de valoración</translation>
    </message>
</context>
<context>
    <name>attune::BookAppointmentDialog</name>
    <message>
        <source>Book an Appointment</source>
        <translation>Reservar una cita</translation>
    </message>
    <message>
        <source>Book a Series</source>
        <translation>Reservar una serie</translation>
    </message>
    <message>
        <source>First appointment&apos;s date and time</source>
        <translation>Fecha y hora de la primera cita</translation>
    </message>
    <message>
        <source> min</source>
        <translation> min</translation>
    </message>
    <message>
        <source>Length in minutes</source>
        <translation>Duración en minutos</translation>
    </message>
    <message>
        <source>Does not repeat</source>
        <translation>No se repite</translation>
    </message>
    <message>
        <source>Every week</source>
        <translation>Cada semana</translation>
    </message>
    <message>
        <source>Every two weeks</source>
        <translation>Cada dos semanas</translation>
    </message>
    <message>
        <source>Repeats</source>
        <translation>Se repite</translation>
    </message>
    <message>
        <source>Number of appointments</source>
        <translation>Número de citas</translation>
    </message>
    <message>
        <source>Couple:</source>
        <translation>Pareja:</translation>
    </message>
    <message>
        <source>&amp;Starts:</source>
        <translation>&amp;Comienza:</translation>
    </message>
    <message>
        <source>&amp;Length:</source>
        <translation>&amp;Duración:</translation>
    </message>
    <message>
        <source>&amp;Repeats:</source>
        <translation>Se &amp;repite:</translation>
    </message>
    <message>
        <source>&amp;Appointments:</source>
        <translation>C&amp;itas:</translation>
    </message>
    <message>
        <source>&amp;Book</source>
        <translation>&amp;Reservar</translation>
    </message>
    <message>
        <source>That time has passed: choose a time ahead.</source>
        <translation>Esa hora ya pasó: elija una hora futura.</translation>
    </message>
</context>
<context>
    <name>attune::CaseFileActions</name>
    <message>
        <source>&amp;Export Couples…</source>
        <translation>&amp;Exportar parejas…</translation>
    </message>
    <message>
        <source>&amp;Import Case File…</source>
        <translation>&amp;Importar expediente…</translation>
    </message>
    <message>
        <source>Write couples&apos; records to a case file to move or hand over</source>
        <translation>Escribir los registros de las parejas en un expediente para trasladarlos o entregarlos</translation>
    </message>
    <message>
        <source>Add the records of a case file to this practice</source>
        <translation>Agregar los registros de un expediente a esta consulta</translation>
    </message>
    <message>
        <source>Case File</source>
        <translation>Expediente</translation>
    </message>
    <message>
        <source>The practice has no couples to export.</source>
        <translation>La consulta no tiene parejas para exportar.</translation>
    </message>
    <message>
        <source>Couples.attune</source>
        <translation>Parejas.attune</translation>
    </message>
    <message>
        <source>Export Couples</source>
        <translation>Exportar parejas</translation>
    </message>
    <message>
        <source>Attune case files (*.attune)</source>
        <translation>Expedientes de Attune (*.attune)</translation>
    </message>
    <message>
        <source>Exporting couples…</source>
        <translation>Exportando parejas…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message numerus="yes">
        <source>Exported %n couple(s) to %1.</source>
        <translation>
            <numerusform>Se exportó %n pareja a %1.</numerusform>
            <numerusform>Se exportaron %n parejas a %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>Import Case File</source>
        <translation>Importar expediente</translation>
    </message>
    <message>
        <source>Reading the case file…</source>
        <translation>Leyendo el expediente…</translation>
    </message>
    <message>
        <source>Importing the case file…</source>
        <translation>Importando el expediente…</translation>
    </message>
    <message>
        <source>The case file was written, but the export could not be recorded in the audit trail: %1</source>
        <translation type="vanished">Se escribió el expediente, pero la exportación no pudo anotarse en el registro de auditoría: %1</translation>
    </message>
    <message>
        <source>The practice is protected, so the case file is encrypted with its passphrase.</source>
        <translation>La consulta está protegida, así que el expediente se cifra con su frase de contraseña.</translation>
    </message>
    <message>
        <source>Export &amp;Encrypted</source>
        <translation>Exportar &amp;cifrado</translation>
    </message>
    <message>
        <source>Export &amp;Plain…</source>
        <translation>Exportar &amp;sin cifrar…</translation>
    </message>
    <message>
        <source>A plain case file is not encrypted: anyone who gets the file can read these couples&apos; records.</source>
        <translation>Un expediente sin cifrar no está protegido: cualquiera que obtenga el archivo puede leer los historiales de estas parejas.</translation>
    </message>
    <message>
        <source>Export Plain</source>
        <translation>Exportar sin cifrar</translation>
    </message>
    <message>
        <source>The practice&apos;s passphrase is not at hand; lock and unlock the practice, then export again.</source>
        <translation>La frase de contraseña de la consulta no está disponible; bloquee y desbloquee la consulta y vuelva a exportar.</translation>
    </message>
    <message>
        <source>The file is encrypted with the practice&apos;s passphrase.</source>
        <translation>El archivo está cifrado con la frase de contraseña de la consulta.</translation>
    </message>
    <message>
        <source>The case file was written, but the export is not in the audit trail yet: %1 It is recorded the next time the practice can be written.</source>
        <translation>El expediente se escribió, pero la exportación aún no está en el registro de auditoría: %1 Se registrará la próxima vez que se pueda escribir en la consulta.</translation>
    </message>
</context>
<context>
    <name>attune::CaseloadView</name>
    <message>
        <source>Distress is rising when, on the instrument a partner was scored on most recently, the latest total is lower (worse) than the one before, and either the drop reaches the instrument&apos;s reliable-change figure (RDAS: 12 points) or the latest total is below the distress cutoff. A single total shows no trend.</source>
        <translation type="vanished">El malestar aumenta cuando, en el instrumento con que se evaluó más recientemente a un integrante, el último total es más bajo (peor) que el anterior y, además, la caída alcanza la cifra de cambio confiable del instrumento (RDAS: 12 puntos) o el último total queda por debajo del punto de corte de malestar. Un solo total no muestra ninguna tendencia.</translation>
    </message>
    <message>
        <source>Couple</source>
        <translation>Pareja</translation>
    </message>
    <message>
        <source>Last seen</source>
        <translation>Última vez</translation>
    </message>
    <message>
        <source>Partner</source>
        <translation>Integrante</translation>
    </message>
    <message>
        <source>Latest change</source>
        <translation>Último cambio</translation>
    </message>
    <message>
        <source>Caseload</source>
        <translation>Casos</translation>
    </message>
    <message>
        <source>Weeks without a session</source>
        <translation>Semanas sin sesión</translation>
    </message>
    <message>
        <source>Not seen for more than</source>
        <translation>Sin sesión desde hace más de</translation>
    </message>
    <message>
        <source>weeks</source>
        <translation>semanas</translation>
    </message>
    <message>
        <source>Couples not seen recently</source>
        <translation>Parejas sin sesión reciente</translation>
    </message>
    <message>
        <source>Active couples whose last session (or intake, without sessions) is longer ago than the chosen number of weeks.</source>
        <translation>Parejas activas cuya última sesión (o el ingreso, si no hay sesiones) fue hace más semanas que las elegidas.</translation>
    </message>
    <message>
        <source>Couples whose distress is rising</source>
        <translation>Parejas cuyo malestar aumenta</translation>
    </message>
    <message>
        <source>Distress rising</source>
        <translation>Malestar en aumento</translation>
    </message>
    <message>
        <source>Active couples per stage</source>
        <translation>Parejas activas por etapa</translation>
    </message>
    <message numerus="yes">
        <source>%n active couple(s)</source>
        <translation>
            <numerusform>%n pareja activa</numerusform>
            <numerusform>%n parejas activas</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n week(s) ago</source>
        <translation>
            <numerusform>Hace %n semana</numerusform>
            <numerusform>Hace %n semanas</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Never (intake %n week(s) ago)</source>
        <translation>
            <numerusform>Nunca (ingreso hace %n semana)</numerusform>
            <numerusform>Nunca (ingreso hace %n semanas)</numerusform>
        </translation>
    </message>
    <message>
        <source>Every active couple was seen recently.</source>
        <translation>Todas las parejas activas se vieron hace poco.</translation>
    </message>
    <message>
        <source>%1 %2 → %3</source>
        <translation>%1 %2 → %3</translation>
    </message>
    <message>
        <source>A drop of at least the reliable-change figure.</source>
        <translation>Una caída de al menos la cifra de cambio confiable.</translation>
    </message>
    <message>
        <source>Lower than before, and below the distress cutoff.</source>
        <translation type="vanished">Más bajo que antes y por debajo del punto de corte de malestar.</translation>
    </message>
    <message>
        <source>%1 Latest total of %2.</source>
        <translation>%1 Último total del %2.</translation>
    </message>
    <message>
        <source>No couple&apos;s distress is rising.</source>
        <translation>Ninguna pareja con malestar en aumento.</translation>
    </message>
    <message>
        <source>The caseload could not be read: %1</source>
        <translation>No se pudieron leer los casos: %1</translation>
    </message>
    <message>
        <source>Distress is rising when, on the instrument a partner was scored on most recently, the latest total is lower (worse) than the one before by a change that matters: the drop reaches the instrument&apos;s reliable-change figure (RDAS: 12 points), or the total fell below the distress cutoff. Small dips are not listed; a single total shows no trend. The largest drops come first.</source>
        <translation>El malestar aumenta cuando, en el instrumento con el que se puntuó más recientemente a un miembro de la pareja, el último total es menor (peor) que el anterior por un cambio relevante: la caída alcanza la cifra de cambio fiable del instrumento (RDAS: 12 puntos) o el total bajó del punto de corte de malestar. Las pequeñas bajadas no se listan; un solo total no muestra tendencia. Las mayores caídas aparecen primero.</translation>
    </message>
    <message>
        <source>Fell below the distress cutoff.</source>
        <translation>Bajó del punto de corte de malestar.</translation>
    </message>
</context>
<context>
    <name>attune::ChangeEventsSection</name>
    <message>
        <source>Change events</source>
        <translation>Eventos de cambio</translation>
    </message>
    <message>
        <source>Level</source>
        <translation>Nivel</translation>
    </message>
    <message>
        <source>Partner</source>
        <translation>Integrante</translation>
    </message>
    <message>
        <source>Anchor quote</source>
        <translation>Cita clave</translation>
    </message>
    <message>
        <source>%1 level</source>
        <translation>%1: nivel</translation>
    </message>
    <message>
        <source>%1 partner</source>
        <translation>%1: integrante</translation>
    </message>
    <message>
        <source>%1 anchor quote</source>
        <translation>%1: cita clave</translation>
    </message>
    <message>
        <source>A short quote from the session</source>
        <translation>Una cita breve de la sesión</translation>
    </message>
    <message>
        <source>—</source>
        <translation>—</translation>
    </message>
    <message>
        <source>First partner</source>
        <translation>Primer integrante</translation>
    </message>
    <message>
        <source>Second partner</source>
        <translation>Segundo integrante</translation>
    </message>
</context>
<context>
    <name>attune::ClinicianProfileDialog</name>
    <message>
        <source>Clinician Profile</source>
        <translation>Perfil profesional</translation>
    </message>
    <message>
        <source>Notes and addenda are signed with this name and these credentials.</source>
        <translation>Las notas y las adendas se firman con este nombre y estas credenciales.</translation>
    </message>
</context>
<context>
    <name>attune::ClinicianProfileFields</name>
    <message>
        <source>Clinician name</source>
        <translation>Nombre del profesional clínico</translation>
    </message>
    <message>
        <source>e.g. Alex Rivera</source>
        <translation>p. ej. Alex Rivera</translation>
    </message>
    <message>
        <source>Clinician credentials</source>
        <translation>Credenciales del profesional clínico</translation>
    </message>
    <message>
        <source>e.g. PhD, LMFT</source>
        <translation>p. ej. PhD, LMFT</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Nombre:</translation>
    </message>
    <message>
        <source>C&amp;redentials:</source>
        <translation>&amp;Credenciales:</translation>
    </message>
</context>
<context>
    <name>attune::ContactFields</name>
    <message>
        <source>First partner</source>
        <translation>Primer miembro</translation>
    </message>
    <message>
        <source>Second partner</source>
        <translation>Segundo miembro</translation>
    </message>
    <message>
        <source>%1: contact</source>
        <translation>%1: contacto</translation>
    </message>
    <message>
        <source>%1: phone</source>
        <translation>%1: teléfono</translation>
    </message>
    <message>
        <source>e.g. (555) 010-0199</source>
        <translation>p. ej., (555) 010-0199</translation>
    </message>
    <message>
        <source>%1: e-mail address</source>
        <translation>%1: correo electrónico</translation>
    </message>
    <message>
        <source>e.g. name@example.org</source>
        <translation>p. ej., nombre@example.org</translation>
    </message>
    <message>
        <source>%1: postal address</source>
        <translation>%1: dirección postal</translation>
    </message>
    <message>
        <source>%1: emergency contact&apos;s name</source>
        <translation>%1: nombre del contacto de emergencia</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <source>%1: emergency contact&apos;s phone</source>
        <translation>%1: teléfono del contacto de emergencia</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Teléfono</translation>
    </message>
    <message>
        <source>Problem with %1&apos;s contact details</source>
        <translation>Problema con los datos de contacto de %1</translation>
    </message>
    <message>
        <source>Phone:</source>
        <translation>Teléfono:</translation>
    </message>
    <message>
        <source>E-mail:</source>
        <translation>Correo:</translation>
    </message>
    <message>
        <source>Postal address:</source>
        <translation>Dirección:</translation>
    </message>
    <message>
        <source>Emergency contact:</source>
        <translation>Contacto de emergencia:</translation>
    </message>
</context>
<context>
    <name>attune::CoupleForm</name>
    <message>
        <source>Case name</source>
        <translation>Nombre del caso</translation>
    </message>
    <message>
        <source>Left empty: the partners&apos; names</source>
        <translation>Si se deja vacío: los nombres de los integrantes</translation>
    </message>
    <message>
        <source>Cycle pattern</source>
        <translation>Patrón del ciclo</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>Problem with the form</source>
        <translation>Problema con el formulario</translation>
    </message>
    <message>
        <source>C&amp;ase name:</source>
        <translation>Nombre del c&amp;aso:</translation>
    </message>
    <message>
        <source>Pa&amp;ttern:</source>
        <translation>Pa&amp;trón:</translation>
    </message>
    <message>
        <source>&amp;Status:</source>
        <translation>&amp;Estado:</translation>
    </message>
    <message>
        <source>Case</source>
        <translation>Caso</translation>
    </message>
    <message>
        <source>Presenting concerns</source>
        <translation>Motivo de consulta</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>Etiquetas</translation>
    </message>
    <message>
        <source>Intake date</source>
        <translation>Fecha de ingreso</translation>
    </message>
    <message>
        <source>C&amp;losed on:</source>
        <translation>Cerrado e&amp;l:</translation>
    </message>
    <message>
        <source>The case has a closing date</source>
        <translation>El caso tiene fecha de cierre</translation>
    </message>
    <message>
        <source>Closing date</source>
        <translation>Fecha de cierre</translation>
    </message>
    <message>
        <source>&amp;Presenting concerns:</source>
        <translation>&amp;Motivo de consulta:</translation>
    </message>
    <message>
        <source>Ta&amp;gs:</source>
        <translation>Eti&amp;quetas:</translation>
    </message>
    <message>
        <source>&amp;Intake:</source>
        <translation>&amp;Ingreso:</translation>
    </message>
    <message>
        <source>Safety screen</source>
        <translation>Evaluación de seguridad</translation>
    </message>
    <message>
        <source>Safety screen outcome</source>
        <translation>Resultado de la evaluación de seguridad</translation>
    </message>
    <message>
        <source>Safety screen date</source>
        <translation>Fecha de la evaluación de seguridad</translation>
    </message>
    <message>
        <source>Safety screen notes</source>
        <translation>Notas de la evaluación de seguridad</translation>
    </message>
    <message>
        <source>Safety warning</source>
        <translation>Advertencia de seguridad</translation>
    </message>
    <message>
        <source>&amp;Date:</source>
        <translation>&amp;Fecha:</translation>
    </message>
    <message>
        <source>O&amp;utcome:</source>
        <translation>&amp;Resultado:</translation>
    </message>
    <message>
        <source>&amp;Notes:</source>
        <translation>N&amp;otas:</translation>
    </message>
    <message>
        <source>%1 &amp; %2</source>
        <translation>%1 y %2</translation>
    </message>
    <message>
        <source>Not screened for intimate-partner violence yet. Screen each partner separately before starting EFT.</source>
        <translation>Todavía no se ha evaluado la violencia de pareja. Evalúe a cada integrante por separado antes de empezar la TFE.</translation>
    </message>
    <message>
        <source>Abuse is ongoing: EFT couples therapy is contraindicated. Do not do conjoint work; attend to safety first.</source>
        <translation>Hay abuso en curso: la terapia de pareja TFE está contraindicada. No haga trabajo conjunto; atienda primero la seguridad.</translation>
    </message>
    <message>
        <source>Concerns noted: keep monitoring safety at each session.</source>
        <translation>Se anotaron inquietudes: siga monitoreando la seguridad en cada sesión.</translation>
    </message>
    <message>
        <source>Comma-separated, e.g. empty nest</source>
        <translation>Separadas por comas, p. ej. nido vacío</translation>
    </message>
    <message>
        <source>Record a &amp;New Screen</source>
        <translation>Registrar una &amp;nueva evaluación</translation>
    </message>
    <message>
        <source>Keeps the screen shown in the history below and starts today&apos;s screen</source>
        <translation>Guarda la evaluación mostrada en el historial de abajo y empieza la evaluación de hoy</translation>
    </message>
    <message>
        <source>Earlier safety screens</source>
        <translation>Evaluaciones de seguridad anteriores</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Earlier screens, newest first:</source>
        <translation>Evaluaciones anteriores, de la más reciente a la más antigua:</translation>
    </message>
    <message>
        <source>Referral</source>
        <translation>Derivación</translation>
    </message>
    <message>
        <source>Referral source</source>
        <translation>Fuente de derivación</translation>
    </message>
    <message>
        <source>e.g. physician, website, former client</source>
        <translation>p. ej., médico, sitio web, antiguo cliente</translation>
    </message>
    <message>
        <source>Referring clinician</source>
        <translation>Profesional que deriva</translation>
    </message>
    <message>
        <source>Source:</source>
        <translation>Fuente:</translation>
    </message>
    <message>
        <source>Referring clinician:</source>
        <translation>Profesional que deriva:</translation>
    </message>
</context>
<context>
    <name>attune::CoupleLinkList</name>
    <message>
        <source>Open %1&apos;s overview</source>
        <translation>Abrir el resumen de %1</translation>
    </message>
</context>
<context>
    <name>attune::CoupleListDelegate</name>
    <message>
        <source>Stage %1 · %2</source>
        <translation>Etapa %1 · %2</translation>
    </message>
    <message>
        <source>last seen %1</source>
        <translation>última sesión: %1</translation>
    </message>
    <message>
        <source>no sessions yet</source>
        <translation>todavía sin sesiones</translation>
    </message>
    <message>
        <source>Stage %1</source>
        <translation>Etapa %1</translation>
    </message>
    <message>
        <source>Abuse ongoing</source>
        <translation>Abuso en curso</translation>
    </message>
    <message>
        <source>Not screened</source>
        <translation>Sin evaluar</translation>
    </message>
    <message>
        <source>Re-screen due</source>
        <translation>Reevaluación pendiente</translation>
    </message>
</context>
<context>
    <name>attune::CouplesModel</name>
    <message>
        <source>The practice is closed.</source>
        <translation>La consulta está cerrada.</translation>
    </message>
    <message>
        <source>%1 (%2) and %3 (%4)</source>
        <translation>%1 (%2) y %3 (%4)</translation>
    </message>
    <message>
        <source>Last session: %1</source>
        <translation>Última sesión: %1</translation>
    </message>
    <message>
        <source>No sessions yet</source>
        <translation>Todavía sin sesiones</translation>
    </message>
</context>
<context>
    <name>attune::CouplesPane</name>
    <message>
        <source>Search names and tags</source>
        <translation>Buscar nombres y etiquetas</translation>
    </message>
    <message>
        <source>Search couples</source>
        <translation>Buscar parejas</translation>
    </message>
    <message>
        <source>Show couples with status</source>
        <translation>Mostrar parejas con el estado</translation>
    </message>
    <message>
        <source>All statuses</source>
        <translation>Todos los estados</translation>
    </message>
    <message>
        <source>Archived</source>
        <translation>Archivadas</translation>
    </message>
    <message>
        <source>Couples</source>
        <translation>Parejas</translation>
    </message>
</context>
<context>
    <name>attune::CycleLabels</name>
    <message>
        <source>Cycle</source>
        <translation type="vanished">Ciclo</translation>
    </message>
    <message>
        <source>Worksheet</source>
        <translation type="vanished">Hoja de trabajo</translation>
    </message>
    <message>
        <source>%1 and %2</source>
        <translation>%1 y %2</translation>
    </message>
    <message>
        <source>Partner A</source>
        <translation>Integrante A</translation>
    </message>
    <message>
        <source>Partner B</source>
        <translation>Integrante B</translation>
    </message>
    <message>
        <source>Seen: how we reach for each other now</source>
        <translation>Lo que se ve: cómo nos buscamos ahora</translation>
    </message>
    <message>
        <source>Felt underneath: what we can now share</source>
        <translation>Lo que se siente por dentro: lo que ahora podemos compartir</translation>
    </message>
    <message>
        <source>Our new dance</source>
        <translation>Nuestro nuevo baile</translation>
    </message>
    <message>
        <source>How we reach for each other now, and what we feel and need underneath.</source>
        <translation>Cómo nos buscamos ahora, y lo que sentimos y necesitamos en el fondo.</translation>
    </message>
    <message>
        <source>Seen: what we do and think</source>
        <translation>Lo que se ve: lo que hacemos y pensamos</translation>
    </message>
    <message>
        <source>Felt underneath: below the line of awareness</source>
        <translation>Lo que se siente por dentro: por debajo de la línea de conciencia</translation>
    </message>
    <message>
        <source>The dance we get caught in</source>
        <translation>El baile en el que quedamos atrapados</translation>
    </message>
    <message>
        <source>When one of us reacts, the other reacts to that, and round it goes. The cycle is the problem, not either of us.</source>
        <translation>Cuando uno de los dos reacciona, el otro reacciona a eso, y así damos vueltas y vueltas. El problema es el ciclo, no ninguno de los dos.</translation>
    </message>
    <message>
        <source>line of awareness</source>
        <translation>línea de conciencia</translation>
    </message>
    <message>
        <source>In full:</source>
        <translation>Completo:</translation>
    </message>
    <message>
        <source>What the words mean</source>
        <translation>Qué significan las palabras</translation>
    </message>
    <message>
        <source>What sets it off: a look, a tone, a silence, a door that closes.</source>
        <translation>Lo que lo desata: una mirada, un tono, un silencio, una puerta que se cierra.</translation>
    </message>
    <message>
        <source>The first, softer feeling underneath, such as hurt, fear, loneliness or shame. It is often hard to see, even for ourselves.</source>
        <translation>El sentimiento primero y más vulnerable, de fondo, como el dolor, el miedo, la soledad o la vergüenza. Muchas veces es difícil de ver, incluso para nosotros mismos.</translation>
    </message>
    <message>
        <source>The feeling that shows on the surface and protects the softer one, such as anger, frustration or going numb.</source>
        <translation>El sentimiento que se nota en la superficie y protege al más vulnerable, como el enojo, la frustración o quedarse como adormecido.</translation>
    </message>
    <message>
        <source>What we tell ourselves in that moment about our partner, ourselves or the relationship.</source>
        <translation>Lo que nos decimos en ese momento sobre nuestra pareja, sobre nosotros mismos o sobre la relación.</translation>
    </message>
    <message>
        <source>What we do, which our partner sees and reacts to: pushing, criticizing, going quiet, leaving the room.</source>
        <translation>Lo que hacemos, que nuestra pareja ve y a lo que reacciona: presionar, criticar, quedarnos callados, salir del cuarto.</translation>
    </message>
    <message>
        <source>What we long for underneath it all: to feel close, wanted, safe and that we matter.</source>
        <translation>Lo que anhelamos en el fondo de todo: sentirnos cerca, queridos, seguros y que importamos.</translation>
    </message>
    <message>
        <source>Above it is what we show and see; below it is what we feel and need but rarely say. Change begins when we can share what lies below the line.</source>
        <translation>Por encima está lo que mostramos y vemos; por debajo, lo que sentimos y necesitamos pero casi nunca decimos. El cambio empieza cuando podemos compartir lo que está por debajo de la línea.</translation>
    </message>
    <message>
        <source>What are the steps of our own little dance, and what would it take to step into a different one?</source>
        <translation>¿Cuáles son los pasos de nuestro propio bailecito y qué haría falta para pasar a uno diferente?</translation>
    </message>
    <message>
        <source>Our cycle</source>
        <translation>Nuestro ciclo</translation>
    </message>
    <message>
        <source>Write in each box what happens for you. Follow the arrows: what one of us does sets off the other.</source>
        <translation>Escriba en cada recuadro lo que le pasa a usted. Siga las flechas: lo que hace uno de los dos desencadena la reacción del otro.</translation>
    </message>
    <message>
        <source>From resentment to closeness</source>
        <translation>Del resentimiento a la cercanía</translation>
    </message>
    <message>
        <source>Think of one moment that still stings. Take the five steps slowly, one at a time, and then share them with your partner.</source>
        <translation>Piense en un momento que todavía le duela. Recorra los cinco pasos con calma, uno por uno, y después compártalos con su pareja.</translation>
    </message>
    <message>
        <source>The trigger</source>
        <translation>El detonante</translation>
    </message>
    <message>
        <source>My immediate emotional reaction</source>
        <translation>Mi reacción emocional inmediata</translation>
    </message>
    <message>
        <source>My behavioral reaction</source>
        <translation>Mi reacción conductual</translation>
    </message>
    <message>
        <source>My deeper feelings</source>
        <translation>Mis sentimientos más profundos</translation>
    </message>
    <message>
        <source>My underlying need</source>
        <translation>Mi necesidad subyacente</translation>
    </message>
    <message>
        <source>What happened, just as a camera would have seen it?</source>
        <translation>¿Qué pasó, tal como lo habría captado una cámara?</translation>
    </message>
    <message>
        <source>What did I feel first, in that very moment?</source>
        <translation>¿Qué sentí primero, en ese mismo momento?</translation>
    </message>
    <message>
        <source>What did I do or say next?</source>
        <translation>¿Qué hice o dije después?</translation>
    </message>
    <message>
        <source>What was I feeling underneath: hurt, fear, sadness, shame?</source>
        <translation>¿Qué sentía en el fondo: dolor, miedo, tristeza, vergüenza?</translation>
    </message>
    <message>
        <source>What did I long for from my partner?</source>
        <translation>¿Qué anhelaba de mi pareja?</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Fecha</translation>
    </message>
    <message>
        <source>The moment</source>
        <translation>El momento</translation>
    </message>
    <message>
        <source>Attune – cycle</source>
        <translation>Attune – ciclo</translation>
    </message>
    <message>
        <source>Attune – cycle handout</source>
        <translation>Attune – material del ciclo</translation>
    </message>
    <message>
        <source>Attune – cycle worksheet</source>
        <translation>Attune – hoja de trabajo del ciclo</translation>
    </message>
    <message>
        <source>Attune – five-step worksheet</source>
        <translation>Attune – hoja de los cinco pasos</translation>
    </message>
    <message>
        <source>Attune – five-step exercise</source>
        <translation>Attune – ejercicio de los cinco pasos</translation>
    </message>
    <message>
        <source>Need met</source>
        <translation>Necesidad atendida</translation>
    </message>
    <message>
        <source>What invites us in: a look, a touch, a question, a moment of reaching.</source>
        <translation>Lo que nos invita a acercarnos: una mirada, una caricia, una pregunta, un gesto de búsqueda.</translation>
    </message>
    <message>
        <source>The softer feeling we can now let our partner see, such as longing, tenderness or fear that is safe to show.</source>
        <translation>El sentimiento más suave que ahora podemos dejar ver a nuestra pareja, como el anhelo, la ternura o un miedo que ya es seguro mostrar.</translation>
    </message>
    <message>
        <source>What shows on the surface now, such as warmth, curiosity or relief.</source>
        <translation>Lo que ahora se ve en la superficie, como calidez, curiosidad o alivio.</translation>
    </message>
    <message>
        <source>What we tell ourselves now about our partner, ourselves or the relationship.</source>
        <translation>Lo que ahora nos decimos sobre nuestra pareja, sobre nosotros mismos o sobre la relación.</translation>
    </message>
    <message>
        <source>What we do now, which our partner sees and answers: reaching, asking, staying, comforting.</source>
        <translation>Lo que hacemos ahora, que nuestra pareja ve y a lo que responde: acercarnos, pedir, quedarnos, consolar.</translation>
    </message>
    <message>
        <source>What we can now ask for and receive: to feel close, wanted, safe and that we matter.</source>
        <translation>Lo que ahora podemos pedir y recibir: sentirnos cerca, queridos, seguros y que importamos.</translation>
    </message>
    <message>
        <source>Above it is what we show and see; below it is what we feel and need. In this new dance we can share what lies below the line.</source>
        <translation>Por encima está lo que mostramos y vemos; por debajo, lo que sentimos y necesitamos. En este nuevo baile podemos compartir lo que hay debajo de la línea.</translation>
    </message>
    <message>
        <source>What helps us step into this dance, and how do we find our way back to it when the old one starts?</source>
        <translation>¿Qué nos ayuda a entrar en este baile, y cómo volvemos a él cuando empieza el de siempre?</translation>
    </message>
</context>
<context>
    <name>attune::CycleModel</name>
    <message>
        <source>The practice is closed.</source>
        <translation>La consulta está cerrada.</translation>
    </message>
    <message>
        <source>Partner A</source>
        <translation>Integrante A</translation>
    </message>
    <message>
        <source>Partner B</source>
        <translation>Integrante B</translation>
    </message>
    <message>
        <source>%1 of %2, below the line of awareness</source>
        <translation>%1 de %2, por debajo de la línea de conciencia</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1 de %2</translation>
    </message>
</context>
<context>
    <name>attune::CycleTab</name>
    <message>
        <source>Cycle versions</source>
        <translation>Versiones del ciclo</translation>
    </message>
    <message>
        <source>&amp;New version</source>
        <translation>&amp;Nueva versión</translation>
    </message>
    <message>
        <source>Start a new version as a copy of the one shown</source>
        <translation>Iniciar una nueva versión como copia de la que se muestra</translation>
    </message>
    <message>
        <source>&amp;Archive version</source>
        <translation>&amp;Archivar versión</translation>
    </message>
    <message>
        <source>Hide this version from the list; undo brings it back</source>
        <translation>Ocultar esta versión de la lista; al deshacer vuelve a aparecer</translation>
    </message>
    <message>
        <source>&amp;Versions</source>
        <translation>&amp;Versiones</translation>
    </message>
    <message>
        <source>Kind of cycle</source>
        <translation>Tipo de ciclo</translation>
    </message>
    <message>
        <source>Compare with version</source>
        <translation>Comparar con la versión</translation>
    </message>
    <message>
        <source>&amp;Print…</source>
        <translation>&amp;Imprimir…</translation>
    </message>
    <message>
        <source>E&amp;xport…</source>
        <translation>E&amp;xportar…</translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation>&amp;Tipo:</translation>
    </message>
    <message>
        <source>&amp;Compare with:</source>
        <translation>&amp;Comparar con:</translation>
    </message>
    <message>
        <source>Cycle diagram for comparison</source>
        <translation>Diagrama del ciclo para comparar</translation>
    </message>
    <message>
        <source>No cycle mapped yet. Choose New version to start one.</source>
        <translation>Todavía no hay un ciclo mapeado. Elija Nueva versión para empezar uno.</translation>
    </message>
    <message>
        <source>Version %1 · %2
%3</source>
        <translation>Versión %1 · %2
%3</translation>
    </message>
    <message>
        <source>No comparison</source>
        <translation>Sin comparación</translation>
    </message>
    <message>
        <source>Version %1 (%2)</source>
        <translation>Versión %1 (%2)</translation>
    </message>
    <message>
        <source>This could not be recorded in the audit trail: %1</source>
        <translation>Esto no pudo anotarse en el registro de auditoría: %1</translation>
    </message>
    <message>
        <source>Version %1 of this cycle is archived, so it is not listed here.</source>
        <translation>La versión %1 de este ciclo está archivada, por eso no aparece aquí.</translation>
    </message>
    <message>
        <source>Layout of the cycle</source>
        <translation>Disposición del ciclo</translation>
    </message>
    <message>
        <source>Figure eight</source>
        <translation>Ocho (∞)</translation>
    </message>
    <message>
        <source>Boxes</source>
        <translation>Recuadros</translation>
    </message>
    <message>
        <source>La&amp;yout:</source>
        <translation>&amp;Disposición:</translation>
    </message>
    <message>
        <source>Edit this &amp;older version</source>
        <translation>Editar esta versión &amp;anterior</translation>
    </message>
    <message>
        <source>Older versions are read-only so a past map is not changed by accident</source>
        <translation>Las versiones anteriores son de solo lectura para que un mapa pasado no se cambie por descuido</translation>
    </message>
    <message>
        <source>Version %1 · %2 · %3</source>
        <translation>Versión %1 · %2 · %3</translation>
    </message>
    <message>
        <source> (read-only)</source>
        <translation> (solo lectura)</translation>
    </message>
    <message>
        <source>no step changed</source>
        <translation>ningún paso cambió</translation>
    </message>
    <message>
        <source>steps changed, marked in the corner: %1</source>
        <translation>pasos que cambiaron, marcados en la esquina: %1</translation>
    </message>
    <message>
        <source>This cycle version</source>
        <translation>Esta versión del ciclo</translation>
    </message>
    <message>
        <source>Partner %1</source>
        <translation>Miembro %1</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>The cycle was exported, but the export is not in the audit trail yet: %1 It is recorded the next time the practice can be written.</source>
        <translation>El ciclo se exportó, pero la exportación aún no está en el registro de auditoría: %1 Se registrará la próxima vez que se pueda escribir en la consulta.</translation>
    </message>
</context>
<context>
    <name>attune::CycleThumbnail</name>
    <message>
        <source>Latest cycle map</source>
        <translation>Mapa del ciclo más reciente</translation>
    </message>
    <message>
        <source>Cycle map version %1</source>
        <translation>Mapa del ciclo, versión %1</translation>
    </message>
    <message>
        <source>No cycle map yet</source>
        <translation>Todavía no hay mapa del ciclo</translation>
    </message>
    <message>
        <source>Latest cycle map, version %1</source>
        <translation>Último mapa del ciclo, versión %1</translation>
    </message>
</context>
<context>
    <name>attune::CycleView</name>
    <message>
        <source>Cycle diagram</source>
        <translation>Diagrama del ciclo</translation>
    </message>
    <message>
        <source>%1: click to write it</source>
        <translation>%1: haga clic para escribirlo</translation>
    </message>
    <message>
        <source>Edit %1</source>
        <translation>Editar %1</translation>
    </message>
    <message>
        <source>Edit %1 of %2</source>
        <translation>Editar %1 de %2</translation>
    </message>
    <message>
        <source>Enter stores the text, Shift+Enter starts a new line, Escape cancels.</source>
        <translation>Intro guarda el texto, Mayús+Intro inicia una nueva línea, Esc cancela.</translation>
    </message>
    <message>
        <source>Partner A</source>
        <translation>Integrante A</translation>
    </message>
    <message>
        <source>Partner B</source>
        <translation>Integrante B</translation>
    </message>
    <message>
        <source>%1, %2: %3</source>
        <translation>%1, %2: %3</translation>
    </message>
    <message>
        <source>empty</source>
        <translation>vacío</translation>
    </message>
    <message>
        <source> (changed)</source>
        <translation> (cambió)</translation>
    </message>
    <message>
        <source>Up and Down move between steps in reading order, Enter edits one.</source>
        <translation>Arriba y Abajo recorren los pasos en orden de lectura; Intro edita uno.</translation>
    </message>
    <message>
        <source>Enter edits this step.</source>
        <translation>Intro edita este paso.</translation>
    </message>
</context>
<context>
    <name>attune::ExerciseEditor</name>
    <message>
        <source>What happened, in plain words: what was seen, heard or missed.</source>
        <translation>Lo que pasó, en palabras sencillas: lo que se vio, se oyó o faltó.</translation>
    </message>
    <message>
        <source>The first feeling that flared up, e.g. anger, irritation, panic.</source>
        <translation>El primer sentimiento que se encendió, p. ej. enojo, irritación, pánico.</translation>
    </message>
    <message>
        <source>What the partner did next, e.g. criticized, went quiet, left the room.</source>
        <translation>Lo que hizo después, p. ej. criticó, se quedó callado/a, salió del cuarto.</translation>
    </message>
    <message>
        <source>The softer feeling underneath, e.g. hurt, fear, shame, loneliness.</source>
        <translation>El sentimiento más vulnerable de fondo, p. ej. dolor, miedo, vergüenza, soledad.</translation>
    </message>
    <message>
        <source>What the partner longed for, e.g. comfort, reassurance, to matter.</source>
        <translation>Lo que anhelaba, p. ej. consuelo, que le tranquilizaran, sentir que importa.</translation>
    </message>
    <message>
        <source>Five-step exercise</source>
        <translation>Ejercicio de cinco pasos</translation>
    </message>
    <message>
        <source>Storage problem</source>
        <translation>Problema al guardar</translation>
    </message>
    <message>
        <source>Problem with the exercise</source>
        <translation>Problema con el ejercicio</translation>
    </message>
    <message>
        <source>Partner</source>
        <translation>Integrante</translation>
    </message>
    <message>
        <source>Exercise date</source>
        <translation>Fecha del ejercicio</translation>
    </message>
    <message>
        <source>Linked session</source>
        <translation>Sesión vinculada</translation>
    </message>
    <message>
        <source>Incident</source>
        <translation>Incidente</translation>
    </message>
    <message>
        <source>A short title, e.g. &quot;The missed phone call&quot;</source>
        <translation>Un título breve, p. ej. &quot;La llamada perdida&quot;</translation>
    </message>
    <message>
        <source>&amp;Partner:</source>
        <translation>&amp;Integrante:</translation>
    </message>
    <message>
        <source>&amp;Date:</source>
        <translation>&amp;Fecha:</translation>
    </message>
    <message>
        <source>&amp;Session:</source>
        <translation>&amp;Sesión:</translation>
    </message>
    <message>
        <source>&amp;Incident:</source>
        <translation>In&amp;cidente:</translation>
    </message>
    <message>
        <source>&amp;%1. %2</source>
        <translation>&amp;%1. %2</translation>
    </message>
    <message>
        <source>Your changes could not be stored: %1 They stay on screen, and Attune keeps trying to store them.</source>
        <translation>No se pudieron guardar sus cambios: %1 Siguen en la pantalla y Attune sigue intentando guardarlos.</translation>
    </message>
    <message>
        <source>This exercise is archived. Restore it to edit it.</source>
        <translation>Este ejercicio está archivado. Restáurelo para editarlo.</translation>
    </message>
    <message>
        <source>First partner</source>
        <translation>Primer integrante</translation>
    </message>
    <message>
        <source>Second partner</source>
        <translation>Segundo integrante</translation>
    </message>
    <message>
        <source>No session</source>
        <translation>Sin sesión</translation>
    </message>
    <message>
        <source>%1 (stage %2, step %3)</source>
        <translation>%1 (etapa %2, paso %3)</translation>
    </message>
    <message>
        <source>This exercise</source>
        <translation>Este ejercicio</translation>
    </message>
</context>
<context>
    <name>attune::ExercisesTab</name>
    <message>
        <source>&amp;New Exercise</source>
        <translation>&amp;Nuevo ejercicio</translation>
    </message>
    <message>
        <source>Add to &amp;Cycle…</source>
        <translation>A&amp;gregar al ciclo…</translation>
    </message>
    <message>
        <source>&amp;Archive Exercise</source>
        <translation>&amp;Archivar ejercicio</translation>
    </message>
    <message>
        <source>Show arc&amp;hived</source>
        <translation>Mostrar arc&amp;hivados</translation>
    </message>
    <message>
        <source>Exercises</source>
        <translation>Ejercicios</translation>
    </message>
    <message>
        <source>Start a five-step exercise for this couple</source>
        <translation>Iniciar un ejercicio de cinco pasos para esta pareja</translation>
    </message>
    <message>
        <source>Propose this exercise&apos;s steps for the partner&apos;s side of the cycle</source>
        <translation>Proponer los pasos de este ejercicio para el lado del integrante en el ciclo</translation>
    </message>
    <message>
        <source>Show archived exercises</source>
        <translation>Mostrar ejercicios archivados</translation>
    </message>
    <message>
        <source>Five-step exercises</source>
        <translation>Ejercicios de cinco pasos</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Fecha</translation>
    </message>
    <message>
        <source>Partner</source>
        <translation>Integrante</translation>
    </message>
    <message>
        <source>Incident</source>
        <translation>Incidente</translation>
    </message>
    <message>
        <source>Exercise messages</source>
        <translation>Mensajes de ejercicios</translation>
    </message>
    <message>
        <source>First partner</source>
        <translation>Primer integrante</translation>
    </message>
    <message>
        <source>Second partner</source>
        <translation>Segundo integrante</translation>
    </message>
    <message>
        <source>(untitled incident)</source>
        <translation>(incidente sin título)</translation>
    </message>
    <message>
        <source>&amp;Restore Exercise</source>
        <translation>&amp;Restaurar ejercicio</translation>
    </message>
    <message>
        <source>The exercise&apos;s steps are now in cycle version %1.</source>
        <translation>Los pasos del ejercicio ya están en la versión %1 del ciclo.</translation>
    </message>
    <message>
        <source>The exercise&apos;s steps started the couple&apos;s first cycle map.</source>
        <translation>Los pasos del ejercicio iniciaron el primer mapa del ciclo de la pareja.</translation>
    </message>
    <message>
        <source>&amp;Print Exercise…</source>
        <translation>Im&amp;primir ejercicio…</translation>
    </message>
    <message>
        <source>Print this exercise as filled in, in the language you choose</source>
        <translation>Imprimir este ejercicio tal como se completó, en el idioma que elija</translation>
    </message>
    <message>
        <source>Print Exercise</source>
        <translation>Imprimir ejercicio</translation>
    </message>
    <message>
        <source>This could not be recorded in the audit trail: %1</source>
        <translation>Esto no pudo anotarse en el registro de auditoría: %1</translation>
    </message>
    <message>
        <source>Exercise details</source>
        <translation>Detalles del ejercicio</translation>
    </message>
</context>
<context>
    <name>attune::ExportCouplesDialog</name>
    <message>
        <source>Export Couples</source>
        <translation>Exportar parejas</translation>
    </message>
    <message>
        <source>Choose the couples whose records go into the case file. Everything they hold is included: sessions, cycle maps, exercises and archived items.</source>
        <translation>Elija las parejas cuyos registros van al expediente. Se incluye todo lo que contienen: sesiones, mapas del ciclo, ejercicios y elementos archivados.</translation>
    </message>
    <message>
        <source>Couples to export</source>
        <translation>Parejas para exportar</translation>
    </message>
    <message>
        <source>%1 (archived)</source>
        <translation>%1 (archivada)</translation>
    </message>
    <message>
        <source>Select &amp;All</source>
        <translation>Seleccionar &amp;todas</translation>
    </message>
    <message>
        <source>Select &amp;None</source>
        <translation>Seleccionar &amp;ninguna</translation>
    </message>
    <message>
        <source>&amp;Export…</source>
        <translation>&amp;Exportar…</translation>
    </message>
    <message numerus="yes">
        <source>&amp;Export %n Couple(s)…</source>
        <translation>
            <numerusform>&amp;Exportar %n pareja…</numerusform>
            <numerusform>&amp;Exportar %n parejas…</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>attune::FindWindow</name>
    <message>
        <source>Find</source>
        <translation>Buscar</translation>
    </message>
    <message>
        <source>Words to find, &quot;a phrase&quot;, -word to leave out</source>
        <translation>Palabras que buscar, &quot;una frase&quot;, -palabra para dejarla fuera</translation>
    </message>
    <message>
        <source>Find in the whole practice</source>
        <translation>Buscar en toda la consulta</translation>
    </message>
    <message>
        <source>C&amp;ouple:</source>
        <translation>&amp;Pareja:</translation>
    </message>
    <message>
        <source>Only this couple</source>
        <translation>Solo esta pareja</translation>
    </message>
    <message>
        <source>Include &amp;archived</source>
        <translation>Incluir &amp;archivados</translation>
    </message>
    <message>
        <source>Also search archived couples, sessions, cycle versions and exercises</source>
        <translation>Buscar también en parejas, sesiones, versiones del ciclo y ejercicios archivados</translation>
    </message>
    <message>
        <source>Search results</source>
        <translation>Resultados de la búsqueda</translation>
    </message>
    <message>
        <source>Search summary</source>
        <translation>Resumen de la búsqueda</translation>
    </message>
    <message>
        <source>All couples</source>
        <translation>Todas las parejas</translation>
    </message>
    <message>
        <source>%1 (archived)</source>
        <translation>%1 (archivada)</translation>
    </message>
    <message>
        <source>Type words to find them in every note, cycle, exercise and couple&apos;s record: &quot;a phrase&quot; finds those words together, -word leaves out what has that word.</source>
        <translation>Escriba palabras para encontrarlas en cada nota, ciclo, ejercicio y registro de pareja: &quot;una frase&quot; encuentra esas palabras juntas, -palabra deja fuera lo que tenga esa palabra.</translation>
    </message>
    <message>
        <source>Nothing was found for %1.</source>
        <translation>No se encontró nada para %1.</translation>
    </message>
    <message>
        <source>Nothing was found for %1. Archived records are left out; tick Include archived to search them too.</source>
        <translation>No se encontró nada para %1. Los registros archivados quedan fuera; marque Incluir archivados para buscar también en ellos.</translation>
    </message>
    <message>
        <source>The best %1 of %2 results; add a word to narrow the search.</source>
        <translation>Los mejores %1 de %2 resultados; agregue una palabra para acotar la búsqueda.</translation>
    </message>
    <message numerus="yes">
        <source>%n result(s)</source>
        <translation>
            <numerusform>%n resultado</numerusform>
            <numerusform>%n resultados</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n couple(s)</source>
        <translation>
            <numerusform>%n pareja</numerusform>
            <numerusform>%n parejas</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>attune::FirstRunPage</name>
    <message>
        <source>New couple</source>
        <translation>Nueva pareja</translation>
    </message>
    <message>
        <source>Open a demo practice</source>
        <translation>Abrir una consulta de demostración</translation>
    </message>
    <message>
        <source>Open a practice…</source>
        <translation>Abrir una consulta…</translation>
    </message>
    <message>
        <source>Welcome</source>
        <translation>Bienvenida</translation>
    </message>
    <message>
        <source>Welcome to Attune</source>
        <translation>Le damos la bienvenida a Attune</translation>
    </message>
    <message>
        <source>This practice has no couples yet. Begin with your first couple, explore Attune in a demo practice of fictional couples, or open a practice you already keep.</source>
        <translation>Esta consulta aún no tiene parejas. Empiece con su primera pareja, explore Attune en una consulta de demostración con parejas ficticias o abra una consulta que ya lleve.</translation>
    </message>
    <message>
        <source>Add the first couple to this practice (Ctrl+N)</source>
        <translation>Añadir la primera pareja a esta consulta (Ctrl+N)</translation>
    </message>
    <message>
        <source>Make a practice of synthetic couples next to this one and open it</source>
        <translation>Crear junto a esta una consulta de parejas sintéticas y abrirla</translation>
    </message>
    <message>
        <source>Open an existing practice file (Ctrl+O)</source>
        <translation>Abrir un archivo de consulta existente (Ctrl+O)</translation>
    </message>
</context>
<context>
    <name>attune::GoalEditor</name>
    <message>
        <source>Goal in the couple&apos;s words</source>
        <translation>Objetivo en palabras de la pareja</translation>
    </message>
    <message>
        <source>Goal in the therapist&apos;s words</source>
        <translation>Objetivo en palabras del terapeuta</translation>
    </message>
    <message>
        <source>Objectives, one per line</source>
        <translation>Metas concretas, una por línea</translation>
    </message>
    <message>
        <source>By</source>
        <translation>Para el</translation>
    </message>
    <message>
        <source>Review note</source>
        <translation>Nota de la revisión</translation>
    </message>
    <message>
        <source>Add &amp;Review</source>
        <translation>Añadir &amp;revisión</translation>
    </message>
    <message>
        <source>Stage %1 · %2</source>
        <translation>Etapa %1 · %2</translation>
    </message>
    <message>
        <source>EFT stage and step</source>
        <translation>Etapa y paso de la EFT</translation>
    </message>
    <message>
        <source>Interventions planned</source>
        <translation>Intervenciones previstas</translation>
    </message>
    <message>
        <source>e.g. tracking the cycle, evocative responding</source>
        <translation>p. ej., seguir el ciclo, respuesta evocadora</translation>
    </message>
    <message>
        <source>Has a target date</source>
        <translation>Tiene fecha prevista</translation>
    </message>
    <message>
        <source>Target date</source>
        <translation>Fecha prevista</translation>
    </message>
    <message>
        <source>Goal status</source>
        <translation>Estado del objetivo</translation>
    </message>
    <message>
        <source>Status at this review</source>
        <translation>Estado en esta revisión</translation>
    </message>
    <message>
        <source>Review date</source>
        <translation>Fecha de la revisión</translation>
    </message>
    <message>
        <source>Reviews</source>
        <translation>Revisiones</translation>
    </message>
    <message>
        <source>The couple&apos;s &amp;words:</source>
        <translation>&amp;Palabras de la pareja:</translation>
    </message>
    <message>
        <source>The &amp;therapist&apos;s words:</source>
        <translation>Palabras del &amp;terapeuta:</translation>
    </message>
    <message>
        <source>&amp;Objectives:</source>
        <translation>&amp;Metas:</translation>
    </message>
    <message>
        <source>E&amp;FT step:</source>
        <translation>Paso de la E&amp;FT:</translation>
    </message>
    <message>
        <source>&amp;Interventions:</source>
        <translation>&amp;Intervenciones:</translation>
    </message>
    <message>
        <source>Target &amp;date:</source>
        <translation>&amp;Fecha prevista:</translation>
    </message>
    <message>
        <source>St&amp;atus:</source>
        <translation>Est&amp;ado:</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Not reviewed yet.</source>
        <translation>Aún sin revisar.</translation>
    </message>
    <message>
        <source>Re&amp;viewed:</source>
        <translation>Re&amp;visado el:</translation>
    </message>
    <message>
        <source>Stat&amp;us then:</source>
        <translation>Estado &amp;entonces:</translation>
    </message>
</context>
<context>
    <name>attune::HomeworkList</name>
    <message>
        <source>Homework</source>
        <translation>Tarea</translation>
    </message>
    <message>
        <source>Type new homework, then Enter</source>
        <translation>Escriba una tarea nueva y pulse Intro</translation>
    </message>
    <message>
        <source>New homework</source>
        <translation>Tarea nueva</translation>
    </message>
    <message>
        <source>Enter adds it to the homework list</source>
        <translation>Intro la añade a la lista de tareas</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Quitar</translation>
    </message>
    <message>
        <source>Remove homework</source>
        <translation>Quitar tarea</translation>
    </message>
    <message>
        <source>Remove the selected homework (Delete)</source>
        <translation>Quitar la tarea seleccionada (Supr)</translation>
    </message>
</context>
<context>
    <name>attune::ImportConflictDialog</name>
    <message>
        <source>Couple</source>
        <translation>Pareja</translation>
    </message>
    <message>
        <source>Session</source>
        <translation>Sesión</translation>
    </message>
    <message>
        <source>Cycle map</source>
        <translation>Mapa del ciclo</translation>
    </message>
    <message>
        <source>Five-step exercise</source>
        <translation>Ejercicio de cinco pasos</translation>
    </message>
    <message>
        <source>&amp;Skip them: keep what this practice has</source>
        <translation>&amp;Omitirlos: conservar lo que tiene esta consulta</translation>
    </message>
    <message>
        <source>&amp;Replace them with the case file&apos;s versions (signed notes stay)</source>
        <translation>&amp;Reemplazarlos con las versiones del expediente (las notas firmadas se conservan)</translation>
    </message>
    <message>
        <source>Import them as &amp;copies next to what this practice has</source>
        <translation>Importarlos como &amp;copias junto a lo que tiene esta consulta</translation>
    </message>
    <message>
        <source>Records Already in This Practice</source>
        <translation>Registros que ya están en esta consulta</translation>
    </message>
    <message>
        <source>Records that differ</source>
        <translation>Registros distintos</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation>&amp;Importar</translation>
    </message>
    <message numerus="yes">
        <source>The case file has %n record(s) that this practice holds with different content. Identical records are skipped in any case.</source>
        <translation>
            <numerusform>El expediente tiene %n registro que esta consulta guarda con otro contenido. Los registros idénticos se omiten de todos modos.</numerusform>
            <numerusform>El expediente tiene %n registros que esta consulta guarda con otro contenido. Los registros idénticos se omiten de todos modos.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>attune::LockController</name>
    <message>
        <source>&amp;Lock Practice</source>
        <translation>&amp;Bloquear consulta</translation>
    </message>
    <message>
        <source>Practice &amp;Lock…</source>
        <translation>Bl&amp;oqueo de la consulta…</translation>
    </message>
    <message>
        <source>Hide everything until the practice passphrase is entered</source>
        <translation>Ocultar todo hasta que se escriba la frase de contraseña de la consulta</translation>
    </message>
    <message>
        <source>Set, change or remove the practice passphrase</source>
        <translation>Establecer, cambiar o quitar la frase de contraseña de la consulta</translation>
    </message>
    <message>
        <source>That passphrase was not right. Try again.</source>
        <translation>Esa frase de contraseña no era correcta. Vuelva a intentarlo.</translation>
    </message>
    <message>
        <source>Lock Practice</source>
        <translation>Bloquear consulta</translation>
    </message>
    <message>
        <source>The practice can only be locked once it has a passphrase.</source>
        <translation>La consulta solo se puede bloquear cuando tiene una frase de contraseña.</translation>
    </message>
    <message>
        <source>Set Passphrase…</source>
        <translation>Establecer frase de contraseña…</translation>
    </message>
    <message>
        <source>Wait a moment before trying again.</source>
        <translation>Espere un momento antes de volver a intentarlo.</translation>
    </message>
    <message numerus="yes">
        <source>That passphrase is not right. You can try again in %n second(s).</source>
        <translation>
            <numerusform>Esa frase de contraseña no es correcta. Puede volver a intentarlo en %n segundo.</numerusform>
            <numerusform>Esa frase de contraseña no es correcta. Puede volver a intentarlo en %n segundos.</numerusform>
        </translation>
    </message>
    <message>
        <source>attempt %1</source>
        <translation type="vanished">intento %1</translation>
    </message>
    <message>
        <source>This could not be recorded in the audit trail: %1</source>
        <translation>Esto no se pudo anotar en el registro de auditoría: %1</translation>
    </message>
    <message>
        <source>Attune — locked</source>
        <translation>Attune — bloqueado</translation>
    </message>
    <message>
        <source>The practice could not be opened: %1</source>
        <translation>No se pudo abrir la consulta: %1</translation>
    </message>
</context>
<context>
    <name>attune::LockScreen</name>
    <message>
        <source>&amp;Unlock</source>
        <translation>&amp;Desbloquear</translation>
    </message>
    <message>
        <source>Attune is locked</source>
        <translation>Attune está bloqueado</translation>
    </message>
    <message>
        <source>Enter the practice passphrase to continue.</source>
        <translation>Escriba la frase de contraseña de la consulta para continuar.</translation>
    </message>
    <message>
        <source>Passphrase</source>
        <translation>Frase de contraseña</translation>
    </message>
    <message>
        <source>Unlock</source>
        <translation>Desbloquear</translation>
    </message>
    <message>
        <source>Unlock message</source>
        <translation>Mensaje de desbloqueo</translation>
    </message>
</context>
<context>
    <name>attune::MainWindow</name>
    <message>
        <source>Attune</source>
        <translation>Attune</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Archivo</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Salir</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>Ay&amp;uda</translation>
    </message>
    <message>
        <source>&amp;About Attune</source>
        <translation>&amp;Acerca de Attune</translation>
    </message>
    <message>
        <source>No couple selected</source>
        <translation>Ninguna pareja seleccionada</translation>
    </message>
    <message>
        <source>This couple could not be shown</source>
        <translation>No se pudo mostrar esta pareja</translation>
    </message>
    <message>
        <source>About Attune</source>
        <translation>Acerca de Attune</translation>
    </message>
    <message numerus="yes">
        <source>%n couple(s) shown</source>
        <translation>
            <numerusform>Se muestra %n pareja</numerusform>
            <numerusform>Se muestran %n parejas</numerusform>
        </translation>
    </message>
    <message>
        <source>Couple workspace</source>
        <translation>Espacio de trabajo de la pareja</translation>
    </message>
    <message>
        <source>&amp;Overview</source>
        <translation>&amp;Resumen</translation>
    </message>
    <message>
        <source>&amp;Sessions</source>
        <translation>Sesio&amp;nes</translation>
    </message>
    <message>
        <source>C&amp;ycle</source>
        <translation>&amp;Ciclo</translation>
    </message>
    <message>
        <source>E&amp;xercises</source>
        <translation>E&amp;jercicios</translation>
    </message>
    <message>
        <source>&amp;Progress</source>
        <translation>Pro&amp;greso</translation>
    </message>
    <message>
        <source>No couples here yet</source>
        <translation>Todavía no hay parejas aquí</translation>
    </message>
    <message>
        <source>Add a couple with Couple → New Couple… (Ctrl+N).</source>
        <translation>Agregue una pareja con Pareja → Nueva pareja… (Ctrl+N).</translation>
    </message>
    <message>
        <source>Choose a couple on the left.</source>
        <translation>Elija una pareja a la izquierda.</translation>
    </message>
    <message>
        <source>%1 (%2) and %3 (%4) · %5</source>
        <translation>%1 (%2) y %3 (%4) · %5</translation>
    </message>
    <message>
        <source> · stage %1, step %2</source>
        <translation> · etapa %1, paso %2</translation>
    </message>
    <message>
        <source>archived</source>
        <translation>archivada</translation>
    </message>
    <message>
        <source>Some of your changes could not be stored: %1</source>
        <translation>Algunos de sus cambios no se pudieron guardar: %1</translation>
    </message>
    <message>
        <source>Retry after fixing the problem, keep the window open, or quit without them.</source>
        <translation>Vuelva a intentarlo después de corregir el problema, deje la ventana abierta o salga sin ellos.</translation>
    </message>
    <message>
        <source>That step could not be undone or redone: %1</source>
        <translation>No se pudo deshacer ni rehacer ese paso: %1</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Editar</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Deshacer</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Rehacer</translation>
    </message>
    <message>
        <source>&amp;Preferences…</source>
        <translation>&amp;Preferencias…</translation>
    </message>
    <message>
        <source>&amp;Session</source>
        <translation>&amp;Sesión</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Ver</translation>
    </message>
    <message>
        <source>EFT &amp;Quick Reference</source>
        <translation>&amp;Referencia rápida de TFE</translation>
    </message>
    <message>
        <source>&amp;New Practice…</source>
        <translation>&amp;Nueva consulta…</translation>
    </message>
    <message>
        <source>&amp;Open Practice…</source>
        <translation>&amp;Abrir consulta…</translation>
    </message>
    <message>
        <source>Open &amp;Recent</source>
        <translation>Abrir &amp;recientes</translation>
    </message>
    <message>
        <source>No other recent practices</source>
        <translation>No hay otras consultas recientes</translation>
    </message>
    <message>
        <source>&amp;Couple</source>
        <translation>&amp;Pareja</translation>
    </message>
    <message>
        <source>&amp;New Couple…</source>
        <translation>&amp;Nueva pareja…</translation>
    </message>
    <message>
        <source>&amp;Pause</source>
        <translation>Pa&amp;usar</translation>
    </message>
    <message>
        <source>&amp;Close Case</source>
        <translation>&amp;Cerrar caso</translation>
    </message>
    <message>
        <source>&amp;Reopen</source>
        <translation>Rea&amp;brir</translation>
    </message>
    <message>
        <source>Progress &amp;Report…</source>
        <translation>&amp;Informe de progreso…</translation>
    </message>
    <message>
        <source>&amp;Archive Couple</source>
        <translation>&amp;Archivar pareja</translation>
    </message>
    <message>
        <source>Show &amp;Archived Couples</source>
        <translation>&amp;Mostrar parejas archivadas</translation>
    </message>
    <message>
        <source>Restore &amp;Archived Couple</source>
        <translation>Restaurar pareja &amp;archivada</translation>
    </message>
    <message>
        <source>New Practice</source>
        <translation>Nueva consulta</translation>
    </message>
    <message>
        <source>Attune practices (*.db)</source>
        <translation>Consultas de Attune (*.db)</translation>
    </message>
    <message>
        <source>%1 already exists. Choose a new name, or open it with File → Open Practice.</source>
        <translation>%1 ya existe. Elija otro nombre, o ábralo con Archivo → Abrir consulta.</translation>
    </message>
    <message>
        <source>Open Practice</source>
        <translation>Abrir consulta</translation>
    </message>
    <message>
        <source>Attune practices (*.db);;All files (*)</source>
        <translation>Consultas de Attune (*.db);;Todos los archivos (*)</translation>
    </message>
    <message>
        <source>Your changes here could not be stored yet, so this practice stays open: %1</source>
        <translation>Sus cambios aquí todavía no se pudieron guardar, así que esta consulta sigue abierta: %1</translation>
    </message>
    <message>
        <source>Close Case</source>
        <translation>Cerrar caso</translation>
    </message>
    <message>
        <source>Close the case of %1? It stays in the practice and can be reopened.</source>
        <translation>¿Cerrar el caso de %1? Se queda en la consulta y se puede reabrir.</translation>
    </message>
    <message>
        <source>Archive Couple</source>
        <translation>Archivar pareja</translation>
    </message>
    <message>
        <source>Archive %1? Archived couples are hidden from the list and can be restored from Show Archived Couples.</source>
        <translation>¿Archivar a %1? Las parejas archivadas se ocultan de la lista y se pueden restaurar desde Mostrar parejas archivadas.</translation>
    </message>
    <message>
        <source>&lt;h3&gt;Attune %1&lt;/h3&gt;&lt;p&gt;Case notes for couples therapists who work with Emotionally Focused Therapy.&lt;/p&gt;&lt;p&gt;Your practice stays in one private file on this computer:&lt;br&gt;%2&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Attune %1&lt;/h3&gt;&lt;p&gt;Notas clínicas para terapeutas de pareja que trabajan con la Terapia Focalizada en las Emociones (TFE).&lt;/p&gt;&lt;p&gt;Su consulta se guarda en un único archivo privado en esta computadora:&lt;br&gt;%2&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&amp;Undo %1</source>
        <translation>&amp;Deshacer: %1</translation>
    </message>
    <message>
        <source>&amp;Redo %1</source>
        <translation>&amp;Rehacer: %1</translation>
    </message>
    <message>
        <source>Undo has to wait until your typing is stored: %1</source>
        <translation>Para deshacer hay que esperar a que se guarde lo que escribió: %1</translation>
    </message>
    <message>
        <source>Redo has to wait until your typing is stored: %1</source>
        <translation>Para rehacer hay que esperar a que se guarde lo que escribió: %1</translation>
    </message>
    <message>
        <source>The automatic backup failed: %1</source>
        <translation>Falló el respaldo automático: %1</translation>
    </message>
    <message>
        <source>Backed up to %1</source>
        <translation>Respaldo guardado en %1</translation>
    </message>
    <message>
        <source>Back Up &amp;Now</source>
        <translation>Res&amp;paldar ahora</translation>
    </message>
    <message>
        <source>Back Up Now</source>
        <translation>Respaldar ahora</translation>
    </message>
    <message>
        <source>The practice was backed up to %1.</source>
        <translation>Se respaldó la consulta en %1.</translation>
    </message>
    <message>
        <source>Restore from &amp;Backup…</source>
        <translation>Restaurar desde un respal&amp;do…</translation>
    </message>
    <message>
        <source>Restore from Backup</source>
        <translation>Restaurar desde un respaldo</translation>
    </message>
    <message>
        <source>Attune backups (*.db *.attune-backup);;All files (*)</source>
        <translation>Respaldos de Attune (*.db *.attune-backup);;Todos los archivos (*)</translation>
    </message>
    <message>
        <source>The backup&apos;s passphrase:</source>
        <translation>Frase de contraseña del respaldo:</translation>
    </message>
    <message>
        <source>This backup cannot be restored: %1</source>
        <translation>No se puede restaurar este respaldo: %1</translation>
    </message>
    <message>
        <source>Replace the open practice with this backup? The current practice file is kept aside beside it, not deleted.</source>
        <translation>¿Reemplazar la consulta abierta con este respaldo? El archivo actual de la consulta se conserva aparte, junto a él; no se elimina.</translation>
    </message>
    <message>
        <source>Today &amp;&amp; Caseload</source>
        <translation>Hoy y casos</translation>
    </message>
    <message>
        <source>Today&apos;s and the next seven days&apos; appointments, and the caseload (Ctrl+0)</source>
        <translation>Las citas de hoy y de los próximos siete días, y los casos (Ctrl+0)</translation>
    </message>
    <message>
        <source>That couple is not in the list (is it archived?).</source>
        <translation>Esa pareja no está en la lista (¿está archivada?).</translation>
    </message>
    <message>
        <source>The language will change once your changes are stored: %1</source>
        <translation>El idioma cambiará cuando se hayan guardado sus cambios: %1</translation>
    </message>
    <message>
        <source>&amp;Today &amp;&amp; Caseload</source>
        <translation>&amp;Hoy y casos</translation>
    </message>
    <message>
        <source>&amp;Audit Trail…</source>
        <translation>Registro de &amp;auditoría…</translation>
    </message>
    <message>
        <source>&amp;Find…</source>
        <translation>&amp;Buscar…</translation>
    </message>
    <message>
        <source>Find &amp;Couple</source>
        <translation>Buscar &amp;pareja</translation>
    </message>
    <message>
        <source>That couple is no longer in the practice.</source>
        <translation>Esa pareja ya no está en la consulta.</translation>
    </message>
    <message>
        <source>Some changes could not be stored before locking: %1</source>
        <translation>Algunos cambios no se pudieron guardar antes de bloquear: %1</translation>
    </message>
    <message>
        <source>Attune demo practice</source>
        <translation>Consulta de demostración de Attune</translation>
    </message>
    <message>
        <source>Attune demo practice %1</source>
        <translation>Consulta de demostración de Attune %1</translation>
    </message>
    <message>
        <source>Open a Demo Practice</source>
        <translation>Abrir una consulta de demostración</translation>
    </message>
    <message>
        <source>The demo practice could not be made: %1</source>
        <translation>No se pudo crear la consulta de demostración: %1</translation>
    </message>
    <message>
        <source>The practice was not opened.</source>
        <translation>La consulta no se abrió.</translation>
    </message>
    <message>
        <source>The practice could not be saved: %1</source>
        <translation>No se pudo guardar la consulta: %1</translation>
    </message>
    <message>
        <source>Pro&amp;tect Practice…</source>
        <translation>Pro&amp;teger la consulta…</translation>
    </message>
    <message>
        <source>Encrypt the practice file and its backups with a passphrase</source>
        <translation>Cifrar el archivo de la consulta y sus copias de seguridad con una frase de contraseña</translation>
    </message>
    <message>
        <source>C&amp;hange Passphrase…</source>
        <translation>Cam&amp;biar la frase de contraseña…</translation>
    </message>
    <message>
        <source>Remove Pr&amp;otection…</source>
        <translation>Quitar la pr&amp;otección…</translation>
    </message>
    <message>
        <source>Protect Practice</source>
        <translation>Proteger la consulta</translation>
    </message>
    <message>
        <source>Your changes could not be stored, so the practice was not protected: %1</source>
        <translation>No se pudieron guardar sus cambios, así que la consulta no se protegió: %1</translation>
    </message>
    <message>
        <source>The practice is protected: its file is encrypted and opens only with the passphrase.</source>
        <translation>La consulta está protegida: su archivo está cifrado y solo se abre con la frase de contraseña.</translation>
    </message>
    <message numerus="yes">
        <source>%n plain backup(s) were overwritten and removed.</source>
        <translation>
            <numerusform>%n copia de seguridad sin cifrar se sobrescribió y se eliminó.</numerusform>
            <numerusform>%n copias de seguridad sin cifrar se sobrescribieron y se eliminaron.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n plain backup(s) were encrypted and their plain copies overwritten and removed.</source>
        <translation>
            <numerusform>%n copia de seguridad sin cifrar se cifró y su copia sin cifrar se sobrescribió y se eliminó.</numerusform>
            <numerusform>%n copias de seguridad sin cifrar se cifraron y sus copias sin cifrar se sobrescribieron y se eliminaron.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n backup(s) could not be converted and are still plain; remove them.</source>
        <translation>
            <numerusform>%n copia de seguridad no se pudo convertir y sigue sin cifrar; elimínela.</numerusform>
            <numerusform>%n copias de seguridad no se pudieron convertir y siguen sin cifrar; elimínelas.</numerusform>
        </translation>
    </message>
    <message>
        <source>Remove Protection</source>
        <translation>Quitar la protección</translation>
    </message>
    <message>
        <source>Without protection the practice file is no longer encrypted: anyone with the laptop, its disk or a copy of the file can read every client&apos;s record.</source>
        <translation>Sin protección, el archivo de la consulta deja de estar cifrado: cualquiera con el portátil, su disco o una copia del archivo puede leer el historial de cada cliente.</translation>
    </message>
    <message>
        <source>The window lock goes with it. Encrypted backups keep needing the passphrase.</source>
        <translation>El bloqueo de la ventana también se quita. Las copias de seguridad cifradas siguen necesitando la frase de contraseña.</translation>
    </message>
    <message>
        <source>The practice&apos;s passphrase:</source>
        <translation>Frase de contraseña de la consulta:</translation>
    </message>
    <message>
        <source>That passphrase is not right, so the practice stays protected.</source>
        <translation>Esa frase de contraseña no es correcta, así que la consulta sigue protegida.</translation>
    </message>
    <message>
        <source>Your changes could not be stored, so the practice stays protected: %1</source>
        <translation>No se pudieron guardar sus cambios, así que la consulta sigue protegida: %1</translation>
    </message>
    <message>
        <source>The practice stays protected: %1</source>
        <translation>La consulta sigue protegida: %1</translation>
    </message>
    <message>
        <source>The practice is no longer protected: it is a plain file that anyone with the disk can read.</source>
        <translation>La consulta ya no está protegida: es un archivo sin cifrar que cualquiera con el disco puede leer.</translation>
    </message>
    <message>
        <source>Could not copy the backup.</source>
        <translation>No se pudo copiar la copia de seguridad.</translation>
    </message>
    <message>
        <source>P&amp;lan</source>
        <translation>P&amp;lan</translation>
    </message>
    <message>
        <source>Print Re&amp;cord…</source>
        <translation>Imprimir &amp;historia…</translation>
    </message>
    <message>
        <source>%1 is an empty file, left when creating a practice was interrupted. Create a new, empty practice in its place?</source>
        <translation>%1 es un archivo vacío que quedó al interrumpirse la creación de una consulta. ¿Crear una consulta nueva y vacía en su lugar?</translation>
    </message>
    <message>
        <source>Changes made by another program were loaded.</source>
        <translation>Se cargaron los cambios hechos por otro programa.</translation>
    </message>
    <message>
        <source>Restore Unsaved Note</source>
        <translation>Recuperar nota no guardada</translation>
    </message>
    <message>
        <source>When Attune last ran, a session note could not be stored. It was kept so nothing is lost. Put it back into its session now?</source>
        <translation>La última vez que se ejecutó Attune, una nota de sesión no se pudo guardar. Se conservó para que no se pierda nada. ¿Devolverla ahora a su sesión?</translation>
    </message>
    <message>
        <source>&amp;Restore the Note</source>
        <translation>&amp;Recuperar la nota</translation>
    </message>
    <message>
        <source>&amp;Discard It</source>
        <translation>&amp;Descartarla</translation>
    </message>
    <message>
        <source>The kept note could not be stored: %1 It stays kept for the next start.</source>
        <translation>La nota conservada no se pudo guardar: %1 Se sigue conservando para el próximo inicio.</translation>
    </message>
</context>
<context>
    <name>attune::NewCoupleDialog</name>
    <message>
        <source>New Couple</source>
        <translation>Nueva pareja</translation>
    </message>
    <message>
        <source>New couple</source>
        <translation>Nueva pareja</translation>
    </message>
    <message>
        <source>&amp;Create Couple</source>
        <translation>&amp;Crear pareja</translation>
    </message>
</context>
<context>
    <name>attune::OutcomesSection</name>
    <message>
        <source>Outcome totals</source>
        <translation>Puntajes totales de resultados</translation>
    </message>
    <message>
        <source>%1 (%2–%3):</source>
        <translation>%1 (%2–%3):</translation>
    </message>
    <message>
        <source>Not given</source>
        <translation>Sin dato</translation>
    </message>
    <message>
        <source>First partner</source>
        <translation>Primer integrante</translation>
    </message>
    <message>
        <source>Second partner</source>
        <translation>Segundo integrante</translation>
    </message>
    <message>
        <source>%1: %2 total</source>
        <translation>%1: puntaje total del %2</translation>
    </message>
</context>
<context>
    <name>attune::OverviewTab</name>
    <message>
        <source>Overview</source>
        <translation>Resumen</translation>
    </message>
    <message>
        <source>Latest session summary</source>
        <translation>Resumen de la última sesión</translation>
    </message>
    <message>
        <source>Storage problem</source>
        <translation>Problema al guardar</translation>
    </message>
    <message>
        <source>Your changes could not be stored: %1 They stay on screen, and Attune keeps trying to store them.</source>
        <translation>No se pudieron guardar sus cambios: %1 Siguen en la pantalla y Attune sigue intentando guardarlos.</translation>
    </message>
    <message>
        <source>No couple selected.</source>
        <translation>No hay ninguna pareja seleccionada.</translation>
    </message>
    <message>
        <source>No sessions yet.</source>
        <translation>Todavía no hay sesiones.</translation>
    </message>
    <message numerus="yes">
        <source>%n session(s)</source>
        <translation>
            <numerusform>%n sesión</numerusform>
            <numerusform>%n sesiones</numerusform>
        </translation>
    </message>
    <message>
        <source>Latest session %1: stage %2 (%3), step %4 · %5</source>
        <translation>Última sesión %1: etapa %2 (%3), paso %4 · %5</translation>
    </message>
    <message>
        <source>Couple details</source>
        <translation>Detalles de la pareja</translation>
    </message>
    <message>
        <source>This couple&apos;s details</source>
        <translation>Los datos de esta pareja</translation>
    </message>
</context>
<context>
    <name>attune::PartnerFields</name>
    <message>
        <source>English</source>
        <translation>Inglés</translation>
    </message>
    <message>
        <source>Spanish</source>
        <translation>Español</translation>
    </message>
    <message>
        <source>Vietnamese</source>
        <translation>Vietnamita</translation>
    </message>
    <message>
        <source>Chinese</source>
        <translation>Chino</translation>
    </message>
    <message>
        <source>Arabic</source>
        <translation>Árabe</translation>
    </message>
    <message>
        <source>French</source>
        <translation>Francés</translation>
    </message>
    <message>
        <source>German</source>
        <translation>Alemán</translation>
    </message>
    <message>
        <source>Portuguese</source>
        <translation>Portugués</translation>
    </message>
    <message>
        <source>Tagalog</source>
        <translation>Tagalo</translation>
    </message>
    <message>
        <source>Korean</source>
        <translation>Coreano</translation>
    </message>
    <message>
        <source>Hindi</source>
        <translation>Hindi</translation>
    </message>
    <message>
        <source>Urdu</source>
        <translation>Urdu</translation>
    </message>
    <message>
        <source>Russian</source>
        <translation>Ruso</translation>
    </message>
    <message>
        <source>Persian</source>
        <translation>Persa</translation>
    </message>
    <message>
        <source>Hebrew</source>
        <translation>Hebreo</translation>
    </message>
    <message>
        <source>First partner</source>
        <translation>Primer integrante</translation>
    </message>
    <message>
        <source>Second partner</source>
        <translation>Segundo integrante</translation>
    </message>
    <message>
        <source>%1: name</source>
        <translation>%1: nombre</translation>
    </message>
    <message>
        <source>%1: pronouns</source>
        <translation>%1: pronombres</translation>
    </message>
    <message>
        <source>e.g. she/her</source>
        <translation>p. ej. ella</translation>
    </message>
    <message>
        <source>%1: preferred language</source>
        <translation>%1: idioma preferido</translation>
    </message>
    <message>
        <source>%1: position in the cycle</source>
        <translation>%1: posición en el ciclo</translation>
    </message>
    <message>
        <source>%1: need for closeness</source>
        <translation>%1: necesidad de cercanía</translation>
    </message>
    <message>
        <source>%1: need for alone time</source>
        <translation>%1: necesidad de tiempo a solas</translation>
    </message>
    <message>
        <source>0 = no need for closeness, %1 = a strong need</source>
        <translation>0 = ninguna necesidad de cercanía, %1 = una necesidad fuerte</translation>
    </message>
    <message>
        <source>0 = no need for time alone, %1 = a strong need</source>
        <translation>0 = ninguna necesidad de tiempo a solas, %1 = una necesidad fuerte</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>Nom&amp;bre:</translation>
    </message>
    <message>
        <source>&amp;Pronouns:</source>
        <translation>Pro&amp;nombres:</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>Idio&amp;ma:</translation>
    </message>
    <message>
        <source>P&amp;osition:</source>
        <translation>P&amp;osición:</translation>
    </message>
    <message>
        <source>Need for &amp;closeness:</source>
        <translation>Necesidad de &amp;cercanía:</translation>
    </message>
    <message>
        <source>Need for &amp;alone time:</source>
        <translation>Necesidad de tiempo a &amp;solas:</translation>
    </message>
    <message>
        <source>%1 / %2</source>
        <translation>%1 / %2</translation>
    </message>
</context>
<context>
    <name>attune::PassphraseDialog</name>
    <message>
        <source>Current passphrase</source>
        <translation>Frase de contraseña actual</translation>
    </message>
    <message>
        <source>New passphrase</source>
        <translation>Nueva frase de contraseña</translation>
    </message>
    <message>
        <source>New passphrase again</source>
        <translation>Repita la nueva frase de contraseña</translation>
    </message>
    <message>
        <source>&amp;Remove Passphrase</source>
        <translation>&amp;Quitar frase de contraseña</translation>
    </message>
    <message>
        <source>Practice Lock</source>
        <translation>Bloqueo de la consulta</translation>
    </message>
    <message>
        <source>The practice opens locked and locks itself when you are away. To change or remove the passphrase, enter the current one first.</source>
        <translation>La consulta se abre bloqueada y se bloquea sola cuando usted se ausenta. Para cambiar o quitar la frase de contraseña, escriba primero la actual.</translation>
    </message>
    <message>
        <source>With a passphrase, the practice opens locked, locks itself when you are away, and shows no client data until the passphrase is entered. It cannot be recovered if forgotten.</source>
        <translation>Con una frase de contraseña, la consulta se abre bloqueada, se bloquea sola cuando usted se ausenta y no muestra datos de clientes hasta que se escribe la frase. Si la olvida, no se puede recuperar.</translation>
    </message>
    <message>
        <source> min</source>
        <translation> min</translation>
    </message>
    <message>
        <source>Lock after idle minutes</source>
        <translation>Bloquear tras minutos de inactividad</translation>
    </message>
    <message>
        <source>&amp;Current passphrase:</source>
        <translation>Frase de contraseña &amp;actual:</translation>
    </message>
    <message>
        <source>&amp;New passphrase:</source>
        <translation>&amp;Nueva frase de contraseña:</translation>
    </message>
    <message>
        <source>&amp;Passphrase:</source>
        <translation>&amp;Frase de contraseña:</translation>
    </message>
    <message>
        <source>&amp;Again:</source>
        <translation>&amp;Repetir:</translation>
    </message>
    <message>
        <source>&amp;Lock after:</source>
        <translation>&amp;Bloquear tras:</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Guardar</translation>
    </message>
    <message>
        <source>Set Passphrase</source>
        <translation>Establecer frase de contraseña</translation>
    </message>
    <message>
        <source>The current passphrase is not right.</source>
        <translation>La frase de contraseña actual no es correcta.</translation>
    </message>
    <message>
        <source>A passphrase needs at least %1 characters.</source>
        <translation>La frase de contraseña necesita al menos %1 caracteres.</translation>
    </message>
    <message>
        <source>The two new passphrases differ; type the same one twice.</source>
        <translation>Las dos frases nuevas no coinciden; escriba la misma dos veces.</translation>
    </message>
    <message>
        <source>The lock settings could not be stored: %1</source>
        <translation>No se pudo guardar la configuración del bloqueo: %1</translation>
    </message>
    <message>
        <source>The passphrase could not be removed: %1</source>
        <translation>No se pudo quitar la frase de contraseña: %1</translation>
    </message>
    <message>
        <source>The practice is protected: its passphrase encrypts the file and unlocks the window. To change it, enter the current one first. Edit → Remove Protection… stops the encryption.</source>
        <translation>La consulta está protegida: su frase de contraseña cifra el archivo y desbloquea la ventana. Para cambiarla, escriba primero la actual. Editar → Quitar la protección… detiene el cifrado.</translation>
    </message>
    <message>
        <source>The passphrase could not be changed: %1</source>
        <translation>No se pudo cambiar la frase de contraseña: %1</translation>
    </message>
</context>
<context>
    <name>attune::PracticeEditor</name>
    <message>
        <source>New couple</source>
        <translation>Nueva pareja</translation>
    </message>
    <message>
        <source>Edit couple</source>
        <translation>Editar pareja</translation>
    </message>
    <message>
        <source>Archive couple</source>
        <translation>Archivar pareja</translation>
    </message>
    <message>
        <source>Restore couple</source>
        <translation>Restaurar pareja</translation>
    </message>
    <message>
        <source>New session</source>
        <translation>Nueva sesión</translation>
    </message>
    <message>
        <source>Edit session</source>
        <translation>Editar sesión</translation>
    </message>
    <message>
        <source>Archive session</source>
        <translation>Archivar sesión</translation>
    </message>
    <message>
        <source>Restore session</source>
        <translation>Restaurar sesión</translation>
    </message>
    <message>
        <source>New cycle version</source>
        <translation>Nueva versión del ciclo</translation>
    </message>
    <message>
        <source>Edit cycle</source>
        <translation>Editar ciclo</translation>
    </message>
    <message>
        <source>Archive cycle version</source>
        <translation>Archivar versión del ciclo</translation>
    </message>
    <message>
        <source>Restore cycle version</source>
        <translation>Restaurar versión del ciclo</translation>
    </message>
    <message>
        <source>New exercise</source>
        <translation>Nuevo ejercicio</translation>
    </message>
    <message>
        <source>Edit exercise</source>
        <translation>Editar ejercicio</translation>
    </message>
    <message>
        <source>Archive exercise</source>
        <translation>Archivar ejercicio</translation>
    </message>
    <message>
        <source>Restore exercise</source>
        <translation>Restaurar ejercicio</translation>
    </message>
    <message>
        <source>Cancel appointment</source>
        <translation type="vanished">Cancelar cita</translation>
    </message>
    <message>
        <source>Move appointment</source>
        <translation type="vanished">Cambiar cita</translation>
    </message>
    <message>
        <source>Book appointment</source>
        <translation>Agendar cita</translation>
    </message>
    <message>
        <source>New treatment plan</source>
        <translation>Nuevo plan de tratamiento</translation>
    </message>
    <message>
        <source>New treatment plan version</source>
        <translation>Nueva versión del plan de tratamiento</translation>
    </message>
    <message>
        <source>Edit treatment plan</source>
        <translation>Editar plan de tratamiento</translation>
    </message>
    <message>
        <source>Archive treatment plan</source>
        <translation>Archivar plan de tratamiento</translation>
    </message>
    <message>
        <source>Restore treatment plan</source>
        <translation>Restaurar plan de tratamiento</translation>
    </message>
    <message>
        <source>New goal</source>
        <translation>Nuevo objetivo</translation>
    </message>
    <message>
        <source>Edit goal</source>
        <translation>Editar objetivo</translation>
    </message>
    <message>
        <source>Remove goal</source>
        <translation>Quitar objetivo</translation>
    </message>
    <message>
        <source>Restore goal</source>
        <translation>Restaurar objetivo</translation>
    </message>
    <message>
        <source>Review goal</source>
        <translation>Revisar objetivo</translation>
    </message>
    <message>
        <source>Book a series of %1 appointments</source>
        <translation>Reservar una serie de %1 citas</translation>
    </message>
    <message>
        <source>Edit appointment</source>
        <translation>Editar la cita</translation>
    </message>
    <message>
        <source>Mark appointment booked</source>
        <translation>Marcar la cita como reservada</translation>
    </message>
    <message>
        <source>Mark appointment attended</source>
        <translation>Marcar la cita como asistida</translation>
    </message>
    <message>
        <source>Mark appointment cancelled</source>
        <translation>Marcar la cita como cancelada</translation>
    </message>
    <message>
        <source>Mark appointment late-cancelled</source>
        <translation>Marcar la cita como cancelada tarde</translation>
    </message>
    <message>
        <source>Mark appointment no-show</source>
        <translation>Marcar la cita como «no se presentó»</translation>
    </message>
    <message>
        <source>Attended: start the session</source>
        <translation>Asistida: comenzar la sesión</translation>
    </message>
</context>
<context>
    <name>attune::PracticeMove</name>
    <message>
        <source>Your practice was moved from %1 to %2, where Attune keeps it from now on.</source>
        <translation>Su consulta se trasladó de %1 a %2, donde Attune la guardará de ahora en adelante.</translation>
    </message>
    <message>
        <source>The folder %1 could not be created to move your practice into.</source>
        <translation>No se pudo crear la carpeta %1 para trasladar allí su consulta.</translation>
    </message>
    <message>
        <source>Your practice at %1 could not be moved to %2; it stays where it was.</source>
        <translation>Su consulta en %1 no se pudo trasladar a %2; sigue donde estaba.</translation>
    </message>
</context>
<context>
    <name>attune::PracticePage</name>
    <message>
        <source>Today and caseload</source>
        <translation>Hoy y casos</translation>
    </message>
    <message>
        <source>Today &amp; Caseload</source>
        <translation>Hoy y casos</translation>
    </message>
    <message>
        <source>This appointment</source>
        <translation>Esta cita</translation>
    </message>
    <message numerus="yes">
        <source>%1, %n minute(s), %2</source>
        <translation>
            <numerusform>%1, %n minuto, %2</numerusform>
            <numerusform>%1, %n minutos, %2</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>attune::PracticeStore</name>
    <message>
        <source>That couple no longer exists.</source>
        <translation>Esa pareja ya no existe.</translation>
    </message>
    <message>
        <source>The practice file is damaged: couple %1 does not have two partners.</source>
        <translation>El archivo de la consulta está dañado: la pareja %1 no tiene dos integrantes.</translation>
    </message>
    <message>
        <source>No couple has the id %1.</source>
        <translation>Ninguna pareja tiene el id %1.</translation>
    </message>
    <message>
        <source>This couple is already in the practice.</source>
        <translation>Esta pareja ya está en la consulta.</translation>
    </message>
    <message>
        <source>Only a couple that was stored before can be restored.</source>
        <translation>Solo se puede restaurar una pareja que ya se había guardado.</translation>
    </message>
    <message>
        <source>This couple has not been stored yet.</source>
        <translation>Esta pareja todavía no se ha guardado.</translation>
    </message>
    <message>
        <source>The practice file is damaged: a partner is missing.</source>
        <translation>El archivo de la consulta está dañado: falta un integrante.</translation>
    </message>
    <message>
        <source>That cycle map no longer exists.</source>
        <translation>Ese mapa del ciclo ya no existe.</translation>
    </message>
    <message>
        <source>This cycle map is already in the practice.</source>
        <translation>Este mapa del ciclo ya está en la consulta.</translation>
    </message>
    <message>
        <source>Only a cycle map that was stored before can be restored.</source>
        <translation>Solo se puede restaurar un mapa del ciclo que ya se había guardado.</translation>
    </message>
    <message>
        <source>The next cycle version could not be determined.</source>
        <translation>No se pudo determinar la siguiente versión del ciclo.</translation>
    </message>
    <message>
        <source>This cycle map has not been stored yet.</source>
        <translation>Este mapa del ciclo todavía no se ha guardado.</translation>
    </message>
    <message>
        <source>A cycle map cannot move to another couple.</source>
        <translation>Un mapa del ciclo no se puede pasar a otra pareja.</translation>
    </message>
    <message>
        <source>That exercise no longer exists.</source>
        <translation>Ese ejercicio ya no existe.</translation>
    </message>
    <message>
        <source>This exercise is already in the practice.</source>
        <translation>Este ejercicio ya está en la consulta.</translation>
    </message>
    <message>
        <source>Only an exercise that was stored before can be restored.</source>
        <translation>Solo se puede restaurar un ejercicio que ya se había guardado.</translation>
    </message>
    <message>
        <source>The exercise&apos;s session belongs to another couple.</source>
        <translation>La sesión del ejercicio pertenece a otra pareja.</translation>
    </message>
    <message>
        <source>This exercise has not been stored yet.</source>
        <translation>Este ejercicio todavía no se ha guardado.</translation>
    </message>
    <message>
        <source>An exercise cannot move to another couple.</source>
        <translation>Un ejercicio no se puede pasar a otra pareja.</translation>
    </message>
    <message>
        <source>Integrity: %1</source>
        <translation>Integridad: %1</translation>
    </message>
    <message>
        <source>Foreign key: row %1 of %2 points to a missing %3 record.</source>
        <translation>Clave foránea: la fila %1 de %2 apunta a un registro de %3 que no existe.</translation>
    </message>
    <message>
        <source>Schema: the file is not marked as an Attune practice.</source>
        <translation>Esquema: el archivo no está marcado como consulta de Attune.</translation>
    </message>
    <message>
        <source>Schema: format version %1, expected %2.</source>
        <translation>Esquema: versión de formato %1; se esperaba la %2.</translation>
    </message>
    <message>
        <source>Schema: %1 is missing.</source>
        <translation>Esquema: falta %1.</translation>
    </message>
    <message>
        <source>Schema: %1 differs from what this version of Attune creates.</source>
        <translation>Esquema: %1 difiere de lo que crea esta versión de Attune.</translation>
    </message>
    <message>
        <source>Schema: unexpected %1.</source>
        <translation>Esquema: %1 inesperado.</translation>
    </message>
    <message>
        <source>Records: couple %1 (%2) has %3 partners instead of two.</source>
        <translation>Registros: la pareja %1 (%2) tiene %3 integrantes en lugar de dos.</translation>
    </message>
    <message>
        <source>Records: session %1 of couple %2 is dated before the intake.</source>
        <translation>Registros: la sesión %1 de la pareja %2 tiene fecha anterior al ingreso.</translation>
    </message>
    <message>
        <source>Records: exercise %1 is linked to another couple&apos;s session.</source>
        <translation>Registros: el ejercicio %1 está vinculado a una sesión de otra pareja.</translation>
    </message>
    <message>
        <source>No practice file was given.</source>
        <translation>No se indicó ningún archivo de consulta.</translation>
    </message>
    <message>
        <source>%1 is a folder, not a practice file.</source>
        <translation>%1 es una carpeta, no un archivo de consulta.</translation>
    </message>
    <message>
        <source>There is no practice at %1.</source>
        <translation>No hay ninguna consulta en %1.</translation>
    </message>
    <message>
        <source>%1 needs an upgrade, which cannot be done while it is open read-only.</source>
        <translation>%1 necesita una actualización, que no se puede hacer mientras está abierto en modo de solo lectura.</translation>
    </message>
    <message>
        <source>That record no longer exists.</source>
        <translation>Ese registro ya no existe.</translation>
    </message>
    <message>
        <source>That session no longer exists.</source>
        <translation>Esa sesión ya no existe.</translation>
    </message>
    <message>
        <source>This session is already in the practice.</source>
        <translation>Esta sesión ya está en la consulta.</translation>
    </message>
    <message>
        <source>Only a session that was stored before can be restored.</source>
        <translation>Solo se puede restaurar una sesión que ya se había guardado.</translation>
    </message>
    <message>
        <source>This session has not been stored yet.</source>
        <translation>Esta sesión todavía no se ha guardado.</translation>
    </message>
    <message>
        <source>A session cannot move to another couple.</source>
        <translation>Una sesión no se puede pasar a otra pareja.</translation>
    </message>
    <message>
        <source>This note is signed and cannot be changed; add an addendum instead.</source>
        <translation>Esta nota está firmada y no se puede modificar; agregue una adenda.</translation>
    </message>
    <message>
        <source>The audit trail could not be sealed.</source>
        <translation>No se pudo sellar el registro de auditoría.</translation>
    </message>
    <message>
        <source>Row %1 was added outside Attune (it is not sealed).</source>
        <translation>La fila %1 se agregó fuera de Attune (no está sellada).</translation>
    </message>
    <message>
        <source>Rows before row %1 were removed (the trail jumps from row %2).</source>
        <translation>Se eliminaron filas anteriores a la fila %1 (el registro salta desde la fila %2).</translation>
    </message>
    <message>
        <source>Row %1 does not follow the row before it: a row was removed or inserted.</source>
        <translation>La fila %1 no sigue a la fila anterior: se eliminó o se insertó una fila.</translation>
    </message>
    <message>
        <source>Row %1 was altered after it was written.</source>
        <translation>La fila %1 se alteró después de escribirse.</translation>
    </message>
    <message>
        <source>Signatures: session %1 no longer matches the content that was signed.</source>
        <translation>Firmas: la sesión %1 ya no coincide con el contenido que se firmó.</translation>
    </message>
    <message>
        <source>Audit trail: %1</source>
        <translation>Registro de auditoría: %1</translation>
    </message>
    <message>
        <source>The clinician profile needs a name.</source>
        <translation>El perfil profesional necesita un nombre.</translation>
    </message>
    <message>
        <source>This note is already signed.</source>
        <translation>Esta nota ya está firmada.</translation>
    </message>
    <message>
        <source>Enter your name in the clinician profile before signing notes.</source>
        <translation>Escriba su nombre en el perfil profesional antes de firmar notas.</translation>
    </message>
    <message>
        <source>An addendum needs some text.</source>
        <translation>Una adenda necesita algo de texto.</translation>
    </message>
    <message>
        <source>Enter your name in the clinician profile before signing an addendum.</source>
        <translation>Escriba su nombre en el perfil profesional antes de firmar una adenda.</translation>
    </message>
    <message>
        <source>This note is still a draft: edit it instead of adding an addendum.</source>
        <translation>Esta nota todavía es un borrador: edítela en lugar de agregar una adenda.</translation>
    </message>
    <message>
        <source>The copy failed its integrity check (%1).</source>
        <translation>La copia no pasó la verificación de integridad (%1).</translation>
    </message>
    <message>
        <source>A backup cannot replace the practice itself.</source>
        <translation>Un respaldo no puede reemplazar a la propia consulta.</translation>
    </message>
    <message>
        <source>The folder %1 does not exist.</source>
        <translation>La carpeta %1 no existe.</translation>
    </message>
    <message>
        <source>The backup could not be written: %1</source>
        <translation>No se pudo escribir el respaldo: %1</translation>
    </message>
    <message>
        <source>The backup could not be written to disk.</source>
        <translation>No se pudo escribir el respaldo en el disco.</translation>
    </message>
    <message>
        <source>The backup was not kept: %1</source>
        <translation>No se conservó el respaldo: %1</translation>
    </message>
    <message>
        <source>The backup could not be moved to %1.</source>
        <translation>No se pudo mover el respaldo a %1.</translation>
    </message>
    <message>
        <source>Search index: FTS5&apos;s integrity check failed (%1).</source>
        <translation>Índice de búsqueda: la verificación de integridad de FTS5 falló (%1).</translation>
    </message>
    <message numerus="yes">
        <source>Search index: %n change(s) are waiting to be indexed.</source>
        <translation>
            <numerusform>Índice de búsqueda: %n cambio espera ser indexado.</numerusform>
            <numerusform>Índice de búsqueda: %n cambios esperan ser indexados.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Search index: %n text(s) of the records are not indexed.</source>
        <translation>
            <numerusform>Índice de búsqueda: %n texto de los registros no está indexado.</numerusform>
            <numerusform>Índice de búsqueda: %n textos de los registros no están indexados.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Search index: %n indexed text(s) belong to no record.</source>
        <translation>
            <numerusform>Índice de búsqueda: %n texto indexado no pertenece a ningún registro.</numerusform>
            <numerusform>Índice de búsqueda: %n textos indexados no pertenecen a ningún registro.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Search index: %n word(s) differ from the records.</source>
        <translation>
            <numerusform>Índice de búsqueda: %n palabra difiere de los registros.</numerusform>
            <numerusform>Índice de búsqueda: %n palabras difieren de los registros.</numerusform>
        </translation>
    </message>
    <message>
        <source>The search could not be run: %1</source>
        <translation>No se pudo realizar la búsqueda: %1</translation>
    </message>
    <message>
        <source>The backup was not kept: the practice failed its integrity check (%1).</source>
        <translation>No se conservó el respaldo: la consulta no pasó la verificación de integridad (%1).</translation>
    </message>
    <message>
        <source>The practice&apos;s header could not be read.</source>
        <translation>No se pudo leer el encabezado de la consulta.</translation>
    </message>
    <message>
        <source>%1 holds a database of another program, not an Attune practice.</source>
        <translation>%1 contiene una base de datos de otro programa, no una consulta de Attune.</translation>
    </message>
    <message>
        <source>%1 was written by a newer version of Attune (practice format %2; this version reads up to %3). Please update Attune to open it.</source>
        <translation>%1 fue escrito por una versión más reciente de Attune (formato de consulta %2; esta versión lee hasta el %3). Actualice Attune para abrirlo.</translation>
    </message>
    <message>
        <source>The practice is locked.</source>
        <translation>La consulta está bloqueada.</translation>
    </message>
    <message>
        <source>Could not read %1: %2.</source>
        <translation>No se pudo leer %1: %2.</translation>
    </message>
    <message>
        <source>Only a protected practice can be closed while the window stays open.</source>
        <translation>Solo una consulta protegida puede cerrarse mientras la ventana sigue abierta.</translation>
    </message>
    <message>
        <source>The practice could not be saved before closing, so it stays open: %1</source>
        <translation>No se pudo guardar la consulta antes de cerrarla, así que sigue abierta: %1</translation>
    </message>
    <message>
        <source>%1 is already protected.</source>
        <translation>%1 ya está protegida.</translation>
    </message>
    <message>
        <source>%1 is not protected.</source>
        <translation>%1 no está protegida.</translation>
    </message>
    <message>
        <source>An appointment needs a date and time.</source>
        <translation>Una cita necesita fecha y hora.</translation>
    </message>
    <message>
        <source>An appointment lasts between 5 and 480 minutes.</source>
        <translation>Una cita dura entre 5 y 480 minutos.</translation>
    </message>
    <message>
        <source>That appointment no longer exists.</source>
        <translation>Esa cita ya no existe.</translation>
    </message>
    <message>
        <source>Only a booked appointment can be marked attended.</source>
        <translation>Solo una cita reservada se puede marcar como asistida.</translation>
    </message>
    <message>
        <source>The search index could not be read.</source>
        <translation>No se pudo leer el índice de búsqueda.</translation>
    </message>
    <message>
        <source>The search index could not be read: %1</source>
        <translation>No se pudo leer el índice de búsqueda: %1</translation>
    </message>
    <message>
        <source>couple %1</source>
        <translation>pareja %1</translation>
    </message>
    <message>
        <source>session %1 of couple %2</source>
        <translation>sesión %1 de la pareja %2</translation>
    </message>
    <message>
        <source>cycle map %1 of couple %2</source>
        <translation>mapa del ciclo %1 de la pareja %2</translation>
    </message>
    <message>
        <source>exercise %1 of couple %2</source>
        <translation>ejercicio %1 de la pareja %2</translation>
    </message>
    <message>
        <source>Records: %1 could not be read: %2</source>
        <translation>Registros: no se pudo leer %1: %2</translation>
    </message>
    <message>
        <source>Records: %1 has no content hash (it was added outside Attune).</source>
        <translation>Registros: %1 no tiene hash de contenido (se agregó fuera de Attune).</translation>
    </message>
    <message>
        <source>Records: %1 has no content hash yet (it is computed when the practice is next opened for writing).</source>
        <translation>Registros: %1 aún no tiene hash de contenido (se calcula la próxima vez que la consulta se abra para escribir).</translation>
    </message>
    <message>
        <source>Records: %1 was changed outside Attune (its content no longer matches its hash).</source>
        <translation>Registros: %1 se modificó fuera de Attune (su contenido ya no coincide con su hash).</translation>
    </message>
    <message>
        <source>Records: a content hash is kept for %1 %2, which does not exist.</source>
        <translation>Registros: se guarda un hash de contenido para %1 %2, que no existe.</translation>
    </message>
    <message>
        <source>Signatures: addendum %1 no longer matches the content that was signed.</source>
        <translation>Firmas: la adenda %1 ya no coincide con el contenido firmado.</translation>
    </message>
    <message>
        <source>Could not write %1 to disk.</source>
        <translation>No se pudo escribir %1 en el disco.</translation>
    </message>
    <message>
        <source>%1 is not an empty file.</source>
        <translation>%1 no es un archivo vacío.</translation>
    </message>
    <message>
        <source>%1 is an empty file left by an interrupted creation of a practice, not a practice; open it in Attune&apos;s window, or import into it, to create a new practice in its place.</source>
        <translation>%1 es un archivo vacío que dejó la creación interrumpida de una consulta, no una consulta; ábralo en la ventana de Attune, o importe en él, para crear una consulta nueva en su lugar.</translation>
    </message>
    <message>
        <source>This record was changed by another program after you opened it, so your change was not stored over it.</source>
        <translation>Otro programa modificó este registro después de que usted lo abriera, así que su cambio no se guardó encima.</translation>
    </message>
    <message>
        <source>SQLite did not say the practice&apos;s data version.</source>
        <translation>SQLite no indicó la versión de datos de la consulta.</translation>
    </message>
    <message>
        <source>The practice cannot be opened again in the middle of a change.</source>
        <translation>La consulta no se puede volver a abrir en medio de un cambio.</translation>
    </message>
    <message>
        <source>There is no practice at %1 any more.</source>
        <translation>Ya no hay ninguna consulta en %1.</translation>
    </message>
    <message>
        <source>%1 was replaced by a practice of another version; open it again.</source>
        <translation>%1 se reemplazó por una consulta de otra versión; ábrala de nuevo.</translation>
    </message>
    <message>
        <source>The re-screening period must be between %1 and %2 months.</source>
        <translation>El plazo para reevaluar debe estar entre %1 y %2 meses.</translation>
    </message>
    <message>
        <source>That goal is not part of this couple&apos;s treatment plan.</source>
        <translation>Ese objetivo no forma parte del plan de tratamiento de esta pareja.</translation>
    </message>
    <message>
        <source>That goal no longer exists.</source>
        <translation>Ese objetivo ya no existe.</translation>
    </message>
    <message>
        <source>This goal is already in the practice.</source>
        <translation>Este objetivo ya está en la consulta.</translation>
    </message>
    <message>
        <source>Only a goal that was stored before can be restored.</source>
        <translation>Solo se puede restaurar un objetivo que se guardó antes.</translation>
    </message>
    <message>
        <source>A goal cannot move to another treatment plan.</source>
        <translation>Un objetivo no puede pasar a otro plan de tratamiento.</translation>
    </message>
    <message>
        <source>This treatment plan is signed and cannot be changed; start a new version.</source>
        <translation>Este plan de tratamiento está firmado y no se puede cambiar; empiece una versión nueva.</translation>
    </message>
    <message>
        <source>That review no longer exists.</source>
        <translation>Esa revisión ya no existe.</translation>
    </message>
    <message>
        <source>This review is already in the practice.</source>
        <translation>Esta revisión ya está en la consulta.</translation>
    </message>
    <message>
        <source>Only a review that was stored before can be restored.</source>
        <translation>Solo se puede restaurar una revisión que se guardó antes.</translation>
    </message>
    <message>
        <source>That treatment plan no longer exists.</source>
        <translation>Ese plan de tratamiento ya no existe.</translation>
    </message>
    <message>
        <source>This treatment plan is already in the practice.</source>
        <translation>Este plan de tratamiento ya está en la consulta.</translation>
    </message>
    <message>
        <source>Only a treatment plan that was stored before can be restored.</source>
        <translation>Solo se puede restaurar un plan de tratamiento que se guardó antes.</translation>
    </message>
    <message>
        <source>A treatment plan cannot move to another couple.</source>
        <translation>Un plan de tratamiento no puede pasar a otra pareja.</translation>
    </message>
    <message>
        <source>Enter your name in the clinician profile before signing a treatment plan.</source>
        <translation>Escriba su nombre en el perfil clínico antes de firmar un plan de tratamiento.</translation>
    </message>
    <message>
        <source>This treatment plan is already signed.</source>
        <translation>Este plan de tratamiento ya está firmado.</translation>
    </message>
    <message>
        <source>A treatment plan needs at least one goal before it is signed.</source>
        <translation>Un plan de tratamiento necesita al menos un objetivo antes de firmarse.</translation>
    </message>
</context>
<context>
    <name>attune::PreAppointmentBrief</name>
    <message>
        <source>Time since the last session</source>
        <translation>Tiempo desde la última sesión</translation>
    </message>
    <message>
        <source>Safety screen</source>
        <translation>Evaluación de seguridad</translation>
    </message>
    <message>
        <source>Last session</source>
        <translation>Última sesión</translation>
    </message>
    <message>
        <source>Change events so far</source>
        <translation>Eventos de cambio hasta ahora</translation>
    </message>
    <message>
        <source>Pre-appointment brief</source>
        <translation>Resumen previo a la cita</translation>
    </message>
    <message>
        <source>&lt;b&gt;Safety screen: %1.&lt;/b&gt;</source>
        <translation type="vanished">&lt;b&gt;Evaluación de seguridad: %1.&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Screen each partner separately for violence and fear before going further.</source>
        <translation type="vanished">Evalúe por separado a cada integrante en cuanto a violencia y miedo antes de seguir.</translation>
    </message>
    <message>
        <source>Check in on safety with each partner.</source>
        <translation type="vanished">Pregunte por la seguridad a cada integrante.</translation>
    </message>
    <message>
        <source>Couple sessions are not indicated while abuse is ongoing.</source>
        <translation type="vanished">Las sesiones de pareja no están indicadas mientras haya abuso en curso.</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt;: no sessions yet.</source>
        <translation>&lt;b&gt;%1&lt;/b&gt;: todavía sin sesiones.</translation>
    </message>
    <message>
        <source>The first session&apos;s notes will appear here.</source>
        <translation>Aquí aparecerán las notas de la primera sesión.</translation>
    </message>
    <message>
        <source>last session today</source>
        <translation>última sesión: hoy</translation>
    </message>
    <message numerus="yes">
        <source>last session %n day(s) ago</source>
        <translation>
            <numerusform>última sesión: hace %n día</numerusform>
            <numerusform>última sesión: hace %n días</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>last session %n week(s) ago</source>
        <translation>
            <numerusform>última sesión: hace %n semana</numerusform>
            <numerusform>última sesión: hace %n semanas</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>&lt;b&gt;%1&lt;/b&gt;: %2 (%3), %n session(s) in all</source>
        <translation>
            <numerusform>&lt;b&gt;%1&lt;/b&gt;: %2 (%3), %n sesión en total</numerusform>
            <numerusform>&lt;b&gt;%1&lt;/b&gt;: %2 (%3), %n sesiones en total</numerusform>
        </translation>
    </message>
    <message>
        <source>Stage %1 (%2), step %3</source>
        <translation>Etapa %1 (%2), paso %3</translation>
    </message>
    <message>
        <source>Focus</source>
        <translation>Enfoque</translation>
    </message>
    <message>
        <source>Plan</source>
        <translation>Plan</translation>
    </message>
    <message>
        <source>☑ %1</source>
        <translation>☑ %1</translation>
    </message>
    <message>
        <source>☐ %1</source>
        <translation>☐ %1</translation>
    </message>
    <message>
        <source>Homework</source>
        <translation>Tarea</translation>
    </message>
    <message>
        <source>none set</source>
        <translation>ninguna asignada</translation>
    </message>
    <message>
        <source>%1: &lt;b&gt;%2&lt;/b&gt;</source>
        <translation>%1: &lt;b&gt;%2&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Change events trend</source>
        <translation>Tendencia de los eventos de cambio</translation>
    </message>
    <message>
        <source>%1 trend</source>
        <translation>Tendencia: %1</translation>
    </message>
    <message>
        <source>complete since %1</source>
        <translation>completo desde el %1</translation>
    </message>
    <message>
        <source>Treatment plan</source>
        <translation>Plan de tratamiento</translation>
    </message>
    <message>
        <source>none written yet</source>
        <translation>aún no redactado</translation>
    </message>
    <message>
        <source>%1 (target %2)</source>
        <translation>%1 (prevista el %2)</translation>
    </message>
    <message>
        <source>%1 (%2, last %3)</source>
        <translation>%1 (%2, última vez el %3)</translation>
    </message>
    <message>
        <source>Goals due for review</source>
        <translation>Objetivos pendientes de revisión</translation>
    </message>
    <message>
        <source>Goals the last sessions worked on</source>
        <translation>Objetivos trabajados en las últimas sesiones</translation>
    </message>
    <message>
        <source>none</source>
        <translation>ninguna</translation>
    </message>
    <message>
        <source>none marked</source>
        <translation>ninguno marcado</translation>
    </message>
    <message>
        <source>(Screened %1.)</source>
        <translation>(Evaluada el %1.)</translation>
    </message>
    <message>
        <source>Appointments: %1 attended, %2 cancelled, %3 late-cancelled, %4 no-show.</source>
        <translation>Citas: %1 asistidas, %2 canceladas, %3 canceladas tarde, %4 sin aviso.</translation>
    </message>
    <message>
        <source>Attendance</source>
        <translation>Asistencia</translation>
    </message>
</context>
<context>
    <name>attune::PreferencesDialog</name>
    <message>
        <source>Highlight words of primary and secondary emotion in notes</source>
        <translation>Resaltar en las notas las palabras de emoción primaria y secundaria</translation>
    </message>
    <message>
        <source>Preferences</source>
        <translation>Preferencias</translation>
    </message>
    <message>
        <source>Open Another Practice…</source>
        <translation>Abrir otra consulta…</translation>
    </message>
    <message>
        <source>Interface language</source>
        <translation>Idioma de la interfaz</translation>
    </message>
    <message>
        <source>System language</source>
        <translation>Idioma del sistema</translation>
    </message>
    <message>
        <source>Default session length</source>
        <translation>Duración predeterminada de la sesión</translation>
    </message>
    <message>
        <source> min</source>
        <translation> min</translation>
    </message>
    <message>
        <source>Practice file:</source>
        <translation>Archivo de la consulta:</translation>
    </message>
    <message>
        <source>Interface language:</source>
        <translation>Idioma de la interfaz:</translation>
    </message>
    <message>
        <source>Default session length:</source>
        <translation>Duración predeterminada de la sesión:</translation>
    </message>
    <message>
        <source>Clinician (signs notes and addenda)</source>
        <translation>Profesional clínico (firma notas y adendas)</translation>
    </message>
    <message>
        <source>General</source>
        <translation>General</translation>
    </message>
    <message>
        <source>Backups</source>
        <translation>Respaldos</translation>
    </message>
    <message>
        <source>Practice file</source>
        <translation>Archivo de la consulta</translation>
    </message>
    <message>
        <source>Privacy</source>
        <translation>Privacidad</translation>
    </message>
    <message>
        <source>Re-screen for safety after</source>
        <translation>Reevaluar la seguridad después de</translation>
    </message>
    <message>
        <source> months</source>
        <translation> meses</translation>
    </message>
    <message>
        <source>A couple whose latest safety screen is older than this carries a red safety flag until they are screened again</source>
        <translation>Una pareja cuya última evaluación de seguridad es más antigua que esto lleva una alerta roja de seguridad hasta que se la vuelva a evaluar</translation>
    </message>
    <message>
        <source>Re-screen for safety after:</source>
        <translation>Reevaluar la seguridad después de:</translation>
    </message>
</context>
<context>
    <name>attune::PrintRecordDialog</name>
    <message>
        <source>Print Record</source>
        <translation>Imprimir historia</translation>
    </message>
    <message>
        <source>Print the clinical record</source>
        <translation>Imprimir la historia clínica</translation>
    </message>
    <message>
        <source>Sessions from</source>
        <translation>Sesiones desde</translation>
    </message>
    <message>
        <source>Sessions to</source>
        <translation>Sesiones hasta</translation>
    </message>
    <message>
        <source>Letter</source>
        <translation>Carta</translation>
    </message>
    <message>
        <source>A4</source>
        <translation>A4</translation>
    </message>
    <message>
        <source>Paper size</source>
        <translation>Tamaño del papel</translation>
    </message>
    <message>
        <source>Record language</source>
        <translation>Idioma de la historia</translation>
    </message>
    <message>
        <source>Record problem</source>
        <translation>Problema con la historia</translation>
    </message>
    <message>
        <source>&amp;From:</source>
        <translation>&amp;Desde:</translation>
    </message>
    <message>
        <source>&amp;To:</source>
        <translation>&amp;Hasta:</translation>
    </message>
    <message>
        <source>&amp;Paper:</source>
        <translation>&amp;Papel:</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>Idio&amp;ma:</translation>
    </message>
    <message>
        <source>&amp;Print…</source>
        <translation>&amp;Imprimir…</translation>
    </message>
    <message>
        <source>&amp;Save as PDF…</source>
        <translation>&amp;Guardar como PDF…</translation>
    </message>
    <message>
        <source>Every session of the period in full, with its signature or draft mark and its addenda, after the couple&apos;s details, safety screen and treatment plan.</source>
        <translation>Cada sesión del período completa, con su firma o su marca de borrador y sus adendas, tras los datos de la pareja, la evaluación de seguridad y el plan de tratamiento.</translation>
    </message>
    <message>
        <source>This could not be recorded in the audit trail: %1</source>
        <translation>Esto no pudo anotarse en el registro de auditoría: %1</translation>
    </message>
    <message>
        <source>Clinical record %1.pdf</source>
        <translation>Historia clínica %1.pdf</translation>
    </message>
    <message>
        <source>Save Record</source>
        <translation>Guardar historia</translation>
    </message>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation>Documentos PDF (*.pdf)</translation>
    </message>
    <message>
        <source>The record was written, but it is not in the audit trail yet: %1 It is recorded the next time the practice can be written.</source>
        <translation>El expediente clínico se escribió, pero aún no está en el registro de auditoría: %1 Se registrará la próxima vez que se pueda escribir en la consulta.</translation>
    </message>
</context>
<context>
    <name>attune::ProgressCharts</name>
    <message>
        <source>Stage %1: %2</source>
        <translation>Etapa %1: %2</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>“%1”</source>
        <translation>“%1”</translation>
    </message>
    <message>
        <source>Change events</source>
        <translation>Eventos de cambio</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>%1 complete, %2</source>
        <translation>%1 completo, %2</translation>
    </message>
    <message>
        <source>Partner A</source>
        <translation>Integrante A</translation>
    </message>
    <message>
        <source>Partner B</source>
        <translation>Integrante B</translation>
    </message>
    <message>
        <source>Distress below %1</source>
        <translation>Malestar por debajo de %1</translation>
    </message>
    <message>
        <source>%1, %2: %3</source>
        <translation>%1, %2: %3</translation>
    </message>
    <message>
        <source>Below the distress cutoff</source>
        <translation>Por debajo del punto de corte de malestar</translation>
    </message>
    <message>
        <source>Reliable change from the first total (%1)</source>
        <translation>Cambio confiable respecto del primer puntaje total (%1)</translation>
    </message>
    <message>
        <source>%1, %2: %3 of %4</source>
        <translation>%1, %2: %3 de %4</translation>
    </message>
    <message>
        <source>Re-engagement</source>
        <translation>Reenganche</translation>
    </message>
    <message>
        <source>Softening</source>
        <translation>Suavización</translation>
    </message>
    <message>
        <source>Reliable change ±%1</source>
        <translation>Cambio confiable ±%1</translation>
    </message>
    <message>
        <source>Dashed line: %1</source>
        <translation>Línea discontinua: %1</translation>
    </message>
</context>
<context>
    <name>attune::ProgressReport</name>
    <message>
        <source>no sessions</source>
        <translation>sin sesiones</translation>
    </message>
    <message>
        <source>%1 – %2</source>
        <translation>%1 – %2</translation>
    </message>
    <message>
        <source>The period starts (%1) after it ends (%2).</source>
        <translation>El período empieza (%1) después de terminar (%2).</translation>
    </message>
    <message>
        <source>Could not write %1: %2.</source>
        <translation>No se pudo escribir %1: %2.</translation>
    </message>
    <message>
        <source>Progress report: %1</source>
        <translation type="vanished">Informe de progreso: %1</translation>
    </message>
    <message>
        <source>Could not start writing the PDF %1.</source>
        <translation>No se pudo empezar a escribir el PDF %1.</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Fecha</translation>
    </message>
    <message>
        <source>Stage, step</source>
        <translation>Etapa, paso</translation>
    </message>
    <message>
        <source>Focus</source>
        <translation>Enfoque</translation>
    </message>
    <message>
        <source>Re-engagement</source>
        <translation>Reenganche</translation>
    </message>
    <message>
        <source>Softening</source>
        <translation>Suavización</translation>
    </message>
    <message>
        <source>Outcomes</source>
        <translation>Resultados</translation>
    </message>
    <message>
        <source>Signed</source>
        <translation>Firmada</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>sí</translation>
    </message>
    <message>
        <source>draft</source>
        <translation>borrador</translation>
    </message>
    <message>
        <source>Stage %1: %2</source>
        <translation>Etapa %1: %2</translation>
    </message>
    <message numerus="yes">
        <source>… and %n more stretch(es), listed in the session table.</source>
        <translation>
            <numerusform>… y %n tramo más, que aparece en la tabla de sesiones.</numerusform>
            <numerusform>… y %n tramos más, que aparecen en la tabla de sesiones.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Stage %1 (%2): %3 – %4, %n session(s)</source>
        <translation>
            <numerusform>Etapa %1 (%2): %3 – %4, %n sesión</numerusform>
            <numerusform>Etapa %1 (%2): %3 – %4, %n sesiones</numerusform>
        </translation>
    </message>
    <message>
        <source>Progress report, %1</source>
        <translation>Informe de progreso, %1</translation>
    </message>
    <message>
        <source>Confidential clinical record</source>
        <translation>Expediente clínico confidencial</translation>
    </message>
    <message>
        <source>Page %1 of %2</source>
        <translation>Página %1 de %2</translation>
    </message>
    <message>
        <source>Progress report</source>
        <translation>Informe de progreso</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Partners</source>
        <translation>Integrantes</translation>
    </message>
    <message>
        <source>Cycle pattern</source>
        <translation>Patrón del ciclo</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>Período</translation>
    </message>
    <message>
        <source>Therapist</source>
        <translation>Terapeuta</translation>
    </message>
    <message>
        <source>Sessions</source>
        <translation>Sesiones</translation>
    </message>
    <message numerus="yes">
        <source>%n session(s) in this period</source>
        <translation>
            <numerusform>%n sesión en este período</numerusform>
            <numerusform>%n sesiones en este período</numerusform>
        </translation>
    </message>
    <message>
        <source>Latest session</source>
        <translation>Última sesión</translation>
    </message>
    <message>
        <source>%1, stage %2 (%3), step %4</source>
        <translation>%1, etapa %2 (%3), paso %4</translation>
    </message>
    <message>
        <source>Complete since %1</source>
        <translation>Completo desde el %1</translation>
    </message>
    <message>
        <source>Prepared</source>
        <translation>Fecha de elaboración</translation>
    </message>
    <message>
        <source>Stage timeline</source>
        <translation>Cronología de las etapas</translation>
    </message>
    <message>
        <source>No sessions were recorded in this period.</source>
        <translation>No se registraron sesiones en este período.</translation>
    </message>
    <message>
        <source>Change events</source>
        <translation>Eventos de cambio</translation>
    </message>
    <message>
        <source>Outcome measures</source>
        <translation>Medidas de resultado</translation>
    </message>
    <message>
        <source>No outcome measures were entered in this period.</source>
        <translation>No se ingresaron medidas de resultado en este período.</translation>
    </message>
    <message>
        <source>Secure-bond signs (0–10)</source>
        <translation>Señales de vínculo seguro (0–10)</translation>
    </message>
    <message>
        <source>No secure-bond ratings were entered in this period.</source>
        <translation>No se ingresaron calificaciones de vínculo seguro en este período.</translation>
    </message>
    <message>
        <source>Latest cycle map (version %1, %2)</source>
        <translation>Mapa del ciclo más reciente (versión %1, %2)</translation>
    </message>
    <message>
        <source>Latest cycle map</source>
        <translation>Mapa del ciclo más reciente</translation>
    </message>
    <message>
        <source>No cycle map was recorded by the end of this period.</source>
        <translation>No se registró ningún mapa del ciclo hasta el final de este período.</translation>
    </message>
    <message>
        <source>Attune – progress report</source>
        <translation>Attune – informe de progreso</translation>
    </message>
    <message>
        <source>Treatment plan</source>
        <translation>Plan de tratamiento</translation>
    </message>
    <message>
        <source>Version %1 of %2, signed by %3</source>
        <translation>Versión %1 del %2, firmada por %3</translation>
    </message>
    <message>
        <source>Version %1 of %2, an unsigned draft</source>
        <translation>Versión %1 del %2, un borrador sin firmar</translation>
    </message>
    <message numerus="yes">
        <source>… and %n more goal(s): the clinical record prints them all.</source>
        <translation>
            <numerusform>… y %n objetivo más: la historia clínica los imprime todos.</numerusform>
            <numerusform>… y %n objetivos más: la historia clínica los imprime todos.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1. %2</source>
        <translation>%1. %2</translation>
    </message>
    <message>
        <source>Stage %1, %2 · status: %3</source>
        <translation>Etapa %1, %2 · estado: %3</translation>
    </message>
    <message>
        <source> · target %1</source>
        <translation> · prevista para el %1</translation>
    </message>
    <message>
        <source>Not worked on in this period.</source>
        <translation>No se trabajó en este período.</translation>
    </message>
    <message numerus="yes">
        <source>Worked on in %n session(s) of the period, last on %1.</source>
        <translation>
            <numerusform>Trabajado en %n sesión del período, la última el %1.</numerusform>
            <numerusform>Trabajado en %n sesiones del período, la última el %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>Last reviewed %1.</source>
        <translation>Última revisión: %1.</translation>
    </message>
    <message>
        <source>Safety screen</source>
        <translation>Evaluación de seguridad</translation>
    </message>
    <message>
        <source>Appointments</source>
        <translation>Citas</translation>
    </message>
    <message>
        <source>%1 attended, %2 cancelled, %3 late-cancelled, %4 no-show</source>
        <translation>%1 asistidas, %2 canceladas, %3 canceladas tarde, %4 sin aviso</translation>
    </message>
</context>
<context>
    <name>attune::ProgressReportDialog</name>
    <message>
        <source>Progress Report</source>
        <translation>Informe de progreso</translation>
    </message>
    <message>
        <source>Progress report</source>
        <translation>Informe de progreso</translation>
    </message>
    <message>
        <source>Period from</source>
        <translation>Período desde</translation>
    </message>
    <message>
        <source>Period to</source>
        <translation>Período hasta</translation>
    </message>
    <message>
        <source>Therapist</source>
        <translation>Terapeuta</translation>
    </message>
    <message>
        <source>Printed on the cover; leave empty to omit</source>
        <translation>Se imprime en la portada; déjelo vacío para omitirlo</translation>
    </message>
    <message>
        <source>Letter</source>
        <translation>Carta</translation>
    </message>
    <message>
        <source>A4</source>
        <translation>A4</translation>
    </message>
    <message>
        <source>Paper size</source>
        <translation>Tamaño del papel</translation>
    </message>
    <message>
        <source>Report problem</source>
        <translation>Problema con el informe</translation>
    </message>
    <message>
        <source>&amp;From:</source>
        <translation>&amp;Desde:</translation>
    </message>
    <message>
        <source>&amp;To:</source>
        <translation>&amp;Hasta:</translation>
    </message>
    <message>
        <source>T&amp;herapist:</source>
        <translation>&amp;Terapeuta:</translation>
    </message>
    <message>
        <source>&amp;Paper:</source>
        <translation>&amp;Papel:</translation>
    </message>
    <message>
        <source>Pre&amp;view…</source>
        <translation>&amp;Vista previa…</translation>
    </message>
    <message>
        <source>&amp;Save as PDF…</source>
        <translation>&amp;Guardar como PDF…</translation>
    </message>
    <message>
        <source>Progress report: %1</source>
        <translation type="vanished">Informe de progreso: %1</translation>
    </message>
    <message>
        <source>Progress Report Preview</source>
        <translation type="vanished">Vista previa del informe de progreso</translation>
    </message>
    <message>
        <source>Progress report %1.pdf</source>
        <translation>Informe de progreso %1.pdf</translation>
    </message>
    <message>
        <source>Save Progress Report</source>
        <translation>Guardar informe de progreso</translation>
    </message>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation>Documentos PDF (*.pdf)</translation>
    </message>
    <message>
        <source>This could not be recorded in the audit trail: %1</source>
        <translation>Esto no pudo anotarse en el registro de auditoría: %1</translation>
    </message>
    <message>
        <source>Report language</source>
        <translation>Idioma del informe</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>Idio&amp;ma:</translation>
    </message>
    <message>
        <source>The report was written, but it is not in the audit trail yet: %1 It is recorded the next time the practice can be written.</source>
        <translation>El informe se escribió, pero aún no está en el registro de auditoría: %1 Se registrará la próxima vez que se pueda escribir en la consulta.</translation>
    </message>
</context>
<context>
    <name>attune::ProgressSummary</name>
    <message>
        <source>Partner A</source>
        <translation>Integrante A</translation>
    </message>
    <message>
        <source>Partner B</source>
        <translation>Integrante B</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>%1 %2 → %3</source>
        <translation>%1 %2 → %3</translation>
    </message>
    <message numerus="yes">
        <source>%1: %2 over %n session(s); distress cutoff %3</source>
        <translation>
            <numerusform>%1: %2 en %n sesión; punto de corte de malestar %3</numerusform>
            <numerusform>%1: %2 en %n sesiones; punto de corte de malestar %3</numerusform>
        </translation>
    </message>
    <message>
        <source>, </source>
        <translation>, </translation>
    </message>
    <message>
        <source>not expected with these cycle positions</source>
        <translation>no se espera con estas posiciones en el ciclo</translation>
    </message>
    <message>
        <source>complete on %1 (%2)</source>
        <translation>completo el %1 (%2)</translation>
    </message>
    <message>
        <source>not yet seen</source>
        <translation>aún no observado</translation>
    </message>
    <message>
        <source>%1 so far</source>
        <translation>%1 hasta ahora</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message numerus="yes">
        <source>Over %n session(s): %1</source>
        <translation>
            <numerusform>En %n sesión: %1</numerusform>
            <numerusform>En %n sesiones: %1</numerusform>
        </translation>
    </message>
    <message>
        <source>; </source>
        <translation>; </translation>
    </message>
    <message numerus="yes">
        <source>%1: %2 over %n rating(s), 0–10</source>
        <translation>
            <numerusform>%1: %2 en %n valoración, 0–10</numerusform>
            <numerusform>%1: %2 en %n valoraciones, 0–10</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>attune::ProgressTab</name>
    <message>
        <source>Progress &amp;Report…</source>
        <translation>&amp;Informe de progreso…</translation>
    </message>
    <message>
        <source>Progress</source>
        <translation>Progreso</translation>
    </message>
    <message>
        <source>Sessions charted</source>
        <translation>Sesiones graficadas</translation>
    </message>
    <message>
        <source>Create a progress report</source>
        <translation>Crear un informe de progreso</translation>
    </message>
    <message>
        <source>Progress message</source>
        <translation>Mensaje de progreso</translation>
    </message>
    <message>
        <source>Choose a couple to see their progress.</source>
        <translation>Elija una pareja para ver su progreso.</translation>
    </message>
    <message>
        <source>No sessions yet: the charts appear once the first session is recorded.</source>
        <translation>Todavía no hay sesiones: las gráficas aparecen cuando se registra la primera sesión.</translation>
    </message>
    <message numerus="yes">
        <source>%n session(s) from %1 to %2</source>
        <translation>
            <numerusform>%n sesión, del %1 al %2</numerusform>
            <numerusform>%n sesiones, del %1 al %2</numerusform>
        </translation>
    </message>
    <message>
        <source>Change events chart</source>
        <translation>Gráfica de eventos de cambio</translation>
    </message>
    <message>
        <source>%1 totals chart</source>
        <translation>Gráfica de puntajes totales del %1</translation>
    </message>
    <message>
        <source>Secure-bond signs, rated 0–10</source>
        <translation>Señales de vínculo seguro, calificadas de 0 a 10</translation>
    </message>
    <message>
        <source>%1 chart</source>
        <translation>Gráfica: %1</translation>
    </message>
    <message>
        <source>Progress charts</source>
        <translation>Gráficos de progreso</translation>
    </message>
</context>
<context>
    <name>attune::ProtectDialog</name>
    <message>
        <source>&amp;Encrypt them with the practice&apos;s passphrase</source>
        <translation>&amp;Cifrarlas con la frase de contraseña de la consulta</translation>
    </message>
    <message>
        <source>&amp;Overwrite and delete them</source>
        <translation>&amp;Sobrescribirlas y eliminarlas</translation>
    </message>
    <message>
        <source>&amp;Protect</source>
        <translation>&amp;Proteger</translation>
    </message>
    <message>
        <source>Protect Practice</source>
        <translation>Proteger la consulta</translation>
    </message>
    <message>
        <source>A protected practice is encrypted on disk: without its passphrase no one can read it, not even from a lost laptop or a backup. The same passphrase unlocks the window. It cannot be recovered if forgotten.</source>
        <translation>Una consulta protegida está cifrada en el disco: sin su frase de contraseña nadie puede leerla, ni desde un portátil perdido ni desde una copia de seguridad. La misma frase desbloquea la ventana. Si se olvida, no se puede recuperar.</translation>
    </message>
    <message>
        <source>New passphrase</source>
        <translation>Nueva frase de contraseña</translation>
    </message>
    <message>
        <source>New passphrase again</source>
        <translation>Repita la nueva frase de contraseña</translation>
    </message>
    <message>
        <source>&amp;Passphrase:</source>
        <translation>&amp;Frase de contraseña:</translation>
    </message>
    <message>
        <source>&amp;Again:</source>
        <translation>&amp;Repetir:</translation>
    </message>
    <message>
        <source>Plain backups made so far (in %1):</source>
        <translation>Copias de seguridad sin cifrar hechas hasta ahora (en %1):</translation>
    </message>
    <message>
        <source>Protecting</source>
        <translation>Protegiendo</translation>
    </message>
    <message>
        <source>A passphrase needs at least %1 characters.</source>
        <translation>Una frase de contraseña necesita al menos %1 caracteres.</translation>
    </message>
    <message>
        <source>The two passphrases differ; type the same one twice.</source>
        <translation>Las dos frases de contraseña no coinciden; escriba la misma dos veces.</translation>
    </message>
    <message>
        <source>The practice was not protected: %1</source>
        <translation>La consulta no se protegió: %1</translation>
    </message>
</context>
<context>
    <name>attune::ProtectionGroup</name>
    <message>
        <source>Protection</source>
        <translation>Protección</translation>
    </message>
    <message>
        <source>Protect…</source>
        <translation>Proteger…</translation>
    </message>
    <message>
        <source>Change Passphrase…</source>
        <translation>Cambiar la frase de contraseña…</translation>
    </message>
    <message>
        <source>Remove Protection…</source>
        <translation>Quitar la protección…</translation>
    </message>
    <message>
        <source>This practice is protected: its file and its backups are encrypted and open only with the passphrase.</source>
        <translation>Esta consulta está protegida: su archivo y sus copias de seguridad están cifrados y solo se abren con la frase de contraseña.</translation>
    </message>
    <message>
        <source>This practice is not protected: anyone with the laptop, its disk or a copy of the file can read every client&apos;s record.</source>
        <translation>Esta consulta no está protegida: cualquiera con el portátil, su disco o una copia del archivo puede leer el historial de cada cliente.</translation>
    </message>
</context>
<context>
    <name>attune::RecordDocument</name>
    <message>
        <source>none</source>
        <translation>ninguna</translation>
    </message>
    <message>
        <source>(nothing written)</source>
        <translation>(nada escrito)</translation>
    </message>
    <message>
        <source>not named</source>
        <translation>sin indicar</translation>
    </message>
    <message>
        <source>stage %1 (%2), %3</source>
        <translation>etapa %1 (%2), %3</translation>
    </message>
    <message>
        <source>Clinical record: %1</source>
        <translation>Historia clínica: %1</translation>
    </message>
    <message>
        <source>Sessions from %1 to %2</source>
        <translation>Sesiones del %1 al %2</translation>
    </message>
    <message>
        <source>the first</source>
        <translation>la primera</translation>
    </message>
    <message>
        <source>the last</source>
        <translation>la última</translation>
    </message>
    <message>
        <source>All sessions</source>
        <translation>Todas las sesiones</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>Período</translation>
    </message>
    <message>
        <source>Clinician</source>
        <translation>Profesional</translation>
    </message>
    <message>
        <source>Printed</source>
        <translation>Impresa</translation>
    </message>
    <message>
        <source>Identifying data</source>
        <translation>Datos de identificación</translation>
    </message>
    <message>
        <source>Case</source>
        <translation>Caso</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>Intake</source>
        <translation>Admisión</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>Cierre</translation>
    </message>
    <message>
        <source>Cycle pattern</source>
        <translation>Patrón del ciclo</translation>
    </message>
    <message>
        <source>prefers %1</source>
        <translation>prefiere %1</translation>
    </message>
    <message>
        <source>First partner</source>
        <translation>Primer miembro</translation>
    </message>
    <message>
        <source>Second partner</source>
        <translation>Segundo miembro</translation>
    </message>
    <message>
        <source>Presenting concerns</source>
        <translation>Motivo de consulta</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>Etiquetas</translation>
    </message>
    <message>
        <source>Safety screen</source>
        <translation>Evaluación de seguridad</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Resultado</translation>
    </message>
    <message>
        <source>Screened</source>
        <translation type="vanished">Evaluada</translation>
    </message>
    <message>
        <source>EFT is contraindicated while abuse is ongoing.</source>
        <translation>La EFT está contraindicada mientras continúe el abuso.</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notas</translation>
    </message>
    <message>
        <source>Treatment plan</source>
        <translation>Plan de tratamiento</translation>
    </message>
    <message>
        <source>No treatment plan has been written.</source>
        <translation>Aún no se ha redactado un plan de tratamiento.</translation>
    </message>
    <message>
        <source>Version %1 of %2</source>
        <translation>Versión %1 del %2</translation>
    </message>
    <message>
        <source>Goal %1</source>
        <translation>Objetivo %1</translation>
    </message>
    <message>
        <source>In the couple&apos;s words</source>
        <translation>En palabras de la pareja</translation>
    </message>
    <message>
        <source>In the therapist&apos;s words</source>
        <translation>En palabras del terapeuta</translation>
    </message>
    <message>
        <source>Objectives</source>
        <translation>Metas concretas</translation>
    </message>
    <message>
        <source>EFT</source>
        <translation>EFT</translation>
    </message>
    <message>
        <source>Interventions</source>
        <translation>Intervenciones</translation>
    </message>
    <message>
        <source>Target date</source>
        <translation>Fecha prevista</translation>
    </message>
    <message>
        <source>%1 (planned: %2)</source>
        <translation>%1 (al planificar: %2)</translation>
    </message>
    <message>
        <source>Review of %1</source>
        <translation>Revisión del %1</translation>
    </message>
    <message>
        <source>Signed</source>
        <translation>Firmada</translation>
    </message>
    <message>
        <source>%1 on %2; content hash %3</source>
        <translation>%1 el %2; huella del contenido %3</translation>
    </message>
    <message>
        <source>Unsigned draft plan</source>
        <translation>Plan en borrador, sin firmar</translation>
    </message>
    <message>
        <source>Session of %1</source>
        <translation>Sesión del %1</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Datos</translation>
    </message>
    <message numerus="yes">
        <source>%n minute(s), %1, %2</source>
        <translation>
            <numerusform>%n minuto, %1, %2</numerusform>
            <numerusform>%n minutos, %1, %2</numerusform>
        </translation>
    </message>
    <message>
        <source>Focus</source>
        <translation>Foco</translation>
    </message>
    <message>
        <source>Cycle observations</source>
        <translation>Observaciones del ciclo</translation>
    </message>
    <message>
        <source>none recorded</source>
        <translation>ninguna registrada</translation>
    </message>
    <message>
        <source>Plan</source>
        <translation>Plan</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Nota</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation>%1, %2</translation>
    </message>
    <message>
        <source>Homework</source>
        <translation>Tarea</translation>
    </message>
    <message>
        <source>done</source>
        <translation>hecha</translation>
    </message>
    <message>
        <source>not done</source>
        <translation>pendiente</translation>
    </message>
    <message>
        <source>Measure</source>
        <translation>Medida</translation>
    </message>
    <message>
        <source>%1 of %2: %3</source>
        <translation>%1 de %2: %3</translation>
    </message>
    <message>
        <source>Secure-bond signs of %1</source>
        <translation>Señales de vínculo seguro de %1</translation>
    </message>
    <message>
        <source>a goal no longer in the plan</source>
        <translation>un objetivo que ya no está en el plan</translation>
    </message>
    <message>
        <source>Goals worked on</source>
        <translation>Objetivos trabajados</translation>
    </message>
    <message>
        <source>Unsigned draft</source>
        <translation>Borrador sin firmar</translation>
    </message>
    <message>
        <source>Addendum of %1</source>
        <translation>Adenda del %1</translation>
    </message>
    <message>
        <source>Sessions</source>
        <translation>Sesiones</translation>
    </message>
    <message>
        <source>No sessions in this period.</source>
        <translation>No hay sesiones en este período.</translation>
    </message>
    <message>
        <source>Clinical record – %1</source>
        <translation>Historia clínica – %1</translation>
    </message>
    <message>
        <source>Printed %1</source>
        <translation>Impresa el %1</translation>
    </message>
    <message>
        <source>UNSIGNED DRAFT on this page</source>
        <translation>BORRADOR SIN FIRMAR en esta página</translation>
    </message>
    <message>
        <source>Page %1 of %2</source>
        <translation>Página %1 de %2</translation>
    </message>
    <message>
        <source>Attune – clinical record</source>
        <translation>Attune – historia clínica</translation>
    </message>
    <message>
        <source>The period starts (%1) after it ends (%2).</source>
        <translation>El período empieza (%1) después de terminar (%2).</translation>
    </message>
    <message>
        <source>The record names its clinician on every page: enter your name in the clinician profile first.</source>
        <translation>La historia nombra a su profesional en cada página: escriba primero su nombre en el perfil profesional.</translation>
    </message>
    <message>
        <source>Could not write %1: %2.</source>
        <translation>No se pudo escribir %1: %2.</translation>
    </message>
    <message>
        <source>Could not start writing the PDF %1.</source>
        <translation>No se pudo empezar a escribir el PDF %1.</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Teléfono</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>Correo electrónico</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Dirección</translation>
    </message>
    <message>
        <source>Emergency contact</source>
        <translation>Contacto de emergencia</translation>
    </message>
    <message>
        <source>Referral source</source>
        <translation>Fuente de derivación</translation>
    </message>
    <message>
        <source>Referring clinician</source>
        <translation>Profesional que deriva</translation>
    </message>
    <message>
        <source>undated</source>
        <translation>sin fecha</translation>
    </message>
    <message>
        <source>Screen of %1 (current)</source>
        <translation>Evaluación del %1 (actual)</translation>
    </message>
    <message>
        <source>Screen of %1</source>
        <translation>Evaluación del %1</translation>
    </message>
</context>
<context>
    <name>attune::SafetyGateDialog</name>
    <message>
        <source>&amp;Joint session with both partners</source>
        <translation>Sesión &amp;conjunta con ambos integrantes</translation>
    </message>
    <message>
        <source>New Session: Safety Flag</source>
        <translation>Nueva sesión: alerta de seguridad</translation>
    </message>
    <message>
        <source>Safety flag</source>
        <translation>Alerta de seguridad</translation>
    </message>
    <message>
        <source>Individual session with %1</source>
        <translation>Sesión individual con %1</translation>
    </message>
    <message>
        <source>I hold a joint session although: %1</source>
        <translation>Realizo una sesión conjunta aunque: %1</translation>
    </message>
    <message>
        <source>Create Session</source>
        <translation>Crear sesión</translation>
    </message>
</context>
<context>
    <name>attune::SearchResultsModel</name>
    <message numerus="yes">
        <source>%1 (%n)</source>
        <comment>a couple and how many hits it has</comment>
        <translation>
            <numerusform>%1 (%n)</numerusform>
            <numerusform>%1 (%n)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1: %n result(s)</source>
        <translation>
            <numerusform>%1: %n resultado</numerusform>
            <numerusform>%1: %n resultados</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 (archived)</source>
        <translation>%1 (archivado)</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Fecha</translation>
    </message>
    <message>
        <source>Found in</source>
        <translation>Encontrado en</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>Texto</translation>
    </message>
</context>
<context>
    <name>attune::SessionDetailsSection</name>
    <message>
        <source>Session</source>
        <translation>Sesión</translation>
    </message>
    <message>
        <source>Session date</source>
        <translation>Fecha de la sesión</translation>
    </message>
    <message>
        <source>Date problem</source>
        <translation>Problema con la fecha</translation>
    </message>
    <message>
        <source>Not recorded</source>
        <translation>Sin registrar</translation>
    </message>
    <message>
        <source>Start time</source>
        <translation>Hora de inicio</translation>
    </message>
    <message>
        <source> min</source>
        <translation> min</translation>
    </message>
    <message>
        <source>Length in minutes</source>
        <translation>Duración en minutos</translation>
    </message>
    <message>
        <source>Format</source>
        <translation>Modalidad</translation>
    </message>
    <message>
        <source>Attendance</source>
        <translation>Asistencia</translation>
    </message>
    <message>
        <source>Stage %1 · %2</source>
        <translation>Etapa %1 · %2</translation>
    </message>
    <message>
        <source>EFT stage</source>
        <translation>Etapa de la TFE</translation>
    </message>
    <message>
        <source>EFT step</source>
        <translation>Paso de la TFE</translation>
    </message>
    <message>
        <source>at</source>
        <translation>a las</translation>
    </message>
    <message>
        <source>for</source>
        <translation>durante</translation>
    </message>
    <message>
        <source>&amp;Date:</source>
        <translation>&amp;Fecha:</translation>
    </message>
    <message>
        <source>&amp;Attendance:</source>
        <translation>&amp;Asistencia:</translation>
    </message>
    <message>
        <source>EFT &amp;stage:</source>
        <translation>&amp;Etapa de la TFE:</translation>
    </message>
    <message>
        <source>Only %1</source>
        <translation>Solo %1</translation>
    </message>
    <message>
        <source>A session cannot be dated before the couple&apos;s intake on %1.</source>
        <translation>Una sesión no puede tener fecha anterior al ingreso de la pareja, el %1.</translation>
    </message>
    <message>
        <source>A session cannot be dated in the future; today is %1.</source>
        <translation>Una sesión no puede tener fecha en el futuro; hoy es %1.</translation>
    </message>
</context>
<context>
    <name>attune::SessionEditor</name>
    <message>
        <source>Choose a session on the left, or start a new one.</source>
        <translation>Elija una sesión a la izquierda o inicie una nueva.</translation>
    </message>
    <message>
        <source>Saving problem</source>
        <translation>Problema al guardar</translation>
    </message>
    <message>
        <source>Session status</source>
        <translation>Estado de la sesión</translation>
    </message>
    <message>
        <source>Session</source>
        <translation>Sesión</translation>
    </message>
    <message>
        <source>Your changes are not stored yet: %1 What you typed stays here, and Attune keeps trying.</source>
        <translation>Sus cambios todavía no se guardaron: %1 Lo que escribió se queda aquí y Attune sigue intentándolo.</translation>
    </message>
    <message>
        <source>Signed by %1 on %2. A signed note cannot be changed.</source>
        <translation>Firmada por %1 el %2. Una nota firmada no se puede modificar.</translation>
    </message>
    <message>
        <source>the therapist</source>
        <translation>el/la terapeuta</translation>
    </message>
    <message>
        <source>This session is archived. Restore it to change it.</source>
        <translation>Esta sesión está archivada. Restáurela para modificarla.</translation>
    </message>
    <message>
        <source>Focus:</source>
        <translation>Enfoque:</translation>
    </message>
    <message>
        <source>Cycle observations:</source>
        <translation>Observaciones del ciclo:</translation>
    </message>
    <message>
        <source>Plan:</source>
        <translation>Plan:</translation>
    </message>
    <message>
        <source>Note:</source>
        <translation>Nota:</translation>
    </message>
    <message>
        <source>This session</source>
        <translation>Esta sesión</translation>
    </message>
</context>
<context>
    <name>attune::SessionGoalsSection</name>
    <message>
        <source>Treatment goals worked on</source>
        <translation>Objetivos del tratamiento trabajados</translation>
    </message>
    <message>
        <source>No treatment plan yet: write one on the Plan tab.</source>
        <translation>Aún no hay plan de tratamiento: redáctelo en la pestaña Plan.</translation>
    </message>
    <message>
        <source>%1 (%2, plan version %3)</source>
        <translation>%1 (%2, versión %3 del plan)</translation>
    </message>
    <message>
        <source>The treatment plan has no open goals.</source>
        <translation>El plan de tratamiento no tiene objetivos abiertos.</translation>
    </message>
</context>
<context>
    <name>attune::SessionNoteSection</name>
    <message>
        <source>Note</source>
        <translation>Nota</translation>
    </message>
    <message>
        <source>Focus</source>
        <translation>Enfoque</translation>
    </message>
    <message>
        <source>Cycle observations</source>
        <translation>Observaciones del ciclo</translation>
    </message>
    <message>
        <source>Plan</source>
        <translation>Plan</translation>
    </message>
    <message>
        <source>Session note</source>
        <translation>Nota de la sesión</translation>
    </message>
    <message>
        <source>Intervention: %1</source>
        <translation>Intervención: %1</translation>
    </message>
    <message>
        <source>&amp;Focus:</source>
        <translation>&amp;Enfoque:</translation>
    </message>
    <message>
        <source>C&amp;ycle observations:</source>
        <translation>Observaciones del &amp;ciclo:</translation>
    </message>
    <message>
        <source>Interventions:</source>
        <translation>Intervenciones:</translation>
    </message>
    <message>
        <source>&amp;Plan:</source>
        <translation>&amp;Plan:</translation>
    </message>
    <message>
        <source>&amp;Homework:</source>
        <translation>&amp;Tarea:</translation>
    </message>
    <message>
        <source>&amp;Note:</source>
        <translation>&amp;Nota:</translation>
    </message>
</context>
<context>
    <name>attune::SessionVocabulary</name>
    <message>
        <source>Reflection</source>
        <translation>Reflejo</translation>
    </message>
    <message>
        <source>Validation</source>
        <translation>Validación</translation>
    </message>
    <message>
        <source>Evocative responding</source>
        <translation>Respuestas evocativas</translation>
    </message>
    <message>
        <source>Heightening</source>
        <translation>Intensificación</translation>
    </message>
    <message>
        <source>Empathic conjecture</source>
        <translation>Conjetura empática</translation>
    </message>
    <message>
        <source>Tracking the cycle</source>
        <translation>Rastreo del ciclo</translation>
    </message>
    <message>
        <source>Reframing</source>
        <translation>Reencuadre</translation>
    </message>
    <message>
        <source>Enactments</source>
        <translation>Escenificaciones</translation>
    </message>
    <message>
        <source>Conflict issues</source>
        <translation>Temas de conflicto</translation>
    </message>
    <message>
        <source>The negative cycle</source>
        <translation>El ciclo negativo</translation>
    </message>
    <message>
        <source>Underlying emotions</source>
        <translation>Emociones subyacentes</translation>
    </message>
    <message>
        <source>Reframing the problem</source>
        <translation>Reencuadre del problema</translation>
    </message>
    <message>
        <source>Disowned needs</source>
        <translation>Necesidades negadas</translation>
    </message>
    <message>
        <source>Acceptance</source>
        <translation>Aceptación</translation>
    </message>
    <message>
        <source>Expressing needs</source>
        <translation>Expresión de necesidades</translation>
    </message>
    <message>
        <source>New solutions</source>
        <translation>Nuevas soluciones</translation>
    </message>
    <message>
        <source>New positions</source>
        <translation>Nuevas posiciones</translation>
    </message>
    <message>
        <source>Step %1 · %2</source>
        <translation>Paso %1 · %2</translation>
    </message>
</context>
<context>
    <name>attune::SessionsModel</name>
    <message>
        <source>The practice is closed.</source>
        <translation>La consulta está cerrada.</translation>
    </message>
    <message>
        <source>%1 at %2, %3 minutes</source>
        <translation>%1 a las %2, %3 minutos</translation>
    </message>
    <message>
        <source>%1, %2 minutes</source>
        <translation>%1, %2 minutos</translation>
    </message>
    <message>
        <source>Signed</source>
        <translation>Firmada</translation>
    </message>
    <message>
        <source>Draft</source>
        <translation>Borrador</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Fecha</translation>
    </message>
    <message>
        <source>Stage</source>
        <translation>Etapa</translation>
    </message>
    <message>
        <source>Step</source>
        <translation>Paso</translation>
    </message>
    <message>
        <source>Attendance</source>
        <translation>Asistencia</translation>
    </message>
    <message>
        <source>Format</source>
        <translation>Modalidad</translation>
    </message>
    <message>
        <source>Focus</source>
        <translation>Enfoque</translation>
    </message>
    <message>
        <source>Stage %1 · %2, step %3</source>
        <translation>Etapa %1 · %2, paso %3</translation>
    </message>
    <message>
        <source>EFT stage</source>
        <translation>Etapa de la TFE</translation>
    </message>
    <message>
        <source>EFT step</source>
        <translation>Paso de la TFE</translation>
    </message>
    <message>
        <source>Signed or draft</source>
        <translation>Firmada o borrador</translation>
    </message>
    <message>
        <source>Re-engage</source>
        <comment>short header: withdrawer re-engagement</comment>
        <translation>Reeng.</translation>
    </message>
    <message>
        <source>Soften</source>
        <comment>short header: blamer softening</comment>
        <translation>Suaviz.</translation>
    </message>
    <message>
        <source>State</source>
        <comment>short header: signed or draft</comment>
        <translation>Estado</translation>
    </message>
</context>
<context>
    <name>attune::SessionsTab</name>
    <message>
        <source>Show a&amp;rchived sessions</source>
        <translation>Mostrar sesiones a&amp;rchivadas</translation>
    </message>
    <message>
        <source>&amp;New Session</source>
        <translation>&amp;Nueva sesión</translation>
    </message>
    <message>
        <source>Start from &amp;Last Session</source>
        <translation>Partir de la ú&amp;ltima sesión</translation>
    </message>
    <message>
        <source>&amp;Archive Session</source>
        <translation>&amp;Archivar sesión</translation>
    </message>
    <message>
        <source>A new session dated today, at the stage and step where the last one ended</source>
        <translation>Una nueva sesión con fecha de hoy, en la etapa y el paso donde terminó la anterior</translation>
    </message>
    <message>
        <source>A new session that carries over the last one&apos;s stage, step, format, attendance, plan and open homework</source>
        <translation>Una nueva sesión que retoma de la anterior la etapa, el paso, la modalidad, la asistencia, el plan y las tareas pendientes</translation>
    </message>
    <message>
        <source>Sessions</source>
        <translation>Sesiones</translation>
    </message>
    <message>
        <source>Show archived sessions</source>
        <translation>Mostrar sesiones archivadas</translation>
    </message>
    <message>
        <source>Sessions message</source>
        <translation>Mensaje de sesiones</translation>
    </message>
    <message>
        <source>The new session could not be created: %1</source>
        <translation>No se pudo crear la nueva sesión: %1</translation>
    </message>
    <message>
        <source>&amp;Restore Session</source>
        <translation>&amp;Restaurar sesión</translation>
    </message>
    <message>
        <source>&amp;Sign Note…</source>
        <translation>&amp;Firmar nota…</translation>
    </message>
    <message>
        <source>Add A&amp;ddendum…</source>
        <translation>Agregar a&amp;denda…</translation>
    </message>
    <message>
        <source>Sign this note with your clinician profile; a signed note cannot be changed</source>
        <translation>Firmar esta nota con su perfil profesional; una nota firmada no se puede modificar</translation>
    </message>
    <message>
        <source>Add a signed, dated correction under this signed note</source>
        <translation>Agregar una corrección firmada y fechada debajo de esta nota firmada</translation>
    </message>
    <message>
        <source>The joint session was not created: its confirmation could not be recorded in the audit trail: %1</source>
        <translation>La sesión conjunta no se creó: su confirmación no se pudo anotar en el registro de auditoría: %1</translation>
    </message>
    <message>
        <source>The session was created, but the appointment could not be marked attended: %1</source>
        <translation type="vanished">La sesión se creó, pero la cita no se pudo marcar como asistida: %1</translation>
    </message>
</context>
<context>
    <name>attune::StageBars</name>
    <message>
        <source>Couples per stage</source>
        <translation>Parejas por etapa</translation>
    </message>
    <message numerus="yes">
        <source>%1: %n couple(s)</source>
        <translation>
            <numerusform>%1: %n pareja</numerusform>
            <numerusform>%1: %n parejas</numerusform>
        </translation>
    </message>
    <message>
        <source>No sessions yet</source>
        <translation>Aún sin sesiones</translation>
    </message>
    <message>
        <source>Stage %1 · %2</source>
        <translation>Etapa %1 · %2</translation>
    </message>
</context>
<context>
    <name>attune::TreatmentPlanTab</name>
    <message>
        <source>&amp;Sign Plan…</source>
        <translation>&amp;Firmar plan…</translation>
    </message>
    <message>
        <source>Add &amp;Goal</source>
        <translation>Añadir &amp;objetivo</translation>
    </message>
    <message>
        <source>&amp;Remove Goal</source>
        <translation>&amp;Quitar objetivo</translation>
    </message>
    <message>
        <source>Saving problem</source>
        <translation>Problema al guardar</translation>
    </message>
    <message>
        <source>Plan version</source>
        <translation>Versión del plan</translation>
    </message>
    <message>
        <source>Plan status</source>
        <translation>Estado del plan</translation>
    </message>
    <message>
        <source>Plan date</source>
        <translation>Fecha del plan</translation>
    </message>
    <message>
        <source>Plan notes</source>
        <translation>Notas del plan</translation>
    </message>
    <message>
        <source>Notes on the plan as a whole</source>
        <translation>Notas sobre el plan en su conjunto</translation>
    </message>
    <message>
        <source>Goals</source>
        <translation>Objetivos</translation>
    </message>
    <message>
        <source>Goal</source>
        <translation>Objetivo</translation>
    </message>
    <message>
        <source>Version:</source>
        <translation>Versión:</translation>
    </message>
    <message>
        <source>Dated:</source>
        <translation>Fecha:</translation>
    </message>
    <message>
        <source>Notes:</source>
        <translation>Notas:</translation>
    </message>
    <message>
        <source>Your changes are not stored yet: %1 What you typed stays here, and Attune keeps trying.</source>
        <translation>Sus cambios todavía no se guardaron: %1 Lo que escribió se queda aquí y Attune sigue intentándolo.</translation>
    </message>
    <message>
        <source>No treatment plan yet. Start one with New Plan: goals in the couple&apos;s words and yours, each with its objectives, EFT step and target date.</source>
        <translation>Aún no hay plan de tratamiento. Empiece uno con Nuevo plan: objetivos en palabras de la pareja y en las suyas, cada uno con sus metas, su paso de la EFT y su fecha prevista.</translation>
    </message>
    <message>
        <source>Choose a couple.</source>
        <translation>Elija una pareja.</translation>
    </message>
    <message>
        <source>&amp;New Plan</source>
        <translation>&amp;Nuevo plan</translation>
    </message>
    <message>
        <source>&amp;New Version</source>
        <translation>&amp;Nueva versión</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1 de %2</translation>
    </message>
    <message>
        <source>Signed by %1 on %2. Reviews can still be added; to change the plan, start a new version.</source>
        <translation>Firmado por %1 el %2. Aún pueden añadirse revisiones; para cambiar el plan, empiece una nueva versión.</translation>
    </message>
    <message>
        <source>Draft: sign it when the couple and you agree on it.</source>
        <translation>Borrador: fírmelo cuando la pareja y usted estén de acuerdo.</translation>
    </message>
    <message>
        <source>(new goal)</source>
        <translation>(objetivo nuevo)</translation>
    </message>
    <message>
        <source>due for review</source>
        <translation>pendiente de revisión</translation>
    </message>
    <message>
        <source>Sign version %1 of the treatment plan? A signed plan cannot be changed; a later change is a new version.</source>
        <translation>¿Firmar la versión %1 del plan de tratamiento? Un plan firmado no puede cambiarse; un cambio posterior es una nueva versión.</translation>
    </message>
    <message>
        <source>Sign Plan</source>
        <translation>Firmar plan</translation>
    </message>
</context>
<context>
    <name>attune::UnlockPracticeDialog</name>
    <message>
        <source>&amp;Open</source>
        <translation>&amp;Abrir</translation>
    </message>
    <message>
        <source>Open Protected Practice</source>
        <translation>Abrir consulta protegida</translation>
    </message>
    <message>
        <source>%1 is protected. Enter its passphrase to open it.</source>
        <translation>%1 está protegida. Escriba su frase de contraseña para abrirla.</translation>
    </message>
    <message>
        <source>Passphrase</source>
        <translation>Frase de contraseña</translation>
    </message>
    <message>
        <source>Unlock message</source>
        <translation>Mensaje de desbloqueo</translation>
    </message>
    <message>
        <source>That passphrase was not right. Try again.</source>
        <translation>Esa frase de contraseña no era correcta. Inténtelo de nuevo.</translation>
    </message>
    <message>
        <source>Opening…</source>
        <translation>Abriendo…</translation>
    </message>
    <message>
        <source>The practice could not be opened: %1</source>
        <translation>No se pudo abrir la consulta: %1</translation>
    </message>
    <message numerus="yes">
        <source>That passphrase is not right. You can try again in %n second(s).</source>
        <translation>
            <numerusform>Esa frase de contraseña no es correcta. Puede volver a intentarlo dentro de %n segundo.</numerusform>
            <numerusform>Esa frase de contraseña no es correcta. Puede volver a intentarlo dentro de %n segundos.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>attune::UpcomingAppointments</name>
    <message>
        <source>Upcoming appointments</source>
        <translation>Próximas citas</translation>
    </message>
    <message>
        <source>&amp;Book Appointment…</source>
        <translation>&amp;Reservar cita…</translation>
    </message>
    <message>
        <source>Book &amp;Series…</source>
        <translation>Reservar &amp;serie…</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Cuándo</translation>
    </message>
    <message>
        <source>Length</source>
        <translation>Duración</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>Books one more appointment for this couple</source>
        <translation>Reserva una cita más para esta pareja</translation>
    </message>
    <message>
        <source>Books a weekly or fortnightly series, each meeting at the same local time</source>
        <translation>Reserva una serie semanal o quincenal, cada cita a la misma hora local</translation>
    </message>
    <message>
        <source>The appointments could not be read: %1</source>
        <translation>No se pudieron leer las citas: %1</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>Hoy</translation>
    </message>
    <message>
        <source>Tomorrow</source>
        <translation>Mañana</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation>%1, %2</translation>
    </message>
    <message>
        <source>%1 · in a series</source>
        <translation>%1 · en una serie</translation>
    </message>
    <message numerus="yes">
        <source>%n min</source>
        <translation>
            <numerusform>%n min</numerusform>
            <numerusform>%n min</numerusform>
        </translation>
    </message>
    <message>
        <source>No appointments ahead.</source>
        <translation>No hay citas próximas.</translation>
    </message>
    <message numerus="yes">
        <source>And %n more ahead (the Today page lists the week).</source>
        <translation>
            <numerusform>Y %n más (la página Hoy muestra la semana).</numerusform>
            <numerusform>Y %n más (la página Hoy muestra la semana).</numerusform>
        </translation>
    </message>
    <message>
        <source>The appointments could not be booked: %1</source>
        <translation>No se pudieron reservar las citas: %1</translation>
    </message>
</context>
<context>
    <name>attune::Vocabulary</name>
    <message>
        <source>Active</source>
        <translation>Activo</translation>
    </message>
    <message>
        <source>Paused</source>
        <translation>En pausa</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>Cerrado</translation>
    </message>
    <message>
        <source>Pursuer</source>
        <translation>Quien persigue</translation>
    </message>
    <message>
        <source>Withdrawer</source>
        <translation>Quien se retira</translation>
    </message>
    <message>
        <source>Pursue–withdraw</source>
        <translation>Perseguir–retirarse</translation>
    </message>
    <message>
        <source>Pursue–pursue</source>
        <translation>Perseguir–perseguir</translation>
    </message>
    <message>
        <source>Withdraw–withdraw</source>
        <translation>Retirarse–retirarse</translation>
    </message>
    <message>
        <source>None</source>
        <translation>Ninguno</translation>
    </message>
    <message>
        <source>Emerging</source>
        <translation>Emergente</translation>
    </message>
    <message>
        <source>Partial</source>
        <translation>Parcial</translation>
    </message>
    <message>
        <source>Complete</source>
        <translation>Completo</translation>
    </message>
    <message>
        <source>Withdrawer re-engagement</source>
        <translation>Reenganche de quien se retira</translation>
    </message>
    <message>
        <source>Blamer softening</source>
        <translation>Suavización de quien culpa</translation>
    </message>
    <message>
        <source>Both partners</source>
        <translation>Ambos integrantes</translation>
    </message>
    <message>
        <source>First partner only</source>
        <translation>Solo el primer integrante</translation>
    </message>
    <message>
        <source>Second partner only</source>
        <translation>Solo el segundo integrante</translation>
    </message>
    <message>
        <source>In person</source>
        <translation>Presencial</translation>
    </message>
    <message>
        <source>Video</source>
        <translation>Video</translation>
    </message>
    <message>
        <source>Negative cycle</source>
        <translation>Ciclo negativo</translation>
    </message>
    <message>
        <source>Positive cycle</source>
        <translation>Ciclo positivo</translation>
    </message>
    <message>
        <source>CSI-4</source>
        <translation>CSI-4</translation>
    </message>
    <message>
        <source>CSI-16</source>
        <translation>CSI-16</translation>
    </message>
    <message>
        <source>CSI-32</source>
        <translation>CSI-32</translation>
    </message>
    <message>
        <source>RDAS</source>
        <translation>RDAS</translation>
    </message>
    <message>
        <source>Not screened</source>
        <translation>Sin evaluar</translation>
    </message>
    <message>
        <source>No concerns</source>
        <translation>Sin inquietudes</translation>
    </message>
    <message>
        <source>Concerns: monitor</source>
        <translation>Inquietudes: monitorear</translation>
    </message>
    <message>
        <source>Abuse ongoing: EFT contraindicated</source>
        <translation>Abuso en curso: TFE contraindicada</translation>
    </message>
    <message>
        <source>Trigger</source>
        <translation>Detonante</translation>
    </message>
    <message>
        <source>Primary emotion</source>
        <translation>Emoción primaria</translation>
    </message>
    <message>
        <source>Secondary emotion</source>
        <translation>Emoción secundaria</translation>
    </message>
    <message>
        <source>Perception</source>
        <translation>Percepción</translation>
    </message>
    <message>
        <source>Behavior</source>
        <translation>Conducta</translation>
    </message>
    <message>
        <source>Unmet need</source>
        <translation>Necesidad no satisfecha</translation>
    </message>
    <message>
        <source>Immediate emotional reaction</source>
        <translation>Reacción emocional inmediata</translation>
    </message>
    <message>
        <source>Behavioral reaction</source>
        <translation>Reacción conductual</translation>
    </message>
    <message>
        <source>Deeper feelings</source>
        <translation>Sentimientos más profundos</translation>
    </message>
    <message>
        <source>Underlying need</source>
        <translation>Necesidad subyacente</translation>
    </message>
    <message>
        <source>Emotional balance</source>
        <translation>Equilibrio emocional</translation>
    </message>
    <message>
        <source>Tuning in and voicing needs</source>
        <translation>Sintonizar con las emociones y expresar necesidades</translation>
    </message>
    <message>
        <source>Openness and a meta-perspective</source>
        <translation>Apertura y metaperspectiva</translation>
    </message>
    <message>
        <source>A positive view of self</source>
        <translation>Una visión positiva de sí mismo/a</translation>
    </message>
    <message>
        <source>Being able to be alone</source>
        <translation>Poder estar a solas</translation>
    </message>
    <message>
        <source>De-escalation</source>
        <translation>Desescalada</translation>
    </message>
    <message>
        <source>Restructuring</source>
        <translation>Reestructuración</translation>
    </message>
    <message>
        <source>Consolidation</source>
        <translation>Consolidación</translation>
    </message>
    <message>
        <source>Couple</source>
        <translation>Pareja</translation>
    </message>
    <message>
        <source>Session</source>
        <translation>Sesión</translation>
    </message>
    <message>
        <source>Cycle</source>
        <translation>Ciclo</translation>
    </message>
    <message>
        <source>Exercise</source>
        <translation>Ejercicio</translation>
    </message>
    <message>
        <source>Case name</source>
        <translation>Nombre del caso</translation>
    </message>
    <message>
        <source>Partner&apos;s name</source>
        <translation>Nombre del integrante</translation>
    </message>
    <message>
        <source>Presenting concerns</source>
        <translation>Motivo de consulta</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>Etiquetas</translation>
    </message>
    <message>
        <source>Safety screen notes</source>
        <translation>Notas de la evaluación de seguridad</translation>
    </message>
    <message>
        <source>Focus</source>
        <translation>Enfoque</translation>
    </message>
    <message>
        <source>Cycle observations</source>
        <translation>Observaciones del ciclo</translation>
    </message>
    <message>
        <source>Plan</source>
        <translation>Plan</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Nota</translation>
    </message>
    <message>
        <source>Anchor quote</source>
        <translation>Cita clave</translation>
    </message>
    <message>
        <source>Homework</source>
        <translation>Tarea</translation>
    </message>
    <message>
        <source>Addendum</source>
        <translation>Adenda</translation>
    </message>
    <message>
        <source>Cycle notes</source>
        <translation>Notas del ciclo</translation>
    </message>
    <message>
        <source>Cycle step</source>
        <translation>Paso del ciclo</translation>
    </message>
    <message>
        <source>Incident</source>
        <translation>Incidente</translation>
    </message>
    <message>
        <source>Exercise step</source>
        <translation>Paso del ejercicio</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Abierto</translation>
    </message>
    <message>
        <source>Progressing</source>
        <translation>En progreso</translation>
    </message>
    <message>
        <source>Met</source>
        <translation>Logrado</translation>
    </message>
    <message>
        <source>Dropped</source>
        <translation>Abandonado</translation>
    </message>
    <message>
        <source>Booked</source>
        <translation>Reservada</translation>
    </message>
    <message>
        <source>Attended</source>
        <translation>Asistida</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Cancelada</translation>
    </message>
    <message>
        <source>Late-cancelled</source>
        <translation>Cancelada tarde</translation>
    </message>
    <message>
        <source>No-show</source>
        <translation>No se presentó</translation>
    </message>
    <message>
        <source>Treatment goal</source>
        <translation>Objetivo de tratamiento</translation>
    </message>
    <message>
        <source>Goal in the couple&apos;s words</source>
        <translation>Objetivo en palabras de la pareja</translation>
    </message>
    <message>
        <source>Goal in the therapist&apos;s words</source>
        <translation>Objetivo en palabras del terapeuta</translation>
    </message>
    <message>
        <source>Objectives</source>
        <translation>Metas concretas</translation>
    </message>
    <message>
        <source>Planned interventions</source>
        <translation>Intervenciones previstas</translation>
    </message>
    <message>
        <source>Goal review</source>
        <translation>Revisión del objetivo</translation>
    </message>
</context>
<context>
    <name>attune::WorksheetActions</name>
    <message>
        <source>Print &amp;Worksheet…</source>
        <translation>Imprimir &amp;hoja de trabajo…</translation>
    </message>
    <message>
        <source>Print a blank cycle worksheet or five-step worksheet for a couple to fill in</source>
        <translation>Imprimir una hoja de trabajo del ciclo o de los cinco pasos en blanco para que la pareja la complete</translation>
    </message>
    <message>
        <source>Print Worksheet</source>
        <translation>Imprimir hoja de trabajo</translation>
    </message>
    <message>
        <source>Worksheet</source>
        <translation>Hoja de trabajo</translation>
    </message>
    <message>
        <source>Our cycle (blank infinity loop)</source>
        <translation>Nuestro ciclo (bucle infinito en blanco)</translation>
    </message>
    <message>
        <source>From resentment to closeness (five steps)</source>
        <translation>Del resentimiento a la cercanía (cinco pasos)</translation>
    </message>
    <message>
        <source>Worksheet language</source>
        <translation>Idioma de la hoja de trabajo</translation>
    </message>
    <message>
        <source>&amp;Grayscale</source>
        <translation>Escala de &amp;grises</translation>
    </message>
    <message>
        <source>&amp;Worksheet:</source>
        <translation>Hoja de &amp;trabajo:</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>Idio&amp;ma:</translation>
    </message>
</context>
<context>
    <name>attune::WriteConflictDialog</name>
    <message>
        <source>Changed by Another Program</source>
        <translation>Modificado por otro programa</translation>
    </message>
    <message>
        <source>%1 was changed by another program while you were editing it here. Nothing has been overwritten. Choose which version to keep.</source>
        <translation>Otro programa modificó %1 mientras usted lo editaba aquí. No se ha sobrescrito nada. Elija qué versión conservar.</translation>
    </message>
    <message>
        <source>Your version (not stored yet):</source>
        <translation>Su versión (aún sin guardar):</translation>
    </message>
    <message>
        <source>The stored version:</source>
        <translation>La versión guardada:</translation>
    </message>
    <message>
        <source>Your version</source>
        <translation>Su versión</translation>
    </message>
    <message>
        <source>The stored version</source>
        <translation>La versión guardada</translation>
    </message>
    <message>
        <source>&amp;Keep Mine</source>
        <translation>&amp;Conservar la mía</translation>
    </message>
    <message>
        <source>&amp;Take the Stored Version</source>
        <translation>&amp;Tomar la versión guardada</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Attune</source>
        <translation>Attune</translation>
    </message>
    <message>
        <source>Open another practice, or close Attune.</source>
        <translation>Abra otra consulta o cierre Attune.</translation>
    </message>
    <message>
        <source>Open Practice</source>
        <translation>Abrir consulta</translation>
    </message>
    <message>
        <source>Attune practices (*.db);;All files (*)</source>
        <translation>Consultas de Attune (*.db);;Todos los archivos (*)</translation>
    </message>
</context>
</TS>
