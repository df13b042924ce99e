#include "bordermap/core/parallel.hpp"

#include <sched.h>

#include <algorithm>
#include <atomic>
#include <exception>
#include <mutex>
#include <thread>
#include <vector>

namespace bordermap {

unsigned default_jobs() {
    // The affinity mask, not the machine's core count: a container or taskset may allow fewer.
    cpu_set_t set;
    if (sched_getaffinity(0, sizeof(set), &set) == 0) return std::max(1, CPU_COUNT(&set));
    return std::max(1u, std::thread::hardware_concurrency());
}

void for_each_parallel(std::size_t count, unsigned jobs, const std::function<void(std::size_t)>& work) {
    if (jobs <= 1 || count <= 1) {
        for (std::size_t i = 0; i < count; ++i) work(i);
        return;
    }
    std::atomic<std::size_t> next{0};
    std::atomic<bool> failed{false};
    std::exception_ptr first_error;
    std::mutex error_mutex;
    auto worker = [&] {
        while (!failed) {
            const std::size_t i = next++;
            if (i >= count) return;
            try {
                work(i);
            } catch (...) {
                const std::lock_guard lock(error_mutex);
                if (!first_error) first_error = std::current_exception();
                failed = true;
            }
        }
    };
    {
        std::vector<std::jthread> threads;
        const std::size_t n = std::min<std::size_t>(jobs, count);
        for (std::size_t t = 0; t < n; ++t) threads.emplace_back(worker);
    }  // joins
    if (first_error) std::rethrow_exception(first_error);
}

}  // namespace bordermap
