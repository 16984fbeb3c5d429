#include "import/pageimporter.h"

#include "base/inputlimits.h"
#include "text/textstats.h"

#include <QRegularExpression>
#include <QSet>

#include <optional>

namespace PromptDeck::Core {

namespace {

const QString kTitle = QStringLiteral("title");
const QString kKeyword = QStringLiteral("primary_keyword");
const QString kIntent = QStringLiteral("intent");
const QString kWords = QStringLiteral("word_count");
const QString kTone = QStringLiteral("tone");
const QString kMap = QStringLiteral("map");
const QString kGroup = QStringLiteral("content_group");
const QString kAudience = QStringLiteral("audience");
const QString kAngle = QStringLiteral("angle");
const QString kSecondary = QStringLiteral("secondary_keywords");
const QString kMistakes = QStringLiteral("mistakes");
const QString kTips = QStringLiteral("tips");

// "Informational article in the MAP topical map — GROUP content group"
const QRegularExpression &mapLine()
{
    static const QRegularExpression pattern(
        QStringLiteral("^(.+?)\\s+article\\s+in\\s+the\\s+(.+?)\\s+topical\\s+map\\s*[—–-]+\\s*(.+?"
                       ")\\s+content\\s+group\\b"),
        QRegularExpression::CaseInsensitiveOption);
    return pattern;
}

// "Informational · 1,500 words · 12 prompts ready · Updated 04 Apr 2026"
const QRegularExpression &metaStrip()
{
    static const QRegularExpression pattern(
        QStringLiteral("^(?:(\\w[\\w -]*?)\\s*[·|•]\\s*)?([0-9][0-9,. ]*)\\s*words\\b"),
        QRegularExpression::CaseInsensitiveOption);
    return pattern;
}

// Where the brief ends on a full page: the cards, or the page's help.
bool isStopLine(const QString &line)
{
    static const QRegularExpression stop(
        QStringLiteral("^(\\d+\\s+prompts\\b.*|phase\\s+\\d+\\b.*|how\\s+to\\s+use\\s+this\\s+"
                       "prompt\\s+kit)$"),
        QRegularExpression::CaseInsensitiveOption);
    return stop.match(line).hasMatch();
}

bool isBreadcrumb(const QString &line)
{
    return line.contains(QStringLiteral("›")) || line.contains(QStringLiteral(" > ")) ||
           line.contains(QStringLiteral(" » "));
}

const QRegularExpression &bulletPattern()
{
    static const QRegularExpression pattern(QStringLiteral("^(?:[-*•‣▪◦]|\\d{1,2}[.)])\\s+(.*)$"));
    return pattern;
}

std::optional<QString> bulletText(const QString &line)
{
    const QRegularExpressionMatch match = bulletPattern().match(line);
    if (!match.hasMatch())
        return std::nullopt;
    return match.captured(1).trimmed();
}

QString stripBullet(const QString &line)
{
    const std::optional<QString> text = bulletText(line);
    return text ? *text : line;
}

// The page's own instructions ("Work through prompts in order…").
bool isHowToLine(const QString &line)
{
    static const QRegularExpression howTo(
        QStringLiteral("(work through (the )?prompts|copy prompt|paste into|paste prior output|no "
                       "editing needed|"
                       "builds on the last|expand it)"),
        QRegularExpression::CaseInsensitiveOption);
    return howTo.match(line).hasMatch();
}

struct Label
{
    QString key;
    QRegularExpression pattern;
};

// Label words the site and its copies use; the longest first, so "Common
// mistakes to avoid" is not read as "Common …".
const QList<Label> &labels()
{
    static const QList<Label> list = [] {
        const QList<QPair<QString, QString>> words{
            {kSecondary,
             QStringLiteral(
                 "secondary keywords|related keywords|lsi keywords|supporting keywords")},
            {kMistakes,
             QStringLiteral(
                 "common mistakes to avoid|mistakes to avoid|common mistakes|pitfalls to avoid")},
            {kTips, QStringLiteral("pro tips|expert tips|tips")},
            {kKeyword, QStringLiteral("primary keyword|focus keyword|target keyword|main keyword")},
            {kTitle, QStringLiteral("working title|article title|title")},
            {kTone, QStringLiteral("tone of voice|tone")},
            {kGroup, QStringLiteral("content group|topic cluster|cluster")},
            {kAudience, QStringLiteral("target audience|target readers|audience")},
            {kAngle, QStringLiteral("unique angle|angle")},
            {kIntent, QStringLiteral("search intent|intent")},
            {kWords, QStringLiteral("target word count|word count|target length")},
            {kMap, QStringLiteral("topical map")},
        };
        QList<Label> out;
        for (const auto &[key, alternatives] : words) {
            out.append({key, QRegularExpression(
                                 QStringLiteral("^(?:%1)\\s*(?:[:：]\\s*(.*))?$").arg(alternatives),
                                 QRegularExpression::CaseInsensitiveOption)});
        }
        return out;
    }();
    return list;
}

struct LabelMatch
{
    QString key;
    QString inlineValue;
};

std::optional<LabelMatch> matchLabel(const QString &line)
{
    for (const Label &label : labels()) {
        const QRegularExpressionMatch match = label.pattern.match(line);
        if (match.hasMatch())
            return LabelMatch{label.key, match.captured(1).trimmed()};
    }
    return std::nullopt;
}

bool isListField(const QString &key)
{
    return key == kSecondary || key == kMistakes || key == kTips;
}

std::optional<qint64> parseWordCount(const QString &text)
{
    QString digits = text;
    digits.remove(QRegularExpression(QStringLiteral("[^0-9]")));
    bool ok = false;
    const qint64 n = digits.toLongLong(&ok);
    return ok && n > 0 ? std::optional(n) : std::nullopt;
}

// Verbs a pro tip starts with; a mistake mostly starts with an -ing form.
const QSet<QString> &imperatives()
{
    static const QSet<QString> verbs = [] {
        QSet<QString> set;
        for (const QString &verb :
             QStringLiteral(
                 "add anchor answer ask avoid back begin bold break build check cite clarify close "
                 "compare "
                 "consider create define demonstrate describe embed end explain feature focus "
                 "format frame "
                 "give highlight include insert keep label lead limit link list make map measure "
                 "mention "
                 "name note offer open pair place point position prefer provide publish put quote "
                 "recommend "
                 "reference remind run share show spell split start state structure suggest "
                 "summarise "
                 "summarize surface target teach tell test tie try update use walk warn write")
                 .split(QLatin1Char(' ')))
            set.insert(verb);
        return set;
    }();
    return verbs;
}

QString firstWord(const QString &text)
{
    static const QRegularExpression word(QStringLiteral("^[\\W_]*(\\w+)"));
    return word.match(text).captured(1).toLower();
}

int keywordScore(const QString &item)
{
    const qsizetype words = countWords(item);
    const bool sentence = item.endsWith(QLatin1Char('.')) || item.endsWith(QLatin1Char('!'));
    if (words <= 6 && !sentence)
        return 3;
    if (words <= 8 && !sentence)
        return 0;
    return -4;
}

int mistakeScore(const QString &item)
{
    const QString first = firstWord(item);
    int score = countWords(item) <= 5 ? -3 : 0;
    if (first.endsWith(QLatin1String("ing")) && first.size() > 4)
        score += 3;
    else if (first == QLatin1String("not") || first == QLatin1String("no") ||
             first == QLatin1String("too") || first == QLatin1String("never"))
        score += 2;
    else if (imperatives().contains(first))
        score -= 2;
    static const QRegularExpression wrong(
        QStringLiteral("\\b(without|instead of|rather than|vague|missing)\\b"),
        QRegularExpression::CaseInsensitiveOption);
    if (wrong.match(item).hasMatch())
        score += 1;
    return score;
}

int tipScore(const QString &item)
{
    const QString first = firstWord(item);
    int score = countWords(item) <= 5 ? -3 : 0;
    if (imperatives().contains(first) || first == QLatin1String("when") ||
        first == QLatin1String("to") || first == QLatin1String("if") ||
        first == QLatin1String("for"))
        score += 3;
    else if (first.endsWith(QLatin1String("ing")) && first.size() > 4)
        score -= 2;
    return score;
}

} // namespace

const QStringList &PageImporter::pageFields()
{
    static const QStringList fields{kTitle, kKeyword,  kIntent, kWords,     kTone,     kMap,
                                    kGroup, kAudience, kAngle,  kSecondary, kMistakes, kTips};
    return fields;
}

PageImporter::BulletSplit PageImporter::splitBullets(const QStringList &bullets)
{
    const qsizetype n = bullets.size();
    QList<int> kw(n), mis(n), tip(n);
    for (qsizetype i = 0; i < n; ++i) {
        kw[i] = keywordScore(bullets.at(i));
        mis[i] = mistakeScore(bullets.at(i));
        tip[i] = tipScore(bullets.at(i));
    }
    // Prefix sums, then the best pair of cut points a <= b:
    // [0, a) keywords, [a, b) mistakes, [b, n) tips.
    QList<int> kwSum(n + 1), misSum(n + 1), tipSum(n + 1);
    for (qsizetype i = 0; i < n; ++i) {
        kwSum[i + 1] = kwSum[i] + kw[i];
        misSum[i + 1] = misSum[i] + mis[i];
        tipSum[i + 1] = tipSum[i] + tip[i];
    }
    qsizetype bestA = 0;
    qsizetype bestB = 0;
    int best = std::numeric_limits<int>::min();
    for (qsizetype a = 0; a <= n; ++a) {
        for (qsizetype b = a; b <= n; ++b) {
            const int score = kwSum[a] + (misSum[b] - misSum[a]) + (tipSum[n] - tipSum[b]);
            if (score > best) {
                best = score;
                bestA = a;
                bestB = b;
            }
        }
    }
    return {bullets.mid(0, bestA), bullets.mid(bestA, bestB - bestA), bullets.mid(bestB)};
}

Result<ImportedBrief> PageImporter::importFile(const QString &path, const Kit &kit)
{
    Result<SourceText> source = SourceText::readFile(path, Limits::maxPageTextBytes, tr("page"));
    if (!source)
        return source.errors();
    return import(source.value(), kit);
}

Result<ImportedBrief> PageImporter::import(const SourceText &page, const Kit &kit)
{
    if (page.bytes().size() > Limits::maxPageTextBytes) {
        return Diagnostic::error(
            page.name(), 0, 0,
            tr("the page text is %1, larger than the %2 a page may have; nothing "
               "was imported")
                .arg(formatByteSize(page.bytes().size()),
                     formatByteSize(Limits::maxPageTextBytes)));
    }
    if (const Status encoding = page.checkEncoding(); !encoding) {
        Diagnostic error = encoding.error();
        error.message = tr("this is not the text of a page: %1").arg(error.message);
        return error;
    }
    QStringList lines;
    for (QString line : page.text().split(QLatin1Char('\n'))) {
        line = line.trimmed();
        if (!line.isEmpty())
            lines.append(line);
    }
    if (lines.isEmpty())
        return Diagnostic::error(page.name(), 0, 0,
                                 tr("the page is empty; paste the whole text of an article page"));

    QMap<QString, QString> text;      // scalar fields
    QMap<QString, QStringList> lists; // list fields
    ImportedBrief result;

    // The map line gives intent, map and content group on both layouts.
    qsizetype mapAt = -1;
    for (qsizetype i = 0; i < lines.size(); ++i) {
        const QRegularExpressionMatch match = mapLine().match(lines.at(i));
        if (match.hasMatch()) {
            mapAt = i;
            text[kIntent] = match.captured(1).trimmed();
            text[kMap] = match.captured(2).trimmed();
            text[kGroup] = match.captured(3).trimmed();
            break;
        }
    }
    // The title: the line just above the map line (a breadcrumb is not it).
    for (qsizetype i = mapAt - 1; i >= 0; --i) {
        if (!isBreadcrumb(lines.at(i)) && !matchLabel(lines.at(i))) {
            text[kTitle] = lines.at(i);
            break;
        }
    }
    for (const QString &line : std::as_const(lines)) {
        const QRegularExpressionMatch match = metaStrip().match(line);
        if (match.hasMatch()) {
            if (const auto words = parseWordCount(match.captured(2)))
                text[kWords] = QString::number(*words);
            if (!match.captured(1).isEmpty())
                text[kIntent] = match.captured(1).trimmed();
            break;
        }
    }

    // Labelled if labels of several fields stand on their own lines.
    QSet<QString> labelled;
    for (const QString &line : std::as_const(lines)) {
        if (const auto label = matchLabel(line))
            labelled.insert(label->key);
    }
    result.layout =
        labelled.size() >= 3 ? ImportedBrief::Layout::Labelled : ImportedBrief::Layout::ValuesOnly;

    if (result.layout == ImportedBrief::Layout::Labelled) {
        QString current;
        QStringList values;
        auto flush = [&] {
            if (current.isEmpty())
                return;
            if (isListField(current)) {
                QStringList items;
                for (const QString &value : std::as_const(values))
                    items.append(stripBullet(value));
                if (!items.isEmpty())
                    lists[current] = items;
            } else if (!values.isEmpty()) {
                text[current] = values.join(QLatin1Char(' '));
            }
            current.clear();
            values.clear();
        };
        const qsizetype start = std::max<qsizetype>(mapAt + 1, 0);
        for (qsizetype i = start; i < lines.size(); ++i) {
            const QString &line = lines.at(i);
            if (isStopLine(line)) {
                flush();
                // A "How to use" list before the brief is the page's help.
                continue;
            }
            if (const auto label = matchLabel(line)) {
                flush();
                current = label->key;
                if (!label->inlineValue.isEmpty())
                    values.append(label->inlineValue);
                continue;
            }
            if (line.compare(QLatin1String("Article Brief"), Qt::CaseInsensitive) == 0) {
                flush();
                continue;
            }
            if (!current.isEmpty() && !isHowToLine(line))
                values.append(line);
        }
        flush();
    } else if (mapAt >= 0) {
        // Values only: after the map line, the page's help bullets, then one
        // value per line, then one run of bullets. Without the map line there
        // is nothing to anchor on, and nothing is guessed.
        qsizetype i = mapAt + 1;
        while (i < lines.size() && (bulletText(lines.at(i)) || isHowToLine(lines.at(i))))
            ++i;
        QStringList values;
        while (i < lines.size() && !bulletText(lines.at(i)) && !isStopLine(lines.at(i)))
            values.append(lines.at(i++));
        QStringList bullets;
        while (i < lines.size() && bulletText(lines.at(i)))
            bullets.append(*bulletText(lines.at(i++)));

        // keyword, title, tone, content group, audience, angle
        static const QStringList order{kKeyword, kTitle, kTone, kGroup, kAudience, kAngle};
        if (values.size() == order.size()) {
            for (qsizetype k = 0; k < order.size(); ++k) {
                if (order.at(k) == kTitle || order.at(k) == kGroup) {
                    // Repeated on the page; the header's version is kept, and a
                    // difference is worth a note.
                    if (!text.value(order.at(k)).isEmpty() &&
                        text.value(order.at(k)) != values.at(k))
                        result.notes.append(
                            tr("The page gives two different values for %1: \"%2\" and \"%3\"; the "
                               "first "
                               "was kept.")
                                .arg(order.at(k), text.value(order.at(k)), values.at(k)));
                    if (text.value(order.at(k)).isEmpty())
                        text[order.at(k)] = values.at(k);
                } else {
                    text[order.at(k)] = values.at(k);
                }
            }
        } else if (!values.isEmpty()) {
            // Not the usual six lines: keep what can be recognised and say so.
            QStringList rest;
            for (const QString &value : std::as_const(values)) {
                if (value.compare(text.value(kTitle), Qt::CaseInsensitive) == 0 ||
                    value.compare(text.value(kGroup), Qt::CaseInsensitive) == 0)
                    continue;
                rest.append(value);
            }
            if (!rest.isEmpty())
                text[kKeyword] = rest.takeFirst();
            if (!rest.isEmpty() && countWords(rest.first()) <= 8)
                text[kTone] = rest.takeFirst();
            if (!rest.isEmpty())
                text[kAudience] = rest.takeFirst();
            if (!rest.isEmpty())
                text[kAngle] = rest.takeFirst();
            result.notes.append(
                tr("The page does not have the usual six value lines (it has %1); check the "
                   "keyword, tone, audience and angle.")
                    .arg(values.size()));
        }
        if (!bullets.isEmpty()) {
            const BulletSplit split = splitBullets(bullets);
            lists[kSecondary] = split.keywords;
            lists[kMistakes] = split.mistakes;
            lists[kTips] = split.tips;
            result.notes.append(tr("The %1 bullets were split by their wording into %2 keywords, "
                                   "%3 mistakes and %4 "
                                   "tips; check where one list ends and the next begins.")
                                    .arg(bullets.size())
                                    .arg(split.keywords.size())
                                    .arg(split.mistakes.size())
                                    .arg(split.tips.size()));
        }
    }

    if (text.value(kTitle).isEmpty() && text.value(kKeyword).isEmpty()) {
        return Diagnostic::error(
            page.name(), 0, 0,
            tr("no article brief found: PromptDeck looks for the line \"… article in the MAP "
               "topical map — GROUP content group\" or labels such as \"Primary keyword\" "
               "and \"Target audience\"; nothing was imported"));
    }

    for (const FieldDef &field : kit.fields) {
        if (isListField(field.key) || field.type == FieldType::List) {
            result.brief.setValue(field.key, FieldValue::list(lists.value(field.key)));
        } else if (field.type == FieldType::Number) {
            const auto n = parseWordCount(text.value(field.key));
            result.brief.setValue(field.key, n ? FieldValue::number(*n)
                                               : FieldValue::empty(FieldType::Number));
        } else if (field.type == FieldType::Links) {
            result.brief.setValue(field.key, FieldValue::empty(FieldType::Links));
        } else {
            result.brief.setValue(field.key, FieldValue::text(field.type, text.value(field.key)));
        }
    }
    for (const QString &key : pageFields()) {
        const bool found =
            isListField(key) ? !lists.value(key).isEmpty() : !text.value(key).isEmpty();
        if (!found)
            result.notFound.append(key);
    }
    return result;
}

} // namespace PromptDeck::Core
