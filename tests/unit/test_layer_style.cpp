// The QGIS (QML) and SLD styles: the printed map's classes, colours, no-data symbol and labels.
#include <gtest/gtest.h>

#include <cpl_minixml.h>

#include <memory>
#include <regex>
#include <cstdlib>

#include "bordermap/export/layer_style.hpp"
#include "test_support.hpp"

using bordermap::Colour;
using bordermap::GeometryType;
using bordermap::LayerStyle;
using bordermap::test::contains;

namespace {

struct XmlDeleter {
    void operator()(CPLXMLNode* node) const { CPLDestroyXMLNode(node); }
};
using Xml = std::unique_ptr<CPLXMLNode, XmlDeleter>;

LayerStyle sample(GeometryType geometry, bool no_data) {
    LayerStyle style;
    style.name = "crossings";
    style.title = "Crossings & returns, <1961>";
    style.geometry = geometry;
    style.classes = {{8237, 8237, "8,237", Colour::hex("#ffeda0")}, {10000, 28028, "10,000 \u2013 28,028", Colour::hex("#f03b20")}};
    style.has_no_data = no_data;
    style.no_data_value = -1;
    return style;
}

std::vector<const CPLXMLNode*> children(const CPLXMLNode* parent, const char* name) {
    std::vector<const CPLXMLNode*> out;
    for (const CPLXMLNode* c = parent ? parent->psChild : nullptr; c; c = c->psNext)
        if (c->eType == CXT_Element && std::string(c->pszValue) == name) out.push_back(c);
    return out;
}

}  // namespace

TEST(Qml, IsAGraduatedRendererOnTheValueWithNoDataBelowEveryClass) {
    const Xml root(CPLParseXMLString(bordermap::to_qml(sample(GeometryType::polygon, true)).c_str()));
    ASSERT_TRUE(root) << "the QML is not well-formed XML";
    const CPLXMLNode* qgis = CPLSearchXMLNode(root.get(), "=qgis");
    ASSERT_NE(qgis, nullptr);
    EXPECT_STREQ(CPLGetXMLValue(qgis, "labelsEnabled", ""), "1");
    const CPLXMLNode* renderer = CPLGetXMLNode(qgis, "renderer-v2");
    ASSERT_NE(renderer, nullptr);
    EXPECT_STREQ(CPLGetXMLValue(renderer, "type", ""), "graduatedSymbol");
    EXPECT_STREQ(CPLGetXMLValue(renderer, "attr", ""), "coalesce(\"value\", -1)");
    const auto ranges = children(CPLGetXMLNode(renderer, "ranges"), "range");
    ASSERT_EQ(ranges.size(), 3u);
    EXPECT_STREQ(CPLGetXMLValue(ranges[0], "lower", ""), "8237");
    EXPECT_STREQ(CPLGetXMLValue(ranges[1], "lower", ""), "10000");
    EXPECT_STREQ(CPLGetXMLValue(ranges[1], "upper", ""), "28028");
    EXPECT_STREQ(CPLGetXMLValue(ranges[1], "label", ""), "10,000 \u2013 28,028");
    EXPECT_STREQ(CPLGetXMLValue(ranges[2], "label", ""), "No data");
    EXPECT_STREQ(CPLGetXMLValue(ranges[2], "lower", ""), "-1");
    EXPECT_STREQ(CPLGetXMLValue(CPLGetXMLNode(qgis, "layerGeometryType"), "", ""), "2");
}

TEST(Qml, ClassColoursAndTheHatchedNoDataSymbol) {
    const std::string qml = bordermap::to_qml(sample(GeometryType::polygon, true));
    EXPECT_TRUE(contains(qml, "value=\"255,237,160,255\"")) << "class 1 is #ffeda0";
    EXPECT_TRUE(contains(qml, "value=\"240,59,32,255\"")) << "class 2 is #f03b20";
    EXPECT_TRUE(contains(qml, "class=\"LinePatternFill\" enabled=\"1\" locked=\"1\"")) << "no data is hatched, colour-locked";
    EXPECT_FALSE(contains(bordermap::to_qml(sample(GeometryType::polygon, false)), "LinePatternFill"));
    EXPECT_FALSE(contains(bordermap::to_qml(sample(GeometryType::polygon, false)), "No data"));
}

TEST(Qml, RiverCasingIsColourLockedSoTheSymbolReportsTheClassColour) {
    const std::string qml = bordermap::to_qml(sample(GeometryType::line, false));
    const auto first_casing = qml.find("class=\"SimpleLine\" enabled=\"1\" locked=\"1\"");
    const auto first_colour = qml.find("class=\"SimpleLine\" enabled=\"1\" locked=\"0\"");
    ASSERT_NE(first_casing, std::string::npos);
    ASSERT_NE(first_colour, std::string::npos);
    EXPECT_LT(first_casing, first_colour) << "the casing is drawn first, under the class colour";
    EXPECT_TRUE(contains(qml, "<layerGeometryType>1</layerGeometryType>"));
}

TEST(Qml, LabelExpressionUsesOnlyTheSearchedCaseFormQgisKnows) {
    const std::string qml = bordermap::to_qml(sample(GeometryType::polygon, true));
    EXPECT_TRUE(contains(qml, "fieldName=\"coalesce(&quot;label&quot;, &quot;name_en&quot;) || &apos;\\n&apos;"))
        << "labels use the name of the map's period (the 'label' property) as the printed map does";
    EXPECT_FALSE(std::regex_search(qml, std::regex("CASE &quot;"))) << "QGIS has no CASE <expression> WHEN form";
    EXPECT_TRUE(contains(qml, "format_number(&quot;value&quot;, 0)")) << "counts are labelled without decimals";
}

