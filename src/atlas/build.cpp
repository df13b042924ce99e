#include "bordermap/atlas/build.hpp"

#include <algorithm>
#include <mutex>
#include <optional>
#include <set>

#include "atlas/build_plan.hpp"
#include "atlas/output_folder.hpp"
#include "bordermap/map/relations.hpp"
#include "bordermap/core/atomic_file.hpp"
#include "bordermap/core/error.hpp"
#include "bordermap/core/parallel.hpp"
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

bool is_drawing(OutputKind kind) { return kind == OutputKind::pdf || kind == OutputKind::svg || kind == OutputKind::png; }

void write_geopackage_of(const BuildPlan& plan, const std::filesystem::path& path) {
    std::vector<VectorLayer> layers;
    std::vector<StoredStyle> styles;
    for (const PreparedMap& map : plan.maps) {
        for (const MapLayer& layer : map.layers) {
            layers.push_back(layer.layer);
            styles.push_back({layer.name, layer.name, map.spec->title, layer.qml, layer.sld});
        }
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
        case OutputKind::geojson: write_geojson(path, map.layers[output.map_layer].layer, precision); break;
        case OutputKind::qml: write_file_atomically(path, map.layers[output.map_layer].qml); break;
        case OutputKind::sld: write_file_atomically(path, map.layers[output.map_layer].sld); break;
        case OutputKind::provenance: write_file_atomically(path, map.provenance); break;
        case OutputKind::figures_layer: write_geojson(path, plan.figures_layers[output.layer], precision); break;
        case OutputKind::geopackage: write_geopackage_of(plan, path); break;
        case OutputKind::gallery: write_file_atomically(path, plan.gallery); break;
    }
}

DataError relation_error(const RelationMismatch& m) { return DataError(m.where, m.message, m.fix, m.code); }

// Exact figures that do not add up as a relation says are a typing error until shown otherwise:
// the build stops at the first, as `check` calls each an error.
void refuse_relation_mismatches(const Project& project) {
    std::vector<RelationMismatch> exact = relation_mismatches(project);
    std::erase_if(exact, [](const RelationMismatch& m) { return m.qualified; });
    if (exact.empty()) return;
    RelationMismatch first = exact.front();
    if (exact.size() > 1) first.message += " (and " + std::to_string(exact.size() - 1) + " more: `bordermap check` lists them all)";
    throw relation_error(first);
}

// The outputs one worker writes together: a page's, or one atlas-wide file.
struct Job {
    std::string name;
    std::vector<std::size_t> outputs;  // into BuildPlan::outputs, all of them to write
    std::optional<std::size_t> page;   // its drawings' model, dropped when written
};

// One build of an atlas into a folder, step by step: what is stale, the jobs, the drawings
// composed, the files written, the outputs of departed maps removed.
class AtlasBuild {
public:
    AtlasBuild(const Project& project, std::filesystem::path folder, const BuildOptions& options, const BuildObserver& observer)
        : project_(project),
          folder_(std::move(folder)),
          options_(options),
          observer_(observer),
          plan_((refuse_relation_mismatches(project), plan_build(project, options))),
          incremental_(options.incremental && options.only_map.empty()),
          threads_(options.jobs == 0 ? default_jobs() : options.jobs) {}

    BuildResult run() {
        for (const MapWarning& warning : plan_->warnings) report_.tell(observer_.warned, warning);
        read_record();
        decide();
        std::vector<Job> jobs = make_jobs();
        compose(jobs);
        ensure_folder(folder_);
        if (incremental_) remove_abandoned_temporaries(folder_);
        Record record(folder_, incremental_, recorded_.value_or(Manifest{}));
        write(jobs, record);
        for (std::size_t i = 0; i < plan_->outputs.size(); ++i) {
            if (!why_[i].empty()) continue;
            result_.up_to_date.push_back(folder_ / plan_->outputs[i].file);
            report_.tell(observer_.up_to_date, folder_ / plan_->outputs[i].file);
        }
        remove_departed(record);
        record.save();
        std::sort(result_.written.begin(), result_.written.end());
        result_.maps = static_cast<int>(plan_->pages.size());
        return std::move(result_);
    }

private:
    void read_record() {
        if (!incremental_) return;
        try {
            recorded_ = read_manifest(folder_);
        } catch (const DataError&) {
            if (!options_.force) throw;  // --force writes a new record over one it cannot read
        }
        if (!recorded_ && !options_.force) refuse_foreign_folder(folder_, plan_->outputs);
    }

    // Why each output must be written; empty: it is up to date.
    void decide() {
        for (const PlannedOutput& output : plan_->outputs) {
            if (!incremental_) {
                why_.push_back({"asked for", {}});
                continue;
            }
            const ManifestEntry* before = nullptr;
            if (recorded_) {
                if (const auto entry = recorded_->outputs.find(output.file); entry != recorded_->outputs.end()) before = &entry->second;
            }
            why_.push_back(options_.force ? Why{"forced", {}} : why_stale(before, output.made_from, file_state(folder_ / output.file)));
        }
    }

