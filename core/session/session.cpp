#include "session/session.h"

#include "base/inputlimits.h"
#include "checks/answerchecker.h"
#include "mustache/mustacherenderer.h"

#include <QLocale>

namespace PromptDeck::Core {

namespace {

const QString briefPrefix = QStringLiteral("brief.");
const QString answersPrefix = QStringLiteral("answers.");

} // namespace

QString answerOriginId(AnswerVersion::Origin origin)
{
    switch (origin) {
    case AnswerVersion::Origin::Pasted:
        return QStringLiteral("pasted");
    case AnswerVersion::Origin::Typed:
        return QStringLiteral("typed");
    case AnswerVersion::Origin::Restored:
        return QStringLiteral("restored");
    case AnswerVersion::Origin::Imported:
        return QStringLiteral("imported");
    }
    return {};
}

std::optional<AnswerVersion::Origin> answerOriginFromId(QStringView id)
{
    for (auto origin : {AnswerVersion::Origin::Pasted, AnswerVersion::Origin::Typed,
                        AnswerVersion::Origin::Restored, AnswerVersion::Origin::Imported}) {
        if (id == answerOriginId(origin))
            return origin;
    }
    return std::nullopt;
}

Session::Session(KitPtr kit, Brief brief, const QDateTime &createdAt)
    : created(createdAt.toUTC())
    , m_kit(std::move(kit))
    , m_brief(std::move(brief))
    , m_briefData(m_brief.toTemplateData())
    , m_records(m_kit->cards.size())
{}

bool Session::setBrief(const Brief &brief)
{
    if (brief == m_brief)
        return false;
    m_brief = brief;
    m_briefData = m_brief.toTemplateData();
    return true;
}

QString Session::answerText(int index) const
{
    const CardRecord &record = m_records.at(index);
    return record.answer ? record.answer->text : QString();
}

Status Session::checkAnswerSize(qsizetype characters)
{
    if (characters <= Limits::maxAnswerChars)
        return success();
    const QLocale locale;
    return Diagnostic::error(
        QString(), 0, 0,
        tr("the answer has %1 characters; an answer can have at most %2 "
           "(16 MiB). Nothing was stored.")
            .arg(locale.toString(characters), locale.toString(Limits::maxAnswerChars)));
}

Status Session::checkRevisionRoom() const
{
    if (m_nextRevision <= maxRevision)
        return success();
    return Diagnostic::error(QString(), 0, 0,
                             tr("this session has used every revision number (up to %1), so no "
                                "further answer can be stored. Nothing was stored; start a new "
                                "session for more answers.")
                                 .arg(maxRevision));
}

bool Session::setAnswer(int index, const QString &text, AnswerVersion::Origin origin,
                        const QDateTime &now)
{
    CardRecord &record = m_records[index];
    if (text.isEmpty())
        return clearAnswer(index);
    if (record.answer && record.answer->text == text)
        return false;
    if (!checkRevisionRoom())
        return false;
    const QDateTime time = now.toUTC();
    if (origin == AnswerVersion::Origin::Typed && record.answer &&
        record.answer->origin == AnswerVersion::Origin::Typed) {
        record.answer->text = text;
        record.answer->time = time;
        record.answer->revision = m_nextRevision++;
        return true;
    }
    AnswerVersion version;
    version.revision = m_nextRevision++;
    version.text = text;
    version.time = time;
    version.origin = origin;
    // Typing over an answer edits it; it does not mean the inputs were
    // looked at again, so a stale answer stays stale.
    version.basedOn = (origin == AnswerVersion::Origin::Typed && record.answer)
                          ? record.answer->basedOn
                          : currentFingerprints(index);
    if (record.answer)
        record.history.append(*record.answer);
    record.answer = std::move(version);
    return true;
}

bool Session::clearAnswer(int index)
{
    CardRecord &record = m_records[index];
    if (!record.answer)
        return false;
    record.history.append(*record.answer);
    record.answer.reset();
    return true;
}

bool Session::restoreVersion(int index, int historyIndex, const QDateTime &now)
{
    const CardRecord &record = m_records.at(index);
    if (historyIndex < 0 || historyIndex >= record.history.size())
        return false;
    const QString text = record.history.at(historyIndex).text;
    return setAnswer(index, text, AnswerVersion::Origin::Restored, now);
}

bool Session::dismissStale(int index)
{
    CardRecord &record = m_records[index];
    if (!record.answer)
        return false;
    const QMap<QString, QString> current = currentFingerprints(index);
    if (record.answer->basedOn == current)
        return false;
    record.answer->basedOn = current;
    return true;
}

QStringList Session::inputsOf(int index) const
{
    const CardDef &card = m_kit->cards.at(index);
    QStringList inputs;
    for (const QString &key : card.briefFields)
        inputs.append(briefPrefix + key);
    for (const QString &id : card.dependsOn)
        inputs.append(answersPrefix + id);
    return inputs;
}

QString Session::fingerprint(const QString &input) const
{
    if (input.startsWith(briefPrefix))
        return QLatin1Char('h') + m_brief.fingerprint(input.mid(briefPrefix.size()));
    if (input.startsWith(answersPrefix)) {
        const int index = m_kit->cardIndex(QStringView(input).mid(answersPrefix.size()));
        if (index < 0 || !m_records.at(index).answer)
            return QString();
        return QLatin1Char('r') + QString::number(m_records.at(index).answer->revision);
    }
    return QString();
}

QMap<QString, QString> Session::currentFingerprints(int index) const
{
    QMap<QString, QString> prints;
    for (const QString &input : inputsOf(index))
        prints.insert(input, fingerprint(input));
    return prints;
}

QString Session::describeInput(const QString &input) const
{
    if (input.startsWith(briefPrefix)) {
        const QString key = input.mid(briefPrefix.size());
        const FieldDef *field = m_kit->field(key);
        return tr("the brief's %1").arg(field ? field->label : key);
    }
    if (input.startsWith(answersPrefix)) {
        const int index = m_kit->cardIndex(QStringView(input).mid(answersPrefix.size()));
        return tr("the answer to %1").arg(m_kit->cardLabel(index));
    }
    return input;
}

CardStatus Session::status(int index) const
{
    CardStatus status;
    const CardDef &card = m_kit->cards.at(index);
    for (const QString &id : card.dependsOn) {
        const int dep = m_kit->cardIndex(id);
        if (dep >= 0 && !m_records.at(dep).answer)
            status.missing.append(id);
    }
    const CardRecord &record = m_records.at(index);
    if (!record.answer) {
        status.state = status.missing.isEmpty() ? CardState::Ready : CardState::Waiting;
        return status;
    }
    for (const QString &input : inputsOf(index)) {
        const auto recorded = record.answer->basedOn.constFind(input);
        // An input the answer has no record of (a file from a tool that does
        // not write one) is taken as unchanged rather than guessed at.
        if (recorded != record.answer->basedOn.cend() && *recorded != fingerprint(input))
            status.changedInputs.append(input);
    }
    status.state = status.changedInputs.isEmpty() ? CardState::Answered : CardState::Stale;
    return status;
}

QVariantMap Session::templateData() const
{
    QVariantMap answers;
    for (int i = 0; i < m_records.size(); ++i) {
        if (m_records.at(i).answer)
            answers.insert(m_kit->cards.at(i).id, m_records.at(i).answer->text);
    }
    return {{QStringLiteral("brief"), m_briefData}, {QStringLiteral("answers"), answers}};
}

QString Session::missingAnswerMarker(const QString &cardId) const
{
    const int index = m_kit->cardIndex(cardId);
    return tr("[MISSING: the answer to card %1, \"%2\" — paste it into PromptDeck first]")
        .arg(index + 1)
        .arg(index >= 0 ? m_kit->cards.at(index).title : cardId);
}

Result<RenderedText> Session::renderPrompt(int index, bool collectSpans) const
{
    MustacheRenderer::Options options;
    options.collectSpans = collectSpans;
    options.missingValue = [this](const MustacheNode &node) -> std::optional<QString> {
        if (node.path.size() == 2 && node.path.first() == QLatin1String("answers"))
            return missingAnswerMarker(node.path.at(1));
        return std::nullopt;
    };
    const MustacheRenderer renderer(&m_kit->partials, std::move(options));
    return renderer.render(m_kit->cards.at(index).prompt, templateData());
}

QList<CheckResult> Session::checkResults(int index) const
{
    return AnswerChecker(*m_kit, m_brief).check(index, answerText(index));
}

void Session::restoreState(QList<CardRecord> records, qint64 nextRevision)
{
    Q_ASSERT(records.size() == m_records.size());
    m_records = std::move(records);
    m_nextRevision = nextRevision;
}

} // namespace PromptDeck::Core
