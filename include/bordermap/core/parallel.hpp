#pragma once
// Independent pieces of work on several threads.
#include <cstddef>
#include <functional>

namespace bordermap {

// The number of cores this process may use (at least 1).
unsigned default_jobs();

// Runs work(i) for every i in [0, count) on up to `jobs` threads (jobs <= 1: in order, on this
// thread). Items are handed out in order. After the first exception no new item starts; the
// items already running finish, and then that exception is rethrown here.
void for_each_parallel(std::size_t count, unsigned jobs, const std::function<void(std::size_t)>& work);

}  // namespace bordermap
