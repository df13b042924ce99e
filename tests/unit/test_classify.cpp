// map/classify.hpp: class breaks for choropleths.
#include <gtest/gtest.h>

#include <algorithm>
#include <bit>
#include <cmath>
#include <cstdint>
#include <stdexcept>
#include <string>
#include <vector>

#include "bordermap/map/classify.hpp"

using bordermap::ClassMethod;
using bordermap::Classification;
using bordermap::classify;

namespace {

std::vector<double> one_to_ten() { return {1, 2, 3, 4, 5, 6, 7, 8, 9, 10}; }

// Every class holds at least one of `values`, and every value lands in a class.
void expect_no_empty_class_and_all_classified(const Classification& c, const std::vector<double>& values) {
    ASSERT_EQ(c.lower.size(), c.size());
    ASSERT_EQ(c.labels.size(), c.size());
    std::vector<int> counts(c.size(), 0);
    for (double v : values) {
        const int k = c.class_of(v);
        ASSERT_GE(k, 0) << "value " << v << " is in no class";
        ++counts[static_cast<std::size_t>(k)];
    }
    for (std::size_t i = 0; i < counts.size(); ++i) EXPECT_GT(counts[i], 0) << "class " << i << " is empty";
}

}  // namespace

TEST(Classify, FewerDistinctValuesThanClassesGivesOneClassPerValue) {
    const Classification c = classify({28028, 8237, 8237}, ClassMethod::quantile, 5, {});
    EXPECT_TRUE(c.exact_values);
    ASSERT_EQ(c.size(), 2u);
    EXPECT_EQ(c.lower, (std::vector<double>{8237, 28028}));
    EXPECT_EQ(c.upper, (std::vector<double>{8237, 28028}));
    EXPECT_EQ(c.labels, (std::vector<std::string>{"8,237", "28,028"}));
}

TEST(Classify, AsManyDistinctValuesAsClassesIsStillExact) {
    const Classification c = classify({3, 1, 2}, ClassMethod::equal_interval, 3, {});
    EXPECT_TRUE(c.exact_values);
    EXPECT_EQ(c.upper, (std::vector<double>{1, 2, 3}));
    EXPECT_EQ(c.class_of(2), 1);
}

TEST(Classify, DuplicatesCountOnceForTheDistinctRule) {
    // Six values but three distinct: three classes asked for, so each value is its own class.
    const Classification c = classify({1, 1, 1, 2, 2, 3}, ClassMethod::quantile, 3, {});
    EXPECT_TRUE(c.exact_values);
    EXPECT_EQ(c.size(), 3u);
    // With only two classes asked for the three distinct values must be grouped.
    EXPECT_FALSE(classify({1, 1, 1, 2, 2, 3}, ClassMethod::quantile, 2, {}).exact_values);
}

TEST(Classify, SingleValueIsOneClass) {
    const Classification c = classify({42}, ClassMethod::quantile, 5, {});
    EXPECT_TRUE(c.exact_values);
    ASSERT_EQ(c.size(), 1u);
    EXPECT_EQ(c.labels[0], "42");
    EXPECT_EQ(c.class_of(42), 0);
}

TEST(Classify, QuantilesOfOneToTen) {
    const Classification c = classify(one_to_ten(), ClassMethod::quantile, 5, {});
    EXPECT_FALSE(c.exact_values);
    EXPECT_EQ(c.upper, (std::vector<double>{2, 4, 6, 8, 10}));
    EXPECT_EQ(c.lower.front(), 1.0);
    EXPECT_EQ(c.labels, (std::vector<std::string>{"1 \u2013 2", "3 \u2013 4", "5 \u2013 6", "7 \u2013 8", "9 \u2013 10"}));
    EXPECT_EQ(c.class_of(1), 0);
    EXPECT_EQ(c.class_of(2), 0);
    EXPECT_EQ(c.class_of(3), 1);
    EXPECT_EQ(c.class_of(10), 4);
}

