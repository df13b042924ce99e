#include "bordermap/atlas/build.hpp"

#include <unistd.h>

#include <algorithm>
#include <chrono>
#include <mutex>
#include <optional>
#include <set>

#include "atlas/build_plan.hpp"
#include "bordermap/map/class_groups.hpp"
#include "bordermap/core/atomic_file.hpp"
#include "bordermap/core/error.hpp"
#include "bordermap/core/parallel.hpp"
#include "bordermap/export/map_layer.hpp"
#include "bordermap/export/layer_style.hpp"
#include "bordermap/map/notes.hpp"
#include "bordermap/render/figure_output.hpp"

namespace bordermap {
namespace {

// Calls the observer from one thread at a time.
class Reporter {
public:
    template <typename Callback, typename... Args>
    void tell(const Callback& callback, const Args&... args) {
        if (!callback) return;
        const std::lock_guard lock(mutex_);
        callback(args...);
    }

private:
    std::mutex mutex_;
};

// Refuses to write into a folder that holds files but no record of ours: a build removes the
// outputs of maps that left the atlas, and must never take someone's files for its own. A folder
// holding only files this build would write (an older bordermap's output) is taken over.
void refuse_foreign_folder(const std::filesystem::path& folder, const std::vector<PlannedOutput>& outputs) {
    std::error_code error;
    if (!std::filesystem::is_directory(folder, error)) return;
    std::set<std::string> ours;
    for (const auto& output : outputs) ours.insert(output.file);
    std::vector<std::string> strangers;
    for (const auto& entry : std::filesystem::directory_iterator(folder, error)) {
        const std::string name = entry.path().filename().string();
        if (!ours.count(name)) strangers.push_back(name);
    }
    if (strangers.empty()) return;
    std::sort(strangers.begin(), strangers.end());
    throw DataError(folder.string(), "holds " + std::to_string(strangers.size()) + (strangers.size() == 1 ? " file" : " files") +
                                         " that this build would not write (such as '" + strangers.front() +
                                         "') and no record of a bordermap build (" + manifest_file_name + ")",
                    "Build into a new or empty folder with -o, or add --force to build here anyway (bordermap never deletes a file it did not write).");
}

// The process id in the name of a temporary file of ours (".NAME.tmpPID", and SQLite's
// "-journal", "-wal" and "-shm" beside a GeoPackage's), or "" for any other name.
std::string temporary_owner(std::string name) {
    for (const char* suffix : {"-journal", "-wal", "-shm"})
        if (name.ends_with(suffix)) name.resize(name.size() - std::string_view(suffix).size());
    const auto digits = name.find_last_not_of("0123456789");
    if (name.size() < 2 || name.front() != '.' || digits == std::string::npos || digits + 1 == name.size()) return {};
    if (digits < 5 || name.compare(digits - 3, 4, ".tmp") != 0) return {};  // at least ".x.tmp" before the digits
    return name.substr(digits + 1);
}

// Temporary files of a build that was killed before it could rename them into place.
void remove_abandoned_temporaries(const std::filesystem::path& folder) {
    std::error_code error;
    std::vector<std::filesystem::path> abandoned;
    for (const auto& entry : std::filesystem::directory_iterator(folder, error)) {
        const std::string pid = temporary_owner(entry.path().filename().string());
        if (pid.empty()) continue;
        if (pid != std::to_string(::getpid()) && std::filesystem::exists("/proc/" + pid)) continue;  // another build is writing it
        abandoned.push_back(entry.path());
    }
    for (const auto& path : abandoned) std::filesystem::remove(path, error);
}

// The build's record, updated as outputs are written and saved now and then, so that an
// interrupted build loses little: what it wrote is recorded, what it did not is rebuilt.
class Record {
public:
    Record(std::filesystem::path folder, bool keep, Manifest manifest)
        : folder_(std::move(folder)), keep_(keep), manifest_(std::move(manifest)) {}

    void wrote(const PlannedOutput& output) {
        if (!keep_) return;
        const auto state = file_state(folder_ / output.file);
        const std::lock_guard lock(mutex_);
        if (state) manifest_.outputs[output.file] = {output.map, output.made_from, *state};
        changed_ = true;
        if (std::chrono::steady_clock::now() - saved_ > std::chrono::seconds(1)) save_locked();
    }

