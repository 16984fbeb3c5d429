#include "kit/briefwriter.h"

namespace PromptDeck::Core {

QString BriefWriter::quoted(QStringView text)
{
    QString out;
    out.reserve(text.size() + 2);
    out += QLatin1Char('"');
    for (QChar c : text) {
        switch (c.unicode()) {
        case '"':
            out += QLatin1String("\\\"");
            break;
        case '\\':
            out += QLatin1String("\\\\");
            break;
        case '\n':
            out += QLatin1String("\\n");
            break;
        case '\r':
            out += QLatin1String("\\r");
            break;
        case '\t':
            out += QLatin1String("\\t");
            break;
        case 0x85:
            out += QLatin1String("\\N");
            break;
        case 0x2028:
            out += QLatin1String("\\L");
            break;
        case 0x2029:
            out += QLatin1String("\\P");
            break;
        case 0xFEFF: // a byte order mark: YAML readers drop it when it stands as it is
            out += QLatin1String("\\uFEFF");
            break;
        default:
            if (c.unicode() < 0x20 || c.unicode() == 0x7F)
                out += QStringLiteral("\\x%1").arg(c.unicode(), 2, 16, QLatin1Char('0'));
            else
                out += c;
        }
    }
    out += QLatin1Char('"');
    return out;
}

QByteArray BriefWriter::toYaml(const Brief &brief, const Kit &kit, const QString &comment)
{
    QString out;
    if (!comment.isEmpty()) {
        for (const QString &line : comment.split(QLatin1Char('\n')))
            out += QStringLiteral("# ") + line + QLatin1Char('\n');
    }
    for (const FieldDef &field : kit.fields) {
        const FieldValue value = brief.value(field.key);
        out += field.key + QLatin1Char(':');
        switch (field.type) {
        case FieldType::Text:
        case FieldType::Paragraph:
            out += QLatin1Char(' ') + quoted(value.text()) + QLatin1Char('\n');
            break;
        case FieldType::Number:
            if (const auto n = value.number())
                out += QLatin1Char(' ') + QString::number(*n) + QLatin1Char('\n');
            else
                out += QStringLiteral("\n");
            break;
        case FieldType::List:
            if (value.items().isEmpty()) {
                out += QStringLiteral(" []\n");
                break;
            }
            out += QLatin1Char('\n');
            for (const QString &item : value.items())
                out += QStringLiteral("  - ") + quoted(item) + QLatin1Char('\n');
            break;
        case FieldType::Links:
            if (value.links().isEmpty()) {
                out += QStringLiteral(" []\n");
                break;
            }
            out += QLatin1Char('\n');
            for (const BriefLink &link : value.links()) {
                out += QStringLiteral("  - title: ") + quoted(link.title) + QLatin1Char('\n');
                if (!link.url.isEmpty())
                    out += QStringLiteral("    url: ") + quoted(link.url) + QLatin1Char('\n');
                if (link.pillar)
                    out += QStringLiteral("    pillar: true\n");
            }
            break;
        }
    }
    return out.toUtf8();
}

} // namespace PromptDeck::Core
