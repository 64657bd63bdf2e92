// Benchmarks the practice-wide search on a large synthetic practice (500 couples × 60 sessions by
// default): building the index for an existing practice (the schema-4 migration, timed on a version-3
// copy of the same practice), a one-word, a prefix and a broad query through PracticeStore::search next
// to the raw SQLite C API running the same statements, and how soon the Find window shows its first
// results once the typing pauses, against one frame at 60 Hz. Prints Markdown tables of medians.
//
// Usage: bench_search [couples] [sessions-per-couple]
#include "BenchPractice.h"
#include "BenchTimer.h"
#include "RawSqlite.h"

#include "items/SearchResultsModel.h"
#include "search/FindWindow.h"
#include "store/PracticeStore.h"
#include "store/StatementText.h"

#include <QApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QLineEdit>
#include <QTemporaryDir>
#include <QTreeView>

#include <sqlite3.h>

#include <algorithm>
#include <cstdio>
#include <cstdlib>

using namespace attune;
using namespace attune::bench;

namespace {

constexpr int kRuns = 15;
constexpr int kMigrationRuns = 3;

void exec(sqlite3 *db, const char *sql)
{
    char *error = nullptr;
    if (sqlite3_exec(db, sql, nullptr, nullptr, &error) != SQLITE_OK)
        die(QString::fromUtf8(error));
}

void bindText(sqlite3_stmt *statement, const char *name, const QByteArray &utf8)
{
    sqlite3_bind_text(statement, sqlite3_bind_parameter_index(statement, name), utf8.constData(),
                      int(utf8.size()), SQLITE_TRANSIENT);
}

// The store's two statements, raw: the ranked hits with every column read as the store reads them,
// then the snippets of the hits kept.
int rawSearch(sqlite3 *db, sqlite3_stmt *ranked, sqlite3_stmt *snippets, const QByteArray &match)
{
    bindText(ranked, ":match", match);
    sqlite3_bind_int64(ranked, sqlite3_bind_parameter_index(ranked, ":all"), 0);
    sqlite3_bind_int64(ranked, sqlite3_bind_parameter_index(ranked, ":couple"), 0);
    sqlite3_bind_int64(ranked, sqlite3_bind_parameter_index(ranked, ":limit"), SearchRequest().limit);
    QByteArray rids = "[";
    int hits = 0;
    while (sqlite3_step(ranked) == SQLITE_ROW) {
        for (int c = 0; c < sqlite3_column_count(ranked); ++c)
            if (sqlite3_column_type(ranked, c) == SQLITE_TEXT)
                (void)sqlite3_column_text(ranked, c);
            else
                (void)sqlite3_column_int64(ranked, c);
        if (hits++ > 0)
            rids += ',';
        rids += QByteArray::number(sqlite3_column_int64(ranked, 0));
    }
    sqlite3_reset(ranked);
    if (sqlite3_errcode(db) != SQLITE_OK && sqlite3_errcode(db) != SQLITE_DONE)
        die(QString::fromUtf8(sqlite3_errmsg(db)));
    rids += ']';
    bindText(snippets, ":match", match);
    bindText(snippets, ":rids", rids);
    while (sqlite3_step(snippets) == SQLITE_ROW)
        (void)sqlite3_column_text(snippets, 1);
    sqlite3_reset(snippets);
    return hits;
}

// A version-3 copy of a practice: the same records, without what schema 4 and the content hashes added.
void makeVersion3Copy(const QString &from, const QString &to)
{
    QFile::remove(to);
    if (!QFile::copy(from, to))
        die(QStringLiteral("cannot copy the practice"));
    sqlite3 *db = openRaw(to);
    sqlite3_stmt *triggers = prepare(
        db,
        QStringLiteral("SELECT name FROM sqlite_schema WHERE type = 'trigger' AND (name LIKE '%_search_%' "
                       "OR name LIKE '%_hash_delete')"));
    QList<QByteArray> names;
    while (sqlite3_step(triggers) == SQLITE_ROW)
        names << QByteArray(reinterpret_cast<const char *>(sqlite3_column_text(triggers, 0)));
    sqlite3_finalize(triggers);
    exec(db, "BEGIN");
    for (const QByteArray &name : names)
        exec(db, ("DROP TRIGGER " + name).constData());
    exec(db, "DROP TABLE search_index; DROP VIEW search_content; DROP VIEW search_sources; "
             "DROP TABLE search_rows; DROP TABLE search_pending; DROP TABLE record_hashes; "
             "PRAGMA user_version = 3; COMMIT; VACUUM");
    sqlite3_close(db);
}

} // namespace