TEST(Classify, QuantilesOrderDoesNotMatter) {
    const Classification sorted = classify(one_to_ten(), ClassMethod::quantile, 5, {});
    const Classification shuffled = classify({7, 3, 10, 1, 9, 2, 8, 5, 4, 6}, ClassMethod::quantile, 5, {});
    EXPECT_EQ(sorted.upper, shuffled.upper);
    EXPECT_EQ(sorted.labels, shuffled.labels);
}

TEST(Classify, QuantilesWithManyTiesNeverGiveAnEmptyClass) {
    const std::vector<double> values{1, 1, 1, 1, 1, 1, 1, 1, 2, 3, 4};
    const Classification c = classify(values, ClassMethod::quantile, 3, {});
    EXPECT_FALSE(c.exact_values);
    EXPECT_EQ(c.upper, (std::vector<double>{1, 4}));  // the first two quantiles are both 1
    EXPECT_EQ(c.labels, (std::vector<std::string>{"1", "2 \u2013 4"}));
    expect_no_empty_class_and_all_classified(c, values);
}

TEST(Classify, EqualIntervalBounds) {
    const std::vector<double> values{0, 10, 20, 30, 40, 50, 60, 70, 80, 90, 100};
    const Classification c = classify(values, ClassMethod::equal_interval, 5, {});
    EXPECT_FALSE(c.exact_values);
    EXPECT_EQ(c.upper, (std::vector<double>{20, 40, 60, 80, 100}));
    EXPECT_EQ(c.lower.front(), 0.0);
    EXPECT_EQ(c.labels.front(), "0 \u2013 20");
    EXPECT_EQ(c.labels.back(), "90 \u2013 100");
    EXPECT_EQ(c.class_of(20), 0);
    EXPECT_EQ(c.class_of(30), 1);
    expect_no_empty_class_and_all_classified(c, values);
}

TEST(Classify, EqualIntervalDropsIntervalsWithoutValues) {
    // 0..100 in five intervals of 20, but nothing between 20 and 80.
    const std::vector<double> values{0, 5, 10, 90, 100};
    const Classification c = classify(values, ClassMethod::equal_interval, 4, {});
    EXPECT_EQ(c.size(), 2u);
    expect_no_empty_class_and_all_classified(c, values);
}

TEST(Classify, ManualBreaksMakeThreeClasses) {
    const std::vector<double> values{5, 50, 500, 5000};
    const Classification c = classify(values, ClassMethod::manual, 5, {100, 1000});
    EXPECT_FALSE(c.exact_values);
    ASSERT_EQ(c.size(), 3u);
    EXPECT_EQ(c.class_of(5), 0);
    EXPECT_EQ(c.class_of(50), 0);
    EXPECT_EQ(c.class_of(500), 1);
    EXPECT_EQ(c.class_of(5000), 2);
    EXPECT_EQ(c.upper[0], 100.0);
    EXPECT_EQ(c.upper[1], 1000.0);
    EXPECT_EQ(c.upper[2], 5000.0);
}

TEST(Classify, ManualBoundsBelongToTheLowerClass) {
    const Classification c = classify({5, 50, 500, 5000}, ClassMethod::manual, 5, {100, 1000});
    EXPECT_EQ(c.class_of(100), 0);
    EXPECT_EQ(c.class_of(100.5), 1);  // between a bound and the next data value
    EXPECT_EQ(c.class_of(1000), 1);
    EXPECT_EQ(c.class_of(1000.5), 2);
}

TEST(Classify, ManualLabelsUseThousandsAndEnDash) {
    const Classification c = classify({5, 50, 500, 5000}, ClassMethod::manual, 5, {100, 1000});
    EXPECT_EQ(c.labels, (std::vector<std::string>{"5 \u2013 100", "500 \u2013 1,000", "5,000"}));
}

TEST(Classify, ManualNeverExactEvenWithFewValues) {
    const Classification c = classify({5, 5000}, ClassMethod::manual, 5, {100});
    EXPECT_FALSE(c.exact_values);
    EXPECT_EQ(c.size(), 2u);
}

TEST(Classify, ManualBreaksOutsideTheDataAreIgnored) {
    const Classification c = classify({5, 50, 500}, ClassMethod::manual, 5, {1, 100000});
    ASSERT_EQ(c.size(), 1u);
    EXPECT_EQ(c.labels[0], "5 \u2013 500");
}

