// How to reach a partner and who sent the couple (issue 16): identifying data for the clinical record.
// It is printed in the record and carried by case files, never put on a handout, a worksheet or the
// calendar export, which may leave the therapist's hands.
#pragma once

#include <QString>

namespace attune {

struct ContactDetails
{
    QString phone;
    QString email;
    QString address; // postal address, line breaks kept
    QString emergencyName;
    QString emergencyPhone;

    bool isEmpty() const
    {
        return phone.isEmpty() && email.isEmpty() && address.isEmpty() && emergencyName.isEmpty() &&
               emergencyPhone.isEmpty();
    }
    friend bool operator==(const ContactDetails &, const ContactDetails &) = default;
};

struct Referral
{
    QString source;    // e.g. "Physician", "Website", "Former client"
    QString clinician; // the referring clinician, when there is one

    bool isEmpty() const { return source.isEmpty() && clinician.isEmpty(); }
    friend bool operator==(const Referral &, const Referral &) = default;
};

// The shape rules, deliberately simple: a phone number holds digits and the usual punctuation
// (spaces, + ( ) - .) with at least one digit; an e-mail address is local@domain.tld with no spaces.
// An empty value passes both: every contact field is optional.
bool looksLikePhone(const QString &text);
bool looksLikeEmail(const QString &text);

} // namespace attune
