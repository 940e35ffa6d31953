// nianbao-cli finalize / unfinalize / verify, and the 校验码 on the PDF's last page, through the real binary.
// Values are changed behind the program's back with QSqlDatabase, as someone with the sqlite3 tool would.
#include "CliRunner.h"

#include <QDir>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QUuid>
#include <QtTest>

using nb::test::runCli;

namespace {

const QString kCell = QStringLiteral("三:一、本年新收政府信息公开申请数量:自然人");

bool rawExec(const QString& path, const QString& sql) {
    const QString name = QUuid::createUuid().toString();
    bool ok = false;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
        db.setDatabaseName(path);
        ok = db.open() && QSqlQuery(db).exec(sql);
        db.close();
    }
    QSqlDatabase::removeDatabase(name);
    return ok;
}

QByteArray fileBytes(const QString& path) {
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

} // namespace

class TestFinalCopyCommands : public QObject {
    Q_OBJECT

    QTemporaryDir m_dir;
    int m_serial = 0;

    /// A new document with one value, finalized by 张三; its fingerprint in *print.
    QString makeFinal(QString* print) {
        const QString p = m_dir.filePath(QStringLiteral("r%1.nianbao").arg(++m_serial));
        if (runCli({QStringLiteral("new"), QStringLiteral("--year"), QStringLiteral("2025"),
                    QStringLiteral("--agency"), QStringLiteral("某县财政局"), QStringLiteral("-o"), p})
                    .code != 0 ||
            runCli({QStringLiteral("set"), p, QStringLiteral("--cell"), kCell + QStringLiteral("=12")})
                    .code != 0)
            qFatal("cannot make a document");
        const auto fin =
            runCli({QStringLiteral("finalize"), p, QStringLiteral("--by"), QStringLiteral("张三")});
        if (fin.code != 0)
            qFatal("finalize failed: %s", qPrintable(fin.err));
        *print = fin.out.trimmed();
        return p;
    }

private slots:
    void initTestCase() { QVERIFY(m_dir.isValid()); }

    void finalizePrintsTheFingerprintAndVerifyPasses() {
        QString print;
        const QString p = makeFinal(&print);
        QVERIFY2(QRegularExpression(QStringLiteral("^[0-9a-f]{64}$")).match(print).hasMatch(),
                 qPrintable(print));
        const QByteArray before = fileBytes(p);
        const auto verify = runCli({QStringLiteral("verify"), p});
        QCOMPARE(verify.code, 0);
        QVERIFY(verify.out.contains(print));
        QVERIFY(verify.out.contains(QStringLiteral("张三")));
        QCOMPARE(fileBytes(p), before); // verify never writes
        const auto json = runCli({QStringLiteral("verify"), p, QStringLiteral("--json")});
        QCOMPARE(json.code, 0);
        const QJsonObject o = QJsonDocument::fromJson(json.out.toUtf8()).object();
        QCOMPARE(o.value(QStringLiteral("state")).toString(), QStringLiteral("final"));
        QCOMPARE(o.value(QStringLiteral("fingerprint")).toString(), print);
        QCOMPARE(o.value(QStringLiteral("actualFingerprint")).toString(), print);
        QCOMPARE(o.value(QStringLiteral("finalizedBy")).toString(), QStringLiteral("张三"));
        // Finalizing twice is refused.
        QCOMPARE(runCli({QStringLiteral("finalize"), p}).code, 2);
    }

    void editsOfAFinalCopyExit2() {
        QString print;
        const QString p = makeFinal(&print);
        const QByteArray before = fileBytes(p);
        const auto set =
            runCli({QStringLiteral("set"), p, QStringLiteral("--cell"), kCell + QStringLiteral("=13")});
        QCOMPARE(set.code, 2);
        QVERIFY2(set.err.contains(QStringLiteral("final copy")) && set.err.contains(print),
                 qPrintable(set.err));
        QCOMPARE(runCli({QStringLiteral("set"), p, QStringLiteral("--meta"), QStringLiteral("notes=x")}).code,
                 2);
        QCOMPARE(
            runCli({QStringLiteral("keep-paragraph"), p, QStringLiteral("一"), QStringLiteral("1")}).code, 2);
        QCOMPARE(fileBytes(p), before);
        QCOMPARE(runCli({QStringLiteral("verify"), p}).code, 0);
    }

    void valueChangedWithAnotherToolIsAltered() {
        QString print;
        const QString p = makeFinal(&print);
        QVERIFY(rawExec(p, QStringLiteral("UPDATE cell SET value = 'd:13' WHERE value = 'd:12'")));
        const auto verify = runCli({QStringLiteral("verify"), p});
        QCOMPARE(verify.code, 1);
        QVERIFY2(verify.err.contains(print), qPrintable(verify.err)); // names the fingerprint it should have
        const auto json = runCli({QStringLiteral("verify"), p, QStringLiteral("--json")});
        QCOMPARE(json.code, 1);
        QCOMPARE(
            QJsonDocument::fromJson(json.out.toUtf8()).object().value(QStringLiteral("state")).toString(),
            QStringLiteral("altered"));
    }

