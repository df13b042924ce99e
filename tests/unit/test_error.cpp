// core/error.hpp: the message a DataError carries is where, what and the fix.
#include <gtest/gtest.h>

#include <string>

#include "bordermap/core/error.hpp"

using bordermap::DataError;

TEST(DataError, MessageIsWhereThenWhatThenFix) {
    const DataError e("figures.csv:12", "the value 'x' is not a number", "Write digits.");
    EXPECT_EQ(std::string(e.what()), "figures.csv:12: the value 'x' is not a number\n  Write digits.");
    EXPECT_EQ(e.where(), "figures.csv:12");
    EXPECT_EQ(e.problem(), "the value 'x' is not a number");
    EXPECT_EQ(e.fix(), "Write digits.");
}

TEST(DataError, WithoutWhereTheMessageIsTheProblem) {
    const DataError e("", "nothing to do");
    EXPECT_EQ(std::string(e.what()), "nothing to do");
    EXPECT_EQ(e.fix(), "");
}

TEST(DataError, IsARuntimeError) {
    EXPECT_THROW(throw DataError("a", "b"), std::runtime_error);
}

TEST(DataError, AtLineJoinsFileAndLine) { EXPECT_EQ(bordermap::at_line("atlas.toml", 42), "atlas.toml:42"); }
