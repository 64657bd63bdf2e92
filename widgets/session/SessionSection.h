// The common shape of the session editor's sections (details, note, change events, ratings): each shows
// its part of a Session, writes its part back, can be made read-only for a signed note, and says when the
// user changed something (typing in text, or a discrete choice) so the editor can store it.
#pragma once

#include "domain/Couple.h"
#include "domain/Search.h"
#include "domain/Session.h"

#include <QGroupBox>

class QLineEdit;
class QPlainTextEdit;

namespace attune {

class SessionSection : public QGroupBox
{
    Q_OBJECT
public:
    using QGroupBox::QGroupBox;

    // The couple the session belongs to: partner names label choices and headings.
    virtual void setCouple(const Couple &couple) { Q_UNUSED(couple) }
    // Shows the session's values. Text that did not change is left alone so the cursor stays put.
    virtual void load(const Session &session) = 0;
    // Writes this section's values into session, keeping child records' UUIDs where they still apply.
    virtual void apply(Session &session) const = 0;
    virtual void setReadOnly(bool readOnly) = 0;
    // The widget that shows the field a search hit was found in; null when it is not in this section.
    virtual QWidget *searchField(const SearchHit &hit) const
    {
        Q_UNUSED(hit)
        return nullptr;
    }

signals:
    void edited(bool typing); // typing: a text change, stored merged with the rest of the burst

protected:
    // While loading, widget signals are the program's doing, not the user's.
    void changed(bool typing)
    {
        if (!m_loading)
            emit edited(typing);
    }
    struct Loading
    {
        explicit Loading(SessionSection &s)
            : section(s)
            , previous(std::exchange(s.m_loading, true))
        {}
        ~Loading() { section.m_loading = previous; }
        SessionSection &section;
        bool previous;
    };

private:
    bool m_loading = false;
};

// Sets the text only when it differs, and puts the cursor back where it was (clamped).
void setTextKeepingCursor(QPlainTextEdit *edit, const QString &text);
void setTextKeepingCursor(QLineEdit *edit, const QString &text);
// A note field: plain text, Tab moves focus on (keyboard users leave the field), an accessible name.
QPlainTextEdit *makeNoteEdit(const QString &accessibleName, int lines, QWidget *parent);

} // namespace attune
