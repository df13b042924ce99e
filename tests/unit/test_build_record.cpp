// The pieces an incremental build rests on: digests, the build record and running work in parallel.
#include <gtest/gtest.h>

#include <atomic>
#include <set>
#include <stdexcept>
#include <thread>

#include "bordermap/atlas/manifest.hpp"
#include "bordermap/core/digest.hpp"
#include "bordermap/core/error.hpp"
#include "bordermap/core/parallel.hpp"
#include "test_support.hpp"

namespace bordermap {
namespace {

using test::TempDir;

TEST(Digest, Sha256MatchesThePublishedTestVectors) {
    // FIPS 180-2, appendix B.1 and the empty message.
    EXPECT_EQ(sha256_hex("abc"), "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad");
    EXPECT_EQ(sha256_hex(""), "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855");
}

TEST(Digest, FileDigestEqualsTheDigestOfItsBytesAndMissingFilesAreErrors) {
    TempDir dir("digest");
    std::string big(200000, 'x');  // more than one read chunk
    big[123456] = 'y';
    test::write_file(dir / "big.bin", big);
    EXPECT_EQ(sha256_file(dir / "big.bin"), sha256_hex(big));
    EXPECT_THROW(sha256_file(dir / "absent.bin"), DataError);
}

TEST(Digest, NamedPartsCannotRunIntoEachOther) {
    EXPECT_NE(Sha256().add("a", "bc").add("d", "").hex(), Sha256().add("a", "b").add("d", "c").hex());
    Sha256 sum;
    sum.add("a", "b");
    EXPECT_EQ(sum.hex(), sum.hex()) << "reading the digest must not close it";
    const std::string before = sum.hex();
    sum.add("c", "d");
    EXPECT_NE(sum.hex(), before);
}

TEST(BuildRecord, WritesAndReadsBackEveryEntry) {
    TempDir dir("manifest");
    EXPECT_FALSE(read_manifest(dir.path()).has_value());
    Manifest manifest;
    manifest.outputs["a.pdf"] = {"a", {{"figures", "f1"}, {"style", "s1"}}, {123, 456789}};
    manifest.outputs["atlas.gpkg"] = {"", {{"layers", "l1"}}, {7, -1}};
    write_manifest(dir.path(), manifest);
    const auto back = read_manifest(dir.path());
    ASSERT_TRUE(back.has_value());
    ASSERT_EQ(back->outputs.size(), 2u);
    EXPECT_EQ(back->outputs.at("a.pdf").map, "a");
    EXPECT_EQ(back->outputs.at("a.pdf").made_from.at("style"), "s1");
    EXPECT_EQ(back->outputs.at("a.pdf").state, (FileState{123, 456789}));
    EXPECT_EQ(back->outputs.at("atlas.gpkg").state.modified_ns, -1);
}

TEST(BuildRecord, AnUnreadableRecordIsAnErrorThatNamesItAndTheFix) {
    TempDir dir("manifest-bad");
    test::write_file(dir / manifest_file_name, "{\"format\": 1, \"outputs\": [");
    try {
        read_manifest(dir.path());
        FAIL() << "no error";
    } catch (const DataError& e) {
        EXPECT_TRUE(test::contains(e.what(), manifest_file_name)) << e.what();
        EXPECT_TRUE(test::contains(e.what(), "--force")) << e.what();
    }
}

TEST(BuildRecord, SaysWhyAnOutputIsStale) {
    const MadeFrom made_from{{"bordermap", "0.1.0"}, {"figures", "f2"}, {"style", "s1"}};
    const ManifestEntry recorded{"a", {{"bordermap", "0.1.0"}, {"figures", "f1"}, {"style", "s1"}}, {10, 20}};
    const FileState same{10, 20};
    EXPECT_EQ(why_stale(nullptr, made_from, std::nullopt).words(), "new");
    EXPECT_EQ(why_stale(nullptr, made_from, same).words(), "not written by the last build");
    EXPECT_EQ(why_stale(&recorded, made_from, std::nullopt).words(), "missing");
    EXPECT_EQ(why_stale(&recorded, made_from, FileState{10, 21}).words(), "changed since it was written");
    EXPECT_EQ(why_stale(&recorded, made_from, same).words(), "figures changed");
    EXPECT_TRUE(why_stale(&recorded, recorded.made_from, same).empty());
    MadeFrom newer = made_from;
    newer["bordermap"] = "0.2.0";
    newer["style"] = "s2";
    EXPECT_EQ(why_stale(&recorded, newer, same).words(), "bordermap version, figures and style changed");
}

TEST(FileStateOfAFile, ChangesWithItsContent) {
    TempDir dir("state");
    EXPECT_FALSE(file_state(dir / "x").has_value());
    EXPECT_FALSE(file_state(dir.path()).has_value()) << "a folder is not an output";
    test::write_file(dir / "x", "one");
    const auto first = file_state(dir / "x");
    ASSERT_TRUE(first.has_value());
    EXPECT_EQ(first->size, 3u);
    test::write_file(dir / "x", "three");
    EXPECT_NE(*file_state(dir / "x"), *first);
}

TEST(Parallel, RunsEveryItemOnceOnSeveralThreads) {
    for (unsigned jobs : {1u, 2u, 8u}) {
        std::vector<std::atomic<int>> runs(100);
        std::mutex mutex;
        std::set<std::thread::id> threads;
        for_each_parallel(runs.size(), jobs, [&](std::size_t i) {
            ++runs[i];
            const std::lock_guard lock(mutex);
            threads.insert(std::this_thread::get_id());
            std::this_thread::sleep_for(std::chrono::microseconds(200));
        });
        for (const auto& r : runs) EXPECT_EQ(r.load(), 1);
        if (jobs == 1) EXPECT_EQ(threads.size(), 1u);
        else EXPECT_GT(threads.size(), 1u) << jobs << " jobs ran on one thread";
    }
    EXPECT_GE(default_jobs(), 1u);
}

TEST(Parallel, TheFirstErrorStopsNewWorkAndIsRethrown) {
    std::atomic<int> started{0};
    try {
        for_each_parallel(1000, 4, [&](std::size_t i) {
            ++started;
            if (i == 3) throw std::runtime_error("item 3 failed");
            std::this_thread::sleep_for(std::chrono::microseconds(500));
        });
        FAIL() << "no error";
    } catch (const std::runtime_error& e) {
        EXPECT_STREQ(e.what(), "item 3 failed");
    }
    EXPECT_LT(started.load(), 1000) << "work went on after the error";
}

}  // namespace
}  // namespace bordermap
