// Benchmarks one autosave in the window's way (PracticeEditor::updateSession after a one-field edit, with
// the Progress tab and the brief open on the couple) on a large synthetic practice (500 couples × 60
// sessions by default): the statements it runs, the child-row writes among them, the views it rebuilds,
// and its time next to the baseline measured in the same run, a raw UPDATE of that one column in its own
// transaction on a copy of the same file.
//
// Usage: bench_autosave [couples] [sessions-per-couple]
#include "BenchPractice.h"
#include "BenchTimer.h"
#include "RawSqlite.h"

#include "commands/PracticeEditor.h"
#include "progress/PreAppointmentBrief.h"
#include "progress/ProgressTab.h"
#include "store/PracticeStore.h"

#include <QApplication>
#include <QRegularExpression>
#include <QTemporaryDir>

#include <cstdio>

using namespace attune;
using namespace attune::bench;

namespace {

constexpr int kRuns = 31;

struct Counts
{
    int statements = 0;  // every statement the connection started, triggers' bodies included
    int childWrites = 0; // writes to markers, ratings, totals, homework, goals
};

} // namespace

int main(int argc, char **argv)
{
    qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);
    const PracticeSize size = practiceSize(argc, argv);
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("bench.db"));
    const QString rawPath = dir.filePath(QStringLiteral("raw.db"));
    copyOfPractice(path, size);
    QFile::copy(path, rawPath);

    auto opened = PracticeStore::open(path, PracticeStore::OpenMode::OpenExisting);
    if (!opened)
        die(opened.error());
    PracticeStore &store = **opened;
    PracticeEditor editor(store);
    const auto couples = store.coupleSummaries();
    if (!couples || couples->isEmpty())
        die(QStringLiteral("no couples"));
    const qint64 coupleId = couples->at(couples->size() / 2).id;
    const auto summaries = store.sessionSummaries(coupleId);
    if (!summaries || summaries->isEmpty())
        die(QStringLiteral("no sessions"));
    const qint64 sessionId = summaries->last().id;

    ProgressTab progress(editor);
    PreAppointmentBrief brief(store);
    progress.setCouple(coupleId);
    brief.setCouple(coupleId);

    Counts counts;
    static const QRegularExpression childWrite(
        QStringLiteral("^\\s*(INSERT|UPDATE|DELETE|REPLACE)\\b[^;]*?\\b(change_events|bond_ratings|"
                       "outcome_scores|homework|session_goals)\\b"),
        QRegularExpression::CaseInsensitiveOption);
    store.watchStatements([&counts](const char *sql) {
        ++counts.statements;
        if (childWrite.match(QString::fromUtf8(sql)).hasMatch())
            ++counts.childWrites;
    });

    // The session as the editor holds it; each autosave stores the focus typed so far.
    Session session = *store.session(sessionId);
    const QString focus = session.note.focus;
    int typed = 0;
    auto autosave = [&] {
        session.note.focus = focus + QStringLiteral(" %1").arg(++typed);
        if (auto s = editor.updateSession(session, PracticeEditor::Merge::Typing); !s)
            die(s.error());
    };
    autosave(); // the first write of a record also remembers its counter; not the steady state
    counts = {};
    const int progressBefore = progress.rebuildCount();
    const int briefBefore = brief.reloadCount();
    autosave();
    const Counts one = counts;
    const int progressRebuilds = progress.rebuildCount() - progressBefore;
    const int briefRebuilds = brief.reloadCount() - briefBefore;
    store.watchStatements({});

    const double attuneMs = medianMilliseconds(kRuns, autosave);

    sqlite3 *raw = openRaw(rawPath);
    sqlite3_stmt *begin = prepare(raw, QStringLiteral("BEGIN IMMEDIATE"));
    sqlite3_stmt *update = prepare(raw, QStringLiteral("UPDATE sessions SET focus = ?1 WHERE id = ?2"));
    sqlite3_stmt *commit = prepare(raw, QStringLiteral("COMMIT"));
    int rawTyped = 0;
    const double rawMs = medianMilliseconds(kRuns, [&] {
        const QByteArray text = (focus + QStringLiteral(" %1").arg(++rawTyped)).toUtf8();
        sqlite3_step(begin);
        sqlite3_reset(begin);
        sqlite3_bind_text(update, 1, text.constData(), int(text.size()), SQLITE_TRANSIENT);
        sqlite3_bind_int64(update, 2, sessionId);
        if (sqlite3_step(update) != SQLITE_DONE)
            die(QString::fromUtf8(sqlite3_errmsg(raw)));
        sqlite3_reset(update);
        if (sqlite3_step(commit) != SQLITE_DONE)
            die(QString::fromUtf8(sqlite3_errmsg(raw)));
        sqlite3_reset(commit);
    });
    sqlite3_finalize(begin);
    sqlite3_finalize(update);
    sqlite3_finalize(commit);
    sqlite3_close(raw);

    std::printf(
        "One autosave of a session's focus, %d couples x %d sessions, Progress tab and brief open\n\n",
        size.couples, size.sessions);
    std::printf("| %-44s | %10s |\n", "per autosave", "count");
    std::printf("|%s|%s|\n", "----------------------------------------------", "------------");
    std::printf("| %-44s | %10d |\n", "statements (triggers' bodies included)", one.statements);
    std::printf("| %-44s | %10d |\n", "child-row writes (goal: 0)", one.childWrites);
    std::printf("| %-44s | %10d |\n", "Progress tab rebuilds (goal: 0)", progressRebuilds);
    std::printf("| %-44s | %10d |\n\n", "brief rebuilds (goal: at most 1)", briefRebuilds);
    printHeader("raw UPDATE");
    printRow("one focus autosave (vs raw UPDATE + COMMIT)", attuneMs, rawMs);
    const bool ok = one.childWrites == 0 && progressRebuilds == 0 && briefRebuilds <= 1;
    return ok ? 0 : 1;
}
