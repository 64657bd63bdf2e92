// Loading the record's content, laying it out and writing it as a PDF.
#include "RecordDocument.h"

#include "RecordSections.h"

#include "i18n/DocumentLanguage.h"
#include "i18n/Translations.h"
#include "store/PracticeStore.h"

#include <QCoreApplication>
#include <QDir>
#include <QPageLayout>
#include <QPagedPaintDevice>
#include <QPainter>
#include <QPdfWriter>
#include <QSaveFile>

#include <optional>

namespace attune {
namespace {

class Messages
{
    Q_DECLARE_TR_FUNCTIONS(attune::RecordDocument)
};

} // namespace

QString recordDocumentTitle(const QString &language)
{
    // Print systems keep a job's title in their history: no client here.
    static const char *const title = QT_TRANSLATE_NOOP("attune::RecordDocument", "Attune – clinical record");
    return DocumentLanguage(language).translate("attune::RecordDocument", title);
}

Result<RecordContent> loadRecordContent(PracticeStore &store, qint64 coupleId, const RecordOptions &options)
{
    if (options.from.isValid() && options.to.isValid() && options.from > options.to)
        return Result<RecordContent>::failure(
            Messages::tr("The period starts (%1) after it ends (%2).")
                .arg(options.from.toString(Qt::ISODate), options.to.toString(Qt::ISODate)));
    RecordContent c;
    c.options = options;
    if (!c.options.today.isValid())
        c.options.today = store.today();
    const auto couple = store.couple(coupleId);
    if (!couple)
        return couple.status();
    c.couple = *couple;
    const auto clinician = store.clinician();
    if (!clinician)
        return clinician.status();
    if (!clinician->isComplete())
        return Result<RecordContent>::failure(Messages::tr(
            "The record names its clinician on every page: enter your name in the clinician profile first."));
    c.clinician = *clinician;
    const auto plans = store.treatmentPlans(coupleId);
    if (!plans)
        return plans.status();
    c.plans = *plans;
    for (const TreatmentPlan &p : c.plans)
        for (const TreatmentGoal &g : p.goals)
            c.goalTitles.insert(g.id, g.title());
    const auto sessions = store.sessions(coupleId);
    if (!sessions)
        return sessions.status();
    for (const Session &s : *sessions) {
        if ((options.from.isValid() && s.date < options.from) ||
            (options.to.isValid() && s.date > options.to))
            continue;
        RecordSession rs{s, {}, {}};
        if (s.isSigned()) {
            const auto hash = store.signedContentHash(s.id);
            if (!hash)
                return hash.status();
            rs.contentHash = *hash;
            const auto addenda = store.addenda(s.id);
            if (!addenda)
                return addenda.status();
            rs.addenda = *addenda;
        }
        c.sessions.append(rs);
    }
    return c;
}

int paintRecord(QPainter &painter, QPagedPaintDevice &device, const RecordContent &content)
{
    // The record's words are in its own language whatever the interface's; open windows do not retranslate.
    std::optional<ScopedLanguage> language;
    if (!content.options.language.isEmpty() && QCoreApplication::instance())
        language.emplace(*QCoreApplication::instance(), content.options.language);
    record::Blocks blocks;
    for (const record::Section &section : record::recordSections())
        blocks << section(content);
    const record::RunningText running = record::runningText(content);

    // Work in points whatever the device's resolution: fonts are pixel-sized in this coordinate system.
    const qreal scale = device.logicalDpiX() / 72.0;
    const QRectF pointRect = device.pageLayout().paintRect(QPageLayout::Point);
    const record::FlowLayout layout(blocks, QRectF(QPointF(0, 0), pointRect.size()));
    painter.setRenderHint(QPainter::Antialiasing);
    painter.setRenderHint(QPainter::TextAntialiasing);
    for (int page = 0; page < layout.pageCount(); ++page) {
        if (page > 0)
            device.newPage();
        painter.save();
        painter.scale(scale, scale);
        layout.paintPage(painter, page, running);
        painter.restore();
    }
    return layout.pageCount();
}

Status writeRecordPdf(const RecordContent &content, const QString &path)
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return Status::failure(
            Messages::tr("Could not write %1: %2.").arg(QDir::toNativeSeparators(path), file.errorString()));
    {
        QPdfWriter writer(&file);
        writer.setResolution(1200);
        writer.setTitle(recordDocumentTitle(content.options.language));
        writer.setCreator(QStringLiteral("Attune"));
        writer.setPageLayout(QPageLayout(QPageSize(content.options.pageSize), QPageLayout::Portrait,
                                         QMarginsF(18, 15, 18, 15), QPageLayout::Millimeter));
        QPainter painter;
        if (!painter.begin(&writer))
            return Status::failure(
                Messages::tr("Could not start writing the PDF %1.").arg(QDir::toNativeSeparators(path)));
        paintRecord(painter, writer, content);
        painter.end();
    }
    if (!file.commit())
        return Status::failure(
            Messages::tr("Could not write %1: %2.").arg(QDir::toNativeSeparators(path), file.errorString()));
    return Status::ok();
}

} // namespace attune
