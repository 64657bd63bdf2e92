// The user's preferences and the window's remembered state, kept in a QSettings the caller passes in
// (tests give their own file; the app uses the per-user configuration).
#pragma once

#include <QByteArray>
#include <QMap>
#include <QSettings>
#include <QString>
#include <QStringList>

namespace attune {

struct Preferences
{
    QString practicePath; // the practice opened last; empty: the default location
    QString language;     // interface language code; empty: follow the system
    int defaultSessionMinutes = 50;
    bool highlightEmotionWords = true;
    QStringList recentPractices; // most recent first
    bool automaticBackups = true;
    int backupsKept = 14;
    QString backupFolder; // empty: "backups" beside the practice

    static Preferences load(const QSettings &settings);
    void save(QSettings &settings) const;
    void notePracticeOpened(const QString &path); // moves it to the front of the recent list
};

// The caseload view's own setting, kept apart from Preferences so the view can store it the moment the
// spin box changes without writing over preferences the window holds in memory.
struct CaseloadSettings
{
    int notSeenWeeks = 4; // list active couples not seen for more than this many weeks

    static CaseloadSettings load(const QSettings &settings);
    void save(QSettings &settings) const;
};

// Window geometry, splitter state and the last couple, per practice file.
struct WindowState
{
    QByteArray geometry;
    QByteArray splitter;
    qint64 lastCoupleId = 0;
    int lastTab = 0;
    QMap<QString, QByteArray> panes; // the workspace's inner dividers, by splitter name (PaneMemory.h)

    static WindowState load(const QSettings &settings, const QString &practicePath);
    void save(QSettings &settings, const QString &practicePath) const;
};

} // namespace attune
