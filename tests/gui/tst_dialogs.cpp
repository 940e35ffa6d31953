// The small dialogs: New Report (format follows the year, OK needs an agency) and Preferences (the font
// really used is shown per role; choices are stored in the settings).
#include "GuiTestSupport.h"

#include "NewDocumentDialog.h"
#include "PreferencesDialog.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>

using namespace nb;
using namespace nb::gui;

class TestDialogs : public QObject {
    Q_OBJECT
private slots:
    void initTestCase();
    void newDocumentFormatFollowsYear();
    void newDocumentNeedsAgency();
    void preferencesShowResolvedFonts();
    void preferencesAreStored();

private:
    QTemporaryDir m_dir;
};

void TestDialogs::initTestCase() {
    QVERIFY(m_dir.isValid());
    test::setUpGui(m_dir);
}

void TestDialogs::newDocumentFormatFollowsYear() {
    NewDocumentDialog d;
    d.setAgency(QStringLiteral("某市某局"));
    d.setYear(2020);
    QCOMPARE(d.formatId(), QStringLiteral("gov-2019"));
    d.setYear(2023);
    QCOMPARE(d.formatId(), QStringLiteral("gov-2021"));
    const Report r = d.report();
    QCOMPARE(r.year, 2023);
    QCOMPARE(r.agency, QStringLiteral("某市某局"));
    QCOMPARE(r.format->id, QStringLiteral("gov-2021"));
}

void TestDialogs::newDocumentNeedsAgency() {
    NewDocumentDialog d;
    d.show();
    QVERIFY(QTest::qWaitForWindowExposed(&d));
    auto* buttons = d.findChild<QDialogButtonBox*>();
    auto* agency = d.findChild<QLineEdit*>(QStringLiteral("agencyEdit"));
    QVERIFY(buttons && agency);
    agency->clear();
    QVERIFY(!buttons->button(QDialogButtonBox::Ok)->isEnabled());
    agency->setFocus();
    QTest::keyClicks(agency, QStringLiteral("ABC"));
    QVERIFY(buttons->button(QDialogButtonBox::Ok)->isEnabled());
    QCOMPARE(buttons->button(QDialogButtonBox::Cancel)->text(), QStringLiteral("取消"));
}

void TestDialogs::preferencesShowResolvedFonts() {
    PreferencesDialog d;
    for (FontRole role : AppSettings::fontRoles()) {
        auto* resolved =
            d.findChild<QLabel*>(QStringLiteral("fontResolved_") + AppSettings::fontRoleKey(role));
        QVERIFY(resolved);
        QVERIFY2(!resolved->text().isEmpty(), qPrintable(AppSettings::fontRoleKey(role)));
        QCOMPARE(resolved->text(), PreferencesDialog::resolvedFamily(role, QString()));
    }
}

void TestDialogs::preferencesAreStored() {
    {
        PreferencesDialog d;
        auto* agency = d.findChild<QLineEdit*>(QStringLiteral("agencyEdit"));
        auto* kind = d.findChild<QComboBox*>(QStringLiteral("kindCombo"));
        auto* language = d.findChild<QComboBox*>(QStringLiteral("languageCombo"));
        auto* body = d.findChild<QComboBox*>(QStringLiteral("fontFamily_body"));
        QVERIFY(agency && kind && language && body);
        agency->setText(QStringLiteral("某县人民政府"));
        kind->setCurrentIndex(1);
        language->setCurrentIndex(language->findData(QStringLiteral("en")));
        QVERIFY(body->count() > 1);
        body->setCurrentIndex(1);
        d.accept();
        QCOMPARE(AppSettings::fontOverride(FontRole::Body), body->itemData(1).toString());
    }
    QCOMPARE(AppSettings::defaultAgency(), QStringLiteral("某县人民政府"));
    QCOMPARE(AppSettings::defaultAgencyKind(), AgencyKind::Government);
    QCOMPARE(AppSettings::language(), QStringLiteral("en"));
    // Reopened, the dialog shows what was stored; Restore Defaults goes back to the standard fonts.
    PreferencesDialog d;
    auto* body = d.findChild<QComboBox*>(QStringLiteral("fontFamily_body"));
    QCOMPARE(body->currentData().toString(), AppSettings::fontOverride(FontRole::Body));
    d.findChild<QDialogButtonBox*>()->button(QDialogButtonBox::RestoreDefaults)->click();
    QCOMPARE(body->currentIndex(), 0);
    d.accept();
    QCOMPARE(AppSettings::fontOverride(FontRole::Body), QString());
}

QTEST_MAIN(TestDialogs)
#include "tst_dialogs.moc"
