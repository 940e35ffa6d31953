#include "StorageTestUtil.h"

#include "io/JsonExchange.h"
#include "storage/DocumentLock.h"
#include "storage/DocumentStore.h"

#include <QDir>
#include <QTemporaryDir>
#include <QtTest>

using namespace nb;

class TestDocumentStore : public QObject {
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    QString path(const QString& name) const { return m_dir.filePath(name); }

    /// A closed document holding sampleReport().
    QString makeDocument(const QString& name, Report* written = nullptr) {
        const QString p = path(name);
        const Report r = test::sampleReport();
        QString error;
        auto store = DocumentStore::create(p, r, &error);
        if (!store)
            qWarning() << error;
        if (written)
            *written = r;
        return p;
    }

    /// Opening must fail with a message, leave the bytes as they were, and leave no lock behind.
    void expectRejected(const QString& p, const QString& messagePart) {
        const QByteArray before = test::fileBytes(p);
        Report out;
        OpenInfo info;
        QString error;
        auto store = DocumentStore::open(p, FormatRegistry::instance(), &out, &info, &error);
        QVERIFY(!store);
        QVERIFY2(error.contains(messagePart), qPrintable(error));
        QCOMPARE(test::fileBytes(p), before);
        QVERIFY(!QFileInfo::exists(DocumentLock::lockFilePath(p)));
    }

private slots:
    void initTestCase() {
        QVERIFY(m_dir.isValid());
        QVERIFY(test::format2021());
    }

    void roundTrip() {
        Report written;
        const QString p = makeDocument(QStringLiteral("round.nianbao"), &written);
        QVERIFY(QFileInfo::exists(p));
        Report read;
        OpenInfo info;
        QString error;
        auto store = DocumentStore::open(p, FormatRegistry::instance(), &read, &info, &error);
        QVERIFY2(store, qPrintable(error));
        QVERIFY(!info.readOnly);
        QCOMPARE(info.fileSchemaVersion, DocumentStore::kSchemaVersion);
        QVERIFY(info.unknownEntries.isEmpty());
        QVERIFY(read == written);
        QCOMPARE(read.narratives, written.narratives);
        QCOMPARE(test::fileBytes(p).mid(68, 4), QByteArray("NBAO"));
    }

    void createRefusesExistingFile() {
        const QString p = makeDocument(QStringLiteral("exists.nianbao"));
        const QByteArray before = test::fileBytes(p);
        QString error;
        QVERIFY(!DocumentStore::create(p, test::sampleReport(), &error));
        QVERIFY(!error.isEmpty());
        QCOMPARE(test::fileBytes(p), before);
    }

    void writeLogsEveryEdit() {
        Report r;
        const QString p = makeDocument(QStringLiteral("log.nianbao"), &r);
        {
            QString error;
            auto store = DocumentStore::open(p, FormatRegistry::instance(), &r, nullptr, &error);
            QVERIFY2(store, qPrintable(error));
            const CellDef& d =
                r.format->cells().at(test::inputCells(*r.format, QStringLiteral("三"), 1).first());
            const QString key = DocumentStore::cellKey(d.section, d.rowPath, d.columnPath);
            const QVector<StoredEdit> edits = {
                {StoredEdit::Kind::Cell, key, r.cells.at(d.index).toStorageString(), QStringLiteral("d:7")},
                {StoredEdit::Kind::Narrative, QStringLiteral("一"), r.narratives.value(QStringLiteral("一")),
                 QStringLiteral("新的总体情况")},
                {StoredEdit::Kind::Meta, QStringLiteral("agency"), r.agency, QStringLiteral("新机关")},
            };
            QVERIFY2(store->write(edits, &error), qPrintable(error));
            const QVector<EditLogEntry> log = store->history();
            QCOMPARE(log.size(), 3);
            QCOMPARE(log.at(0).what, QStringLiteral("cell ") + key);
            QCOMPARE(log.at(0).newValue, QStringLiteral("d:7"));
            QCOMPARE(log.at(1).what, QStringLiteral("narrative 一"));
            QCOMPARE(log.at(2).what, QStringLiteral("meta agency"));
            QCOMPARE(log.at(2).oldValue, QStringLiteral("某某市公安局"));
            QVERIFY(log.at(2).time.isValid());
            QVERIFY(log.at(0).id < log.at(2).id);
            QCOMPARE(store->history(1).size(), 1);
            QCOMPARE(store->history(1).first().id, log.last().id);
        }
        Report again;
        QString error;
        auto store = DocumentStore::open(p, FormatRegistry::instance(), &again, nullptr, &error);
        QVERIFY2(store, qPrintable(error));
        const int c = test::inputCells(*again.format, QStringLiteral("三"), 1).first();
        QCOMPARE(again.cells.at(c), CellValue::fromUnits(7));
        QCOMPARE(again.narratives.value(QStringLiteral("一")), QStringLiteral("新的总体情况"));
        QCOMPARE(again.agency, QStringLiteral("新机关"));
    }

