#pragma once
// Waits for other processes in tests. A sanitizer build runs several times slower: CTest sets
// NIANBAO_TEST_TIMEOUT_SCALE there (cmake/NianbaoSanitizers.cmake) and every wait is stretched by it.

#include <QtGlobal>

namespace nb::test {

/// ms times NIANBAO_TEST_TIMEOUT_SCALE (1 when unset).
inline int waitMs(int ms) {
    bool ok = false;
    const int scale = qEnvironmentVariableIntValue("NIANBAO_TEST_TIMEOUT_SCALE", &ok);
    return ok && scale > 1 ? ms * scale : ms;
}

} // namespace nb::test
