// Tests for RowSyncModel::syncRows, the keyed diff under CouplesModel and SessionsModel: every kind of
// change maps onto the fewest row signals, the rows end equal to the fresh list, and only a reordering
// of surviving rows resets the model.
#include "items/RowSync.h"

#include <QAbstractItemModelTester>
#include <QAbstractTableModel>
#include <QTest>

using namespace attune;
using namespace Qt::StringLiterals;

namespace {

struct Item
{
    int key = 0;
    QString text;
    friend bool operator==(const Item &, const Item &) = default;
};

// A two-column table of Items; the second column shows the text so dataChanged must span both.
class ItemModel : public RowSyncModel<QAbstractTableModel>
{
public:
    void set(const QList<Item> &fresh)
    {
        syncRows(m_items, fresh, [](const Item &item) { return item.key; });
    }
    const QList<Item> &items() const { return m_items; }

    int rowCount(const QModelIndex &parent = QModelIndex()) const override
    {
        return parent.isValid() ? 0 : int(m_items.size());
    }
    int columnCount(const QModelIndex &parent = QModelIndex()) const override
    {
        return parent.isValid() ? 0 : 2;
    }
    QVariant data(const QModelIndex &index, int role) const override
    {
        if (!checkIndex(index, CheckIndexOption::IndexIsValid) || role != Qt::DisplayRole)
            return {};
        const Item &item = m_items[index.row()];
        return index.column() == 0 ? QVariant(item.key) : QVariant(item.text);
    }

private:
    QList<Item> m_items;
};

// "1a 2b 3c" -> items with keys 1, 2, 3 and texts a, b, c.
QList<Item> parse(const QString &spec)
{
    QList<Item> items;
    const QStringList parts = spec.split(u' ', Qt::SkipEmptyParts);
    for (const QString &part : parts)
        items.append({part.left(part.size() - 1).toInt(), part.right(1)});
    return items;
}

} // namespace

class TestRowSync : public QObject
{
    Q_OBJECT
private slots:
    void emitsTheFewestSignals_data();
    void emitsTheFewestSignals();
};

void TestRowSync::emitsTheFewestSignals_data()
{
    QTest::addColumn<QString>("before");
    QTest::addColumn<QString>("after");
    QTest::addColumn<QStringList>("expected"); // signals in emission order

    QTest::newRow("nothing changes") << u"1a 2b 3c"_s << u"1a 2b 3c"_s << QStringList{};
    QTest::newRow("fill empty") << u""_s << u"1a 2b"_s << QStringList{u"insert 0-1"_s};
    QTest::newRow("empty out") << u"1a 2b"_s << u""_s << QStringList{u"remove 0-1"_s};
    QTest::newRow("insert middle") << u"1a 3c"_s << u"1a 2b 3c"_s << QStringList{u"insert 1-1"_s};
    QTest::newRow("insert two runs") << u"2b 4d"_s << u"1a 2b 3c 4d 5e"_s
                                     << QStringList{u"insert 0-0"_s, u"insert 2-2"_s, u"insert 4-4"_s};
    QTest::newRow("remove runs back to front")
        << u"1a 2b 3c 4d 5e 6f"_s << u"1a 4d"_s << QStringList{u"remove 4-5"_s, u"remove 1-2"_s};
    QTest::newRow("change one") << u"1a 2b 3c"_s << u"1a 2x 3c"_s << QStringList{u"change 1-1 cols 0-1"_s};
    QTest::newRow("change adjacent together")
        << u"1a 2b 3c"_s << u"1x 2y 3c"_s << QStringList{u"change 0-1 cols 0-1"_s};
    QTest::newRow("remove, insert and change")
        << u"1a 2b 3c"_s << u"0z 1a 3x"_s
        << QStringList{u"remove 1-1"_s, u"insert 0-0"_s, u"change 2-2 cols 0-1"_s};
    QTest::newRow("replace all") << u"1a 2b"_s << u"3c 4d"_s << QStringList{u"remove 0-1"_s, u"insert 0-1"_s};
    QTest::newRow("reorder resets") << u"1a 2b 3c"_s << u"3c 1a 2b"_s << QStringList{u"reset"_s};
    QTest::newRow("swap with removal resets") << u"1a 2b 3c"_s << u"3c 1a"_s << QStringList{u"reset"_s};
}

void TestRowSync::emitsTheFewestSignals()
{
    QFETCH(QString, before);
    QFETCH(QString, after);
    QFETCH(QStringList, expected);

    ItemModel model;
    model.set(parse(before));
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);

    QStringList seen;
    connect(&model, &QAbstractItemModel::rowsInserted, this, [&](const QModelIndex &, int first, int last) {
        seen << QStringLiteral("insert %1-%2").arg(first).arg(last);
    });
    connect(&model, &QAbstractItemModel::rowsRemoved, this, [&](const QModelIndex &, int first, int last) {
        seen << QStringLiteral("remove %1-%2").arg(first).arg(last);
    });
    connect(&model, &QAbstractItemModel::dataChanged, this,
            [&](const QModelIndex &from, const QModelIndex &to) {
                seen << QStringLiteral("change %1-%2 cols %3-%4")
                            .arg(from.row())
                            .arg(to.row())
                            .arg(from.column())
                            .arg(to.column());
            });
    connect(&model, &QAbstractItemModel::modelReset, this, [&] { seen << QStringLiteral("reset"); });

    model.set(parse(after));

    QCOMPARE(seen, expected);
    QCOMPARE(model.items(), parse(after));
}

QTEST_GUILESS_MAIN(TestRowSync)
#include "tst_rowsync.moc"
