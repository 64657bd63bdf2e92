// Benchmarks a protected practice against the same practice unprotected, in one run, on the large
// synthetic practice (500 couples × 60 sessions by default): opening the plain file, deriving the key
// alone (Argon2id), unlocking the protected copy (derivation, decryption, sqlite3_deserialize, the same
// checks), and the first save after a one-field edit. For the save it reports what the window feels
// (how long the GUI thread is blocked: the commit in memory, then the debounced save's serialization
// when its timer fires, the encryption and writing being on a worker thread) and the whole cost (bytes
// passed to write(), time until the new file is durable) beside the plain file's, which is durable when
// its commit returns.
//
// Usage: bench_protected [couples] [sessions-per-couple]
#include "BenchPractice.h"
#include "BenchTimer.h"

#include "security/PracticeKey.h"
#include "security/SealedImage.h"
#include "store/PracticeProtection.h"
#include "store/PracticeStore.h"
#include "store/SealedStorage.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>
#include <QTemporaryDir>
#include <QThread>

#include <algorithm>
#include <cstdio>
#include <vector>

using namespace attune;
using namespace attune::bench;

namespace {

constexpr int kRuns = 5; // each protected open derives a 256 MiB key or decrypts the whole image
const QByteArray kPassphrase = QByteArrayLiteral("correct horse battery staple");

// Bytes this process has passed to write() so far (all threads): the save's whole output, journal
// and temporary file included, whatever the page cache does with it.
qint64 bytesWritten()
{
    QFile io(QStringLiteral("/proc/self/io"));
    if (!io.open(QIODevice::ReadOnly))
        die(QStringLiteral("/proc/self/io cannot be read"));
    for (const QByteArray &line : io.readAll().split('\n'))
        if (line.startsWith("wchar:"))
            return line.mid(6).trimmed().toLongLong();
    die(QStringLiteral("/proc/self/io has no wchar"));
}

double median(std::vector<double> values)
{
    std::sort(values.begin(), values.end());
    return values[values.size() / 2];
}

double elapsedMs(const QElapsedTimer &timer)
{
    return timer.nsecsElapsed() / 1e6;
}

// The one-field edit a therapist makes: the middle couple's presenting concerns.
void editOneField(PracticeStore &store, qint64 coupleId, int run)
{
    auto couple = store.couple(coupleId);
    if (!couple)
        die(couple.error());
    couple->presentingConcerns = QStringLiteral("Benchmark edit %1").arg(run);
    if (auto s = store.updateCouple(*couple); !s)
        die(s.error());
}

struct SaveFigures
{
    std::vector<double> editMs;    // the GUI thread inside the edit (commit included)
    std::vector<double> blockedMs; // the GUI thread's longest event-loop turn while the save ran
    std::vector<double> writeMs;   // from the copy handed to the worker to the file durable
    std::vector<double> durableMs; // from the edit to the file durable, the debounce delay left out
    std::vector<double> bytes;
};

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    QTemporaryDir dir;
    const QString plainPath = dir.filePath(QStringLiteral("plain.db"));
    const QString sealedPath = dir.filePath(QStringLiteral("protected.db"));
    generatePractice(plainPath, practiceSize(argc, argv));
    if (!QFile::copy(plainPath, sealedPath))
        die(QStringLiteral("could not copy the practice"));
    if (auto s = protectPractice(sealedPath, kPassphrase, PracticeKeyCost::Moderate); !s)
        die(s.error());
    std::printf("Plain file %.1f MiB, protected file %.1f MiB\n", QFileInfo(plainPath).size() / 1048576.0,
                QFileInfo(sealedPath).size() / 1048576.0);

    // Argon2id as a protected practice uses it (Moderate, the default), and the Interactive limits.
    QFile sealedFile(sealedPath);
    if (!sealedFile.open(QIODevice::ReadOnly))
        die(sealedFile.errorString());
    const auto header = readSealedHeader(sealedFile.read(4096), sealedPath);
    if (!header)
        die(header.error());
    sealedFile.close();
    std::shared_ptr<PracticeKey> key;
    const double derive = medianMilliseconds(kRuns, [&] {
        auto derived = PracticeKey::derive(kPassphrase, header->parameters);
        if (!derived)
            die(derived.error());
        key = *derived;
    });
    const double deriveInteractive = medianMilliseconds(kRuns, [&] {
        if (auto created = PracticeKey::create(kPassphrase, PracticeKeyCost::Interactive); !created)
            die(created.error());
    });
    std::printf("Argon2id moderate (ops %llu, %llu MiB): %.0f ms; interactive (64 MiB): %.0f ms\n\n",
                static_cast<unsigned long long>(header->parameters.opsLimit),
                static_cast<unsigned long long>(header->parameters.memLimit >> 20), derive,
                deriveInteractive);

