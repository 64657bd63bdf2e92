// Runs poppler's tools on a PDF the way a user's viewer would read it.
#include "PdfText.h"

#include <QProcess>
#include <QRegularExpression>

namespace attune::test {

QString pdfText(const QString &path)
{
    QProcess p;
    p.start(QStringLiteral("pdftotext"),
            {QStringLiteral("-enc"), QStringLiteral("UTF-8"), path, QStringLiteral("-")});
    if (!p.waitForFinished(60000) || p.exitStatus() != QProcess::NormalExit || p.exitCode() != 0)
        return QString();
    return QString::fromUtf8(p.readAllStandardOutput()).normalized(QString::NormalizationForm_KC);
}

QStringList pdfImages(const QString &path, QString *error)
{
    QProcess p;
    p.start(QStringLiteral("pdfimages"), {QStringLiteral("-list"), path});
    if (!p.waitForFinished(60000) || p.exitStatus() != QProcess::NormalExit || p.exitCode() != 0) {
        *error = QString::fromUtf8(p.readAllStandardError());
        return {};
    }
    QStringList lines =
        QString::fromUtf8(p.readAllStandardOutput()).split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    if (lines.size() < 2) {
        *error = QStringLiteral("pdfimages printed no header");
        return {};
    }
    return lines.mid(2);
}

QSet<QString> wordsOf(const QString &text)
{
    QSet<QString> words;
    static const QRegularExpression word(QStringLiteral("[\\p{L}\\p{N}]+"),
                                         QRegularExpression::UseUnicodePropertiesOption);
    const QString normal = text.normalized(QString::NormalizationForm_KC).toLower();
    for (auto it = word.globalMatch(normal); it.hasNext();)
        words.insert(it.next().captured());
    return words;
}

} // namespace attune::test
