// The CTest fixture "qgis.<atlas>": headless QGIS inspects one shared atlas's layers, once per test
// run, for tests/e2e/test_qgis.cpp. Usage: qgis_inspect_atlas <atlas case name>
#include <exception>
#include <iostream>

#include "qgis_inspection.hpp"

int main(int argc, char** argv) {
    using namespace bordermap::test;
    if (argc != 2) {
        std::cerr << "usage: qgis_inspect_atlas <atlas>\n";
        return 2;
    }
    try {
        for (const auto& atlas : atlas_cases()) {
            if (atlas.name != argv[1]) continue;
            inspect_shared_atlas(atlas);
            return 0;
        }
        std::cerr << "qgis_inspect_atlas: no atlas case named '" << argv[1] << "' (tests/support/test_support.cpp, atlas_cases)\n";
    } catch (const std::exception& e) {
        std::cerr << "qgis_inspect_atlas " << argv[1] << ": " << e.what() << "\n";
    }
    return 1;
}
