#include "Translations.h"

#include <QCoreApplication>
#include <QLibraryInfo>
#include <QLocale>
#include <QTranslator>

namespace nb::gui {

namespace {
struct State {
    QTranslator app;
    QTranslator qtbase;
    bool installed = false;
    QString language = QStringLiteral("en");
};

State& state() {
    static State s;
    return s;
}
} // namespace

QString Translations::systemLanguage() {
    const QStringList languages = QLocale::system().uiLanguages();
    if (!languages.isEmpty() && languages.first().startsWith(QLatin1String("zh")))
        return QStringLiteral("zh_CN");
    return QStringLiteral("en");
}

QString Translations::install(const QString& language) {
    State& s = state();
    const QString lang = language.isEmpty() ? systemLanguage() : language;
    if (s.installed) {
        QCoreApplication::removeTranslator(&s.app);
        QCoreApplication::removeTranslator(&s.qtbase);
        s.installed = false;
    }
    s.language = QStringLiteral("en");
    if (lang == QLatin1String("zh_CN")) {
        const bool appOk = s.app.load(QStringLiteral(":/i18n/nianbao_zh_CN.qm"));
        const bool qtOk =
            s.qtbase.load(QStringLiteral("qtbase_zh_CN"), QLibraryInfo::path(QLibraryInfo::TranslationsPath));
        if (appOk)
            QCoreApplication::installTranslator(&s.app);
        if (qtOk)
            QCoreApplication::installTranslator(&s.qtbase);
        s.installed = true;
        if (appOk)
            s.language = QStringLiteral("zh_CN");
    }
    QLocale::setDefault(
        QLocale(s.language == QLatin1String("zh_CN") ? QLocale::Chinese : QLocale::English,
                s.language == QLatin1String("zh_CN") ? QLocale::China : QLocale::UnitedStates));
    return s.language;
}

QString Translations::current() {
    return state().language;
}

} // namespace nb::gui