    void editLogRewrittenOrDeletedIsAltered() {
        QString print;
        QString p = makeFinal(&print);
        QVERIFY(rawExec(p, QStringLiteral("UPDATE edit_log SET new = 'd:99' WHERE what LIKE 'cell %'")));
        auto verify = runCli({QStringLiteral("verify"), p});
        QCOMPARE(verify.code, 1);
        QVERIFY2(verify.err.contains(QStringLiteral("edit log")), qPrintable(verify.err));

        p = makeFinal(&print);
        QVERIFY(rawExec(p, QStringLiteral("DELETE FROM edit_log WHERE id = 1")));
        verify = runCli({QStringLiteral("verify"), p});
        QCOMPARE(verify.code, 1);
        QVERIFY2(verify.err.contains(QStringLiteral("edit log")), qPrintable(verify.err));
    }

    void notFinalOrUnreadableExit2() {
        const QString draft = m_dir.filePath(QStringLiteral("draft.nianbao"));
        QCOMPARE(runCli({QStringLiteral("new"), QStringLiteral("--year"), QStringLiteral("2025"),
                         QStringLiteral("--agency"), QStringLiteral("某县"), QStringLiteral("-o"), draft})
                     .code,
                 0);
        auto verify = runCli({QStringLiteral("verify"), draft});
        QCOMPARE(verify.code, 2);
        QVERIFY2(verify.err.contains(QStringLiteral("not a final copy")), qPrintable(verify.err));
        const QString garbage = m_dir.filePath(QStringLiteral("garbage.nianbao"));
        QFile f(garbage);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write("no database here");
        f.close();
        QCOMPARE(runCli({QStringLiteral("verify"), garbage}).code, 2);
        QCOMPARE(runCli({QStringLiteral("verify"), m_dir.filePath(QStringLiteral("missing.nianbao"))}).code,
                 2);
        QCOMPARE(
            runCli({QStringLiteral("unfinalize"), draft, QStringLiteral("--reason"), QStringLiteral("x")})
                .code,
            2);
    }

    void unfinalizeNeedsAReasonAndIsLogged() {
        QString print;
        const QString p = makeFinal(&print);
        QCOMPARE(runCli({QStringLiteral("unfinalize"), p}).code, 2);
        QCOMPARE(runCli({QStringLiteral("verify"), p}).code, 0); // still final
        const auto un =
            runCli({QStringLiteral("unfinalize"), p, QStringLiteral("--reason"),
                    QStringLiteral("表三数字填错"), QStringLiteral("--by"), QStringLiteral("李四")});
        QCOMPARE(un.code, 0);
        const auto history = runCli({QStringLiteral("history"), p, QStringLiteral("--json")});
        QCOMPARE(history.code, 0);
        QVERIFY2(history.out.contains(QStringLiteral("unfinalize")) &&
                     history.out.contains(QStringLiteral("表三数字填错")) &&
                     history.out.contains(QStringLiteral("李四")),
                 qPrintable(history.out));
        QCOMPARE(runCli({QStringLiteral("verify"), p}).code, 2); // a draft again
        QCOMPARE(
            runCli({QStringLiteral("set"), p, QStringLiteral("--cell"), kCell + QStringLiteral("=13")}).code,
            0);
    }

    void pdfOfAFinalCopyCarriesTheCheckCodeOnItsLastPage() {
        if (QStandardPaths::findExecutable(QStringLiteral("pdftotext")).isEmpty())
            QSKIP("pdftotext (poppler-utils) not installed");
        QString print;
        const QString p = makeFinal(&print);
        const QString pdf = m_dir.filePath(QStringLiteral("final.pdf"));
        const auto exported = runCli({QStringLiteral("export"), p, QStringLiteral("--pdf"), pdf});
        QVERIFY2(exported.code == 0, qPrintable(exported.err));
        QProcess text;
        text.start(QStringLiteral("pdftotext"), {QStringLiteral("-layout"), pdf, QStringLiteral("-")});
        QVERIFY(text.waitForFinished(60000));
        QStringList pages = QString::fromUtf8(text.readAllStandardOutput()).split(QLatin1Char('\f'));
        while (!pages.isEmpty() && pages.constLast().trimmed().isEmpty())
            pages.removeLast();
        QVERIFY(pages.size() >= 2);
        const QString code = QStringLiteral("校验码：") + print.left(16);
        QString last = pages.constLast();
        last.remove(QRegularExpression(QStringLiteral("\\s")));
        QVERIFY2(last.contains(code), qPrintable(pages.constLast().right(400)));
        for (int i = 0; i + 1 < pages.size(); ++i)
            QVERIFY(!pages.at(i).contains(QStringLiteral("校验码")));

        // A draft prints none.
        QCOMPARE(
            runCli({QStringLiteral("unfinalize"), p, QStringLiteral("--reason"), QStringLiteral("改")}).code,
            0);
        const QString draftPdf = m_dir.filePath(QStringLiteral("draft.pdf"));
        QCOMPARE(runCli({QStringLiteral("export"), p, QStringLiteral("--pdf"), draftPdf}).code, 0);
        text.start(QStringLiteral("pdftotext"), {draftPdf, QStringLiteral("-")});
        QVERIFY(text.waitForFinished(60000));
        QVERIFY(!QString::fromUtf8(text.readAllStandardOutput()).contains(QStringLiteral("校验码")));
    }
};

QTEST_GUILESS_MAIN(TestFinalCopyCommands)
#include "tst_finalcopycommands.moc"
