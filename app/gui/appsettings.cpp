#include "appsettings.h"

#include <QFileInfo>

#include <algorithm>

namespace PromptDeck::Gui {

namespace {
const QString lastSessionKey = QStringLiteral("session/last");
const QString recentFilesKey = QStringLiteral("session/recent");
const QString lastMapKey = QStringLiteral("library/map");
const QString geometryKey = QStringLiteral("window/geometry");
const QString stateKey = QStringLiteral("window/state");
const QString autosaveDelayKey = QStringLiteral("session/autosaveDelayMs");
} // namespace

QString AppSettings::lastSession() const
{
    return m_settings.value(lastSessionKey).toString();
}

void AppSettings::setLastSession(const QString &path)
{
    if (lastSession() == path)
        return;
    m_settings.setValue(lastSessionKey, path);
    // At once, not when the settings object goes: after a crash the next
    // start must find the session that was being worked on.
    m_settings.sync();
}

QString AppSettings::lastMap() const
{
    return m_settings.value(lastMapKey).toString();
}

void AppSettings::setLastMap(const QString &path)
{
    m_settings.setValue(lastMapKey, path);
}

QStringList AppSettings::recentFiles() const
{
    return m_settings.value(recentFilesKey).toStringList().mid(0, maxRecentFiles);
}

void AppSettings::addRecentFile(const QString &path)
{
    const QString absolute = QFileInfo(path).absoluteFilePath();
    QStringList files = recentFiles();
    files.removeAll(absolute);
    files.prepend(absolute);
    m_settings.setValue(recentFilesKey, files.mid(0, maxRecentFiles));
}

void AppSettings::removeRecentFile(const QString &path)
{
    QStringList files = recentFiles();
    files.removeAll(QFileInfo(path).absoluteFilePath());
    m_settings.setValue(recentFilesKey, files);
}

QByteArray AppSettings::windowGeometry() const
{
    return m_settings.value(geometryKey).toByteArray();
}

void AppSettings::setWindowGeometry(const QByteArray &geometry)
{
    m_settings.setValue(geometryKey, geometry);
}

QByteArray AppSettings::windowState() const
{
    return m_settings.value(stateKey).toByteArray();
}

void AppSettings::setWindowState(const QByteArray &state)
{
    m_settings.setValue(stateKey, state);
}

int AppSettings::autosaveDelay() const
{
    return std::clamp(m_settings.value(autosaveDelayKey, 1500).toInt(), 200, 60000);
}

} // namespace PromptDeck::Gui
