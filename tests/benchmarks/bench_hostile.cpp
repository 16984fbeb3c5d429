// Hostile input at its cap: each shape that once took the square of its size
// to read, built as large as its file cap lets it be, read once and timed.
// Prints a table and, for run-benchmarks.py, the wall time with its floor
// (what the parser underneath takes alone; 0 when there is none) and the
// processor time of each shape:
//
//   RESULT hostile_<shape> <milliseconds> <floor milliseconds> ms
//   RESULT hostile_<shape>_cpu <milliseconds> 0 ms
//
// Each read is repeated (--runs N, default 3) and the median printed: the
// machine may be shared. Each should take under a second; this only says
// whether it did ("within" or "NO") and never fails on time. Names given on
// the command line (yaml_flow_line, …) run only those shapes, for profiling.
#include "base/inputlimits.h"
#include "base/sourcetext.h"
#include "bundledcontent.h"
#include "import/pageimporter.h"
#include "json/jsonreader.h"
#include "mustache/mustachetemplate.h"
#include "session/promptecho.h"
#include "session/session.h"
#include "session/sessionserializer.h"
#include "yaml/yamlreader.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QTextStream>

#include <yaml-cpp/eventhandler.h>
#include <yaml-cpp/parser.h>

#include <algorithm>
#include <ctime>
#include <functional>
#include <sstream>
#include <string>

using namespace PromptDeck::Core;

