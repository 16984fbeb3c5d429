// File > New Session from Page Text: paste the whole text of a topical-map
// article page (or open a saved .txt), read the brief out of it, and check
// it in a preview before the session starts: every field editable, what was
// not on the page marked, the bullets movable between keywords, mistakes
// and tips.
#pragma once

#include "kit/brief.h"
#include "kit/kit.h"
#include "kit/kitloader.h"

#include <QDialog>

class QLabel;
class QPlainTextEdit;
class QPushButton;
class QStackedWidget;

namespace PromptDeck::Gui {

class BriefForm;
class BulletSorter;
class Clipboard;
class Dialogs;

class ImportBriefDialog final : public QDialog
{
    Q_OBJECT

public:
    ImportBriefDialog(Core::KitPtr kit, Clipboard *clipboard, Dialogs *dialogs,
                      QWidget *parent = nullptr);

    void setPageText(const QString &text);
    // Reads the page; on success shows the preview. False (with the reason
    // shown) when the page holds no brief.
    bool readBrief();
    bool isShowingPreview() const;

    // The brief as corrected in the preview.
    Core::Brief brief() const;
    BriefForm *form() const { return m_form; }
    BulletSorter *sorter() const { return m_sorter; }
    QString problem() const;

    void accept() override;

private:
    void saveBriefAs();

    Core::KitPtr m_kit;
    Clipboard *m_clipboard;
    Dialogs *m_dialogs;
    QStackedWidget *m_pages = nullptr;
    QPlainTextEdit *m_pageText = nullptr;
    QLabel *m_pageProblem = nullptr;
    QWidget *m_preview = nullptr;
    QLabel *m_notes = nullptr;
    BriefForm *m_form = nullptr;
    BulletSorter *m_sorter = nullptr;
    QLabel *m_previewProblem = nullptr;
    QPushButton *m_start = nullptr;
    Core::Brief m_imported;
};

} // namespace PromptDeck::Gui
