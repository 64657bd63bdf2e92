<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
<context>
    <name>CaseFile</name>
    <message numerus="yes">
        <source>%n couple(s)</source>
        <translation>
            <numerusform>%n couple</numerusform>
            <numerusform>%n couples</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n session(s)</source>
        <translation>
            <numerusform>%n session</numerusform>
            <numerusform>%n sessions</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n cycle map(s)</source>
        <translation>
            <numerusform>%n cycle map</numerusform>
            <numerusform>%n cycle maps</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n five-step exercise(s)</source>
        <translation>
            <numerusform>%n five-step exercise</numerusform>
            <numerusform>%n five-step exercises</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n signed session(s) could not be replaced, because signed notes cannot change.</source>
        <translation>
            <numerusform>%n signed session could not be replaced, because signed notes cannot change.</numerusform>
            <numerusform>%n signed sessions could not be replaced, because signed notes cannot change.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CommandLine</name>
    <message numerus="yes">
        <source>%n session(s), last %1</source>
        <translation>
            <numerusform>%n session, last %1</numerusform>
            <numerusform>%n sessions, last %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n problem(s) found in %1.</source>
        <translation>
            <numerusform>%n problem found in %1.</numerusform>
            <numerusform>%n problems found in %1.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The audit trail is whole: %n row(s), each chained to the one before.</source>
        <translation>
            <numerusform>The audit trail is whole: %n row, each chained to the one before.</numerusform>
            <numerusform>The audit trail is whole: %n rows, each chained to the one before.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Exported %n couple(s) to %1.</source>
        <translation>
            <numerusform>Exported %n couple to %1.</numerusform>
            <numerusform>Exported %n couples to %1.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Wrote the progress report for %1 (%n session(s)) to %2.</source>
        <translation>
            <numerusform>Wrote the progress report for %1 (%n session) to %2.</numerusform>
            <numerusform>Wrote the progress report for %1 (%n sessions) to %2.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n plain backup(s) were encrypted and their plain copies overwritten and removed.</source>
        <translation>
            <numerusform>%n plain backup was encrypted and its plain copy overwritten and removed.</numerusform>
            <numerusform>%n plain backups were encrypted and their plain copies overwritten and removed.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n backup(s) could not be converted and are still plain; remove them.</source>
        <translation>
            <numerusform>%n backup could not be converted and is still plain; remove it.</numerusform>
            <numerusform>%n backups could not be converted and are still plain; remove them.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n plain backup(s) were overwritten and removed.</source>
        <translation>
            <numerusform>%n plain backup was overwritten and removed.</numerusform>
            <numerusform>%n plain backups were overwritten and removed.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Wrote the clinical record of %1 (%n session(s)) to %2.</source>
        <translation>
            <numerusform>Wrote the clinical record of %1 (%n session) to %2.</numerusform>
            <numerusform>Wrote the clinical record of %1 (%n sessions) to %2.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Safety</name>
    <message numerus="yes">
        <source>The last safety screen is more than %n month(s) old: re-screen each partner separately before the next joint session.</source>
        <translation>
            <numerusform>The last safety screen is more than %n month old: re-screen each partner separately before the next joint session.</numerusform>
            <numerusform>The last safety screen is more than %n months old: re-screen each partner separately before the next joint session.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>attune::AgendaView</name>
    <message numerus="yes">
        <source>%n week(s) ago</source>
        <translation>
            <numerusform>%n week ago</numerusform>
            <numerusform>%n weeks ago</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>attune::AppointmentField</name>
    <message numerus="yes">
        <source>In %n day(s).</source>
        <translation type="vanished">
            <numerusform>In %n day.</numerusform>
            <numerusform>In %n days.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>attune::AuditTrailWindow</name>
    <message numerus="yes">
        <source>%n row(s)</source>
        <translation>
            <numerusform>%n row</numerusform>
            <numerusform>%n rows</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The chain is whole: none of its %n row(s) was altered, inserted or removed.</source>
        <translation>
            <numerusform>The chain is whole: its one row was not altered, inserted or removed.</numerusform>
            <numerusform>The chain is whole: none of its %n rows was altered, inserted or removed.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>attune::BackupsPage</name>
    <message numerus="yes">
        <source>%1, %2 (%3); %n backup(s) in this folder.</source>
        <translation>
            <numerusform>%1, %2 (%3); %n backup in this folder.</numerusform>
            <numerusform>%1, %2 (%3); %n backups in this folder.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>attune::CaseFileActions</name>
    <message numerus="yes">
        <source>Exported %n couple(s) to %1.</source>
        <translation>
            <numerusform>Exported %n couple to %1.</numerusform>
            <numerusform>Exported %n couples to %1.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>attune::CaseloadView</name>
    <message numerus="yes">
        <source>%n active couple(s)</source>
        <translation>
            <numerusform>%n active couple</numerusform>
            <numerusform>%n active couples</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n week(s) ago</source>
        <translation>
            <numerusform>%n week ago</numerusform>
            <numerusform>%n weeks ago</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Never (intake %n week(s) ago)</source>
        <translation>
            <numerusform>Never (intake %n week ago)</numerusform>
            <numerusform>Never (intake %n weeks ago)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>attune::ExportCouplesDialog</name>
    <message numerus="yes">
        <source>&amp;Export %n Couple(s)…</source>
        <translation>
            <numerusform>&amp;Export %n Couple…</numerusform>
            <numerusform>&amp;Export %n Couples…</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>attune::FindWindow</name>
    <message numerus="yes">
        <source>%n result(s)</source>
        <translation>
            <numerusform>%n result</numerusform>
            <numerusform>%n results</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n couple(s)</source>
        <translation>
            <numerusform>%n couple</numerusform>
            <numerusform>%n couples</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>attune::ImportConflictDialog</name>
    <message numerus="yes">
        <source>%n record(s) in the case file are already in this practice with different content. Records that are identical are skipped in any case.</source>
        <translation type="vanished">
            <numerusform>%n record in the case file is already in this practice with different content. Records that are identical are skipped in any case.</numerusform>
            <numerusform>%n records in the case file are already in this practice with different content. Records that are identical are skipped in any case.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The case file has %n record(s) that this practice holds with different content. Identical records are skipped in any case.</source>
        <translation>
            <numerusform>The case file has %n record that this practice holds with different content. Identical records are skipped in any case.</numerusform>
            <numerusform>The case file has %n records that this practice holds with different content. Identical records are skipped in any case.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>attune::LockController</name>
    <message numerus="yes">
        <source>That passphrase is not right. You can try again in %n second(s).</source>
        <translation>
            <numerusform>That passphrase is not right. You can try again in %n second.</numerusform>
            <numerusform>That passphrase is not right. You can try again in %n seconds.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>attune::MainWindow</name>
    <message numerus="yes">
        <source>%n couple(s)</source>
        <translation type="vanished">
            <numerusform>%n couple</numerusform>
            <numerusform>%n couples</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Stage %1 (%2), step %3 · %n session(s), the latest on %4</source>
        <translation type="vanished">
            <numerusform>Stage %1 (%2), step %3 · %n session, the latest on %4</numerusform>
            <numerusform>Stage %1 (%2), step %3 · %n sessions, the latest on %4</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n couple(s) shown</source>
        <translation>
            <numerusform>%n couple shown</numerusform>
            <numerusform>%n couples shown</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n plain backup(s) were overwritten and removed.</source>
        <translation>
            <numerusform>%n plain backup was overwritten and removed.</numerusform>
            <numerusform>%n plain backups were overwritten and removed.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n plain backup(s) were encrypted and their plain copies overwritten and removed.</source>
        <translation>
            <numerusform>%n plain backup was encrypted and its plain copy overwritten and removed.</numerusform>
            <numerusform>%n plain backups were encrypted and their plain copies overwritten and removed.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n backup(s) could not be converted and are still plain; remove them.</source>
        <translation>
            <numerusform>%n backup could not be converted and is still plain; remove it.</numerusform>
            <numerusform>%n backups could not be converted and are still plain; remove them.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>attune::OverviewTab</name>
    <message numerus="yes">
        <source>%n session(s)</source>
        <translation>
            <numerusform>%n session</numerusform>
            <numerusform>%n sessions</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>attune::PracticePage</name>
    <message numerus="yes">
        <source>%1, %n minute(s), %2</source>
        <translation>
            <numerusform>%1, %n minute, %2</numerusform>
            <numerusform>%1, %n minutes, %2</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>attune::PracticeStore</name>
    <message numerus="yes">
        <source>Search index: %n change(s) are waiting to be indexed.</source>
        <translation>
            <numerusform>Search index: %n change is waiting to be indexed.</numerusform>
            <numerusform>Search index: %n changes are waiting to be indexed.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Search index: %n text(s) of the records are not indexed.</source>
        <translation>
            <numerusform>Search index: %n text of the records is not indexed.</numerusform>
            <numerusform>Search index: %n texts of the records are not indexed.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Search index: %n indexed text(s) belong to no record.</source>
        <translation>
            <numerusform>Search index: %n indexed text belongs to no record.</numerusform>
            <numerusform>Search index: %n indexed texts belong to no record.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Search index: %n word(s) differ from the records.</source>
        <translation>
            <numerusform>Search index: %n word differs from the records.</numerusform>
            <numerusform>Search index: %n words differ from the records.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>attune::PreAppointmentBrief</name>
    <message numerus="yes">
        <source>last session %n day(s) ago</source>
        <translation>
            <numerusform>last session %n day ago</numerusform>
            <numerusform>last session %n days ago</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>last session %n week(s) ago</source>
        <translation>
            <numerusform>last session %n week ago</numerusform>
            <numerusform>last session %n weeks ago</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>&lt;b&gt;%1&lt;/b&gt;: %2 (%3), %n session(s) in all</source>
        <translation>
            <numerusform>&lt;b&gt;%1&lt;/b&gt;: %2 (%3), %n session in all</numerusform>
            <numerusform>&lt;b&gt;%1&lt;/b&gt;: %2 (%3), %n sessions in all</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>attune::ProgressReport</name>
    <message numerus="yes">
        <source>… and %n more stretch(es), listed in the session table.</source>
        <translation>
            <numerusform>… and %n more stretch, listed in the session table.</numerusform>
            <numerusform>… and %n more stretches, listed in the session table.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Stage %1 (%2): %3 – %4, %n session(s)</source>
        <translation>
            <numerusform>Stage %1 (%2): %3 – %4, %n session</numerusform>
            <numerusform>Stage %1 (%2): %3 – %4, %n sessions</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n session(s) in this period</source>
        <translation>
            <numerusform>%n session in this period</numerusform>
            <numerusform>%n sessions in this period</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>… and %n more goal(s): the clinical record prints them all.</source>
        <translation>
            <numerusform>… and %n more goal: the clinical record prints them all.</numerusform>
            <numerusform>… and %n more goals: the clinical record prints them all.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Worked on in %n session(s) of the period, last on %1.</source>
        <translation>
            <numerusform>Worked on in %n session of the period, last on %1.</numerusform>
            <numerusform>Worked on in %n sessions of the period, last on %1.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>attune::ProgressSummary</name>
    <message numerus="yes">
        <source>%1: %2 over %n rating(s), 0–10</source>
        <translation>
            <numerusform>%1: %2 over %n rating, 0–10</numerusform>
            <numerusform>%1: %2 over %n ratings, 0–10</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1: %2 over %n session(s); distress cutoff %3</source>
        <translation>
            <numerusform>%1: %2 over %n session; distress cutoff %3</numerusform>
            <numerusform>%1: %2 over %n sessions; distress cutoff %3</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Over %n session(s): %1</source>
        <translation>
            <numerusform>Over %n session: %1</numerusform>
            <numerusform>Over %n sessions: %1</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>attune::ProgressTab</name>
    <message numerus="yes">
        <source>%n session(s) from %1 to %2</source>
        <translation>
            <numerusform>%n session from %1 to %2</numerusform>
            <numerusform>%n sessions from %1 to %2</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>attune::RecordDocument</name>
    <message numerus="yes">
        <source>%n minute(s), %1, %2</source>
        <translation>
            <numerusform>%n minute, %1, %2</numerusform>
            <numerusform>%n minutes, %1, %2</numerusform>
        </translation>
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
            <numerusform>%1: %n result</numerusform>
            <numerusform>%1: %n results</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>attune::StageBars</name>
    <message numerus="yes">
        <source>%1: %n couple(s)</source>
        <translation>
            <numerusform>%1: %n couple</numerusform>
            <numerusform>%1: %n couples</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>attune::UnlockPracticeDialog</name>
    <message numerus="yes">
        <source>That passphrase is not right. You can try again in %n second(s).</source>
        <translation>
            <numerusform>That passphrase is not right. You can try again in %n second.</numerusform>
            <numerusform>That passphrase is not right. You can try again in %n seconds.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>attune::UpcomingAppointments</name>
    <message numerus="yes">
        <source>%n min</source>
        <translation>
            <numerusform>%n min</numerusform>
            <numerusform>%n min</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>And %n more ahead (the Today page lists the week).</source>
        <translation>
            <numerusform>And %n more ahead (the Today page lists the week).</numerusform>
            <numerusform>And %n more ahead (the Today page lists the week).</numerusform>
        </translation>
    </message>
</context>
</TS>
