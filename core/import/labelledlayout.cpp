#include "import/labelledlayout.h"

#include <QSet>

namespace PromptDeck::Core::LabelledLayout {

namespace {

// The values gathered under one label until the next.
class Reader final
{
public:
    Reader(const PageLabels &labels, PageText::Findings &findings)
        : m_labels(labels)
        , m_findings(findings)
    {}

    void start(const PageLabels::Match &label)
    {
        flush();
        m_current = label.key;
        if (!label.inlineValue.isEmpty())
            m_values.append(label.inlineValue);
    }

    void add(const QString &line)
    {
        if (!m_current.isEmpty() && !PageText::isHowToLine(line))
            m_values.append(line);
    }

    void flush()
    {
        if (m_current.isEmpty())
            return;
        if (m_labels.isList(m_current)) {
            QStringList items;
            for (const QString &value : std::as_const(m_values))
                items.append(PageText::stripBullet(value));
            if (!items.isEmpty())
                m_findings.labelledLists[m_current] = items;
        } else if (!m_values.isEmpty()) {
            m_findings.labelledText[m_current] = m_values.join(QLatin1Char(' '));
        }
        m_current.clear();
        m_values.clear();
    }

private:
    const PageLabels &m_labels;
    PageText::Findings &m_findings;
    QString m_current;
    QStringList m_values;
};

} // namespace

bool applies(const QStringList &lines, const PageLabels &labels)
{
    QSet<QString> labelled;
    for (const QString &line : lines) {
        if (const auto label = labels.match(line))
            labelled.insert(label->key);
    }
    return labelled.size() >= 3;
}

void read(const QStringList &lines, qsizetype mapAt, const PageLabels &labels,
          PageText::Findings &findings)
{
    Reader reader(labels, findings);
    for (qsizetype i = std::max<qsizetype>(mapAt + 1, 0); i < lines.size(); ++i) {
        const QString &line = lines.at(i);
        // A "How to use" list before the brief is the page's help, and the
        // cards come after it: a stop line ends a field even if it reads like
        // a label, the brief's heading only if it is none.
        const bool stop = PageText::isStopLine(line);
        const auto label = stop ? std::nullopt : labels.match(line);
        if (label)
            reader.start(*label);
        else if (stop || PageText::isBriefHeading(line))
            reader.flush();
        else
            reader.add(line);
    }
    reader.flush();
}

} // namespace PromptDeck::Core::LabelledLayout
