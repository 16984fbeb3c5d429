// What the command-line tests share: the real promptdeck binary run in a
// process of its own, the test data, and a reader of the `cards` table.
#pragma once

#include <QDir>
#include <QFile>
#include <QMap>
#include <QPair>
#include <QProcess>
#include <QString>
#include <QStringList>

namespace PromptDeck::Tests {

struct Run
{
    int exitCode = -1;
    QByteArray out;
    QString err;
};

inline Run promptdeck(const QStringList &arguments, const QByteArray &input = {},
                      const QString &workingDirectory = {})
{
    QProcess process;
    process.setWorkingDirectory(workingDirectory);
    process.start(QStringLiteral(PROMPTDECK_BINARY), arguments);
    if (!process.waitForStarted())
        qFatal("cannot start %s", PROMPTDECK_BINARY);
    process.write(input);
    process.closeWriteChannel();
    process.waitForFinished(60000);
    return {process.exitCode(), process.readAllStandardOutput(),
            QString::fromUtf8(process.readAllStandardError())};
}

inline QString data(const QString &name)
{
    return QStringLiteral(PROMPTDECK_TEST_DATA "/") + name;
}

// Copies the test map and its brief file into dir, as map.yaml.
inline bool copyMap(const QDir &dir)
{
    const QDir source(data(QStringLiteral("maps")));
    return QFile::copy(source.filePath(QStringLiteral("python-performance.yaml")),
                       dir.filePath(QStringLiteral("map.yaml"))) &&
           dir.mkpath(QStringLiteral("briefs")) &&
           QFile::copy(source.filePath(QStringLiteral("briefs/python-gil.yaml")),
                       dir.filePath(QStringLiteral("briefs/python-gil.yaml")));
}

// Parses the `cards` table: id → (state, depends).
inline QMap<QString, QPair<QString, QString>> cardTable(const QByteArray &out)
{
    QMap<QString, QPair<QString, QString>> table;
    for (const QString &line :
         QString::fromUtf8(out).split(QLatin1Char('\n'), Qt::SkipEmptyParts)) {
        const QStringList columns = line.simplified().split(QLatin1Char(' '));
        bool card = false;
        columns.first().toInt(&card);
        if (card) // not the total line
            table.insert(columns.at(1), {columns.at(3), columns.at(4)});
    }
    return table;
}

} // namespace PromptDeck::Tests
