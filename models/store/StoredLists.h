// Short string lists (tags, interventions) are stored as JSON arrays in one column.
#pragma once

#include <QJsonArray>
#include <QJsonDocument>
#include <QStringList>

namespace attune {

inline QString storedListToJson(const QStringList &list)
{
    return QString::fromUtf8(QJsonDocument(QJsonArray::fromStringList(list)).toJson(QJsonDocument::Compact));
}

inline QStringList storedListFromJson(const QString &json)
{
    QStringList list;
    const QJsonArray array = QJsonDocument::fromJson(json.toUtf8()).array();
    for (const QJsonValue &v : array)
        if (v.isString())
            list.append(v.toString());
    return list;
}

} // namespace attune
