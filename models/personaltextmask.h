#pragma once

#include "personaldatamask.h"

#include <QString>

namespace ct {

// Hides personal data inside free text (an ERP's rejection reason, a note) before it leaves the
// application in an export: e-mail addresses, and the value after a personal field's name written as
// `name=value`, `name: value` or `"name": "value"` (the names PersonalDataMask knows, e.g.
// customer_email, phone). The value ends at a quote, comma, semicolon or the end of the line. The rest
// of the text is kept as it was, so "Account 140000 is blocked" stays readable.
QString maskPersonalText(const QString& text, const PersonalDataMask& mask = PersonalDataMask::standard());

} // namespace ct
