// Schema change "contact details" (issue 16): how to reach each partner and who referred the couple.
//
// partners gains phone, email, address, emergency_name and emergency_phone; couples gains referral_source
// and referring_clinician. All are TEXT NOT NULL DEFAULT '' (every field is optional), so an existing
// practice carries over with them empty and no row is rewritten: the row_version and audit triggers do
// not fire, and the content hashes already stored stay valid, because a couple's hash leaves out contact
// fields that are empty (Integrity.cpp). The shape rules (a phone number's characters, an e-mail
// address's form) live in the domain's validation, not in CHECK constraints: a rule made stricter later
// must not turn an old file into one SQLite refuses to update.
//
// Contact details are not added to the full-text index: Find looks for the therapist's clinical words.
// The statements are written out in full: a released migration never changes.
#include "Migrations.h"

namespace attune {

QStringList versionContactDetails()
{
    QStringList statements;
    for (const char *column : {"phone", "email", "address", "emergency_name", "emergency_phone"})
        statements << QStringLiteral("ALTER TABLE partners ADD COLUMN %1 TEXT NOT NULL DEFAULT ''")
                          .arg(QLatin1StringView(column));
    for (const char *column : {"referral_source", "referring_clinician"})
        statements << QStringLiteral("ALTER TABLE couples ADD COLUMN %1 TEXT NOT NULL DEFAULT ''")
                          .arg(QLatin1StringView(column));
    return statements;
}

} // namespace attune
