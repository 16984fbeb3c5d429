// Hostile input at its cap: each shape that once took the square of its size
// to read, built as large as its file cap lets it be, read once and timed.
// Prints a table and, for run-benchmarks.py, the wall time with its floor
// (what the parser underneath takes alone; 0 when there is none) and the
// processor time of each shape:
//
//   RESULT hostile_<shape> <milliseconds> <floor milliseconds> ms
//   RESULT hostile_<shape>_cpu <milliseconds> 0 ms
//
// Each should take under a second; this only says whether it did ("within"
// or "NO") and never fails on time.
#include "base/inputlimits.h"
#include "base/sourcetext.h"
#include "bundledcontent.h"
#include "import/pageimporter.h"
#include "json/jsonreader.h"
#include "mustache/mustachetemplate.h"
#include "session/session.h"
#include "session/sessionserializer.h"
#include "yaml/yamlreader.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QTextStream>

#include <yaml-cpp/eventhandler.h>
#include <yaml-cpp/parser.h>

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
    const qsizetype itemBytes = (Limits::maxYamlFileBytes - 64) / items - 2;
    QByteArray text = "list: [";
    text.reserve(Limits::maxYamlFileBytes);
    const QByteArray padding(itemBytes - 12, 'x');
    for (qsizetype i = 0; i < items; ++i)
        text += "\xc3\xa9" + QByteArray::number(i).rightJustified(8, '0') + padding + ", ";
    text += "]\n";
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
QByteArray sessionUnknownCards(int cards)
{
    const Result<KitPtr> kit = BundledContent::loadKit(BundledContent::defaultKit.toString());
    if (!kit)
        qFatal("%s", qPrintable(kit.errorText()));
    const Result<Brief> brief =
        BundledContent::loadBrief(BundledContent::defaultBrief.toString(), *kit.value());
    if (!brief)
        qFatal("%s", qPrintable(brief.errorText()));
    const QDateTime now = QDateTime::currentDateTimeUtc();
    QByteArray json = SessionSerializer::toJson(Session(kit.value(), brief.value(), now), now);
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

double yamlCppAlone(const QByteArray &bytes)
{
    return timeOnce([&] {
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
    return timeOnce([&] {
               JsonReader::Error error;
               if (JsonReader::parseTree(bytes, &error).isUndefined())
                   qFatal("%s", qPrintable(error.message));
           })
        .wallMs;
}

struct Row
{
    QString name;
    QString shape;
    Timing time;
    double floorMs = 0; // 0: no floor measured
    QString floorName;
};

void print(const Row &row)
{
    out << "  " << row.shape.leftJustified(56) << ' '
        << QString::number(row.time.wallMs, 'f', 1).rightJustified(9) << " ms (processor "
        << QString::number(row.time.cpuMs, 'f', 1).rightJustified(8) << " ms)  "
        << (row.time.wallMs < budgetMs ? "within" : "NO");
    if (row.floorMs > 0)
        out << "; " << row.floorName << ": " << QString::number(row.floorMs, 'f', 1) << " ms";
    out << Qt::endl;
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    out << "Hostile input at its cap (each should read in under " << budgetMs << " ms)" << Qt::endl;
    QList<Row> rows;

    {
        const SourceText source(QStringLiteral("flow.yaml"), yamlFlowLine());
        qsizetype items = 0;
        const Timing time = timeOnce([&] {
            const Result<YamlNode> root = YamlReader::parse(source);
            if (!root)
                qFatal("%s", qPrintable(root.errorText()));
            items = root.value().find(u"list")->size();
        });
        rows.append({QStringLiteral("yaml_flow_line"),
                     QStringLiteral("YAML: one-line flow list, %1 MiB, %2 items")
                         .arg(double(source.bytes().size()) / (1024 * 1024), 0, 'f', 1)
                         .arg(items),
                     time, yamlCppAlone(source.bytes()), QStringLiteral("yaml-cpp alone")});
        print(rows.back());
    }
    {
        const QByteArray text = yamlManyKeys();
        const qsizetype keys = text.count('\n');
        const SourceText source(QStringLiteral("keys.yaml"), text);
        const Timing time = timeOnce([&] {
            const Result<YamlNode> root = YamlReader::parse(source);
            if (root || !root.error().message.contains(QStringLiteral("appears twice")))
                qFatal("the repeated key was not found");
        });
        rows.append({QStringLiteral("yaml_many_keys"),
                     QStringLiteral("YAML: %1 keys, %2 MiB, the last repeats the first")
                         .arg(keys)
                         .arg(double(text.size()) / (1024 * 1024), 0, 'f', 1),
                     time, yamlCppAlone(source.bytes()), QStringLiteral("yaml-cpp alone")});
        print(rows.back());
    }
    {
        const QString text = mustacheTagLine();
        size_t nodes = 0;
        const Timing time = timeOnce([&] {
            const Result<MustacheTemplate> tpl = MustacheTemplate::parse(text);
            if (!tpl)
                qFatal("%s", qPrintable(tpl.errorText()));
            nodes = tpl.value().nodes().size();
        });
        rows.append({QStringLiteral("mustache_tag_line"),
                     QStringLiteral("Mustache: one line, %1 tags, %2 M characters")
                         .arg(nodes / 2)
                         .arg(double(text.size()) / 1e6, 0, 'f', 1),
                     time});
        print(rows.back());
    }
    {
        const QStringList bullets = pageBullets();
        const Timing time = timeOnce([&] {
            const PageImporter::BulletSplit split = PageImporter::splitBullets(bullets);
            if (split.keywords.isEmpty() || split.mistakes.isEmpty() || split.tips.isEmpty())
                qFatal("the bullets were not split");
        });
        rows.append({QStringLiteral("bullet_split"),
                     QStringLiteral("Page import: bullet split of a %1 MiB page, %2 bullets")
                         .arg(Limits::maxPageTextBytes / (qint64(1024) * 1024))
                         .arg(bullets.size()),
                     time});
        print(rows.back());
    }
    {
        const int cards = 20000;
        const SourceText source(QStringLiteral("cards.promptdeck"), sessionUnknownCards(cards));
        qsizetype warned = 0;
        const Timing time = timeOnce([&] {
            Diagnostics warnings;
            const Result<Session> session = SessionSerializer::fromJson(source, &warnings);
            if (!session)
                qFatal("%s", qPrintable(session.errorText()));
            warned = warnings.size();
        });
        rows.append({QStringLiteral("session_unknown_cards"),
                     QStringLiteral("Session load: %1 MiB, %2 unknown cards warned about")
                         .arg(double(source.bytes().size()) / (1024 * 1024), 0, 'f', 1)
                         .arg(warned),
                     time, jsonAlone(source.bytes()), QStringLiteral("the JSON parse alone")});
        print(rows.back());
    }

    for (const Row &row : rows) {
        out << "RESULT hostile_" << row.name << ' ' << QString::number(row.time.wallMs, 'f', 3)
            << ' ' << QString::number(row.floorMs, 'f', 3) << " ms\n";
        out << "RESULT hostile_" << row.name << "_cpu " << QString::number(row.time.cpuMs, 'f', 3)
            << " 0 ms\n";
    }
    return 0;
}
