#include "briefform.h"

#include "statestyle.h"

#include <QBoxLayout>
#include <QFormLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QRegularExpressionValidator>
#include <QTableWidget>

namespace PromptDeck::Gui {

using namespace PromptDeck::Core;

namespace {

QStringList nonEmptyLines(const QString &text)
{
    QStringList lines;
    for (const QString &line : text.split(QLatin1Char('\n'))) {
        if (!line.trimmed().isEmpty())
            lines.append(line.trimmed());
    }
    return lines;
}

QTableWidget *linksTable(const QList<BriefLink> &links, QWidget *parent)
{
    auto *table = new QTableWidget(int(links.size()), 3, parent);
    table->setHorizontalHeaderLabels(
        {BriefForm::tr("Title"), BriefForm::tr("URL (optional)"), BriefForm::tr("Pillar")});
    table->horizontalHeader()->setSectionResizeMode(0, QHeaderView::Stretch);
    table->horizontalHeader()->setSectionResizeMode(1, QHeaderView::Stretch);
    table->horizontalHeader()->setSectionResizeMode(2, QHeaderView::ResizeToContents);
    table->verticalHeader()->hide();
    auto setRow = [table](int row, const BriefLink &link) {
        table->setItem(row, 0, new QTableWidgetItem(link.title));
        table->setItem(row, 1, new QTableWidgetItem(link.url));
        auto *pillar = new QTableWidgetItem;
        pillar->setFlags(Qt::ItemIsUserCheckable | Qt::ItemIsEnabled | Qt::ItemIsSelectable);
        pillar->setCheckState(link.pillar ? Qt::Checked : Qt::Unchecked);
        table->setItem(row, 2, pillar);
    };
    for (int row = 0; row < links.size(); ++row)
        setRow(row, links.at(row));
    table->setMinimumHeight(table->fontMetrics().lineSpacing() * 5);
    table->setMaximumHeight(table->fontMetrics().lineSpacing() * 10);
    return table;
}

} // namespace

BriefForm::BriefForm(const Kit &kit, const Brief &brief, const QStringList &excluded,
                     QWidget *parent)
    : QWidget(parent)
    , m_kit(kit)
    , m_original(brief)
{
    auto *form = new QFormLayout(this);
    form->setContentsMargins(0, 0, 0, 0);
    form->setFieldGrowthPolicy(QFormLayout::ExpandingFieldsGrow);
    form->setLabelAlignment(Qt::AlignRight | Qt::AlignTop);
    for (const FieldDef &field : kit.fields) {
        if (excluded.contains(field.key))
            continue;
        QWidget *editor = createEditor(field, brief.value(field.key));
        editor->setObjectName(QStringLiteral("field_") + field.key);
        editor->setAccessibleName(field.label);
        editor->setToolTip(field.help);
        m_editors.insert(field.key, editor);
        auto *label = new QLabel(field.required ? tr("%1 *").arg(field.label) : field.label, this);
        label->setBuddy(editor->focusProxy() ? editor->focusProxy() : editor);
        label->setWordWrap(true);
        if (field.required) {
            QFont bold = label->font();
            bold.setBold(true);
            label->setFont(bold);
        }
        m_labels.insert(field.key, label);
        form->addRow(label, editor);
    }
}

QWidget *BriefForm::createEditor(const FieldDef &field, const FieldValue &value)
{
    switch (field.type) {
    case FieldType::Text: {
        auto *edit = new QLineEdit(value.text());
        edit->setPlaceholderText(field.help);
        return edit;
    }
    case FieldType::Number: {
        auto *edit = new QLineEdit(value.text());
        edit->setValidator(new QRegularExpressionValidator(
            QRegularExpression(QStringLiteral("[0-9][0-9,_ ]*")), edit));
        edit->setPlaceholderText(tr("a whole number, like 1500"));
        return edit;
    }
    case FieldType::Paragraph: {
        auto *edit = new QPlainTextEdit(value.text());
        edit->setTabChangesFocus(true);
        edit->setFixedHeight(edit->fontMetrics().lineSpacing() * 4 + 12);
        return edit;
    }
    case FieldType::List: {
        auto *edit = new QPlainTextEdit(value.items().join(QLatin1Char('\n')));
        edit->setTabChangesFocus(true);
        edit->setLineWrapMode(QPlainTextEdit::NoWrap);
        edit->setPlaceholderText(tr("One item per line"));
        edit->setFixedHeight(edit->fontMetrics().lineSpacing() *
                                 int(std::clamp<qsizetype>(value.items().size() + 1, 3, 9)) +
                             12);
        return edit;
    }
    case FieldType::Links: {
        auto *box = new QWidget;
        QTableWidget *table = linksTable(value.links(), box);
        table->setObjectName(QStringLiteral("linksTable"));
        auto *add = new QPushButton(tr("Add Article"), box);
        auto *remove = new QPushButton(tr("Remove Article"), box);
        connect(add, &QPushButton::clicked, table, [table] {
            const int row = table->rowCount();
            table->insertRow(row);
            table->setItem(row, 0, new QTableWidgetItem);
            table->setItem(row, 1, new QTableWidgetItem);
            auto *pillar = new QTableWidgetItem;
            pillar->setFlags(Qt::ItemIsUserCheckable | Qt::ItemIsEnabled | Qt::ItemIsSelectable);
            pillar->setCheckState(Qt::Unchecked);
            table->setItem(row, 2, pillar);
            table->editItem(table->item(row, 0));
        });
        connect(remove, &QPushButton::clicked, table, [table] {
            if (table->currentRow() >= 0)
                table->removeRow(table->currentRow());
        });
        auto *buttons = new QHBoxLayout;
        buttons->addWidget(add);
        buttons->addWidget(remove);
        buttons->addStretch(1);
        auto *layout = new QVBoxLayout(box);
        layout->setContentsMargins(0, 0, 0, 0);
        layout->addWidget(table);
        layout->addLayout(buttons);
        box->setFocusProxy(table);
        return box;
    }
    }
    return new QLineEdit;
}

FieldValue BriefForm::valueOf(const FieldDef &field) const
{
    QWidget *editor = m_editors.value(field.key);
    if (!editor)
        return m_original.value(field.key);
    switch (field.type) {
    case FieldType::Text:
        return FieldValue::text(field.type, static_cast<QLineEdit *>(editor)->text().trimmed());
    case FieldType::Number: {
        QString digits = static_cast<QLineEdit *>(editor)->text();
        digits.remove(QRegularExpression(QStringLiteral("[^0-9]")));
        bool ok = false;
        const qint64 number = digits.toLongLong(&ok);
        return ok ? FieldValue::number(number) : FieldValue::empty(FieldType::Number);
    }
    case FieldType::Paragraph:
        return FieldValue::text(field.type,
                                static_cast<QPlainTextEdit *>(editor)->toPlainText().trimmed());
    case FieldType::List:
        return FieldValue::list(
            nonEmptyLines(static_cast<QPlainTextEdit *>(editor)->toPlainText()));
    case FieldType::Links: {
        auto *table = editor->findChild<QTableWidget *>();
        QList<BriefLink> links;
        for (int row = 0; row < table->rowCount(); ++row) {
            const QString title =
                table->item(row, 0) ? table->item(row, 0)->text().trimmed() : QString();
            if (title.isEmpty())
                continue;
            links.append({title,
                          table->item(row, 1) ? table->item(row, 1)->text().trimmed() : QString(),
                          table->item(row, 2) && table->item(row, 2)->checkState() == Qt::Checked});
        }
        return FieldValue::links(links);
    }
    }
    return {};
}

Brief BriefForm::brief() const
{
    Brief result;
    for (const FieldDef &field : m_kit.fields)
        result.setValue(field.key, valueOf(field));
    return result;
}

QStringList BriefForm::missingRequired() const
{
    QStringList missing;
    for (const FieldDef &field : m_kit.fields) {
        if (field.required && valueOf(field).isEmpty())
            missing.append(field.label);
    }
    return missing;
}

void BriefForm::focusField(const QString &key)
{
    if (QWidget *editor = m_editors.value(key))
        editor->setFocus(Qt::OtherFocusReason);
}

void BriefForm::markNotFound(const QStringList &keys)
{
    for (const QString &key : keys) {
        QLabel *label = m_labels.value(key);
        if (!label)
            continue;
        label->setText(tr("%1\nnot on the page").arg(label->text()));
        label->setToolTip(
            tr("PromptDeck did not find this on the page; fill it in or leave it empty."));
        QPalette palette = label->palette();
        palette.setColor(QPalette::WindowText, stateColor(CardState::Stale, palette));
        label->setPalette(palette);
        if (QWidget *editor = m_editors.value(key)) {
            QPalette editorPalette = editor->palette();
            editorPalette.setColor(QPalette::Base, missingTint(editorPalette));
            editor->setPalette(editorPalette);
        }
    }
}

} // namespace PromptDeck::Gui
