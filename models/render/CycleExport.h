// Writing the cycle, its handout and the worksheets to files: PDF (vector, selectable text), PNG at a
// chosen resolution and SVG. Files are written atomically, so a failed export leaves any old file intact.
#pragma once

#include "CycleHandout.h"
#include "domain/Result.h"

#include <QPageSize>

#include <optional>

namespace attune {

enum class CycleFileFormat { Pdf, Png, Svg };

// By the file's suffix (case ignored); nullopt for anything else.
std::optional<CycleFileFormat> cycleFileFormat(const QString &path);

struct CycleExportOptions
{
    bool handout = false; // the page for the couple rather than the diagram alone
    bool initialsOnly = false;
    bool grayscale = false;
    QString language;
    CycleStyle style = CycleStyle::Loop; // the figure eight, or the grid of boxes
    int dpi = 150;                       // PNG only
    QPageSize pageSize = QPageSize(QPageSize::Letter);
};

Status exportCycle(const QString &path, const CycleContent &content, const CycleExportOptions &options);
Status exportWorksheet(const QString &path, WorksheetKind kind, const CycleExportOptions &options);

// The diagram alone as a picture of size (in pixels) at dpi, on white.
QImage renderCycleImage(const CycleContent &content, QSize size, qreal dpi,
                        const CycleRenderOptions &base = {});

} // namespace attune
