#include "bordermap/model/inputs.hpp"

#include <algorithm>
#include <array>
#include <system_error>

namespace bordermap {
namespace {

class InputList {
public:
    void add(const std::filesystem::path& file) {
        if (std::find(files_.begin(), files_.end(), file) == files_.end()) files_.push_back(file);
    }

    // A table or layer GDAL opens, and the files it reads beside it when they are there.
    void add_dataset(const std::filesystem::path& file) {
        add(file);
        static constexpr std::array companions{".shx", ".dbf", ".prj", ".cpg", ".csvt"};
        for (const char* extension : companions) {
            auto companion = file;
            companion.replace_extension(extension);
            std::error_code ignored;
            if (companion != file && std::filesystem::exists(companion, ignored)) add(companion);
        }
    }

    std::vector<std::filesystem::path> take() { return std::move(files_); }

private:
    std::vector<std::filesystem::path> files_;
};

}  // namespace

std::filesystem::path atlas_file(const std::filesystem::path& path) {
    return std::filesystem::is_directory(path) ? path / "atlas.toml" : path;
}

std::vector<std::filesystem::path> atlas_inputs(const Atlas& atlas) {
    InputList inputs;
    inputs.add(atlas.file);
    inputs.add_dataset(atlas.figures.path);
    inputs.add_dataset(atlas.sources.path);
    if (atlas.gazetteer) inputs.add_dataset(atlas.gazetteer->path);
    for (const UserLayer& layer : atlas.boundaries) inputs.add_dataset(layer.path);
    for (const auto& file : geodata_files(atlas.geodata)) inputs.add(file);
    for (const MapSpec& map : atlas.maps)
        if (!map.style.file.empty()) inputs.add(map.style.file);
    return inputs.take();
}

}  // namespace bordermap