    void failedWriteChangesNothing() {
        Report r;
        const QString p = makeDocument(QStringLiteral("badwrite.nianbao"), &r);
        QString error;
        auto store = DocumentStore::open(p, FormatRegistry::instance(), &r, nullptr, &error);
        QVERIFY(store);
        const QVector<StoredEdit> edits = {
            {StoredEdit::Kind::Meta, QStringLiteral("agency"), r.agency, QStringLiteral("改了")},
            {StoredEdit::Kind::Cell, QStringLiteral("not a key"), QString(), QStringLiteral("n:1")},
        };
        QVERIFY(!store->write(edits, &error));
        QVERIFY(!error.isEmpty());
        QVERIFY(store->history().isEmpty());
        store.reset();
        Report again;
        QVERIFY(DocumentStore::open(p, FormatRegistry::instance(), &again, nullptr, &error));
        QCOMPARE(again.agency, r.agency);
    }

    void versions() {
        Report r;
        const QString p = makeDocument(QStringLiteral("versions.nianbao"), &r);
        QString error;
        auto store = DocumentStore::open(p, FormatRegistry::instance(), &r, nullptr, &error);
        QVERIFY(store);
        QVERIFY(store->write(
            {{StoredEdit::Kind::Meta, QStringLiteral("notes"), r.notes, QStringLiteral("v1")}}, &error));
        r.notes = QStringLiteral("v1");
        QVERIFY2(store->saveVersion(QStringLiteral("初稿"), r, &error), qPrintable(error));
        QVERIFY(store->write(
            {{StoredEdit::Kind::Meta, QStringLiteral("notes"), r.notes, QStringLiteral("v2")}}, &error));
        const QVector<VersionInfo> versions = store->versions();
        QCOMPARE(versions.size(), 1);
        QCOMPARE(versions.first().name, QStringLiteral("初稿"));
        QCOMPARE(versions.first().lastEditId, store->history().first().id);
        QVERIFY(versions.first().time.isValid());
        Report old;
        QVERIFY2(store->loadVersion(versions.first().id, FormatRegistry::instance(), &old, &error),
                 qPrintable(error));
        QVERIFY(old == r);
        QVERIFY(!store->loadVersion(999, FormatRegistry::instance(), &old, &error));
    }

    void copyTo() {
        Report r;
        const QString p = makeDocument(QStringLiteral("original.nianbao"), &r);
        QString error;
        auto store = DocumentStore::open(p, FormatRegistry::instance(), &r, nullptr, &error);
        QVERIFY(store);
        const QString copy = path(QStringLiteral("copy.nianbao"));
        QVERIFY2(store->copyTo(copy, &error), qPrintable(error));
        QVERIFY(!store->copyTo(copy, &error)); // never overwrites
        QVERIFY(!QFileInfo::exists(DocumentLock::lockFilePath(copy)));
        Report c;
        OpenInfo info;
        auto other = DocumentStore::open(copy, FormatRegistry::instance(), &c, &info, &error);
        QVERIFY2(other, qPrintable(error));
        QVERIFY(!info.readOnly);
        QCOMPARE(info.fileSchemaVersion, DocumentStore::kSchemaVersion);
        QVERIFY(c == r);
        QCOMPARE(QDir(m_dir.path()).entryList({QStringLiteral(".~copy*copy-*")}, QDir::Hidden | QDir::Files),
                 QStringList());
    }

    void unknownCellsAreKeptAndReported() {
        Report r;
        const QString p = makeDocument(QStringLiteral("unknown.nianbao"), &r);
        QVERIFY(test::rawExec(
            p, QStringLiteral("INSERT INTO cell VALUES('三', '（八）已删除的行', '自然人', 'n:30000')")));
        QString error;
        OpenInfo info;
        Report read;
        {
            auto store = DocumentStore::open(p, FormatRegistry::instance(), &read, &info, &error);
            QVERIFY2(store, qPrintable(error));
            QCOMPARE(info.unknownEntries, QStringList{QStringLiteral("cell 三|（八）已删除的行|自然人")});
            QVERIFY(read == r);
            QVERIFY(store->write(
                {{StoredEdit::Kind::Meta, QStringLiteral("notes"), r.notes, QStringLiteral("x")}}, &error));
        }
        auto store = DocumentStore::open(p, FormatRegistry::instance(), &read, &info, &error);
        QCOMPARE(info.unknownEntries.size(), 1); // still in the file
    }

