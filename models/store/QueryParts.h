// Fragments of SQL shared by the store's queries. Only constant text: values are always bound.
#pragma once

#include "PracticeStore.h"

namespace attune {

inline QString archiveClause(ArchiveFilter filter, const QString &column)
{
    switch (filter) {
    case ArchiveFilter::Current:
        return column + QStringLiteral(" = 0");
    case ArchiveFilter::Archived:
        return column + QStringLiteral(" = 1");
    case ArchiveFilter::All:
        break;
    }
    return QStringLiteral("1");
}

} // namespace attune
