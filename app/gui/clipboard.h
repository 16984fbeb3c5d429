// The clipboard as the window uses it: read once when the user pastes,
// written when a prompt is copied. An interface, so GUI tests can see what
// was copied and choose what is pasted without a real clipboard.
#pragma once

#include <QString>

#include <optional>

namespace PromptDeck::Gui {

class Clipboard
{
public:
    virtual ~Clipboard() = default;

    // The clipboard's text, or nothing when it holds no text at all.
    virtual std::optional<QString> text() const = 0;
    virtual void setText(const QString &text) = 0;
};

class SystemClipboard final : public Clipboard
{
public:
    std::optional<QString> text() const override;
    void setText(const QString &text) override;
};

} // namespace PromptDeck::Gui
