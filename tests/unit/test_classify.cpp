// map/classify.hpp: class breaks for choropleths.
#include <gtest/gtest.h>

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
