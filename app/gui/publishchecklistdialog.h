// View › Before You Publish: what to check in the article before it is
// published, by group (facts to verify, assets to make, links, leftovers),
// each item with its line in the article's Markdown. Copy List puts the
// list on the clipboard as Markdown, a task box per item.
#pragma once

#include "article/articlechecklist.h"

#include <QDialog>

class QTreeWidget;

namespace PromptDeck::Gui {

class Clipboard;

class PublishChecklistDialog final : public QDialog
{
    Q_OBJECT

public:
    PublishChecklistDialog(Core::ArticleChecklist list, Clipboard *clipboard,
                           QWidget *parent = nullptr);

    const Core::ArticleChecklist &list() const { return m_list; }
    void copyList();

private:
    void fill();

    Core::ArticleChecklist m_list;
    Clipboard *m_clipboard;
    QTreeWidget *m_tree = nullptr;
};

} // namespace PromptDeck::Gui
