// The clinical record on paper, as a records request, a licence board or a court asks for it: the
// couple's identifying data, the safety screen, the treatment plan, and every session of a period in
// full (note fields, interventions, change events with their anchor quotes, homework, measures, the
// goals it worked on) with its signature or "unsigned draft", each addendum after its note. Painted
// directly on a paged device as vector text; every page carries the clinician's name and credentials
// and "Page X of Y", and a page that shows any part of an unsigned draft says so in its header.
// The command line (`attune record`) and File → Print Record… both use it.
#pragma once

#include "domain/Couple.h"
#include "domain/Integrity.h"
#include "domain/Result.h"
#include "domain/Session.h"
#include "domain/TreatmentPlan.h"

#include <QHash>
#include <QLocale>
#include <QPageSize>

class QPagedPaintDevice;
class QPainter;

namespace attune {

class PracticeStore;

struct RecordOptions
{
    QDate from; // null: from the first session
    QDate to;   // null: to the last session
    QPageSize::PageSizeId pageSize = QPageSize::Letter;
    QString language; // a code ("en", "es"), or empty for the interface's
    QLocale locale;   // dates and numbers; DocumentLanguage(language).locale()
    QDate today;      // the printing date; the store's today()
};

// One session as the record prints it.
struct RecordSession
{
    Session session;
    QString contentHash; // as stamped at signing; empty for a draft
    QList<Addendum> addenda;
};

struct RecordContent
{
    Couple couple;
    ClinicianProfile clinician;
    QList<TreatmentPlan> plans;        // every current version, oldest first
    QHash<qint64, QString> goalTitles; // goal id -> its title, for the goals a session worked on
    QList<RecordSession> sessions;     // in the period, oldest first
    RecordOptions options;
};

// Reads what the record needs. An unknown couple, a period that ends before it starts, or a practice
// with no clinician profile (the record must name its clinician) is a failure with one clear sentence.
Result<RecordContent> loadRecordContent(PracticeStore &store, qint64 coupleId, const RecordOptions &options);

// Paints every page; the device must be set to its page size and the painter begun on it. Returns the
// number of pages.
int paintRecord(QPainter &painter, QPagedPaintDevice &device, const RecordContent &content);

// "Attune – clinical record" in the record's language: the title of the PDF and of the print job,
// which never names a client.
QString recordDocumentTitle(const QString &language);

// Writes the record as a PDF through a QSaveFile: a failure leaves no half-written file behind.
Status writeRecordPdf(const RecordContent &content, const QString &path);

} // namespace attune