namespace {

QTextStream out(stdout);

constexpr double budgetMs = 1000;

// A one-line flow list filling the YAML cap, with as many items as the node
// cap allows: every item's column lies millions of bytes into its line.
QByteArray yamlFlowLine()
{
    const qsizetype items = Limits::maxYamlNodes - 3; // the map, its key, the list
    // "é", six digits, padding, ", ": ten bytes at the least.
    const qsizetype itemBytes = (Limits::maxYamlFileBytes - 64) / items;
    QByteArray text = "list: [";
    text.reserve(Limits::maxYamlFileBytes);
    const QByteArray padding(std::max<qsizetype>(itemBytes - 10, 0), 'x');
    for (qsizetype i = 0; i < items; ++i)
        text += "\xc3\xa9" + QByteArray::number(i).rightJustified(6, '0') + padding + ", ";
    text += "]\n";
    if (text.size() > Limits::maxYamlFileBytes)
        qFatal("the flow list is larger than the cap");
    return text;
}

// A mapping of as many keys as the node cap allows, filling the YAML cap,
// the last of them a repeat of the first.
QByteArray yamlManyKeys()
{
    const qsizetype keys = (Limits::maxYamlNodes - 1) / 2;
    const qsizetype lineBytes = (Limits::maxYamlFileBytes - 64) / keys;
    QByteArray text;
    text.reserve(Limits::maxYamlFileBytes);
    const QByteArray padding(lineBytes - 16, 'k');
    for (qsizetype i = 0; i < keys - 1; ++i)
        text += padding + QByteArray::number(i).rightJustified(10, '0') + ": v\n";
    text += padding + QByteArray::number(0).rightJustified(10, '0') + ": again\n";
    if (text.size() > Limits::maxYamlFileBytes)
        qFatal("the keys are larger than the cap");
    return text;
}

// One line of tags with a text between each two, as long as a kit file may
// be (a template lives in a kit).
QString mustacheTagLine()
{
    const qsizetype tags = Limits::maxYamlFileBytes / 6;
    QString text;
    text.reserve(tags * 6);
    for (qsizetype i = 0; i < tags; ++i)
        text += QStringLiteral("x{{a}}");
    return text;
}

// The bullets of a page as large as the importer reads: "- " and a short
// keyword per line, then mistakes, then tips.
QStringList pageBullets()
{
    const qsizetype third = Limits::maxPageTextBytes / 3;
    QStringList bullets;
    const auto add = [&](const QString &unit) {
        // "- " and a line end around each bullet on the page.
        for (qsizetype bytes = 0; bytes < third; bytes += unit.size() + 3)
            bullets.append(unit);
    };
    add(QStringLiteral("kw"));
    add(QStringLiteral("Ignoring the reader's actual question entirely."));
    add(QStringLiteral("Add a table that compares the options side by side."));
    return bullets;
}

// A session at its cap whose cards the kit does not know: each is warned
// about, at its position.
// A new session of the bundled kit and brief, as saved.
QByteArray newSession()
{
    const Result<KitPtr> kit = BundledContent::loadKit(BundledContent::defaultKit.toString());
    if (!kit)
        qFatal("%s", qPrintable(kit.errorText()));
    const Result<Brief> brief =
        BundledContent::loadBrief(BundledContent::defaultBrief.toString(), *kit.value());
    if (!brief)
        qFatal("%s", qPrintable(brief.errorText()));
    const QDateTime now = QDateTime::currentDateTimeUtc();
    return SessionSerializer::toJson(Session(kit.value(), brief.value(), now), now);
}

QByteArray sessionUnknownCards(int cards)
{
    QByteArray json = newSession();
    const QByteArray emptyCards = "\"cards\": {}";
    const qsizetype at = json.indexOf(emptyCards);
    if (at < 0)
        qFatal("no empty cards in the session");
    const qsizetype cardBytes = (Limits::maxSessionFileBytes - json.size() - 1024) / cards;
    const QByteArray note(cardBytes - 40, 'n');
    QByteArray body = "\"cards\": {";
    body.reserve(Limits::maxSessionFileBytes);
    for (int i = 0; i < cards; ++i) {
        body += (i > 0 ? ",\n    \"" : "\n    \"") + QByteArray::number(i).rightJustified(8, '0') +
                "\": {\"note\": \"" + note + "\"}";
    }
    body += "\n  }";
    json.replace(at, emptyCards.size(), body);
    return json;
}

// A session whose kit (the text it carries in kit.source) is the bundled kit
// with as many unknown top-level keys added as the kit's cap and the node
// cap allow: each is looked up among the keys before it and warned about.
QByteArray sessionKitManyKeys(qsizetype *keys)
{
    QByteArray json = newSession();
    // The kit is the session's last member: its source ends at the last quote.
    const qsizetype sourceEnd = json.lastIndexOf('"');
    const qsizetype kitNodes = 4000; // the bundled kit's own, with room to spare
    *keys = (Limits::maxYamlNodes - kitNodes) / 2;
    const qsizetype lineBytes = (Limits::maxYamlFileBytes - qint64{64} * 1024) / *keys;
    const QByteArray padding(lineBytes - 16, 'k');
    QByteArray lines;
    lines.reserve(Limits::maxYamlFileBytes);
    for (qsizetype i = 0; i < *keys; ++i) // "\n" is a line end in the JSON string
        lines += padding + QByteArray::number(i).rightJustified(10, '0') + ": v\\n";
    json.insert(sourceEnd, lines);
    return json;
}

// The events of a YAML document, dropped: what yaml-cpp takes by itself,
// the floor under YamlReader.
class DropEvents final : public YAML::EventHandler
{
public:
    void OnDocumentStart(const YAML::Mark &) override {}
    void OnDocumentEnd() override {}
    void OnNull(const YAML::Mark &, YAML::anchor_t) override {}
    void OnAlias(const YAML::Mark &, YAML::anchor_t) override {}
    void OnScalar(const YAML::Mark &, const std::string &, YAML::anchor_t,
                  const std::string &) override
    {}
    void OnSequenceStart(const YAML::Mark &, const std::string &, YAML::anchor_t,
                         YAML::EmitterStyle::value) override
    {}
    void OnSequenceEnd() override {}
    void OnMapStart(const YAML::Mark &, const std::string &, YAML::anchor_t,
                    YAML::EmitterStyle::value) override
    {}
    void OnMapEnd() override {}
};

struct Timing
{
    double wallMs = 0;
    double cpuMs = 0;
};

double cpuNow()
{
    timespec now{};
    clock_gettime(CLOCK_PROCESS_CPUTIME_ID, &now);
    return double(now.tv_sec) * 1e3 + double(now.tv_nsec) / 1e6;
}

// Wall and processor time of one run: on a machine shared with other work
// the wall time is the one that counts, the processor time says how much
// of it was this program's.
Timing timeOnce(const std::function<void()> &work)
{
    const double cpuStart = cpuNow();
    QElapsedTimer timer;
    timer.start();
    work();
    return {double(timer.nsecsElapsed()) / 1e6, cpuNow() - cpuStart};
}

int runs = 3;

// The run of median wall time among `runs` runs of the same work.
Timing timeMedian(const std::function<void()> &work)
{
    QList<Timing> times;
    for (int i = 0; i < runs; ++i)
        times.append(timeOnce(work));
    std::sort(times.begin(), times.end(),
              [](const Timing &a, const Timing &b) { return a.wallMs < b.wallMs; });
    return times.at(times.size() / 2);
}

double yamlCppAlone(const QByteArray &bytes)
{
    return timeMedian([&] {
               std::istringstream stream(std::string(bytes.constData(), size_t(bytes.size())));
               DropEvents events;
               YAML::Parser parser(stream);
               while (parser.HandleNextDocument(events)) {
               }
           })
        .wallMs;
}

double jsonAlone(const QByteArray &bytes)
{
    return timeMedian([&] {
               JsonReader::Error error;
               if (JsonReader::parseTree(bytes, &error).isUndefined())
                   qFatal("%s", qPrintable(error.message));
           })
        .wallMs;
}

struct Row
{
    QString shape;
    Timing time;
    double floorMs = 0; // 0: no floor measured
    QString floorName;
};

void print(const Row &row)
{
    out << "  " << row.shape.leftJustified(60) << ' '
        << QString::number(row.time.wallMs, 'f', 1).rightJustified(9) << " ms (processor "
        << QString::number(row.time.cpuMs, 'f', 1).rightJustified(8) << " ms)  "
        << (row.time.wallMs < budgetMs ? "within" : "NO");
    if (row.floorMs > 0)
        out << "; " << row.floorName << ": " << QString::number(row.floorMs, 'f', 1) << " ms";
    out << Qt::endl;
}

double mebibytes(qsizetype bytes)
{
    return double(bytes) / (1024 * 1024);
}

Row yamlFlowLineRow()
{
    const SourceText source(QStringLiteral("flow.yaml"), yamlFlowLine());
    qsizetype items = 0;
    const Timing time = timeMedian([&] {
        const Result<YamlNode> root = YamlReader::parse(source);
        if (!root)
            qFatal("%s", qPrintable(root.errorText()));
        items = root.value().find(u"list")->size();
    });
    return {QStringLiteral("YAML: one-line flow list, %1 MiB, %2 items")
                .arg(mebibytes(source.bytes().size()), 0, 'f', 1)
                .arg(items),
            time, yamlCppAlone(source.bytes()), QStringLiteral("yaml-cpp alone")};
}

Row yamlManyKeysRow()
{
    const QByteArray text = yamlManyKeys();
    const SourceText source(QStringLiteral("keys.yaml"), text);
    const Timing time = timeMedian([&] {
        const Result<YamlNode> root = YamlReader::parse(source);
        if (root || !root.error().message.contains(QStringLiteral("appears twice")))
            qFatal("the repeated key was not found");
    });
    return {QStringLiteral("YAML: %1 keys, %2 MiB, the last repeats the first")
                .arg(text.count('\n'))
                .arg(mebibytes(text.size()), 0, 'f', 1),
            time, yamlCppAlone(source.bytes()), QStringLiteral("yaml-cpp alone")};
}

Row mustacheTagLineRow()
{
    const QString text = mustacheTagLine();
    size_t nodes = 0;
    const Timing time = timeMedian([&] {
        const Result<MustacheTemplate> tpl = MustacheTemplate::parse(text);
        if (!tpl)
            qFatal("%s", qPrintable(tpl.errorText()));
        nodes = tpl.value().nodes().size();
    });
    return {QStringLiteral("Mustache: one line, %1 tags, %2 M characters")
                .arg(nodes / 2)
                .arg(double(text.size()) / 1e6, 0, 'f', 1),
            time, 0, QString()};
}

Row bulletSplitRow()
{
    const QStringList bullets = pageBullets();
    const Timing time = timeMedian([&] {
        const PageImporter::BulletSplit split = PageImporter::splitBullets(bullets);
        if (split.keywords.isEmpty() || split.mistakes.isEmpty() || split.tips.isEmpty())
            qFatal("the bullets were not split");
    });
    return {QStringLiteral("Page import: bullet split of a %1 MiB page, %2 bullets")
                .arg(Limits::maxPageTextBytes / (qint64(1024) * 1024))
                .arg(bullets.size()),
            time, 0, QString()};
}

// The session read once; warned is how many warnings the load gave.
Row sessionLoadRow(const QByteArray &json, qsizetype *warned)
{
    const SourceText source(QStringLiteral("hostile.promptdeck"), json);
    const Timing time = timeMedian([&] {
        Diagnostics warnings;
        const Result<Session> session = SessionSerializer::fromJson(source, &warnings);
        if (!session)
            qFatal("%s", qPrintable(session.errorText()));
        *warned = warnings.size();
    });
    return {QString(), time, jsonAlone(source.bytes()), QStringLiteral("the JSON parse alone")};
}

Row sessionUnknownCardsRow()
{
    const QByteArray json = sessionUnknownCards(20000);
    qsizetype warned = 0;
    Row row = sessionLoadRow(json, &warned);
    row.shape = QStringLiteral("Session load: %1 MiB, %2 unknown cards warned about")
                    .arg(mebibytes(json.size()), 0, 'f', 1)
                    .arg(warned);
    return row;
}

Row sessionKitKeysRow()
{
    qsizetype keys = 0;
    const QByteArray json = sessionKitManyKeys(&keys);
    qsizetype warned = 0;
    Row row = sessionLoadRow(json, &warned);
    row.shape = QStringLiteral("Session load: its kit at the cap, %1 MiB, %2 more keys")
                    .arg(mebibytes(json.size()), 0, 'f', 1)
                    .arg(keys);
    return row;
}

// Prose of about the given number of characters, in numbered sections, so
// that no two stretches of it are the same words.
QString prose(qsizetype characters, const QString &word)
{
    QString text;
    text.reserve(characters + 200);
    for (int section = 1; text.size() < characters; ++section) {
        text += QStringLiteral("## Section %1 on the %2\n- Covers: how the %2 of part %1 "
                               "shapes what a reader sees, with one example of %1.\n")
                    .arg(section)
                    .arg(word);
    }
    return text;
}

// The bundled session with every card answered: the outline as long as
// outlineCharacters, the others short.
Session answeredSession(qsizetype outlineCharacters)
{
    const KitPtr kit = BundledContent::loadKit(QStringLiteral("seo-article")).value();
    const Brief brief = BundledContent::loadBrief(QStringLiteral("python-gil"), *kit).value();
    Session session(kit, brief, QDateTime::currentDateTimeUtc());
    for (int i = 0; i < session.cardCount(); ++i) {
        const QString answer = i == 0 ? prose(outlineCharacters, QStringLiteral("lock"))
                                      : QStringLiteral("The answer to card %1.").arg(i + 1);
        session.setAnswer(i, answer, AnswerVersion::Origin::Pasted,
                          QDateTime::currentDateTimeUtc());
    }
    return session;
}

// The floor: the 12 prompts rendered with their spans, as the check does
// (and as the window does to show them).
double renderAlone(const Session &session)
{
    return timeMedian([&] {
               for (int i = 0; i < session.cardCount(); ++i) {
                   if (!session.renderPrompt(i, true))
                       qFatal("a prompt did not render");
               }
           })
        .wallMs;
}

Row promptEchoRow(const Session &session, const QString &paste, const QString &what)
{
    const Timing time = timeMedian([&] {
        if (PromptEcho::find(session, 0, paste))
            qFatal("the paste was taken for a prompt");
    });
    return {QStringLiteral("Prompt check: %1, %2 M characters")
                .arg(what)
                .arg(double(paste.size()) / 1e6, 0, 'f', 1),
            time, renderAlone(session), QStringLiteral("rendering the prompts")};
}

// A paste at the answer cap against prompts of ordinary size: no prompt is
// near its length, so it is only counted and compared.
Row promptEchoHugePasteRow()
{
    return promptEchoRow(answeredSession(2000),
                         prose(Limits::maxAnswerChars - 200, QStringLiteral("interpreter")),
                         QStringLiteral("a paste at the cap"));
}

// A new outline of 8 M characters while the prompts quoting the old one
// are as long: every one of them is scanned for.
Row promptEchoScanRow()
{
    const qsizetype size = qsizetype(8) * 1000 * 1000;
    return promptEchoRow(answeredSession(size), prose(size, QStringLiteral("interpreter")),
                         QStringLiteral("a new outline as long as the prompts quoting it"));
}

struct Shape
{
    const char *name;
    Row (*run)();
};

const Shape shapes[] = {
    {"yaml_flow_line", yamlFlowLineRow},
    {"yaml_many_keys", yamlManyKeysRow},
    {"mustache_tag_line", mustacheTagLineRow},
    {"bullet_split", bulletSplitRow},
    {"session_unknown_cards", sessionUnknownCardsRow},
    {"session_kit_keys", sessionKitKeysRow},
    {"prompt_echo_huge_paste", promptEchoHugePasteRow},
    {"prompt_echo_scan", promptEchoScanRow},
};

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QStringList only = app.arguments().mid(1);
    if (only.size() >= 2 && only.first() == QLatin1String("--runs")) {
        runs = std::max(1, only.at(1).toInt());
        only = only.mid(2);
    }
    out << "Hostile input at its cap (each should read in under " << budgetMs << " ms; median of "
        << runs << " runs)" << Qt::endl;
    QList<std::pair<QString, Row>> rows;
    for (const Shape &shape : shapes) {
        const QString name = QString::fromLatin1(shape.name);
        if (!only.isEmpty() && !only.contains(name))
            continue;
        rows.append({name, shape.run()});
        print(rows.back().second);
    }

    for (const auto &[name, row] : rows) {
        out << "RESULT hostile_" << name << ' ' << QString::number(row.time.wallMs, 'f', 3) << ' '
            << QString::number(row.floorMs, 'f', 3) << " ms\n";
        out << "RESULT hostile_" << name << "_cpu " << QString::number(row.time.cpuMs, 'f', 3)
            << " 0 ms\n";
    }
    return 0;
}