TEST(Classify, ManualBreaksWithoutValuesBetweenThemGiveNoEmptyClass) {
    const std::vector<double> values{5, 50, 500};
    const Classification c = classify(values, ClassMethod::manual, 5, {10, 20, 100});
    EXPECT_EQ(c.size(), 3u);  // (10, 20] holds nothing and is dropped
    expect_no_empty_class_and_all_classified(c, values);
}

TEST(Classify, EveryInputValueHasAClass) {
    const std::vector<double> values{28028, 8237, 3, 15000, 243, 1778, 1053, 735, 93, 11, 82, 150};
    for (ClassMethod method : {ClassMethod::quantile, ClassMethod::equal_interval}) {
        for (int classes = 1; classes <= 9; ++classes) {
            SCOPED_TRACE("classes " + std::to_string(classes));
            const Classification c = classify(values, method, classes, {});
            EXPECT_LE(c.size(), static_cast<std::size_t>(classes));
            expect_no_empty_class_and_all_classified(c, values);
        }
    }
    expect_no_empty_class_and_all_classified(classify(values, ClassMethod::manual, 5, {100, 1000, 10000}), values);
}

TEST(Classify, ClassesAreInIncreasingOrder) {
    const Classification c = classify({28028, 8237, 3, 15000, 243, 1778, 1053, 735}, ClassMethod::quantile, 4, {});
    for (std::size_t i = 0; i < c.size(); ++i) {
        EXPECT_LE(c.lower[i], c.upper[i]);
        if (i > 0) {
            EXPECT_LT(c.upper[i - 1], c.lower[i]);
        }
    }
}

TEST(Classify, ValueOutsideEveryClassIsMinusOne) {
    const Classification c = classify(one_to_ten(), ClassMethod::quantile, 5, {});
    EXPECT_EQ(c.class_of(0), -1);
    EXPECT_EQ(c.class_of(11), -1);
}

TEST(Classify, EmptyInputThrows) {
    EXPECT_THROW((void)classify({}, ClassMethod::quantile, 5, {}), std::invalid_argument);
    EXPECT_THROW((void)classify({}, ClassMethod::manual, 5, {100}), std::invalid_argument);
}

// --- Natural breaks (Fisher-Jenks, exact) -------------------------------------------------------

