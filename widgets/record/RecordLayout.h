// The record's page layout: a flow of text blocks (headings, "label: value" lines, paragraphs, quotes)
// wrapped to the page width and broken into pages line by line, so a note longer than a page simply
// goes on. Everything is measured and painted in points (72 per inch) with pixel-sized fonts, so the
// layout is the same on a 1200 dpi PDF and a printer. Blocks that belong to an unsigned draft carry a
// flag; the running header of every page they reach says "unsigned draft".
#pragma once

#include <QList>
#include <QRectF>
#include <QString>

#include <memory>

class QPainter;
class QTextLayout;

namespace attune::record {

struct Block
{
    enum class Style { Title, Heading, Subheading, Body, Quote, Small, Warning };
    Style style = Style::Body;
    QString label; // printed in bold before the text ("Focus: …"); may be empty
    QString text;
    bool draft = false; // part of an unsigned draft note
    qreal indent = 0;   // points
};
using Blocks = QList<Block>;

// What every page shows around the flow.
struct RunningText
{
    QString title;       // "Clinical record – Rosa & Tom"
    QString clinician;   // "Dr. Lena Ortiz, LMFT"
    QString printed;     // "Printed 6/10/2026"
    QString draftMark;   // "UNSIGNED DRAFT on this page"
    QString pageOfPages; // "Page %1 of %2"
};

class FlowLayout
{
public:
    // page: the printable area in points.
    FlowLayout(const Blocks &blocks, const QRectF &page);
    ~FlowLayout();

    int pageCount() const { return m_pageCount; }
    bool pageHasDraft(int page) const; // 0-based
    void paintPage(QPainter &painter, int page, const RunningText &running) const;

private:
    struct Laid;
    QRectF m_page;
    QRectF m_body;
    std::vector<std::unique_ptr<Laid>> m_laid;
    int m_pageCount = 1;
};

} // namespace attune::record
