// A small .ts reader for the translation tests; see TsFile.h.
#include "TsFile.h"

#include <QFile>
#include <QXmlStreamReader>

#include <algorithm>

namespace attune::test {

bool TsMessage::isFinished() const
{
    if (type == QLatin1String("unfinished") || translation.isEmpty())
        return false;
    return std::none_of(translation.begin(), translation.end(),
                        [](const QString &text) { return text.trimmed().isEmpty(); });
}

TsFile TsFile::read(const QString &path)
{
    TsFile ts;
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        ts.error = QStringLiteral("cannot open %1: %2").arg(path, file.errorString());
        return ts;
    }
    QXmlStreamReader xml(&file);
    QString context;
    TsMessage message;
    while (!xml.atEnd()) {
        xml.readNext();
        if (xml.isStartElement()) {
            const auto name = xml.name();
            if (name == QLatin1String("TS")) {
                ts.language = xml.attributes().value(QLatin1String("language")).toString();
            } else if (name == QLatin1String("name")) {
                context = xml.readElementText();
            } else if (name == QLatin1String("message")) {
                message = TsMessage{};
                message.context = context;
                message.numerus = xml.attributes().value(QLatin1String("numerus")) == QLatin1String("yes");
            } else if (name == QLatin1String("source")) {
                message.source = xml.readElementText();
            } else if (name == QLatin1String("comment")) {
                message.comment = xml.readElementText();
            } else if (name == QLatin1String("translation")) {
                message.type = xml.attributes().value(QLatin1String("type")).toString();
                if (!message.numerus) {
                    const QString text = xml.readElementText(QXmlStreamReader::IncludeChildElements);
                    message.translation << text;
                }
            } else if (name == QLatin1String("numerusform")) {
                message.translation << xml.readElementText();
            }
        } else if (xml.isEndElement() && xml.name() == QLatin1String("message")) {
            ts.messages << message;
        }
    }
    if (xml.hasError())
        ts.error = QStringLiteral("%1:%2: %3").arg(path).arg(xml.lineNumber()).arg(xml.errorString());
    return ts;
}

QStringList TsFile::activeKeys() const
{
    QStringList keys;
    for (const TsMessage &message : messages) {
        if (message.isActive())
            keys << message.key();
    }
    std::sort(keys.begin(), keys.end());
    return keys;
}

} // namespace attune::test
