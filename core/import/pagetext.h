// The page format's own words and shapes, shared by the layouts: the lines of
// a page, its bullets, its furniture (breadcrumbs, the "How to use" help, the
// cards after the brief) and what a layout has found on it.
#pragma once

#include "kit/kit.h"

#include <QMap>
#include <QRegularExpression>
#include <QStringList>

#include <optional>

namespace PromptDeck::Core::PageText {

// The page's lines (ended by LF, CRLF or CR), trimmed, blank ones left out.
QStringList lines(const QString &text);

// "- item", "• item", "1. item": the item's text.
std::optional<QString> bulletText(const QString &line);
QString stripBullet(const QString &line);

// Where the brief ends on a full page: the cards, or the page's help.
bool isStopLine(const QString &line);
// The page's own instructions ("Work through prompts in order…").
bool isHowToLine(const QString &line);
bool isBreadcrumb(const QString &line);
// The heading above the labelled brief.
bool isBriefHeading(const QString &line);

// "1,500" or "about 1500 words": the number, if it is a positive one.
std::optional<qint64> parseWordCount(const QString &text);

// What the layouts read from a page: by slot what the header and the
// values-only layout hold without a label, by field key what stood under a
// field's label.
struct Findings
{
    QMap<PageSlot, QString> slotText;
    QMap<PageSlot, QStringList> slotLists;
    QMap<QString, QString> labelledText;
    QMap<QString, QStringList> labelledLists;
    QStringList notes; // judgements the user should check
};

} // namespace PromptDeck::Core::PageText