    const double openPlain = medianMilliseconds(kRuns, [&] {
        if (auto store = PracticeStore::open(plainPath, PracticeStore::OpenMode::OpenExisting); !store)
            die(store.error());
    });
    const double unlock = medianMilliseconds(kRuns, [&] {
        auto store = PracticeStore::openProtected(sealedPath, PracticeStore::OpenMode::OpenExisting,
                                                  kPassphrase, SaveTiming::Debounced);
        if (!store)
            die(store.error());
    });
    const double unlockWithKey = medianMilliseconds(kRuns, [&] {
        auto store = PracticeStore::openProtected(sealedPath, PracticeStore::OpenMode::OpenExisting, key,
                                                  SaveTiming::Debounced);
        if (!store)
            die(store.error());
    });

    qint64 coupleId = 0;
    {
        auto store = PracticeStore::open(plainPath, PracticeStore::OpenMode::OpenExisting);
        if (!store)
            die(store.error());
        const auto all = (*store)->coupleSummaries();
        if (!all || all->isEmpty())
            die(QStringLiteral("the practice has no couples"));
        coupleId = all->at(all->size() / 2).id;
    }

    // The plain file: its commit (synchronous=FULL) returns when the change is durable.
    SaveFigures plain;
    for (int run = 0; run < kRuns; ++run) {
        auto store = PracticeStore::open(plainPath, PracticeStore::OpenMode::OpenExisting);
        if (!store)
            die(store.error());
        const qint64 before = bytesWritten();
        QElapsedTimer timer;
        timer.start();
        editOneField(**store, coupleId, run);
        plain.editMs.push_back(elapsedMs(timer));
        plain.bytes.push_back(double(bytesWritten() - before));
    }

    // The protected practice as the window opens it: debounced saves, written by a worker thread.
    SaveFigures sealed;
    for (int run = 0; run < kRuns; ++run) {
        auto store = PracticeStore::openProtected(sealedPath, PracticeStore::OpenMode::OpenExisting, key,
                                                  SaveTiming::Debounced);
        if (!store)
            die(store.error());
        SealedStorage *storage = (*store)->sealedStorage();
        // No debounce delay here, so the time to durable is the save's own; the window adds its 1 s.
        storage->setDelay(0);
        const qint64 before = bytesWritten();
        QElapsedTimer timer;
        timer.start();
        editOneField(**store, coupleId, run);
        const double edit = elapsedMs(timer);
        // Turn the event loop as the window does until the debounce has fired and handed the image to
        // the worker; the longest turn is how long the window could not repaint or take a key.
        double longestTurn = 0;
        while (storage->hasUnsavedChanges()) {
            QElapsedTimer turn;
            turn.start();
            QCoreApplication::processEvents();
            longestTurn = std::max(longestTurn, elapsedMs(turn));
            QThread::usleep(200);
        }
        QElapsedTimer writing;
        writing.start();
        if (auto s = storage->flush(); !s) // waits for the worker: its file is synced and renamed
            die(s.error());
        sealed.editMs.push_back(edit);
        sealed.blockedMs.push_back(longestTurn);
        sealed.writeMs.push_back(elapsedMs(writing));
        sealed.durableMs.push_back(elapsedMs(timer));
        sealed.bytes.push_back(double(bytesWritten() - before));
    }

    printHeader("plain file", "protected");
    printRow("open the practice (with quick check)", unlock, openPlain);
    printRow("unlock against open + key derivation", unlock, openPlain + derive);
    printRow("unlock with the key already derived", unlockWithKey, openPlain);
    printRow("one-field edit: GUI thread in the commit", median(sealed.editMs), median(plain.editMs));
    printRow("debounced save: GUI thread blocked", median(sealed.blockedMs), median(plain.editMs));
    printRow("first save: seal, write, sync (worker)", median(sealed.writeMs), median(plain.editMs));
    printRow("first save: edit to durable (no debounce)", median(sealed.durableMs), median(plain.editMs));
    std::printf("\nFirst save's bytes written: protected %.1f MiB, plain %.1f KiB (%.0fx)\n",
                median(sealed.bytes) / 1048576.0, median(plain.bytes) / 1024.0,
                median(sealed.bytes) / std::max(1.0, median(plain.bytes)));
    std::printf("The debounce adds its delay (1 s in the window) before the save starts.\n");

    const double unlockRatio = unlock / (openPlain + derive);
    const double blocked = median(sealed.blockedMs);
    bool ok = true;
    if (unlockRatio > 1.5) {
        std::printf("FAIL: unlocking takes %.2fx opening plus derivation (at most 1.5x)\n", unlockRatio);
        ok = false;
    }
    if (blocked > 50.0) {
        std::printf("FAIL: the debounced save blocks the GUI thread %.1f ms (at most 50 ms)\n", blocked);
        ok = false;
    }
    return ok ? 0 : 1;
}
