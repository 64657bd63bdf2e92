// Help → EFT Quick Reference: the terms Attune uses, in a therapist's words.
#pragma once

#include <QString>

class QWidget;

namespace attune {

QString eftQuickReferenceHtml();
void showEftQuickReference(QWidget *parent);

} // namespace attune