namespace {

// Employment density (employees per km²) of the 58 counties of California: the "calemp" example data
// of PySAL's mapclassify (mapclassify/datasets/calemp/calempdensity.csv), the values as carried in the
// test data of riatelab/statsbreaks (test/test-data.js).
std::vector<double> calemp() {
    return {329.92, 0.42,  5.9,    14.03, 2.78,  1.34,   181.27, 1.65,  10.03, 16.7,   1.32,  3.99,   3.16,  0.22, 8.7,
            6.56,   3.27,  0.33,   370.5, 4.51,  75.29,  0.99,   2.74,  8.68,  0.14,   0.92,  12.63,  28.7,  12.02, 722.85,
            36.68,  0.74,  29.82,  192.05, 3.38, 11.15,  110.74, 4111.45, 49.47, 10.33, 317.11, 20.47, 264.93, 66.26, 5.39,
            0.13,   0.61,  50.65,  40.48, 36.67, 13.09,  1.81,   0.2,   7.6,   2.51,   57.26, 24.32,  6.97};
}

double median_of(std::vector<double> v) {
    std::sort(v.begin(), v.end());
    const std::size_t n = v.size();
    return n % 2 == 1 ? v[n / 2] : (v[n / 2 - 1] + v[n / 2]) / 2;
}

// The values of `values` in each class of `c`, lowest class first.
std::vector<std::vector<double>> members(const Classification& c, const std::vector<double>& values) {
    std::vector<std::vector<double>> out(c.size());
    for (double v : values) out[static_cast<std::size_t>(c.class_of(v))].push_back(v);
    return out;
}

double sum_of_squares(const std::vector<double>& group) {
    double mean = 0;
    for (double v : group) mean += v;
    mean /= static_cast<double>(group.size());
    double total = 0;
    for (double v : group) total += (v - mean) * (v - mean);
    return total;
}

double within_class_sum_of_squares(const Classification& c, const std::vector<double>& values) {
    double total = 0;
    for (const auto& group : members(c, values)) total += sum_of_squares(group);
    return total;
}

struct Exhaustive {
    double least = INFINITY;  // the least within-class sum of squares of any grouping
    long groupings = 0;       // how many groupings were tried
};

// Every way to cut the distinct sorted values into `classes` non-empty runs (equal values never
// apart), each one scored: no cleverness, so nothing to get wrong the same way as the algorithm.
Exhaustive exhaustive_optimum(std::vector<double> values, int classes) {
    std::sort(values.begin(), values.end());
    std::vector<double> distinct = values;
    distinct.erase(std::unique(distinct.begin(), distinct.end()), distinct.end());
    const std::size_t gaps = distinct.size() - 1;
    Exhaustive result;
    for (unsigned long mask = 0; mask < (1ul << gaps); ++mask) {
        if (std::popcount(mask) != classes - 1) continue;
        std::vector<std::vector<double>> groups(1);
        std::size_t d = 0;
        for (double v : values) {
            while (distinct[d] != v) {
                if (mask & (1ul << d)) groups.emplace_back();
                ++d;
            }
            groups.back().push_back(v);
        }
        double total = 0;
        for (const auto& g : groups) total += sum_of_squares(g);
        result.least = std::min(result.least, total);
        ++result.groupings;
    }
    return result;
}

long binomial(long n, long k) {
    long r = 1;
    for (long i = 1; i <= k; ++i) r = r * (n - k + i) / i;
    return r;
}

// Small data sets of several shapes, from a fixed linear congruential sequence (reproducible).
std::vector<std::vector<double>> small_data_sets() {
    std::uint64_t state = 20240611;
    auto next = [&]() {
        state = state * 6364136223846793005ull + 1442695040888963407ull;
        return static_cast<double>(state >> 11) / static_cast<double>(1ull << 53);
    };
    std::vector<std::vector<double>> sets;
    for (int n : {6, 8, 10, 12, 13, 14}) {
        std::vector<double> uniform, skewed, tied;
        for (int i = 0; i < n; ++i) {
            uniform.push_back(std::round(next() * 1000) / 10);
            skewed.push_back(std::round(std::exp(next() * 9)));        // counts over three orders of magnitude
            tied.push_back(std::floor(next() * 6) * 250);              // few distinct values, many ties
        }
        sets.push_back(uniform);
        sets.push_back(skewed);
        sets.push_back(tied);
    }
    sets.push_back({28028, 8237, 3, 15000, 243, 1778, 1053, 735, 93, 11, 82, 150});  // the example's figures
    sets.push_back({1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12});
    return sets;
}

}  // namespace

// Published result: mapclassify's FisherJenks on its calemp example data, 5 classes, gives the class
// upper bounds [75.29, 192.05, 370.5, 722.85, 4111.45], class counts [49, 3, 4, 1, 1] and an absolute
// deviation around class medians (adcm) of 799.24 — mapclassify/tests/test_mapclassify.py,
// TestFisherJenks.test_FisherJenks, and the FisherJenks table of mapclassify's README (PySAL,
// github.com/pysal/mapclassify). riatelab/statsbreaks tests the same breaks on the same data
// (test/jenks.test.js).
TEST(NaturalBreaks, MatchesThePublishedFisherJenksResultOnCalemp) {
    const std::vector<double> values = calemp();
    ASSERT_EQ(values.size(), 58u);
    const Classification c = classify(values, ClassMethod::natural_breaks, 5, {});
    EXPECT_FALSE(c.exact_values);
    EXPECT_EQ(c.upper, (std::vector<double>{75.29, 192.05, 370.5, 722.85, 4111.45}));
    const auto groups = members(c, values);
    std::vector<std::size_t> counts;
    double adcm = 0;
    for (const auto& g : groups) {
        counts.push_back(g.size());
        const double median = median_of(g);
        for (double v : g) adcm += std::fabs(v - median);
    }
    EXPECT_EQ(counts, (std::vector<std::size_t>{49, 3, 4, 1, 1}));
    EXPECT_NEAR(adcm, 799.24, 1e-9);
    EXPECT_EQ(c.lower.front(), 0.13);
    EXPECT_EQ(c.labels.front(), "0.13 \u2013 75.29");
    EXPECT_EQ(c.labels.back(), "4,111.45");
    EXPECT_EQ(bordermap::natural_breaks(values, 5), c.upper);
}