    void forget(const std::string& file) {
        const std::lock_guard lock(mutex_);
        changed_ |= manifest_.outputs.erase(file) > 0;
    }

    void save() {
        const std::lock_guard lock(mutex_);
        if (keep_ && changed_) save_locked();
    }

private:
    void save_locked() {
        write_manifest(folder_, manifest_);
        saved_ = std::chrono::steady_clock::now();
        changed_ = false;
    }

    std::filesystem::path folder_;
    bool keep_;
    Manifest manifest_;
    bool changed_ = false;
    std::chrono::steady_clock::time_point saved_ = std::chrono::steady_clock::now();
    std::mutex mutex_;
};

bool is_drawing(OutputKind kind) { return kind == OutputKind::pdf || kind == OutputKind::svg || kind == OutputKind::png; }

void write_geopackage_of(const BuildPlan& plan, const std::filesystem::path& path) {
    std::vector<VectorLayer> layers;
    std::vector<StoredStyle> styles;
    for (const PreparedMap& map : plan.maps) {
        layers.push_back(map_layer(map.joined, map.classes));
        styles.push_back({map.spec->id, map.spec->id, map.spec->title, map.qml, map.sld});
    }
    layers.insert(layers.end(), plan.figures_layers.begin(), plan.figures_layers.end());
    write_geopackage(path, layers, styles);
}

void write_output(const Project& project, const BuildPlan& plan, const PlannedOutput& output, const std::vector<std::optional<MapModel>>& models,
                  const std::filesystem::path& path) {
    const PreparedMap& map = plan.maps[output.prepared];
    const int precision = project.atlas.geojson_precision;
    switch (output.kind) {
        case OutputKind::pdf: write_figure(*models[output.page], FigureFormat::pdf, path, map.spec->dpi); break;
        case OutputKind::svg: write_figure(*models[output.page], FigureFormat::svg, path, map.spec->dpi); break;
        case OutputKind::png: write_figure(*models[output.page], FigureFormat::png, path, map.spec->dpi); break;
        case OutputKind::geojson: write_geojson(path, map_layer(map.joined, map.classes), precision); break;
        case OutputKind::qml: write_file_atomically(path, map.qml); break;
        case OutputKind::sld: write_file_atomically(path, map.sld); break;
        case OutputKind::provenance: write_file_atomically(path, map.provenance); break;
        case OutputKind::figures_layer: write_geojson(path, plan.figures_layers[output.layer], precision); break;
        case OutputKind::geopackage: write_geopackage_of(plan, path); break;
        case OutputKind::gallery: write_file_atomically(path, plan.gallery); break;
    }
}

MapModel compose_page(const Project& project, const BuildPlan& plan, const Page& page) {
    const PreparedMap& first = plan.maps[page.maps.front()];
    if (first.spec->multiple.empty()) return compose_map(project, first.joined, first.classes, first.spec->style);
    std::vector<const JoinedMap*> panels;
    std::vector<MapClasses> classes;
    for (std::size_t m : page.maps) {
        panels.push_back(&plan.maps[m].joined);
        classes.push_back(plan.maps[m].classes);
    }
    return compose_multiples(project, panels, classes, first.spec->style);
}

// The outputs one worker writes together: a page's, or one atlas-wide file.
struct Job {
    std::string name;
    std::vector<std::size_t> outputs;  // into BuildPlan::outputs, all of them to write
    std::optional<std::size_t> page;   // its drawings' model, dropped when written
};

}  // namespace

BuildResult build_atlas(const Project& project, const std::filesystem::path& output_folder, const BuildOptions& options,
                        const BuildObserver& observer) {
    const std::unique_ptr<BuildPlan> plan = plan_build(project, options);
    const bool incremental = options.incremental && options.only_map.empty();
    Reporter report;

    std::optional<Manifest> recorded;
    if (incremental) {
        try {
            recorded = read_manifest(output_folder);
        } catch (const DataError&) {
            if (!options.force) throw;  // --force writes a new record over one it cannot read
        }
        if (!recorded && !options.force) refuse_foreign_folder(output_folder, plan->outputs);
    }

    // Why each output must be written; empty: it is up to date.
    const auto& outputs = plan->outputs;
    std::vector<Why> why(outputs.size());
    for (std::size_t i = 0; i < outputs.size(); ++i) {
        if (!incremental) {
            why[i] = {"asked for", {}};
            continue;
        }
        const auto on_disk = file_state(output_folder / outputs[i].file);
        const ManifestEntry* before = nullptr;
        if (recorded) {
            if (const auto entry = recorded->outputs.find(outputs[i].file); entry != recorded->outputs.end()) before = &entry->second;
        }
        why[i] = options.force ? Why{"forced", {}} : why_stale(before, outputs[i].made_from, on_disk);
    }

    // One job per atlas-wide file (the GeoPackage, the longest, first) and per page with work.
    std::vector<Job> jobs;
    std::vector<Job> page_jobs(plan->pages.size());
    for (std::size_t i = 0; i < outputs.size(); ++i) {
        if (why[i].empty()) continue;
        if (outputs[i].map.empty()) {
            jobs.push_back({outputs[i].file, {i}, std::nullopt});
            continue;
        }
        Job& job = page_jobs[outputs[i].page];
        job.name = plan->pages[outputs[i].page].id;
        job.outputs.push_back(i);
        if (is_drawing(outputs[i].kind)) job.page = outputs[i].page;
    }
    std::stable_sort(jobs.begin(), jobs.end(), [&](const Job& a, const Job& b) {
        return outputs[a.outputs.front()].kind == OutputKind::geopackage && outputs[b.outputs.front()].kind != OutputKind::geopackage;
    });
    for (Job& job : page_jobs)
        if (!job.outputs.empty()) jobs.push_back(std::move(job));

    // Compose every drawing first: a map that cannot be drawn leaves every file as it was.
    const unsigned threads = options.jobs == 0 ? default_jobs() : options.jobs;
    std::vector<std::optional<MapModel>> models(plan->pages.size());
    std::vector<std::size_t> to_compose;
    for (const Job& job : jobs)
        if (job.page) to_compose.push_back(*job.page);
    report.tell(observer.planned, to_compose.size(), jobs.size(), plan->pages.size());
    for_each_parallel(to_compose.size(), threads, [&](std::size_t k) {
        const Page& page = plan->pages[to_compose[k]];
        models[to_compose[k]] = compose_page(project, *plan, page);
        report.tell(observer.composed, page.id);
    });

    ensure_folder(output_folder);
    if (incremental) remove_abandoned_temporaries(output_folder);
    Record record(output_folder, incremental, recorded.value_or(Manifest{}));
    BuildResult result;
    result.maps = static_cast<int>(plan->pages.size());
    std::mutex result_mutex;
    for_each_parallel(jobs.size(), threads, [&](std::size_t j) {
        Job& job = jobs[j];
        report.tell(observer.started, job.name);
        for (std::size_t i : job.outputs) {
            const auto path = output_folder / outputs[i].file;
            write_output(project, *plan, outputs[i], models, path);
            record.wrote(outputs[i]);
            {
                const std::lock_guard lock(result_mutex);
                result.written.push_back(path);
            }
            report.tell(observer.wrote, job.name, path, why[i]);
        }
        if (job.page) models[*job.page].reset();
        report.tell(observer.finished, job.name);
    });
    for (std::size_t i = 0; i < outputs.size(); ++i) {
        if (!why[i].empty()) continue;
        result.up_to_date.push_back(output_folder / outputs[i].file);
        report.tell(observer.up_to_date, output_folder / outputs[i].file);
    }

    // Outputs of maps that left the atlas: removed when they are as the build wrote them.
    if (recorded) {
        std::set<std::string> planned;
        for (const auto& output : outputs) planned.insert(output.file);
        for (const auto& [file, entry] : recorded->outputs) {
            if (planned.count(file)) continue;
            const auto path = output_folder / file;
            const auto on_disk = file_state(path);
            record.forget(file);
            if (!on_disk) continue;
            if (*on_disk != entry.state) {
                report.tell(observer.left_alone, path, std::string("no map writes it now, but it changed since bordermap wrote it"));
                continue;
            }
            std::error_code error;
            std::filesystem::remove(path, error);
            if (error) throw DataError(path.string(), "cannot be removed (" + error.message() + ")", "Check the output folder's permissions.");
            result.removed.push_back(path);
            report.tell(observer.removed, path, std::string("no map writes it now"));
        }
    }
    record.save();
    std::sort(result.written.begin(), result.written.end());
    return result;
}

}  // namespace bordermap
