#include "personaltextmask.h"

#include <QRegularExpression>

namespace ct {

QString maskPersonalText(const QString& text, const PersonalDataMask& mask)
{
    static const QRegularExpression email(QStringLiteral(R"([A-Za-z0-9._%+\-]+@[A-Za-z0-9\-]+(\.[A-Za-z0-9\-]+)+)"));
    // name, an optional closing quote, = or :, optional spaces and an opening quote, then the value.
    static const QRegularExpression field(
        QStringLiteral(R"(([A-Za-z][A-Za-z0-9_\-]*)(["']?\s*[=:]\s*["']?)([^"',;\r\n]+))"));
    QString out = text;
    out.replace(email, kMaskedValue);
    QString result;
    qsizetype from = 0; // copied up to here
    qsizetype at = 0;   // searching from here: past a name that is not personal, its value is searched too
    for (QRegularExpressionMatch m = field.match(out, at); m.hasMatch(); m = field.match(out, at)) {
        if (!mask.isPersonal(m.capturedView(1)) || m.capturedView(3).trimmed() == kMaskedValue) {
            at = m.capturedEnd(1);
            continue;
        }
        result += QStringView(out).mid(from, m.capturedStart(3) - from);
        result += kMaskedValue;
        from = at = m.capturedEnd(3);
    }
    result += QStringView(out).mid(from);
    return result;
}

} // namespace ct
