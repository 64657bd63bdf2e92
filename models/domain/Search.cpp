// Parsing what the therapist types into search terms, finding those terms in a field's text, and
// naming where a hit was found.
#include "Search.h"

#include "TextSearch.h"

#include <QCoreApplication>

#include <algorithm>

namespace attune {
namespace {

class Messages
{
    Q_DECLARE_TR_FUNCTIONS(Search)
};

// The characters words are made of, as SQLite's unicode61 tokenizer sees them: letters, digits and
// private-use characters. Everything else (spaces, punctuation, symbols, emoji) separates words.
bool isWordCharacter(char32_t c)
{
    switch (QChar::category(c)) {
    case QChar::Letter_Uppercase:
    case QChar::Letter_Lowercase:
    case QChar::Letter_Titlecase:
    case QChar::Letter_Modifier:
    case QChar::Letter_Other:
    case QChar::Number_DecimalDigit:
    case QChar::Number_Letter:
    case QChar::Number_Other:
    case QChar::Other_PrivateUse:
        return true;
    default:
        return false;
    }
}

// Accents written as separate combining marks stay inside a word (the index folds them away).
bool isMark(char32_t c)
{
    const auto category = QChar::category(c);
    return category == QChar::Mark_NonSpacing || category == QChar::Mark_SpacingCombining ||
           category == QChar::Mark_Enclosing;
}

struct Word
{
    int start = 0;
    int end = 0;
    QString folded;
};

QList<Word> wordsOf(QStringView text)
{
    QList<Word> words;
    int start = -1;
    auto close = [&](int end) {
        if (start >= 0)
            words.append({start, end, foldForSearch(text.mid(start, end - start))});
        start = -1;
    };
    for (qsizetype i = 0; i < text.size(); ++i) {
        const int position = int(i);
        char32_t c = text.at(i).unicode();
        if (QChar::isHighSurrogate(c) && i + 1 < text.size() && text.at(i + 1).isLowSurrogate()) {
            c = QChar::surrogateToUcs4(text.at(i), text.at(i + 1));
            ++i;
        }
        if (isWordCharacter(c) || (start >= 0 && isMark(c))) {
            if (start < 0)
                start = position;
        } else {
            close(position);
        }
    }
    close(int(text.size()));
    return words;
}

QStringList foldedWordsOf(QStringView text)
{
    QStringList folded;
    for (const Word &w : wordsOf(text))
        folded << w.folded;
    return folded;
}

} // namespace

Result<SearchTerms> parseSearchText(QStringView text)
{
    SearchTerms terms;
    bool typedSomething = false;
    qsizetype i = 0;
    const qsizetype n = text.size();
    while (i < n) {
        if (text.at(i).isSpace()) {
            ++i;
            continue;
        }
        typedSomething = true;
        bool exclude = false;
        if (text.at(i) == u'-' && i + 1 < n && !text.at(i + 1).isSpace()) {
            exclude = true;
            ++i;
        }
        SearchTerm term;
        if (text.at(i) == u'"') {
            const qsizetype close = text.indexOf(u'"', i + 1);
            const qsizetype end = close < 0 ? n : close;
            term.text = text.mid(i + 1, end - i - 1).toString();
            term.phrase = true;
            term.prefix = false;
            i = close < 0 ? n : close + 1;
        } else {
            qsizetype end = i;
            while (end < n && !text.at(end).isSpace())
                ++end;
            term.text = text.mid(i, end - i).toString();
            i = end;
        }
        const QList<Word> words = wordsOf(term.text);
        if (words.isEmpty())
            continue; // only punctuation or emoji: nothing the index holds
        // A single letter as the last word is taken whole: as a prefix it would match most of the record.
        if (!term.phrase && words.last().end - words.last().start < 2)
            term.prefix = false;
        (exclude ? terms.excluded : terms.required).append(term);
    }
    if (terms.required.isEmpty()) {
        if (!terms.excluded.isEmpty())
            return Result<SearchTerms>::failure(
                Messages::tr("Add a word to look for; a search cannot only leave words out."));
        if (typedSomething)
            return Result<SearchTerms>::failure(Messages::tr(
                "Type a word to search for; punctuation and emoji on their own are not searched."));
    }
    return terms;
}

QList<TextSpan> findSearchMatches(QStringView text, const SearchTerms &terms)
{
    const QList<Word> words = wordsOf(text);
    QList<TextSpan> spans;
    for (const SearchTerm &term : terms.required) {
        const QStringList wanted = foldedWordsOf(term.text);
        if (wanted.isEmpty())
            continue;
        for (qsizetype first = 0; first + wanted.size() <= words.size(); ++first) {
            bool matched = true;
            for (qsizetype j = 0; j < wanted.size() && matched; ++j) {
                const QString &word = words.at(first + j).folded;
                const bool last = j == wanted.size() - 1;
                matched = last && term.prefix ? word.startsWith(wanted.at(j)) : word == wanted.at(j);
            }
            if (matched) {
                const Word &lastWord = words.at(first + wanted.size() - 1);
                spans.append({words.at(first).start, lastWord.end - words.at(first).start});
            }
        }
    }
    std::sort(spans.begin(), spans.end(),
              [](const TextSpan &a, const TextSpan &b) { return a.start < b.start; });
    QList<TextSpan> merged;
    for (const TextSpan &span : std::as_const(spans)) {
        if (!merged.isEmpty() && span.start <= merged.last().start + merged.last().length) {
            TextSpan &previous = merged.last();
            previous.length =
                std::max(previous.start + previous.length, span.start + span.length) - previous.start;
        } else {
            merged.append(span);
        }
    }
    return merged;
}

QString searchFieldKey(const SearchHit &hit)
{
    if (hit.field == SearchField::CycleStep && hit.cycleStep)
        return toKey(*hit.cycleStep);
    if (hit.field == SearchField::ExerciseStep && hit.exerciseStep)
        return toKey(*hit.exerciseStep);
    if (hit.field == SearchField::Anchor && hit.event)
        return toKey(*hit.event) + QStringLiteral("_anchor");
    return toKey(hit.field);
}

QString describeSearchHit(const SearchHit &hit)
{
    switch (hit.field) {
    case SearchField::PartnerName:
        return Messages::tr("Partner's name (%1)").arg(hit.partnerName);
    case SearchField::Anchor:
        return hit.event ? Messages::tr("Session · anchor quote, %1").arg(displayName(*hit.event).toLower())
                         : Messages::tr("Session · anchor quote");
    case SearchField::Focus:
    case SearchField::CycleObservations:
    case SearchField::Plan:
    case SearchField::Note:
    case SearchField::Homework:
    case SearchField::Addendum:
        //: "Session · Plan": a field of a session's note
        return Messages::tr("Session · %1").arg(displayName(hit.field));
    case SearchField::CycleNotes:
        return Messages::tr("Cycle v%1 · notes").arg(hit.cycleVersion);
    case SearchField::CycleStep:
        //: "Cycle v3 · Mary: Trigger": a step of one partner's chain in a version of the cycle
        return Messages::tr("Cycle v%1 · %2: %3")
            .arg(hit.cycleVersion)
            .arg(hit.partnerName, hit.cycleStep ? displayName(*hit.cycleStep) : QString());
    case SearchField::Incident:
        return Messages::tr("Exercise · %1: incident").arg(hit.partnerName);
    case SearchField::ExerciseStep:
        return Messages::tr("Exercise · %1: %2")
            .arg(hit.partnerName, hit.exerciseStep ? displayName(*hit.exerciseStep) : QString());
    case SearchField::GoalCoupleWords:
    case SearchField::GoalTherapistWords:
    case SearchField::GoalObjectives:
    case SearchField::GoalInterventions:
    case SearchField::GoalReview:
        //: "Plan v2 · Objectives": a field of a goal in a version of the treatment plan
        return Messages::tr("Plan v%1 · %2").arg(hit.planVersion).arg(displayName(hit.field));
    case SearchField::CoupleName:
    case SearchField::PresentingConcerns:
    case SearchField::Tags:
    case SearchField::SafetyNotes:
        break;
    }
    return displayName(hit.field);
}

} // namespace attune
