// PromptDeck's settings, each defined once with its key, default and
// bounds, on top of QSettings.
#pragma once

#include <QSettings>
#include <QStringList>

namespace PromptDeck::Gui {

class AppSettings final
{
public:
    static constexpr int maxRecentFiles = 8;

    QString lastSession() const;
    void setLastSession(const QString &path);

    QString lastMap() const;
    void setLastMap(const QString &path);

    QStringList recentFiles() const;
    void addRecentFile(const QString &path);
    void removeRecentFile(const QString &path);

    QByteArray windowGeometry() const;
    void setWindowGeometry(const QByteArray &geometry);
    QByteArray windowState() const;
    void setWindowState(const QByteArray &state);

    // Milliseconds between the last keystroke and the autosave.
    int autosaveDelay() const;

private:
    QSettings m_settings;
};

} // namespace PromptDeck::Gui
