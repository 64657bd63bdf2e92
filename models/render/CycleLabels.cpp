// The cycle's printed words, looked up through one translate function.
#include "CycleLabels.h"

#include "i18n/DocumentLanguage.h"

namespace attune {
namespace {

constexpr const char *kContext = "attune::CycleLabels";

} // namespace

CycleLabels CycleLabels::forLanguage(const QString &language, CycleKind kind,
                                     const TranslateFunction &translate)
{
    // The document's own translator, not the interface's: a Spanish handout from an English window has
    // no English word left, and the reverse.
    const DocumentLanguage document(language);
    const TranslateFunction t = translate ? translate : [&document](const char *context, const char *source) {
        return document.translate(context, source);
    };
    // Not named tr: lupdate skips QT_TRANSLATE_NOOP inside a call to tr(), and these would go unextracted.
    auto label = [&](const char *source) { return t(kContext, source); };

    CycleLabels l;
    l.locale = document.locale();
    for (const auto &entry : EnumTable<CycleStep>::entries)
        l.stepNames[std::size_t(indexOf(entry.value))] = t("attune::Vocabulary", entry.display);
    for (const auto &entry : EnumTable<CyclePosition>::entries)
        l.positionNames[std::size_t(indexOf(entry.value))] = t("attune::Vocabulary", entry.display);
    l.partnerFallback = {label(QT_TRANSLATE_NOOP("attune::CycleLabels", "Partner A")),
                         label(QT_TRANSLATE_NOOP("attune::CycleLabels", "Partner B"))};
    if (kind == CycleKind::Positive) {
        l.seenCaption =
            label(QT_TRANSLATE_NOOP("attune::CycleLabels", "Seen: how we reach for each other now"));
        l.feltCaption =
            label(QT_TRANSLATE_NOOP("attune::CycleLabels", "Felt underneath: what we can now share"));
        l.handoutTitle = label(QT_TRANSLATE_NOOP("attune::CycleLabels", "Our new dance"));
        l.handoutSubtitle = label(QT_TRANSLATE_NOOP(
            "attune::CycleLabels", "How we reach for each other now, and what we feel and need underneath."));
    } else {
        l.seenCaption = label(QT_TRANSLATE_NOOP("attune::CycleLabels", "Seen: what we do and think"));
        l.feltCaption =
            label(QT_TRANSLATE_NOOP("attune::CycleLabels", "Felt underneath: below the line of awareness"));
        l.handoutTitle = label(QT_TRANSLATE_NOOP("attune::CycleLabels", "The dance we get caught in"));
        l.handoutSubtitle = label(QT_TRANSLATE_NOOP(
            "attune::CycleLabels",
            "When one of us reacts, the other reacts to that, and round it goes. The cycle is the problem, "
            "not either of us."));
    }
    l.awarenessLine = label(QT_TRANSLATE_NOOP("attune::CycleLabels", "line of awareness"));
    l.notesTitle = label(QT_TRANSLATE_NOOP("attune::CycleLabels", "In full:"));
    l.coupleLine = label(QT_TRANSLATE_NOOP("attune::CycleLabels", "%1 and %2"));
    // Titles of the files and print jobs: they name the kind of page, never a client.
    l.diagramDocumentTitle = label(QT_TRANSLATE_NOOP("attune::CycleLabels", "Attune – cycle"));
    l.handoutDocumentTitle = label(QT_TRANSLATE_NOOP("attune::CycleLabels", "Attune – cycle handout"));
    l.cycleWorksheetDocumentTitle =
        label(QT_TRANSLATE_NOOP("attune::CycleLabels", "Attune – cycle worksheet"));
    l.fiveStepDocumentTitle = label(QT_TRANSLATE_NOOP("attune::CycleLabels", "Attune – five-step worksheet"));
    l.fiveStepSheetDocumentTitle =
        label(QT_TRANSLATE_NOOP("attune::CycleLabels", "Attune – five-step exercise"));

    l.legendTitle = label(QT_TRANSLATE_NOOP("attune::CycleLabels", "What the words mean"));
    l.legend = {
        label(QT_TRANSLATE_NOOP("attune::CycleLabels",
                                "What sets it off: a look, a tone, a silence, a door that closes.")),
        label(QT_TRANSLATE_NOOP("attune::CycleLabels",
                                "The first, softer feeling underneath, such as hurt, fear, loneliness or "
                                "shame. It is often hard to see, even for ourselves.")),
        label(QT_TRANSLATE_NOOP("attune::CycleLabels",
                                "The feeling that shows on the surface and protects the softer one, such as "
                                "anger, frustration or going numb.")),
        label(QT_TRANSLATE_NOOP("attune::CycleLabels",
                                "What we tell ourselves in that moment about our partner, ourselves or the "
                                "relationship.")),
        label(QT_TRANSLATE_NOOP("attune::CycleLabels",
                                "What we do, which our partner sees and reacts to: pushing, criticizing, "
                                "going quiet, leaving the room.")),
        label(QT_TRANSLATE_NOOP("attune::CycleLabels",
                                "What we long for underneath it all: to feel close, wanted, safe and that we "
                                "matter.")),
    };
    l.awarenessLegend = label(QT_TRANSLATE_NOOP(
        "attune::CycleLabels", "Above it is what we show and see; below it is what we feel and need but "
                               "rarely say. Change begins when we can share what lies below the line."));
    l.closingQuestion =
        label(QT_TRANSLATE_NOOP("attune::CycleLabels", "What are the steps of our own little dance, and what "
                                                       "would it take to step into a different one?"));

    l.cycleWorksheetTitle = label(QT_TRANSLATE_NOOP("attune::CycleLabels", "Our cycle"));
    l.cycleWorksheetIntro =
        label(QT_TRANSLATE_NOOP("attune::CycleLabels", "Write in each box what happens for you. Follow the "
                                                       "arrows: what one of us does sets off the other."));
    l.fiveStepTitle = label(QT_TRANSLATE_NOOP("attune::CycleLabels", "From resentment to closeness"));
    l.fiveStepIntro = label(QT_TRANSLATE_NOOP(
        "attune::CycleLabels",
        "Think of one moment that still stings. Take the five steps slowly, one at a time, and then share "
        "them with your partner."));
    l.fiveStepNames = {
        label(QT_TRANSLATE_NOOP("attune::CycleLabels", "The trigger")),
        label(QT_TRANSLATE_NOOP("attune::CycleLabels", "My immediate emotional reaction")),
        label(QT_TRANSLATE_NOOP("attune::CycleLabels", "My behavioral reaction")),
        label(QT_TRANSLATE_NOOP("attune::CycleLabels", "My deeper feelings")),
        label(QT_TRANSLATE_NOOP("attune::CycleLabels", "My underlying need")),
    };
    l.fiveStepPrompts = {
        label(
            QT_TRANSLATE_NOOP("attune::CycleLabels", "What happened, just as a camera would have seen it?")),
        label(QT_TRANSLATE_NOOP("attune::CycleLabels", "What did I feel first, in that very moment?")),
        label(QT_TRANSLATE_NOOP("attune::CycleLabels", "What did I do or say next?")),
        label(QT_TRANSLATE_NOOP("attune::CycleLabels", "What was I feeling underneath: hurt, fear, sadness, "
                                                       "shame?")),
        label(QT_TRANSLATE_NOOP("attune::CycleLabels", "What did I long for from my partner?")),
    };
    if (kind == CycleKind::Positive) {
        // The positive cycle in its own words: needs that are now met, a glossary of reaching rather than
        // of reacting, and no question about stepping out of the old dance.
        l.stepNames[std::size_t(indexOf(CycleStep::Need))] =
            label(QT_TRANSLATE_NOOP("attune::CycleLabels", "Need met"));
        l.legend = {
            label(
                QT_TRANSLATE_NOOP("attune::CycleLabels",
                                  "What invites us in: a look, a touch, a question, a moment of reaching.")),
            label(QT_TRANSLATE_NOOP("attune::CycleLabels",
                                    "The softer feeling we can now let our partner see, such as longing, "
                                    "tenderness or fear that is safe to show.")),
            label(QT_TRANSLATE_NOOP("attune::CycleLabels",
                                    "What shows on the surface now, such as warmth, curiosity or relief.")),
            label(QT_TRANSLATE_NOOP("attune::CycleLabels",
                                    "What we tell ourselves now about our partner, ourselves or the "
                                    "relationship.")),
            label(QT_TRANSLATE_NOOP("attune::CycleLabels",
                                    "What we do now, which our partner sees and answers: reaching, asking, "
                                    "staying, comforting.")),
            label(
                QT_TRANSLATE_NOOP("attune::CycleLabels",
                                  "What we can now ask for and receive: to feel close, wanted, safe and that "
                                  "we matter.")),
        };
        l.awarenessLegend = label(QT_TRANSLATE_NOOP(
            "attune::CycleLabels", "Above it is what we show and see; below it is what we feel and need. In "
                                   "this new dance we can share what lies below the line."));
        l.closingQuestion = label(
            QT_TRANSLATE_NOOP("attune::CycleLabels",
                              "What helps us step into this dance, and how do we find our way back to it "
                              "when the old one starts?"));
    }
    l.nameField = label(QT_TRANSLATE_NOOP("attune::CycleLabels", "Name"));
    l.dateField = label(QT_TRANSLATE_NOOP("attune::CycleLabels", "Date"));
    l.incidentField = label(QT_TRANSLATE_NOOP("attune::CycleLabels", "The moment"));
    return l;
}

} // namespace attune