TEST(NaturalBreaks, EqualsTheExhaustiveOptimumOnSmallDataSets) {
    int compared = 0, quantiles_worse = 0;
    for (const auto& values : small_data_sets()) {
        std::vector<double> distinct = values;
        std::sort(distinct.begin(), distinct.end());
        distinct.erase(std::unique(distinct.begin(), distinct.end()), distinct.end());
        for (int classes = 2; classes <= 6 && classes < static_cast<int>(distinct.size()); ++classes) {
            SCOPED_TRACE(::testing::PrintToString(values) + ", " + std::to_string(classes) + " classes");
            const Exhaustive best = exhaustive_optimum(values, classes);
            // Every grouping was scored: C(distinct - 1, classes - 1) of them.
            ASSERT_EQ(best.groupings, binomial(static_cast<long>(distinct.size()) - 1, classes - 1));
            const Classification c = classify(values, ClassMethod::natural_breaks, classes, {});
            ASSERT_EQ(c.size(), static_cast<std::size_t>(classes));
            expect_no_empty_class_and_all_classified(c, values);
            const double ours = within_class_sum_of_squares(c, values);
            EXPECT_NEAR(ours, best.least, 1e-9 * std::max(1.0, best.least));
            ++compared;
            // The check can tell a worse grouping: quantiles are often not optimal.
            const Classification q = classify(values, ClassMethod::quantile, classes, {});
            if (within_class_sum_of_squares(q, values) > best.least * (1 + 1e-9) + 1e-9) ++quantiles_worse;
        }
    }
    EXPECT_GT(compared, 60);
    EXPECT_GT(quantiles_worse, 10);
}

TEST(NaturalBreaks, FindsObviousClusters) {
    const std::vector<double> values{101, 2, 12, 3, 100, 10, 1, 11};
    const Classification c = classify(values, ClassMethod::natural_breaks, 3, {});
    EXPECT_EQ(c.upper, (std::vector<double>{3, 12, 101}));
    EXPECT_EQ(c.labels, (std::vector<std::string>{"1 \u2013 3", "10 \u2013 12", "100 \u2013 101"}));
}

TEST(NaturalBreaks, NeverSplitsEqualValues) {
    // A class is a range of values: the run of 1s stays whole, whatever the sums of squares say.
    const std::vector<double> values{1, 1, 1, 1, 1, 1, 2, 40, 41};
    const Classification c = classify(values, ClassMethod::natural_breaks, 3, {});
    expect_no_empty_class_and_all_classified(c, values);
    for (std::size_t i = 1; i < c.size(); ++i) EXPECT_LT(c.upper[i - 1], c.lower[i]);
    EXPECT_EQ(c.upper, (std::vector<double>{1, 2, 41}));
}

TEST(NaturalBreaks, FewDistinctValuesGiveExactClasses) {
    const Classification c = classify({7034, 7034, 12, 12}, ClassMethod::natural_breaks, 5, {});
    EXPECT_TRUE(c.exact_values);
    EXPECT_EQ(c.labels, (std::vector<std::string>{"12", "7,034"}));
}

TEST(NaturalBreaks, OneClassHoldsEverything) {
    EXPECT_EQ(bordermap::natural_breaks({5, 1, 3}, 1), (std::vector<double>{5}));
    EXPECT_EQ(bordermap::natural_breaks({5, 1, 3}, 7), (std::vector<double>{1, 3, 5}));
    EXPECT_TRUE(bordermap::natural_breaks({}, 3).empty());
}

TEST(NaturalBreaks, LargeValuesDoNotLoseTheOptimum) {
    // Sums of squares of values near 1e9 cancel badly when computed as sum(x²) - sum(x)²/n.
    std::vector<double> values;
    for (double v : {1, 2, 3, 50, 51, 52, 900, 901}) values.push_back(1e9 + v);
    const Classification c = classify(values, ClassMethod::natural_breaks, 3, {});
    EXPECT_EQ(c.upper, (std::vector<double>{1e9 + 3, 1e9 + 52, 1e9 + 901}));
}