    // One job per atlas-wide file (the GeoPackage, the longest, first) and per page with work.
    std::vector<Job> make_jobs() const {
        const auto& outputs = plan_->outputs;
        std::vector<Job> jobs, page_jobs(plan_->pages.size());
        for (std::size_t i = 0; i < outputs.size(); ++i) {
            if (why_[i].empty()) continue;
            if (outputs[i].map.empty()) {
                jobs.push_back({outputs[i].file, {i}, std::nullopt});
                continue;
            }
            Job& job = page_jobs[outputs[i].page];
            job.name = plan_->pages[outputs[i].page].id;
            job.outputs.push_back(i);
            if (is_drawing(outputs[i].kind)) job.page = outputs[i].page;
        }
        std::stable_sort(jobs.begin(), jobs.end(), [&](const Job& a, const Job& b) {
            return outputs[a.outputs.front()].kind == OutputKind::geopackage && outputs[b.outputs.front()].kind != OutputKind::geopackage;
        });
        for (Job& job : page_jobs)
            if (!job.outputs.empty()) jobs.push_back(std::move(job));
        return jobs;
    }

    // Every drawing is composed before any file is written: a map that cannot be drawn leaves
    // every file as it was.
    void compose(const std::vector<Job>& jobs) {
        models_.resize(plan_->pages.size());
        std::vector<std::size_t> pages;
        for (const Job& job : jobs)
            if (job.page) pages.push_back(*job.page);
        report_.tell(observer_.planned, pages.size(), jobs.size(), plan_->pages.size());
        for_each_parallel(pages.size(), threads_, [&](std::size_t k) {
            const Page& page = plan_->pages[pages[k]];
            models_[pages[k]] = compose_page(project_, *plan_, page);
            report_.tell(observer_.composed, page.id);
            const MapModel& model = *models_[pages[k]];
            for (const DroppedLabel& label : model.dropped_labels) report_.tell(observer_.dropped_label, page.id, label);
            for (const MapPanel& panel : model.panels)
                for (const DroppedLabel& label : panel.model.dropped_labels) report_.tell(observer_.dropped_label, page.id + ", panel " + panel.model.title, label);
        });
    }

    void write(std::vector<Job>& jobs, Record& record) {
        std::mutex result_mutex;
        for_each_parallel(jobs.size(), threads_, [&](std::size_t j) {
            Job& job = jobs[j];
            report_.tell(observer_.started, job.name);
            for (std::size_t i : job.outputs) {
                const PlannedOutput& output = plan_->outputs[i];
                const auto path = folder_ / output.file;
                write_output(project_, *plan_, output, models_, path);
                record.wrote(output);
                {
                    const std::lock_guard lock(result_mutex);
                    result_.written.push_back(path);
                }
                report_.tell(observer_.wrote, job.name, path, why_[i]);
            }
            if (job.page) models_[*job.page].reset();
            report_.tell(observer_.finished, job.name);
        });
    }

    // Outputs of maps that left the atlas: removed when they are as the build wrote them.
    void remove_departed(Record& record) {
        if (!recorded_) return;
        std::set<std::string> planned;
        for (const auto& output : plan_->outputs) planned.insert(output.file);
        for (const auto& [file, entry] : recorded_->outputs) {
            if (planned.count(file)) continue;
            const auto path = folder_ / file;
            const auto on_disk = file_state(path);
            record.forget(file);
            if (!on_disk) continue;
            if (*on_disk != entry.state) {
                report_.tell(observer_.left_alone, path, std::string("no map writes it now, but it changed since bordermap wrote it"));
                continue;
            }
            std::error_code error;
            std::filesystem::remove(path, error);
            if (error) throw DataError(path.string(), "cannot be removed (" + error.message() + ")", "Check the output folder's permissions.");
            result_.removed.push_back(path);
            report_.tell(observer_.removed, path, std::string("no map writes it now"));
        }
    }

    const Project& project_;
    const std::filesystem::path folder_;
    const BuildOptions& options_;
    const BuildObserver& observer_;
    const std::unique_ptr<BuildPlan> plan_;
    const bool incremental_;
    const unsigned threads_;
    Reporter report_;
    std::optional<Manifest> recorded_;
    std::vector<Why> why_;  // per planned output
    std::vector<std::optional<MapModel>> models_;  // per page, while its files are written
    BuildResult result_;
};

}  // namespace

std::vector<DataError> build_refusals(const Project& project) {
    std::vector<DataError> refusals;
    for (const RelationMismatch& m : relation_mismatches(project))
        if (!m.qualified) refusals.push_back(relation_error(m));
    std::unique_ptr<BuildPlan> plan;
    try {
        plan = plan_build(project, BuildOptions{});
    } catch (const DataError& e) {
        refusals.push_back(e);
        return refusals;
    }
    std::vector<std::optional<DataError>> per_page(plan->pages.size());
    for_each_parallel(plan->pages.size(), default_jobs(), [&](std::size_t p) {
        try {
            compose_page(project, *plan, plan->pages[p]);
        } catch (const DataError& e) {
            per_page[p] = e;
        }
    });
    for (auto& refusal : per_page)
        if (refusal) refusals.push_back(std::move(*refusal));
    return refusals;
}

BuildResult build_atlas(const Project& project, const std::filesystem::path& output_folder, const BuildOptions& options,
                        const BuildObserver& observer) {
    return AtlasBuild(project, output_folder, options, observer).run();
}

}  // namespace bordermap