    void rejectsForeignAndDamagedFiles() {
        const QString text = path(QStringLiteral("text.nianbao"));
        {
            QFile f(text);
            QVERIFY(f.open(QIODevice::WriteOnly));
            f.write("这不是数据库，只是一段文字。\n");
        }
        expectRejected(text, QStringLiteral("not a Nianbao document"));

        const QString empty = path(QStringLiteral("empty.nianbao"));
        QFile(empty).open(QIODevice::WriteOnly);
        expectRejected(empty, QStringLiteral("empty"));

        const QString foreign = path(QStringLiteral("foreign.nianbao"));
        QVERIFY(test::rawExec(foreign, QStringLiteral("CREATE TABLE t(x)")));
        expectRejected(foreign, QStringLiteral("another program"));

        const QString good = makeDocument(QStringLiteral("good.nianbao"));
        const QByteArray bytes = test::fileBytes(good);
        QVERIFY(bytes.size() > 8192);
        const auto variant = [&](const QString& name, const QByteArray& content) {
            const QString p = path(name);
            QFile f(p);
            f.open(QIODevice::WriteOnly);
            f.write(content);
            return p;
        };
        expectRejected(variant(QStringLiteral("trunc-half.nianbao"), bytes.left(bytes.size() / 2)),
                       QStringLiteral("incomplete"));
        expectRejected(variant(QStringLiteral("trunc-header.nianbao"), bytes.left(60)),
                       QStringLiteral("incomplete"));
        expectRejected(variant(QStringLiteral("trunc-odd.nianbao"), bytes.left(bytes.size() - 100)),
                       QStringLiteral("incomplete"));
        QByteArray damaged = bytes;
        for (int i = 4096; i < 8192; ++i)
            damaged[i] = char(0xA5);
        expectRejected(variant(QStringLiteral("damaged.nianbao"), damaged), QStringLiteral("damaged"));
        expectRejected(path(QStringLiteral("missing.nianbao")), QStringLiteral("does not exist"));
    }

    void missingRequiredMetadataIsAnError() {
        const QString p = makeDocument(QStringLiteral("nometa.nianbao"));
        QVERIFY(test::rawExec(p, QStringLiteral("DELETE FROM meta WHERE key = 'year'")));
        QString error;
        QVERIFY(!DocumentStore::open(p, FormatRegistry::instance(), nullptr, nullptr, &error));
        QVERIFY2(error.contains(QStringLiteral("year")), qPrintable(error));
    }

    void unknownFormatIsAnError() {
        const QString p = makeDocument(QStringLiteral("format.nianbao"));
        QVERIFY(test::rawExec(p, QStringLiteral("UPDATE meta SET value = 'gov-2099' WHERE key = 'format'")));
        const QByteArray before = test::fileBytes(p);
        QString error;
        QVERIFY(!DocumentStore::open(p, FormatRegistry::instance(), nullptr, nullptr, &error));
        QVERIFY2(error.contains(QStringLiteral("gov-2099")), qPrintable(error));
        QCOMPARE(test::fileBytes(p), before);
    }

    void newerSchemaOpensReadOnly() {
        Report written;
        const QString p = makeDocument(QStringLiteral("newer.nianbao"), &written);
        QVERIFY(test::rawExec(
            p, QStringLiteral("PRAGMA user_version = %1").arg(DocumentStore::kSchemaVersion + 1)));
        const QByteArray before = test::fileBytes(p);
        Report read;
        OpenInfo info;
        QString error;
        {
            auto store = DocumentStore::open(p, FormatRegistry::instance(), &read, &info, &error);
            QVERIFY2(store, qPrintable(error));
            QVERIFY(store->isReadOnly());
            QVERIFY(info.readOnly);
            QVERIFY2(info.readOnlyReason.contains(QStringLiteral("newer")), qPrintable(info.readOnlyReason));
            QCOMPARE(info.fileSchemaVersion, DocumentStore::kSchemaVersion + 1);
            QVERIFY(read == written);
            QVERIFY(!store->write(
                {{StoredEdit::Kind::Meta, QStringLiteral("notes"), QString(), QStringLiteral("x")}}, &error));
            QVERIFY(error.contains(QStringLiteral("read-only")));
            QVERIFY(!QFileInfo::exists(DocumentLock::lockFilePath(p)));
        }
        QCOMPARE(test::fileBytes(p), before);
    }

    void incompleteSchemaVersionIsAnError() {
        const QString p = makeDocument(QStringLiteral("v0.nianbao"));
        QVERIFY(test::rawExec(p, QStringLiteral("PRAGMA user_version = 0")));
        const QByteArray before = test::fileBytes(p);
        QString error;
        QVERIFY(!DocumentStore::open(p, FormatRegistry::instance(), nullptr, nullptr, &error));
        QVERIFY(!error.isEmpty());
        QCOMPARE(test::fileBytes(p), before);
    }