TEST(NaturalBreaks, EveryValueHasAClassAndNoClassIsEmpty) {
    const std::vector<double> values{28028, 8237, 3, 15000, 243, 1778, 1053, 735, 93, 11, 82, 150};
    for (int classes = 1; classes <= 9; ++classes) {
        SCOPED_TRACE("classes " + std::to_string(classes));
        const Classification c = classify(values, ClassMethod::natural_breaks, classes, {});
        EXPECT_EQ(c.size(), static_cast<std::size_t>(classes));
        expect_no_empty_class_and_all_classified(c, values);
    }
}

// --- Unclassed ---------------------------------------------------------------------------------

TEST(Unclassed, EachDistinctValueIsItsOwnClassOnARamp) {
    const Classification c = classify({48000, 1250, 1250, 7034.25}, ClassMethod::unclassed, 5, {}, 0);
    EXPECT_TRUE(c.continuous);
    EXPECT_FALSE(c.exact_values);
    EXPECT_EQ(c.lower, (std::vector<double>{1250, 7034.25, 48000}));
    EXPECT_EQ(c.upper, c.lower);
    EXPECT_EQ(c.labels, (std::vector<std::string>{"1,250", "7,034", "48,000"}));
    EXPECT_EQ(c.class_of(7034.25), 1);
}

TEST(Unclassed, IgnoresTheNumberOfClasses) {
    std::vector<double> values;
    for (int i = 0; i < 30; ++i) values.push_back(i * 3.5);
    EXPECT_EQ(classify(values, ClassMethod::unclassed, 3, {}).size(), 30u);
}

TEST(Unclassed, OneValueIsAnExactClassNotARamp) {
    const Classification c = classify({7034, 7034}, ClassMethod::unclassed, 5, {});
    EXPECT_FALSE(c.continuous);
    EXPECT_TRUE(c.exact_values);
    EXPECT_EQ(c.labels, (std::vector<std::string>{"7,034"}));
}

// --- Ticks of a continuous legend ----------------------------------------------------------------

TEST(RoundTicks, RoundThousandsBetweenTheEnds) {
    EXPECT_EQ(bordermap::round_ticks(1250, 48000, 4, 0), (std::vector<double>{10000, 20000, 30000, 40000}));
}

TEST(RoundTicks, AcrossZero) { EXPECT_EQ(bordermap::round_ticks(-23, 31, 4, 0), (std::vector<double>{-20, 0, 20})); }

TEST(RoundTicks, NeverMoreThanAsked) {
    for (double high : {3.0, 7.0, 10.0, 12.0, 99.0, 101.0, 1e6 + 3}) {
        for (int most = 1; most <= 6; ++most) {
            const auto ticks = bordermap::round_ticks(0, high, most, 0);
            EXPECT_LE(ticks.size(), static_cast<std::size_t>(most)) << high << " " << most;
            for (double t : ticks) {
                EXPECT_GT(t, 0);
                EXPECT_LT(t, high);
            }
        }
    }
}

TEST(RoundTicks, NoFinerThanTheDecimalsShown) {
    EXPECT_EQ(bordermap::round_ticks(0, 3, 4, 0), (std::vector<double>{1, 2}));      // counts: whole numbers
    EXPECT_EQ(bordermap::round_ticks(0, 12, 4, 0), (std::vector<double>{5, 10}));    // 2.5 would need a decimal
    const auto rates = bordermap::round_ticks(0, 1, 4, 2);
    ASSERT_EQ(rates.size(), 4u);
    EXPECT_NEAR(rates[0], 0.2, 1e-12);
    EXPECT_NEAR(rates[3], 0.8, 1e-12);
}

TEST(RoundTicks, NothingForAnEmptyRange) {
    EXPECT_TRUE(bordermap::round_ticks(5, 5, 4, 0).empty());
    EXPECT_TRUE(bordermap::round_ticks(6, 5, 4, 0).empty());
}
