#include "atlas_text.hpp"

namespace bordermap::test {

Atlas load_atlas_text(const TempDir& dir, const std::string& text) {
    write_file(dir / "atlas.toml", text);
    return load_atlas(dir / "atlas.toml");
}

DataError atlas_text_error(const TempDir& dir, const std::string& text) {
    write_file(dir / "atlas.toml", text);
    try {
        (void)load_atlas(dir / "atlas.toml");
    } catch (const DataError& e) {
        return e;
    }
    return DataError("(none)", "no error was thrown");
}

std::string atlas_line(const TempDir& dir, int line) { return (dir / "atlas.toml").string() + ":" + std::to_string(line); }

}  // namespace bordermap::test
