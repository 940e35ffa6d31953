#include "import/PdfModuleLoader.h"

#include "import/PdfReaderModule.h"

#include <QDir>
#include <QFileInfo>
#include <QPluginLoader>

namespace nb {

namespace {
PdfModuleLoader::Loaded loadModule() {
    PdfModuleLoader::Loaded loaded;
    const QStringList folders = PdfModuleLoader::searchFolders();
    for (const QString& folder : folders) {
        const QString path = QDir(folder).filePath(PdfModuleLoader::fileName());
        if (!QFileInfo(path).isFile())
            continue;
        QPluginLoader loader(path); // never unloaded: the module stays for the life of the process
        QObject* instance = loader.instance();
        loaded.module = qobject_cast<PdfReaderModule*>(instance);
        if (!loaded.module) {
            loaded.error = instance ? PdfModuleLoader::tr("%1 is not Nianbao's PDF module")
                                          .arg(QDir::toNativeSeparators(path))
                                    : loader.errorString();
        }
        return loaded;
    }
    QStringList shown;
    for (const QString& folder : folders)
        shown << QDir::toNativeSeparators(folder);
    loaded.error = PdfModuleLoader::tr("%1 was not found in %2")
                       .arg(PdfModuleLoader::fileName(), shown.join(QStringLiteral(", ")));
    return loaded;
}
} // namespace

const PdfModuleLoader::Loaded& PdfModuleLoader::load() {
    static const Loaded loaded = loadModule(); // thread-safe initialisation
    return loaded;
}

QString PdfModuleLoader::fileName() {
    return QStringLiteral(NIANBAO_PDF_MODULE_FILE);
}

QStringList PdfModuleLoader::searchFolders() {
    const QString chosen = qEnvironmentVariable("NIANBAO_MODULE_DIR");
    if (!chosen.isEmpty())
        return {chosen};
    QStringList folders;
    if (QCoreApplication::instance()) {
        const QDir program(QCoreApplication::applicationDirPath());
        folders << program.absolutePath()
                << QDir::cleanPath(program.absoluteFilePath(QStringLiteral(NIANBAO_MODULE_RELATIVE_DIR)));
    }
#ifdef NIANBAO_BUILD_MODULE_DIR
    folders << QStringLiteral(NIANBAO_BUILD_MODULE_DIR);
#endif
    folders.removeDuplicates();
    return folders;
}

} // namespace nb
