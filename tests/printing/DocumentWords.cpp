// Phrases per document and language; see DocumentWords.h.
#include "DocumentWords.h"

#include <QProcess>
#include <QRegularExpression>

namespace attune::test {

QStringList documentPhrases(Document document, const QString &language)
{
    const bool es = language == QStringLiteral("es");
    // Week days: every document with a long date prints one, in its own language.
    switch (document) {
    case Document::Handout:
        return es ? QStringList{QStringLiteral("qué significan las palabras"),
                                QStringLiteral("emoción primaria"), QStringLiteral("línea de conciencia")}
                  : QStringList{QStringLiteral("what the words mean"), QStringLiteral("primary emotion"),
                                QStringLiteral("line of awareness")};
    case Document::Diagram:
        return es ? QStringList{QStringLiteral("emoción primaria"), QStringLiteral("emoción secundaria")}
                  : QStringList{QStringLiteral("primary emotion"), QStringLiteral("secondary emotion")};
    case Document::CycleWorksheet:
        return es ? QStringList{QStringLiteral("nuestro ciclo"), QStringLiteral("emoción primaria"),
                                QStringLiteral("qué significan las palabras")}
                  : QStringList{QStringLiteral("our cycle"), QStringLiteral("primary emotion"),
                                QStringLiteral("what the words mean")};
    case Document::FiveStepWorksheet:
        return es ? QStringList{QStringLiteral("del resentimiento a la cercanía"),
                                QStringLiteral("mi necesidad subyacente")}
                  : QStringList{QStringLiteral("from resentment to closeness"),
                                QStringLiteral("my underlying need")};
    case Document::FiveStepExercise:
        return es ? QStringList{QStringLiteral("del resentimiento a la cercanía"),
                                QStringLiteral("mi necesidad subyacente"), QStringLiteral("el momento")}
                  : QStringList{QStringLiteral("from resentment to closeness"),
                                QStringLiteral("my underlying need"), QStringLiteral("the moment")};
    case Document::Report:
        return es ? QStringList{QStringLiteral("informe de progreso"), QStringLiteral("fecha de elaboración"),
                                QStringLiteral("emoción primaria")}
                  : QStringList{QStringLiteral("progress report"), QStringLiteral("prepared"),
                                QStringLiteral("primary emotion")};
    }
    return {};
}

QString flattenedText(const QString &pdfText)
{
    static const QRegularExpression space(QStringLiteral("\\s+"));
    return pdfText.normalized(QString::NormalizationForm_KC).toLower().replace(space, QStringLiteral(" "));
}

QString languageProblem(const QString &pdfText, Document document, const QString &language)
{
    if (pdfText.trimmed().isEmpty())
        return QStringLiteral("the PDF has no text");
    const QString text = flattenedText(pdfText);
    const QString other = language == QStringLiteral("es") ? QStringLiteral("en") : QStringLiteral("es");
    QStringList problems;
    for (const QString &phrase : documentPhrases(document, language))
        if (!text.contains(phrase))
            problems << QStringLiteral("missing \"%1\"").arg(phrase);
    for (const QString &phrase : documentPhrases(document, other))
        if (text.contains(phrase))
            problems << QStringLiteral("holds the other language's \"%1\"").arg(phrase);
    return problems.join(QStringLiteral("; "));
}

QString pdfInfo(const QString &path)
{
    QProcess p;
    p.start(QStringLiteral("pdfinfo"), {QStringLiteral("-enc"), QStringLiteral("UTF-8"), path});
    if (!p.waitForFinished(60000) || p.exitStatus() != QProcess::NormalExit || p.exitCode() != 0)
        return QString();
    return QString::fromUtf8(p.readAllStandardOutput());
}

QString pdfInfoField(const QString &info, const QString &field)
{
    for (const QString &line : info.split(QLatin1Char('\n')))
        if (line.startsWith(field + QLatin1Char(':')))
            return line.mid(field.size() + 1).trimmed();
    return QString();
}

} // namespace attune::test