int main(int argc, char **argv)
{
    qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("bench.db"));
    generatePractice(path, practiceSize(argc, argv));

    // Building the index for an existing practice: opening a version-3 copy runs the migration.
    const QString v3 = dir.filePath(QStringLiteral("v3.db"));
    const QString migrated = dir.filePath(QStringLiteral("migrated.db"));
    makeVersion3Copy(path, v3);
    std::vector<double> migrations;
    for (int run = 0; run < kMigrationRuns; ++run) {
        QFile::remove(migrated);
        QFile::copy(v3, migrated);
        migrations.push_back(medianMilliseconds(1, [&] {
            if (auto store = PracticeStore::open(migrated, PracticeStore::OpenMode::OpenExisting); !store)
                die(store.error());
        }));
    }
    std::sort(migrations.begin(), migrations.end());
    const double openCurrent = medianMilliseconds(kMigrationRuns, [&] {
        if (auto store = PracticeStore::open(path, PracticeStore::OpenMode::OpenExisting); !store)
            die(store.error());
    });
    sqlite3 *raw = openRaw(path);
    sqlite3_stmt *count = prepare(raw, QStringLiteral("SELECT count(*) FROM search_rows"));
    sqlite3_step(count);
    const qint64 indexed = sqlite3_column_int64(count, 0);
    sqlite3_finalize(count);
    std::printf("Opening the version-3 copy built the index of %lld texts: %.2f s (median of %d), "
                "against %.0f ms to open the same practice at version 4.\n\n",
                static_cast<long long>(indexed), migrations[migrations.size() / 2] / 1000.0, kMigrationRuns,
                openCurrent);

    auto opened = PracticeStore::open(path, PracticeStore::OpenMode::OpenExisting);
    if (!opened)
        die(opened.error());
    PracticeStore &store = **opened;
    sqlite3_stmt *ranked = prepare(raw, searchSql());
    sqlite3_stmt *snippets = prepare(raw, searchSnippetSql());

    printHeader("raw SQLite");
    struct Query
    {
        const char *label;
        QString text;
    };
    const Query queries[] = {{"one word", QStringLiteral("lonely")},
                             {"prefix", QStringLiteral("lonel")},
                             {"broad", QStringLiteral("cycle")}};
    std::vector<QString> found;
    for (const Query &query : queries) {
        int hits = 0;
        int total = 0;
        const double viaStore = medianMilliseconds(kRuns, [&] {
            const auto results = store.search({query.text});
            if (!results)
                die(results.error());
            hits = int(results->hits.size());
            total = results->total;
        });
        const QByteArray match = searchMatchExpression(*parseSearchText(query.text)).toUtf8();
        int rawHits = 0;
        const double viaRaw =
            medianMilliseconds(kRuns, [&] { rawHits = rawSearch(raw, ranked, snippets, match); });
        if (rawHits != hits)
            die(QStringLiteral("the raw statements found %1 hits, the store %2").arg(rawHits).arg(hits));
        char label[96];
        std::snprintf(label, sizeof label, "search \"%s\" (%s)", qUtf8Printable(query.text), query.label);
        printRow(label, viaStore, viaRaw);
        found.push_back(QStringLiteral("\"%1\" %2 of %3 hits").arg(query.text).arg(hits).arg(total));
    }

    std::printf("\nEach search keeps the best %d hits (%s).\n", SearchRequest().limit,
                qUtf8Printable(QStringList(found.begin(), found.end()).join(QStringLiteral(", "))));

    // The window: from the moment the typing pauses (the debounce timer fires) to the results laid out
    // and painted, against one frame at 60 Hz.
    std::printf("\n");
    printHeader("one frame");
    FindWindow window(store);
    window.resize(1280, 720);
    window.show();
    QApplication::processEvents();
    for (const Query &query : queries) {
        std::vector<double> times;
        for (int run = 0; run < kRuns; ++run) {
            window.queryField()->clear();
            window.searchNow();
            window.queryField()->setText(query.text);
            window.debounceTimer()->stop(); // the pause is over: what follows is what she waits for
            QElapsedTimer timer;
            timer.start();
            window.searchNow();
            window.resultsView()->viewport()->repaint();
            times.push_back(timer.nsecsElapsed() / 1e6);
            if (window.model()->results().hits.isEmpty())
                die(QStringLiteral("the window found nothing"));
        }
        std::sort(times.begin(), times.end());
        const double shown = times[times.size() / 2];
        char label[96];
        std::snprintf(label, sizeof label, "Find window shows \"%s\" after the pause",
                      qUtf8Printable(query.text));
        printRow(label, shown, 1000.0 / 60.0);
    }

    sqlite3_finalize(ranked);
    sqlite3_finalize(snippets);
    sqlite3_close(raw);
    return 0;
}
