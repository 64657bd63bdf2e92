<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es">
<context>
    <name>CaseFile</name>
    <message>
        <source>The case file is damaged: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In %1 of the case file, %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Some text is not valid UTF-8.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A record&apos;s id is not a valid UUID.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Two records have the same id %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A required date is missing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A date is not in the form YYYY-MM-DD.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A time stamp is not an ISO 8601 date and time.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The value “%1” is not one Attune knows.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A yes-or-no field holds %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A list holds %1 entries instead of %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a couple</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the couple “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A couple has %1 partners instead of two.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the session of %1 of “%2”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The start time is not in the form HH:MM.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A change event is recorded twice.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a cycle map of “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Its version number %1 is out of range.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a five-step exercise of “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Two cycle maps have version %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The exercise names a session that is not in the case file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The practice has no couples to export.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The export was canceled; no file was written.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The case file could not be assembled: not enough memory.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>These couples make a case file larger than 256 MiB; export fewer at a time.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 could not be written: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no case file at %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is a folder, not a case file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is larger than any case file Attune writes (256 MiB); it was not opened.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 could not be read: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is empty, not an Attune case file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not an Attune case file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 was written by a newer Attune (%2); update Attune to open it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 uses features (such as encryption) that this version of Attune cannot read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is incomplete or damaged: its length does not match its header.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is damaged: its contents do not match their checksum.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is damaged: it declares more data than it holds.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is damaged: its records could not be read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 cannot be imported: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The case file&apos;s %1 shares an id with a different record in this practice; nothing was imported.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The case file&apos;s %1 shares an id with a record of another couple in this practice; nothing was imported.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>couple “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (copy)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cycle map version %1 of “%2”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>five-step exercise “%1” of “%2”</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n couple(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n session(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n cycle map(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n five-step exercise(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>nothing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The import was canceled; the practice is unchanged.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Added: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Already in the practice and identical: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Skipped (different from the practice&apos;s): %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Replaced: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n signed session(s) could not be replaced, because signed notes cannot change.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CommandLine</name>
    <message>
        <source>%1 needs a value.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown option %1. Try attune --help.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown option %1 for this command.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown command %1. Try attune --help.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unexpected argument %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>stage %1, step %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no sessions</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n session(s), last %1</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Name the couple: attune sessions COUPLE.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>signed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>draft</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 takes a whole number from %2 to %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Created a demo practice at %1: %2 couples, %3 sessions, %4 cycle maps, %5 exercises.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n problem(s) found in %1.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>%1 passed the integrity, foreign-key and schema checks.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 needs a real date as YYYY-MM-DD, not &quot;%2&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The audit trail is broken at row %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>The audit trail is whole: %n row(s), each chained to the one before.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>--to is before --from.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Encrypted case files are not supported yet; export without --encrypt.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name the file to write: attune export COUPLE --output FILE.attune.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name the couples to export, or --all for every couple (not both).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The practice has no couples to export.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Exported %n couple(s) to %1.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>--on-conflict takes skip, replace or copy.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name the case file: attune import FILE.attune.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The page size must be letter or a4, not %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 has no cycle version %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 has no cycle mapped yet; map one in the Cycle tab first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: cycle version %2 of %3 (%4)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(not yet named)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The version must be a number from 1 up, not %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name the file: attune cycle export COUPLE --output FILE.pdf.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The resolution must be a number of dots per inch, not %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose an output file ending in .pdf, .png or .svg.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wrote %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Say what to do: attune cycle show COUPLE or attune cycle export COUPLE --output FILE.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name the couple: attune cycle %1 COUPLE.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name the file: attune worksheet --output FILE.pdf.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The worksheet kind must be cycle or five-step, not %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 takes a real date as YYYY-MM-DD, not %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name the couple and the file: attune report COUPLE --output FILE.pdf.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The period starts (%1) after it ends (%2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--page takes letter or a4, not %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Attune has no %1 translation; try %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Wrote the progress report for %1 (%n session(s)) to %2.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Name the backup file: attune backup --output FILE.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Backed up %1 to %2%3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> (encrypted)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name one backup file: attune restore FILE [--force].</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no backup at %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restored %1 from %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The replaced practice was kept as %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Attune: case notes for Emotionally Focused couples therapy.

Usage:
  attune [--practice FILE] [--language CODE]        open the application
  attune --version | --help
  attune [--practice FILE] demo [--couples N] [--sessions N] [--seed S]
                                                    fill an empty practice with synthetic demo couples
  attune [--practice FILE] couples [--all] [--json] list the couples
  attune [--practice FILE] sessions COUPLE [--all] [--json]
                                                    list a couple&apos;s sessions
  attune [--practice FILE] check                    check the practice file&apos;s integrity
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
                                                    draw the cycle, or the handout for the couple
  attune worksheet --output FILE.pdf [--kind cycle|five-step] [--language CODE] [--page letter|a4]
                                                    a blank worksheet to fill in by hand
  attune [--practice FILE] report COUPLE --output FILE.pdf [--from DATE] [--to DATE]
                           [--language CODE] [--page letter|a4] [--therapist NAME]
                                                    write a couple&apos;s progress report (dates as YYYY-MM-DD)
  attune [--practice FILE] export (COUPLE... | --all) --output FILE.attune
                                                    write couples&apos; records to a case file
  attune [--practice FILE] import FILE.attune [--on-conflict skip|replace|copy]
                                                    add a case file&apos;s records to the practice

COUPLE is a numeric id or part of a couple&apos;s name that matches exactly one couple.
Without --practice, Attune uses the practice in your data folder.
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No terminal to ask for the passphrase: give --passphrase-file FILE.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not read the passphrase file %1: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The passphrase file %1 is empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Passphrase: </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Passphrase again: </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The two passphrases differ.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CoupleLookup</name>
    <message>
        <source>Name a couple by its id or part of its name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No couple has the id %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No couple matches &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; matches more than one couple: %2.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CycleExport</name>
    <message>
        <source>Could not write %1: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the PDF could not be started</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The resolution %1 dpi gives an image too small or too large to write.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the image could not be encoded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a file ending in .pdf, .png or .svg.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a resolution between 10 and 1200 dpi.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CyclePrinting</name>
    <message>
        <source>Print handout</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show only the partners&apos; &amp;initials</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Handout language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>English</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Spanish</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Grayscale</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Handout &amp;language:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cycle</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 cycle</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export cycle</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PDF document (*.pdf);;PNG image (*.png);;SVG image (*.svg)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DemoGenerator</name>
    <message>
        <source>The number of demo couples must be between 0 (the six curated couples) and %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The number of sessions per couple must be between 0 (each couple&apos;s own) and %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This practice already has couples; the demo practice can only be created in an empty practice.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>EditCycleStepCommand</name>
    <message>
        <source>Edit %1 of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The practice is closed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A cycle map has only two partners.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PracticeStore</name>
    <message>
        <source>The practice file&apos;s schema version could not be read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The practice file could not be upgraded: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it was written by a newer version of Attune.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not read %1: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is an empty file, not an Attune practice.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not an Attune practice (it is not a database file).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is a database of another program, not an Attune practice.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 was written by a newer version of Attune (practice format %2; this version reads up to %3). Please update Attune to open it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is an unfinished Attune practice with no format version.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not create the folder %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not create %1: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not make %1 private to you.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The SQLite driver for Qt is not installed (package libqt6sql6-sqlite).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not open %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the quick check returned nothing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is damaged and was not opened (%2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The practice file is read-only, so the change could not be stored.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The disk is full, so the change could not be stored.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The practice file is in use by another program; try again in a moment.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The practice file could not be read or written (%1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The practice file is damaged (%1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is not enough memory to complete the operation.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The change breaks a rule of the practice file (%1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The practice file reported an error: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown error</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 cannot be restored: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 already exists. Restore with --force to replace it; the current file is then kept aside.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not copy %1 next to the practice.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not move the current practice aside; nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not put the restored practice in place; nothing was changed.</source>
        <translation type="unfinished"></translation>
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
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>EFT Quick Reference</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>EFT quick reference</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Security</name>
    <message>
        <source>Could not read %1: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not write %1: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is not enough memory to derive the encryption key.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not an encrypted Attune file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is truncated: its header is incomplete.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 was encrypted by a newer version of Attune.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is damaged: its key settings are not plausible.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The passphrase is wrong for %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is damaged: its header is invalid.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is truncated: it ends before its last part.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is damaged: part of it was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is damaged: it has data after its end.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The cryptography library could not be started.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A passphrase needs at least 8 characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is not enough memory to protect the passphrase.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Validation</name>
    <message>
        <source>%1 is missing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not a real date.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2) is before %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2) is in the future.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The first partner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The second partner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 needs a name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1&apos;s need for closeness must be between 0 and %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1&apos;s need for alone time must be between 0 and %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The couple needs a name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The partners&apos; positions do not match the %1 pattern.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The intake date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The closing date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The closing date is before the intake date.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The safety screen date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The session date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The session date (%1) is before the couple&apos;s intake (%2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A session lasts between 5 and 480 minutes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The EFT stage must be 1, 2 or 3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The EFT step must be between 1 and 9.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Step %1 belongs to stage %2, not stage %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A change event names a partner who is not part of this couple.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A secure-bond rating names a partner who is not part of this couple.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A partner has two sets of secure-bond ratings in one session.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Secure-bond ratings must be between 0 and %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An outcome score names a partner who is not part of this couple.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A partner has two %1 totals in one session.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A %1 total must be between %2 and %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A homework item is empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The cycle map&apos;s date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The exercise must belong to one of the partners.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The exercise&apos;s date</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>attune::AddToCycleDialog</name>
    <message>
        <source>Add Exercise to Cycle</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add exercise to cycle</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose which steps of %1&apos;s exercise go into %1&apos;s side of cycle version %2 (%3).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This couple has no cycle map yet. The steps you choose start version 1 of it, dated today, on %1&apos;s side.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exercise step → cycle step</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In the cycle now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>From the exercise</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 → %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use the exercise&apos;s %1 as the cycle&apos;s %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(empty)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(the exercise leaves this empty)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Add to Cycle</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>attune::AutoSaver</name>
    <message>
        <source>Your last change could not be stored yet.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>attune::BondRatingsSection</name>
    <message>
        <source>Secure-bond signs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>First partner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Second partner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 rated this session</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rated this session</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>attune::CaseFileActions</name>
    <message>
        <source>&amp;Export Couples…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Import Case File…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write couples&apos; records to a case file to move or hand over</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add the records of a case file to this practice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Case File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The practice has no couples to export.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Couples.attune</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export Couples</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Attune case files (*.attune)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exporting couples…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Exported %n couple(s) to %1.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Import Case File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading the case file…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Importing the case file…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>attune::ChangeEventsSection</name>
    <message>
        <source>Change events</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Level</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Partner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Anchor quote</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 level</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 partner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 anchor quote</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A short quote from the session</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>—</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>First partner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Second partner</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>attune::CoupleForm</name>
    <message>
        <source>Case name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Left empty: the partners&apos; names</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cycle pattern</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Problem with the form</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>C&amp;ase name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pa&amp;ttern:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Status:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Case</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Presenting concerns</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tags</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Intake date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>C&amp;losed on:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The case has a closing date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Closing date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Presenting concerns:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ta&amp;gs:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Intake:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Safety screen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Safety screen outcome</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Safety screen date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Safety screen notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Safety warning</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Date:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>O&amp;utcome:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Notes:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 &amp; %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not screened for intimate-partner violence yet. Screen each partner separately before starting EFT.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Abuse is ongoing: EFT couples therapy is contraindicated. Do not do conjoint work; attend to safety first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Concerns noted: keep monitoring safety at each session.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Comma-separated, e.g. empty nest</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>attune::CoupleListDelegate</name>
    <message>
        <source>Stage %1 · %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>last seen %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no sessions yet</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>attune::CouplesModel</name>
    <message>
        <source>The practice is closed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2) and %3 (%4)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last session: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No sessions yet</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>attune::CouplesPane</name>
    <message>
        <source>Search names and tags</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search couples</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show couples with status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All statuses</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Archived</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Couples</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>attune::CycleLabels</name>
    <message>
        <source>Cycle</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Worksheet</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>attune::CycleModel</name>
    <message>
        <source>The practice is closed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Partner A</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Partner B</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 of %2, below the line of awareness</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>attune::CycleTab</name>
    <message>
        <source>Cycle versions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;New version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start a new version as a copy of the one shown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Archive version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hide this version from the list; undo brings it back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Versions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kind of cycle</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Compare with version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Print…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>E&amp;xport…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Compare with:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cycle diagram for comparison</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No cycle mapped yet. Choose New version to start one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Version %1 · %2
%3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No comparison</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Version %1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>attune::CycleThumbnail</name>
    <message>
        <source>Latest cycle map</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cycle map version %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No cycle map yet</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>attune::CycleView</name>
    <message>
        <source>Cycle diagram</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: click to write it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit %1 of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter stores the text, Shift+Enter starts a new line, Escape cancels.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use the arrow keys to move between steps and Enter to edit one.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>attune::ExerciseEditor</name>
    <message>
        <source>What happened, in plain words: what was seen, heard or missed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The first feeling that flared up, e.g. anger, irritation, panic.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What the partner did next, e.g. criticized, went quiet, left the room.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The softer feeling underneath, e.g. hurt, fear, shame, loneliness.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What the partner longed for, e.g. comfort, reassurance, to matter.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Five-step exercise</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Storage problem</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Problem with the exercise</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Partner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exercise date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Linked session</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Incident</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A short title, e.g. &quot;The missed phone call&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Partner:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Date:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Session:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Incident:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;%1. %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your changes could not be stored: %1 They stay on screen, and Attune keeps trying to store them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This exercise is archived. Restore it to edit it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>First partner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Second partner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No session</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (stage %2, step %3)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>attune::ExercisesTab</name>
    <message>
        <source>&amp;New Exercise</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add to &amp;Cycle…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Archive Exercise</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show arc&amp;hived</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exercises</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start a five-step exercise for this couple</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Propose this exercise&apos;s steps for the partner&apos;s side of the cycle</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show archived exercises</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Five-step exercises</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Partner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Incident</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exercise messages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>First partner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Second partner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(untitled incident)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Restore Exercise</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The exercise&apos;s steps are now in cycle version %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The exercise&apos;s steps started the couple&apos;s first cycle map.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>attune::ExportCouplesDialog</name>
    <message>
        <source>Export Couples</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the couples whose records go into the case file. Everything they hold is included: sessions, cycle maps, exercises and archived items.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Couples to export</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (archived)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select &amp;All</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select &amp;None</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Export…</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>&amp;Export %n Couple(s)…</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>attune::ImportConflictDialog</name>
    <message>
        <source>Couple</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Session</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cycle map</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Five-step exercise</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Skip them: keep what this practice has</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Replace them with the case file&apos;s versions (signed notes stay)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import them as &amp;copies next to what this practice has</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Records Already in This Practice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Records that differ</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>The case file has %n record(s) that this practice holds with different content. Identical records are skipped in any case.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>attune::MainWindow</name>
    <message>
        <source>Attune</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;About Attune</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No couple selected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This couple could not be shown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>About Attune</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n couple(s) shown</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Couple workspace</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Overview</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Sessions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>C&amp;ycle</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>E&amp;xercises</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Progress</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No couples here yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add a couple with Couple → New Couple… (Ctrl+N).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a couple on the left.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2) and %3 (%4) · %5</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> · stage %1, step %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>archived</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Some of your changes could not be stored: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Retry after fixing the problem, keep the window open, or quit without them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>That step could not be undone or redone: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Find Couple</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Preferences…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Session</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>EFT &amp;Quick Reference</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;New Practice…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Open Practice…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open &amp;Recent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No other recent practices</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Couple</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;New Couple…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Pause</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Close Case</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Reopen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Progress &amp;Report…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Archive Couple</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show &amp;Archived Couples</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restore &amp;Archived Couple</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New Practice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Attune practices (*.db)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 already exists. Choose a new name, or open it with File → Open Practice.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open Practice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Attune practices (*.db);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your changes here could not be stored yet, so this practice stays open: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close Case</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close the case of %1? It stays in the practice and can be reopened.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Archive Couple</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Archive %1? Archived couples are hidden from the list and can be restored from Show Archived Couples.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;h3&gt;Attune %1&lt;/h3&gt;&lt;p&gt;Case notes for couples therapists who work with Emotionally Focused Therapy.&lt;/p&gt;&lt;p&gt;Your practice stays in one private file on this computer:&lt;br&gt;%2&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>attune::NewCoupleDialog</name>
    <message>
        <source>New Couple</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New couple</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Create Couple</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>attune::OutcomesSection</name>
    <message>
        <source>Outcome totals</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2–%3):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not given</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>First partner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Second partner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2 total</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>attune::OverviewTab</name>
    <message>
        <source>Overview</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Latest session summary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Storage problem</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your changes could not be stored: %1 They stay on screen, and Attune keeps trying to store them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No couple selected.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No sessions yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n session(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Latest session %1: stage %2 (%3), step %4 · %5</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>attune::PartnerFields</name>
    <message>
        <source>English</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Spanish</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Vietnamese</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Chinese</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Arabic</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>French</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>German</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Portuguese</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tagalog</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Korean</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hindi</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Urdu</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Russian</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Persian</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hebrew</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>First partner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Second partner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: pronouns</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. she/her</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: preferred language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: position in the cycle</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: need for closeness</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: need for alone time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>0 = no need for closeness, %1 = a strong need</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>0 = no need for time alone, %1 = a strong need</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Pronouns:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>P&amp;osition:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Need for &amp;closeness:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Need for &amp;alone time:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 / %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>attune::PracticeEditor</name>
    <message>
        <source>New couple</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit couple</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Archive couple</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restore couple</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New session</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit session</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Archive session</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restore session</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New cycle version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit cycle</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Archive cycle version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restore cycle version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New exercise</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit exercise</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Archive exercise</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restore exercise</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>attune::PracticeStore</name>
    <message>
        <source>That couple no longer exists.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The practice file is damaged: couple %1 does not have two partners.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No couple has the id %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This couple is already in the practice.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only a couple that was stored before can be restored.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This couple has not been stored yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The practice file is damaged: a partner is missing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>That cycle map no longer exists.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This cycle map is already in the practice.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only a cycle map that was stored before can be restored.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The next cycle version could not be determined.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This cycle map has not been stored yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A cycle map cannot move to another couple.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>That exercise no longer exists.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This exercise is already in the practice.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only an exercise that was stored before can be restored.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The exercise&apos;s session belongs to another couple.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This exercise has not been stored yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An exercise cannot move to another couple.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Integrity: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Foreign key: row %1 of %2 points to a missing %3 record.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Schema: the file is not marked as an Attune practice.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Schema: format version %1, expected %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Schema: %1 is missing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Schema: %1 differs from what this version of Attune creates.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Schema: unexpected %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Records: couple %1 (%2) has %3 partners instead of two.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Records: session %1 of couple %2 is dated before the intake.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Records: exercise %1 is linked to another couple&apos;s session.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No practice file was given.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is a folder, not a practice file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no practice at %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 needs an upgrade, which cannot be done while it is open read-only.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>That record no longer exists.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>That session no longer exists.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This session is already in the practice.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only a session that was stored before can be restored.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This session has not been stored yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A session cannot move to another couple.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This note is signed and cannot be changed; add an addendum instead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The audit trail could not be sealed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Row %1 was added outside Attune (it is not sealed).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rows before row %1 were removed (the trail jumps from row %2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Row %1 does not follow the row before it: a row was removed or inserted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Row %1 was altered after it was written.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signatures: session %1 no longer matches the content that was signed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Audit trail: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The clinician profile needs a name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This note is already signed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter your name in the clinician profile before signing notes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An addendum needs some text.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter your name in the clinician profile before signing an addendum.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This note is still a draft: edit it instead of adding an addendum.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The copy failed its integrity check (%1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A backup cannot replace the practice itself.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The folder %1 does not exist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The backup could not be written: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The backup could not be written to disk.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The backup was not kept: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The backup could not be moved to %1.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>attune::PreAppointmentBrief</name>
    <message>
        <source>Time since the last session</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Safety screen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last session</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change events so far</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pre-appointment brief</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;Safety screen: %1.&lt;/b&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Screen each partner separately for violence and fear before going further.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check in on safety with each partner.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Couple sessions are not indicated while abuse is ongoing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt;: no sessions yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The first session&apos;s notes will appear here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>last session today</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>last session %n day(s) ago</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>last session %n week(s) ago</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>&lt;b&gt;%1&lt;/b&gt;: %2 (%3), %n session(s) in all</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Stage %1 (%2), step %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Focus</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>☑ %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>☐ %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Homework</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>none set</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: &lt;b&gt;%2&lt;/b&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change events trend</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 trend</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>complete since %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>attune::PreferencesDialog</name>
    <message>
        <source>Highlight words of primary and secondary emotion in notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Preferences</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open Another Practice…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Interface language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>System language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Default session length</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> min</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Practice file:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Interface language:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Default session length:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>attune::ProgressCharts</name>
    <message>
        <source>Stage %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change events</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 complete, %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Partner A</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Partner B</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Distress below %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, %2: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Below the distress cutoff</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reliable change from the first total (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reliable change (%1 points)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>distress cutoff</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, %2: %3 of %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Re-engagement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Softening</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>attune::ProgressReport</name>
    <message>
        <source>no sessions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 – %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The period starts (%1) after it ends (%2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not write %1: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Progress report: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not start writing the PDF %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stage, step</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Focus</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Re-engagement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Softening</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Outcomes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>yes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>draft</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stage %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>… and %n more stretch(es), listed in the session table.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Stage %1 (%2): %3 – %4, %n session(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Progress report, %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Confidential clinical record</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Page %1 of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Progress report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Partners</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cycle pattern</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Period</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Therapist</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sessions</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n session(s) in this period</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Latest session</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, stage %2 (%3), step %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Complete since %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Prepared</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stage timeline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No sessions were recorded in this period.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change events</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Outcome measures</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No outcome measures were entered in this period.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Secure-bond signs (0–10)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No secure-bond ratings were entered in this period.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Latest cycle map (version %1, %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Latest cycle map</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No cycle map was recorded by the end of this period.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>attune::ProgressReportDialog</name>
    <message>
        <source>Progress Report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Progress report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Period from</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Period to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Therapist</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Printed on the cover; leave empty to omit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Letter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paper size</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Report problem</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;From:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;To:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>T&amp;herapist:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Paper:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pre&amp;view…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Save as PDF…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Progress report: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Progress Report Preview</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Progress report %1.pdf</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save Progress Report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>attune::ProgressTab</name>
    <message>
        <source>Progress &amp;Report…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Progress</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sessions charted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Create a progress report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Progress message</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a couple to see their progress.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No sessions yet: the charts appear once the first session is recorded.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n session(s) from %1 to %2</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Change events chart</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 totals chart</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Secure-bond signs, rated 0–10</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 chart</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>attune::SessionDetailsSection</name>
    <message>
        <source>Session</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Session date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date problem</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not recorded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> min</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Length in minutes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Format</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Attendance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stage %1 · %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>EFT stage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>EFT step</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>at</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>for</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Date:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Attendance:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>EFT &amp;stage:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A session cannot be dated before the couple&apos;s intake on %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A session cannot be dated in the future; today is %1.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>attune::SessionEditor</name>
    <message>
        <source>Choose a session on the left, or start a new one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saving problem</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Session status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Session</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your changes are not stored yet: %1 What you typed stays here, and Attune keeps trying.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signed by %1 on %2. A signed note cannot be changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the therapist</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This session is archived. Restore it to change it.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>attune::SessionNoteSection</name>
    <message>
        <source>Note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Focus</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cycle observations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Session note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Intervention: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Homework</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New homework, then Enter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New homework</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add homework</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove homework</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Focus:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>C&amp;ycle observations:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Interventions:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Plan:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Homework:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Note:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>attune::SessionVocabulary</name>
    <message>
        <source>Reflection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Validation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Evocative responding</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Heightening</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Empathic conjecture</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tracking the cycle</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reframing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enactments</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Conflict issues</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The negative cycle</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Underlying emotions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reframing the problem</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Disowned needs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Acceptance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Expressing needs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New solutions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New positions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Step %1 · %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>attune::SessionsModel</name>
    <message>
        <source>The practice is closed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 at %2, %3 minutes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, %2 minutes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stage %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Draft</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Step</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Attendance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Format</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Focus</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>attune::SessionsTab</name>
    <message>
        <source>Show a&amp;rchived sessions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;New Session</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start from &amp;Last Session</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Archive Session</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A new session dated today, at the stage and step where the last one ended</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A new session that carries over the last one&apos;s stage, step, format, attendance, plan and open homework</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sessions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show archived sessions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sessions message</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The new session could not be created: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Restore Session</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>attune::Vocabulary</name>
    <message>
        <source>Active</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paused</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Closed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pursuer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Withdrawer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pursue–withdraw</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pursue–pursue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Withdraw–withdraw</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>None</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Emerging</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Partial</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Complete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Withdrawer re-engagement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Blamer softening</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Both partners</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>First partner only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Second partner only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Video</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Negative cycle</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Positive cycle</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CSI-4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CSI-16</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CSI-32</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>RDAS</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not screened</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No concerns</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Concerns: monitor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Abuse ongoing: EFT contraindicated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Trigger</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Primary emotion</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Secondary emotion</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Perception</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Behavior</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unmet need</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Immediate emotional reaction</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Behavioral reaction</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deeper feelings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Underlying need</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Emotional balance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tuning in and voicing needs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Openness and a meta-perspective</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A positive view of self</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Being able to be alone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>De-escalation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restructuring</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Consolidation</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Attune</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Attune has no %1 translation; try %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open another practice, or close Attune.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open Practice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Attune practices (*.db);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