TEST(Qml, LabelsShowTheDecimalsOfThePrintedMap) {
    LayerStyle style = sample(GeometryType::polygon, true);
    style.decimals = 1;
    EXPECT_TRUE(contains(bordermap::to_qml(style), "format_number(&quot;value&quot;, 1)"));
}

TEST(Qml, UserTextIsEscaped) {
    const std::string qml = bordermap::to_qml(sample(GeometryType::polygon, true));
    EXPECT_TRUE(contains(qml, "Crossings &amp; returns, &lt;1961&gt;"));
    EXPECT_FALSE(contains(qml, "<1961>"));
}

TEST(Qml, NegativeDataPutsTheNoDataValueBelowTheMinimum) {
    LayerStyle style = sample(GeometryType::polygon, true);
    style.no_data_value = -13;
    EXPECT_EQ(bordermap::class_expression(style), "coalesce(\"value\", -13)");
}

TEST(Sld, HasOneRulePerClassOneForNoDataAndOneForLabels) {
    const Xml root(CPLParseXMLString(bordermap::to_sld(sample(GeometryType::polygon, true)).c_str()));
    ASSERT_TRUE(root) << "the SLD is not well-formed XML";
    const CPLXMLNode* descriptor = CPLSearchXMLNode(root.get(), "=StyledLayerDescriptor");
    ASSERT_NE(descriptor, nullptr);
    EXPECT_STREQ(CPLGetXMLValue(descriptor, "version", ""), "1.1.0");
    const CPLXMLNode* style = CPLSearchXMLNode(root.get(), "=se:FeatureTypeStyle");
    ASSERT_NE(style, nullptr);
    const auto rules = children(style, "se:Rule");
    ASSERT_EQ(rules.size(), 4u);
    EXPECT_STREQ(CPLGetXMLValue(rules[0], "se:Name", ""), "8,237");
    EXPECT_STREQ(CPLGetXMLValue(rules[2], "se:Name", ""), "No data");
    EXPECT_NE(CPLSearchXMLNode(const_cast<CPLXMLNode*>(rules[2]), "=ogc:PropertyIsNull"), nullptr);
    EXPECT_NE(CPLSearchXMLNode(const_cast<CPLXMLNode*>(rules[3]), "=se:TextSymbolizer"), nullptr);
}

TEST(Sld, ClassRulesFilterOnTheClassBoundsAndFillWithTheClassColour) {
    const std::string sld = bordermap::to_sld(sample(GeometryType::polygon, false));
    EXPECT_TRUE(contains(sld, "<ogc:PropertyIsGreaterThanOrEqualTo><ogc:PropertyName>value</ogc:PropertyName><ogc:Literal>10000</ogc:Literal>"));
    EXPECT_TRUE(contains(sld, "<ogc:PropertyIsLessThanOrEqualTo><ogc:PropertyName>value</ogc:PropertyName><ogc:Literal>28028</ogc:Literal>"));
    EXPECT_TRUE(contains(sld, "<se:SvgParameter name=\"fill\">#f03b20</se:SvgParameter>"));
    EXPECT_FALSE(contains(sld, "PropertyIsNull"));
}

TEST(Qml, ClassBoundsOfRatesReadBackExactly) {
    // 8,237 people over 15 months: a bound rounded to 15 digits would leave the value outside its class.
    LayerStyle style = sample(GeometryType::polygon, false);
    const double rate = 8237.0 / 15;
    style.classes = {{rate, rate, "549", Colour::hex("#ffeda0")}};
    const std::string qml = bordermap::to_qml(style);
    const std::regex range("lower=\"([^\"]+)\" upper=\"([^\"]+)\"");
    std::smatch m;
    ASSERT_TRUE(std::regex_search(qml, m, range)) << qml;
    EXPECT_EQ(std::strtod(m[1].str().c_str(), nullptr), rate) << m[1];
    EXPECT_EQ(std::strtod(m[2].str().c_str(), nullptr), rate) << m[2];
    EXPECT_TRUE(contains(bordermap::to_qml(sample(GeometryType::polygon, false)), "lower=\"8237\"")) << "whole numbers stay short";
}

TEST(Qml, PointsAreProportionalCirclesAsOnTheMap) {
    LayerStyle style = sample(GeometryType::point, true);
    style.largest_value = 2667;
    const std::string qml = bordermap::to_qml(style);
    EXPECT_TRUE(contains(qml, "<data_defined_properties>"));
    EXPECT_TRUE(contains(qml, "value=\"2 * 7 * sqrt(abs(&quot;value&quot;) / 2667)\"")) << "diameter in mm from the style's circle_max_mm";
    // The no-data class keeps its fixed circle: only one data-defined size, in the value classes' symbols.
    std::size_t count = 0;
    for (std::size_t at = qml.find("data_defined_properties>"); at != std::string::npos; at = qml.find("data_defined_properties>", at + 1)) ++count;
    EXPECT_EQ(count, 2 * (style.classes.size())) << "an opening and a closing tag per value class";
}
