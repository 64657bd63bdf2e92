// Export to PDF, PNG and SVG through one painting function per page kind.
#include "CycleExport.h"

#include "CycleRenderer.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QImage>
#include <QPainter>
#include <QPdfWriter>
#include <QSaveFile>
#include <QSvgGenerator>

#include <functional>

namespace attune {
namespace {

class Messages
{
    Q_DECLARE_TR_FUNCTIONS(CycleExport)
};

// Paints one page into the given printable area at the given dpi.
using PagePainter = std::function<void(QPainter &, const QRectF &, qreal)>;

constexpr qreal kMarginMm = 15.0;
constexpr int kPdfDpi = 1200;
constexpr int kSvgDpi = 96;
// The diagram alone: 10 × 6.5 inches, so --dpi 32 gives a 320-pixel thumbnail.
constexpr qreal kDiagramWidthIn = 10.0;
constexpr qreal kDiagramHeightIn = 6.5;

QString openError(const QString &path, const QString &reason)
{
    return Messages::tr("Could not write %1: %2.").arg(QDir::toNativeSeparators(path), reason);
}

Status commit(QSaveFile &file, const QString &path)
{
    if (!file.commit())
        return Status::failure(openError(path, file.errorString()));
    return Status::ok();
}

Status openFor(QSaveFile &file, const QString &path)
{
    if (!file.open(QIODevice::WriteOnly))
        return Status::failure(openError(path, file.errorString()));
    return Status::ok();
}

Status writePdf(const QString &path, const QPageSize &size, QPageLayout::Orientation orientation,
                const QString &title, const PagePainter &paint)
{
    QSaveFile file(path);
    if (Status s = openFor(file, path); !s)
        return s;
    {
        QPdfWriter writer(&file);
        writer.setResolution(kPdfDpi);
        writer.setTitle(title);
        writer.setCreator(QStringLiteral("Attune"));
        writer.setPageLayout(QPageLayout(size, orientation,
                                         QMarginsF(kMarginMm, kMarginMm, kMarginMm, kMarginMm),
                                         QPageLayout::Millimeter));
        QPainter painter(&writer);
        if (!painter.isActive()) {
            file.cancelWriting();
            return Status::failure(openError(path, Messages::tr("the PDF could not be started")));
        }
        paint(painter,
              QRectF(writer.pageLayout().paintRectPixels(kPdfDpi))
                  .translated(-writer.pageLayout().paintRectPixels(kPdfDpi).topLeft()),
              kPdfDpi);
    }
    return commit(file, path);
}

QSizeF pageInches(const QPageSize &size, QPageLayout::Orientation orientation)
{
    QSizeF in = size.size(QPageSize::Inch);
    return orientation == QPageLayout::Landscape ? in.transposed() : in;
}

Status writeImage(const QString &path, QSize pixels, int dpi, qreal margin, const PagePainter &paint)
{
    if (pixels.width() < 16 || pixels.height() < 16 || pixels.width() > 20000 || pixels.height() > 20000)
        return Status::failure(Messages::tr("The resolution %1 dpi gives an image too small or too large to "
                                            "write.")
                                   .arg(dpi));
    QImage image(pixels, QImage::Format_ARGB32_Premultiplied);
    image.fill(Qt::white);
    image.setDotsPerMeterX(int(dpi / 0.0254));
    image.setDotsPerMeterY(int(dpi / 0.0254));
    {
        QPainter painter(&image);
        paint(painter, QRectF(QPointF(0, 0), QSizeF(pixels)).adjusted(margin, margin, -margin, -margin), dpi);
    }
    QSaveFile file(path);
    if (Status s = openFor(file, path); !s)
        return s;
    if (!image.save(&file, "PNG")) {
        file.cancelWriting();
        return Status::failure(openError(path, Messages::tr("the image could not be encoded")));
    }
    return commit(file, path);
}

Status writeSvg(const QString &path, QSize pixels, qreal margin, const QString &title,
                const PagePainter &paint)
{
    QSaveFile file(path);
    if (Status s = openFor(file, path); !s)
        return s;
    {
        QSvgGenerator svg;
        svg.setOutputDevice(&file);
        svg.setSize(pixels);
        svg.setViewBox(QRect(QPoint(0, 0), pixels));
        svg.setResolution(kSvgDpi);
        svg.setTitle(title);
        QPainter painter(&svg);
        painter.fillRect(QRect(QPoint(0, 0), pixels), Qt::white);
        paint(painter, QRectF(QPointF(0, 0), QSizeF(pixels)).adjusted(margin, margin, -margin, -margin),
              kSvgDpi);
    }
    return commit(file, path);
}

Status writePages(const QString &path, const CycleExportOptions &o, QPageLayout::Orientation orientation,
                  bool diagramOnly, const QString &title, const PagePainter &paint)
{
    const auto format = cycleFileFormat(path);
    if (!format)
        return Status::failure(Messages::tr("Choose a file ending in .pdf, .png or .svg."));
    if (*format == CycleFileFormat::Pdf)
        return writePdf(path, o.pageSize, orientation, title, paint);
    const int dpi = *format == CycleFileFormat::Png ? o.dpi : kSvgDpi;
    if (dpi < 10 || dpi > 1200)
        return Status::failure(Messages::tr("Choose a resolution between 10 and 1200 dpi."));
    QSizeF inches =
        diagramOnly ? QSizeF(kDiagramWidthIn, kDiagramHeightIn) : pageInches(o.pageSize, orientation);
    const QSize pixels = (inches * dpi).toSize();
    const qreal margin = diagramOnly ? 0.0 : kMarginMm / 25.4 * dpi;
    if (*format == CycleFileFormat::Png)
        return writeImage(path, pixels, dpi, margin, paint);
    return writeSvg(path, pixels, margin, title, paint);
}

CycleRenderOptions diagramOptions(const CycleExportOptions &o, qreal dpi, qreal width)
{
    CycleRenderOptions ro;
    ro.dpi = dpi;
    // Notes under the diagram only where they can be read; a thumbnail just elides.
    ro.print = width / dpi >= 4.0 && width >= 600;
    ro.handout = ro.print;
    ro.grayscale = o.grayscale;
    ro.initialsOnly = o.initialsOnly;
    ro.language = o.language;
    ro.style = o.style;
    return ro;
}

} // namespace

std::optional<CycleFileFormat> cycleFileFormat(const QString &path)
{
    const QString suffix = QFileInfo(path).suffix().toLower();
    if (suffix == QStringLiteral("pdf"))
        return CycleFileFormat::Pdf;
    if (suffix == QStringLiteral("png"))
        return CycleFileFormat::Png;
    if (suffix == QStringLiteral("svg"))
        return CycleFileFormat::Svg;
    return std::nullopt;
}

QImage renderCycleImage(const CycleContent &content, QSize size, qreal dpi, const CycleRenderOptions &base)
{
    QImage image(size, QImage::Format_ARGB32_Premultiplied);
    image.fill(Qt::white);
    CycleRenderOptions ro = base;
    ro.dpi = dpi;
    QPainter painter(&image);
    CycleRenderer(content, ro).paint(painter, QRectF(QPointF(0, 0), QSizeF(size)));
    return image;
}

Status exportCycle(const QString &path, const CycleContent &content, const CycleExportOptions &o)
{
    const CycleLabels labels = CycleLabels::forLanguage(o.language, content.kind);
    if (o.handout) {
        const QString title = labels.handoutDocumentTitle;
        HandoutOptions ho{o.initialsOnly, o.grayscale, o.language, o.style};
        return writePages(path, o, QPageLayout::Portrait, false, title,
                          [&](QPainter &p, const QRectF &area, qreal dpi) {
                              paintCycleHandout(p, area, dpi, content, ho);
                          });
    }
    return writePages(path, o, QPageLayout::Landscape, true, labels.diagramDocumentTitle,
                      [&](QPainter &p, const QRectF &area, qreal dpi) {
                          CycleRenderer(content, diagramOptions(o, dpi, area.width())).paint(p, area);
                      });
}

Status exportWorksheet(const QString &path, WorksheetKind kind, const CycleExportOptions &o)
{
    const CycleLabels labels = CycleLabels::forLanguage(o.language);
    const QString title =
        kind == WorksheetKind::Cycle ? labels.cycleWorksheetDocumentTitle : labels.fiveStepDocumentTitle;
    HandoutOptions ho{false, o.grayscale, o.language, o.style};
    return writePages(
        path, o, QPageLayout::Portrait, false, title,
        [&](QPainter &p, const QRectF &area, qreal dpi) { paintWorksheet(p, area, dpi, kind, ho); });
}

} // namespace attune
