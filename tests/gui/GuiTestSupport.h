#pragma once

// Shared set-up for the GUI tests: temporary settings, no real dialogs, Chinese interface, sample documents.
#include "AppSettings.h"
#include "Dialogs.h"
#include "MainWindow.h"
#include "Translations.h"

#include "document/ReportDocument.h"
#include "format/FormatRegistry.h"
#include "io/JsonExchange.h"

#include <QApplication>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

namespace nb::gui::test {

/// Call at the start of initTestCase(): settings go to dir, dialogs never block, UI in Chinese.
inline void setUpGui(const QTemporaryDir& dir, const QString& language = QStringLiteral("zh_CN")) {
    QApplication::setOrganizationName(QStringLiteral("NianbaoTest"));
    QApplication::setApplicationName(QStringLiteral("nianbao-test"));
    AppSettings::useFile(dir.filePath(QStringLiteral("settings.ini")));
    Dialogs::setNonInteractive(true);
    Translations::install(language);
}

/// The wuhai 2021 sample: the tables from its expected.json (canonical paths), the narratives from its text.
inline Report sampleReport() {
    QFile json(QStringLiteral(NIANBAO_SAMPLES_DIR "/2021-wuhai-psb.expected.json"));
    if (!json.open(QIODevice::ReadOnly))
        qFatal("sample missing");
    const QJsonObject o = QJsonDocument::fromJson(json.readAll()).object();
    Report report =
        Report::create(FormatRegistry::instance().format(o.value(QLatin1String("format")).toString()),
                       o.value(QLatin1String("year")).toInt(), o.value(QLatin1String("agency")).toString(),
                       AgencyKind::Department);
    const QJsonObject cells = o.value(QLatin1String("cells")).toObject();
    for (auto s = cells.begin(); s != cells.end(); ++s) {
        const QJsonObject rows = s.value().toObject();
        for (auto r = rows.begin(); r != rows.end(); ++r) {
            const QJsonObject columns = r.value().toObject();
            for (auto c = columns.begin(); c != columns.end(); ++c) {
                const int index = report.format->cellIndex(s.key(), r.key(), c.key());
                if (index >= 0 && c.value().isDouble())
                    report.cells[index] = CellValue::fromScaled(qRound64(c.value().toDouble() * kValueScale));
            }
        }
    }
    const QJsonObject signature = o.value(QLatin1String("signature")).toObject();
    report.signatureDate = QDate::fromString(signature.value(QLatin1String("date")).toString(), Qt::ISODate);

    QFile text(QStringLiteral(NIANBAO_SAMPLES_DIR "/2021-wuhai-psb.txt"));
    if (text.open(QIODevice::ReadOnly)) {
        const QStringList lines = QString::fromUtf8(text.readAll()).split(QLatin1Char('\n'));
        QString section;
        for (const QString& line : lines) {
            const QString t = line.trimmed();
            bool heading = false;
            for (const SectionDef& d : report.format->sections())
                if (t == d.heading) {
                    section = d.id;
                    heading = true;
                }
            if (heading || section.isEmpty() || t.isEmpty() || t.contains(QLatin1Char('|')))
                continue;
            const SectionDef* d = report.format->section(section);
            if (!d || d->kind != SectionKind::Narrative)
                continue;
            QString& n = report.narratives[section];
            if (t.startsWith(QStringLiteral("乌海市公安局")) && t.size() < 12)
                continue;
            if (t.startsWith(QStringLiteral("2022年")) && t.size() < 14)
                continue;
            n += (n.isEmpty() ? QString() : QStringLiteral("\n")) + t;
        }
    }
    return report;
}

/// An empty 2021 report.
inline Report emptyReport() {
    return Report::create(FormatRegistry::instance().format(FormatRegistry::defaultFormatId()), 2025,
                          QStringLiteral("某某市某某局"), AgencyKind::Department);
}

/// A main window of the usual test size, shown and exposed, with a new empty document stored at path;
/// nullptr when a step failed.
inline std::unique_ptr<MainWindow> windowWithNewDocument(const QString& path) {
    auto window = std::make_unique<MainWindow>();
    window->resize(1280, 860);
    window->show();
    if (!QTest::qWaitForWindowExposed(window.get()) || !window->createDocument(path, emptyReport()))
        return nullptr;
    return window;
}

} // namespace nb::gui::test