    void readOnlyFile() {
        Report written;
        const QString p = makeDocument(QStringLiteral("readonly.nianbao"), &written);
        QVERIFY(QFile::setPermissions(p, QFileDevice::ReadOwner | QFileDevice::ReadGroup |
                                             QFileDevice::ReadOther));
        const QByteArray before = test::fileBytes(p);
        {
            Report read;
            OpenInfo info;
            QString error;
            auto store = DocumentStore::open(p, FormatRegistry::instance(), &read, &info, &error);
            QVERIFY2(store, qPrintable(error));
            QVERIFY(info.readOnly);
            QVERIFY2(info.readOnlyReason.contains(QStringLiteral("read-only")),
                     qPrintable(info.readOnlyReason));
            QVERIFY(read == written);
            QVERIFY(!store->write(
                {{StoredEdit::Kind::Meta, QStringLiteral("notes"), QString(), QStringLiteral("x")}}, &error));
            QVERIFY(!error.isEmpty());
            QVERIFY(!store->saveVersion(QStringLiteral("v"), read, &error));
            // "Save as" still works from a read-only document.
            const QString copy = path(QStringLiteral("readonly-copy.nianbao"));
            QVERIFY2(store->copyTo(copy, &error), qPrintable(error));
            Report copied;
            OpenInfo copyInfo;
            QVERIFY(DocumentStore::open(copy, FormatRegistry::instance(), &copied, &copyInfo, &error));
            QVERIFY(!copyInfo.readOnly);
            QVERIFY(copied == written);
        }
        QCOMPARE(test::fileBytes(p), before);
        QFile::setPermissions(p, QFileDevice::ReadOwner | QFileDevice::WriteOwner);
    }

    void readOnlyFolder() {
        QVERIFY(QDir(m_dir.path()).mkpath(QStringLiteral("locked-folder")));
        const QString folder = path(QStringLiteral("locked-folder"));
        const QString p = makeDocument(QStringLiteral("locked-folder/doc.nianbao"));
        const QFileDevice::Permissions rx = QFileDevice::ReadOwner | QFileDevice::ExeOwner |
                                            QFileDevice::ReadGroup | QFileDevice::ExeGroup |
                                            QFileDevice::ReadOther | QFileDevice::ExeOther;
        QVERIFY(QFile::setPermissions(folder, rx));
        const QByteArray before = test::fileBytes(p);
        {
            OpenInfo info;
            QString error;
            auto store = DocumentStore::open(p, FormatRegistry::instance(), nullptr, &info, &error);
            QVERIFY2(store, qPrintable(error));
            QVERIFY(info.readOnly);
            QVERIFY2(info.readOnlyReason.contains(QStringLiteral("folder")), qPrintable(info.readOnlyReason));
        }
        QCOMPARE(test::fileBytes(p), before);
        QFile::setPermissions(folder, rx | QFileDevice::WriteOwner);
    }

    void readOnlyRequested() {
        const QString p = makeDocument(QStringLiteral("requested.nianbao"));
        OpenInfo info;
        QString error;
        auto store = DocumentStore::open(p, FormatRegistry::instance(), nullptr, &info, &error, true);
        QVERIFY2(store, qPrintable(error));
        QVERIFY(info.readOnly);
        QVERIFY(!QFileInfo::exists(DocumentLock::lockFilePath(p)));
    }

    void diskFull() {
        Report r;
        const QString p = makeDocument(QStringLiteral("full.nianbao"), &r);
        QString error;
        {
            auto store = DocumentStore::open(p, FormatRegistry::instance(), &r, nullptr, &error);
            QVERIFY(store);
            QVERIFY2(store->limitGrowthForTesting(true, &error), qPrintable(error));
            const QString big(300000, QChar(0x5B57)); // 字 × 300 000: needs new pages
            QVERIFY(
                !store->write({{StoredEdit::Kind::Narrative, QStringLiteral("一"), QString(), big}}, &error));
            QVERIFY2(error.contains(QStringLiteral("disk is full")), qPrintable(error));
            QVERIFY(store->history().isEmpty());
            QVERIFY(!store->saveVersion(QString(300000, QChar(0x7248)), r, &error));
            QVERIFY2(store->limitGrowthForTesting(false, &error), qPrintable(error));
            QVERIFY2(
                store->write({{StoredEdit::Kind::Narrative, QStringLiteral("一"), QString(), big}}, &error),
                qPrintable(error));
        }
        Report read;
        OpenInfo info;
        QVERIFY2(DocumentStore::open(p, FormatRegistry::instance(), &read, &info, &error), qPrintable(error));
        QCOMPARE(read.narratives.value(QStringLiteral("一")).size(), 300000);
    }
};

QTEST_GUILESS_MAIN(TestDocumentStore)
#include "tst_documentstore.moc"
