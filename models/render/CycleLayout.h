// Where everything of a cycle diagram goes, computed without painting: boxes per partner and step, the
// fitted lines of text, the line of awareness, captions and numbered notes for text too long to show.
// The renderer paints exactly this, and tests check the geometry without looking at pixels.
#pragma once

#include "CycleLabels.h"
#include "domain/Couple.h"
#include "domain/CycleMap.h"

#include <QFont>
#include <QLineF>
#include <QPainterPath>
#include <QRectF>
#include <QStringList>

#include <array>
#include <optional>

namespace attune {

// What a diagram shows: one cycle version with the partners it belongs to.
struct CycleContent
{
    CycleKind kind = CycleKind::Negative;
    int version = 0;
    QDate date;
    std::array<QString, 2> partnerNames; // as given; the renderer picks first names or initials
    std::array<std::optional<CyclePosition>, 2> positions;
    std::array<std::array<QString, 6>, 2> steps; // [partner][CycleStep]

    static CycleContent from(const CycleMap &map, const Couple &couple);
    // First names, or initials when privacy asks for it; step texts then say initials instead of names.
    CycleContent withPrivacy(bool initialsOnly) const;
};

// How the cycle is drawn: the figure eight therapists draw (the default) or the grid of boxes.
enum class CycleStyle { Loop, Boxes };

// "loop" / "boxes", as the command line and settings spell them; nullopt for anything else.
std::optional<CycleStyle> cycleStyleFromKey(const QString &key);
QString cycleStyleKey(CycleStyle style);

struct CycleRenderOptions
{
    CycleStyle style = CycleStyle::Loop;
    qreal dpi = 96;               // the device's logical dots per inch: fonts are sized in points
    qreal devicePixelRatio = 1.0; // keeps hairlines visible on high-density screens
    bool print = false;           // paper: elided text gets a numbered note under the diagram
    bool grayscale = false;
    bool initialsOnly = false;
    bool handout = false; // a page for the couple: notes in full, no on-screen highlights
    bool blank = false;   // a worksheet: empty boxes with lines to write on
    QString language;     // for the labels; empty: the application's
    std::optional<std::pair<int, CycleStep>> hovered;  // screen only
    std::optional<std::pair<int, CycleStep>> selected; // screen only
    std::array<std::array<bool, 6>, 2> changed{};      // steps marked as changed since a compared version
};

struct CycleBox
{
    int partner = 0;
    CycleStep step = CycleStep::Trigger;
    QRectF rect;            // the whole box
    QRectF labelRect;       // the step's name, on labelLines.size() lines after the partner's marker
    QStringList labelLines; // the name as laid out: whole, wrapped at spaces when the box is narrow
    QRectF textRect;        // where the text's lines go
    int textPixelSize = 0;
    QStringList lines; // the text as laid out; the last ends in "…" when elided
    bool elided = false;
    int note = 0; // number of the footnote with the full text, 0 for none
    // On the loop: where the step sits on the curve, and the thin line from there to the box.
    QPointF anchor;
    QLineF leader; // null on the grid
};

struct CycleNote
{
    int number = 0;
    int partner = 0;
    CycleStep step = CycleStep::Trigger;
    QString text;
};

// A connection along the eight: from one step to the next (possibly the other partner's trigger).
struct CycleArrow
{
    int partner = 0; // whose step it leaves
    CycleStep from = CycleStep::Trigger;
    int toPartner = 0;
    CycleStep to = CycleStep::Trigger;
    QPainterPath path;
    bool dashedLink = false; // primary emotion to need: a link, not a move along the loop
    // On the loop the head sits part-way along the curve, pointing along its tangent (a unit vector);
    // on the grid both are null and the head is at the path's end.
    QPointF head;
    QPointF headDirection;
};

struct CycleLayout
{
    CycleStyle style = CycleStyle::Boxes;
    QRectF bounds;
    // The loop only: the crossing (on the line of awareness), each lobe's half-width and half-height,
    // and the whole curve, both lobes, as one closed path.
    QPointF crossing;
    qreal lobeWidth = 0;
    qreal lobeHeight = 0;
    QPainterPath curve;
    std::array<std::array<CycleBox, 6>, 2> boxes;
    QList<CycleArrow> arrows;
    std::array<QRectF, 2> partnerLabelRects;
    std::array<QString, 2> partnerLabels;
    QRectF seenBand; // the layer above the line, caption at its top
    QRectF feltBand; // the layer below it, caption at its bottom
    QRectF seenCaptionRect;
    QRectF feltCaptionRect;
    QRectF awarenessLabelRect;
    QStringList awarenessLines; // the line's name as laid out in awarenessLabelRect (wrapped, never cut)
    int awarenessPixelSize = 0;
    qreal awarenessY = 0;
    QRectF notesRect; // empty without notes
    QList<CycleNote> notes;
    QStringList noteLines; // the notes as laid out in notesRect
    int notesPixelSize = 0;
    int labelPixelSize = 0;
    int captionPixelSize = 0;
    int partnerPixelSize = 0;
    qreal lineWidth = 1;      // pen width of boxes and arrows
    qreal writingLineGap = 0; // worksheet lines

    const CycleBox &box(int partner, CycleStep step) const
    {
        return boxes[std::size_t(partner)][std::size_t(indexOf(step))];
    }
    std::optional<std::pair<int, CycleStep>> stepAt(QPointF point) const;
};

// The fonts every part uses; pixel sizes keep them right on any device resolution.
QFont cycleFont(int pixelSize, bool bold = false, bool italic = false);

// A point of partner's lobe at parameter u in [0, pi]: 0 and pi are the crossing, [0, pi/2] runs below
// the line of awareness (outwards), [pi/2, pi] above it (back inwards). And the tangent there.
QPointF loopPoint(const CycleLayout &layout, int partner, qreal u);
QPointF loopTangent(const CycleLayout &layout, int partner, qreal u);

CycleLayout layoutCycle(const CycleContent &content, const QRectF &rect, const CycleRenderOptions &options,
                        const CycleLabels &labels);

} // namespace attune
