#include "Preferences.h"

#include <QCryptographicHash>
#include <QFileInfo>

namespace attune {
namespace {

constexpr int kMaxRecent = 8;

// Settings keys must not hold a client's name in clear: a practice file's name could. Hash the path.
QString practiceKey(const QString &practicePath)
{
    const QByteArray absolute = QFileInfo(practicePath).absoluteFilePath().toUtf8();
    return QStringLiteral("window/") +
           QString::fromLatin1(
               QCryptographicHash::hash(absolute, QCryptographicHash::Sha256).toHex().left(16));
}

} // namespace

Preferences Preferences::load(const QSettings &settings)
{
    Preferences p;
    p.practicePath = settings.value(QStringLiteral("practice/path")).toString();
    p.language = settings.value(QStringLiteral("interface/language")).toString();
    p.defaultSessionMinutes =
        qBound(5, settings.value(QStringLiteral("sessions/defaultMinutes"), 50).toInt(), 480);
    p.highlightEmotionWords = settings.value(QStringLiteral("notes/highlightEmotionWords"), true).toBool();
    p.recentPractices = settings.value(QStringLiteral("practice/recent")).toStringList();
    p.automaticBackups = settings.value(QStringLiteral("backups/automatic"), true).toBool();
    p.backupsKept = qBound(1, settings.value(QStringLiteral("backups/keep"), 14).toInt(), 365);
    p.backupFolder = settings.value(QStringLiteral("backups/folder")).toString();
    return p;
}

void Preferences::save(QSettings &settings) const
{
    settings.setValue(QStringLiteral("practice/path"), practicePath);
    settings.setValue(QStringLiteral("interface/language"), language);
    settings.setValue(QStringLiteral("sessions/defaultMinutes"), defaultSessionMinutes);
    settings.setValue(QStringLiteral("notes/highlightEmotionWords"), highlightEmotionWords);
    settings.setValue(QStringLiteral("practice/recent"), recentPractices);
    settings.setValue(QStringLiteral("backups/automatic"), automaticBackups);
    settings.setValue(QStringLiteral("backups/keep"), backupsKept);
    settings.setValue(QStringLiteral("backups/folder"), backupFolder);
    settings.sync();
}

void Preferences::notePracticeOpened(const QString &path)
{
    const QString absolute = QFileInfo(path).absoluteFilePath();
    practicePath = absolute;
    recentPractices.removeAll(absolute);
    recentPractices.prepend(absolute);
    while (recentPractices.size() > kMaxRecent)
        recentPractices.removeLast();
}

CaseloadSettings CaseloadSettings::load(const QSettings &settings)
{
    CaseloadSettings c;
    c.notSeenWeeks = qBound(1, settings.value(QStringLiteral("caseload/notSeenWeeks"), 4).toInt(), 52);
    return c;
}

void CaseloadSettings::save(QSettings &settings) const
{
    settings.setValue(QStringLiteral("caseload/notSeenWeeks"), notSeenWeeks);
    settings.sync();
}

WindowState WindowState::load(const QSettings &settings, const QString &practicePath)
{
    const QString key = practiceKey(practicePath);
    WindowState s;
    s.geometry = settings.value(key + QStringLiteral("/geometry")).toByteArray();
    s.splitter = settings.value(key + QStringLiteral("/splitter")).toByteArray();
    s.lastCoupleId = settings.value(key + QStringLiteral("/lastCouple"), 0).toLongLong();
    s.lastTab = settings.value(key + QStringLiteral("/lastTab"), 0).toInt();
    const QString panes = key + QStringLiteral("/panes/");
    for (const QString &k : settings.allKeys())
        if (k.startsWith(panes))
            s.panes.insert(k.mid(panes.size()), settings.value(k).toByteArray());
    return s;
}

void WindowState::save(QSettings &settings, const QString &practicePath) const
{
    const QString key = practiceKey(practicePath);
    settings.setValue(key + QStringLiteral("/geometry"), geometry);
    settings.setValue(key + QStringLiteral("/splitter"), splitter);
    settings.setValue(key + QStringLiteral("/lastCouple"), lastCoupleId);
    settings.setValue(key + QStringLiteral("/lastTab"), lastTab);
    for (auto pane = panes.cbegin(); pane != panes.cend(); ++pane)
        settings.setValue(key + QStringLiteral("/panes/") + pane.key(), pane.value());
    settings.sync();
}

} // namespace attune
