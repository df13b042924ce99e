#include "bordermap/export/layer_style.hpp"

#include <algorithm>
#include <cmath>
#include <charconv>
#include <sstream>

#include "bordermap/core/units.hpp"
#include "bordermap/config.hpp"
#include "bordermap/core/xml.hpp"
#include "bordermap/map/notes.hpp"

namespace bordermap {
namespace {

using units::mm_per_pt;

// The shortest text that reads back as exactly `value`: class bounds of rates (549.1333...) must
// not be rounded, or QGIS would find the value outside its own class and draw it unclassed.
std::string round_trip_text(double value) {
    char buffer[40];
    const auto result = std::to_chars(buffer, buffer + sizeof buffer, value);
    return std::string(buffer, result.ptr);
}

std::string rgba(const Colour& c) {
    auto byte = [](double v) { return std::to_string(static_cast<int>(std::lround(std::clamp(v, 0.0, 1.0) * 255))); };
    return byte(c.r) + "," + byte(c.g) + "," + byte(c.b) + ",255";
}

std::string millimetres(double points) { return round_trip_text(std::round(points * mm_per_pt * 1000) / 1000); }

// QGIS symbol layers: the same key/value pairs as an Option map (read by QGIS 3.x) and as
// <prop> elements (read by older versions).
class SymbolLayer {
public:
    explicit SymbolLayer(std::string cls) : class_(std::move(cls)) {}
    SymbolLayer& set(const std::string& key, const std::string& value) {
        options_.emplace_back(key, value);
        return *this;
    }
    // A locked layer keeps its colour when the symbol's colour changes (casings, hatching):
    // QGIS then reports the class colour as the symbol's colour.
    SymbolLayer& lock() {
        locked_ = true;
        return *this;
    }
    SymbolLayer& sub_symbol(std::string xml) {
        sub_symbol_ = std::move(xml);
        return *this;
    }
    // A property QGIS computes per feature from an expression (e.g. a marker's size from its value).
    SymbolLayer& data_defined(const std::string& property, const std::string& expression) {
        data_defined_.emplace_back(property, expression);
        return *this;
    }
    void write(std::ostringstream& out, const std::string& indent) const {
        out << indent << "<layer class=\"" << class_ << "\" enabled=\"1\" locked=\"" << (locked_ ? 1 : 0) << "\" pass=\"0\">\n";
        out << indent << "  <Option type=\"Map\">\n";
        for (const auto& [k, v] : options_)
            out << indent << "    <Option name=\"" << k << "\" type=\"QString\" value=\"" << xml_escape(v) << "\"/>\n";
        out << indent << "  </Option>\n";
        for (const auto& [k, v] : options_) out << indent << "  <prop k=\"" << k << "\" v=\"" << xml_escape(v) << "\"/>\n";
        out << sub_symbol_;
        if (!data_defined_.empty()) {
            out << indent << "  <data_defined_properties>\n" << indent << "    <Option type=\"Map\">\n";
            out << indent << "      <Option name=\"name\" type=\"QString\" value=\"\"/>\n";
            out << indent << "      <Option name=\"properties\" type=\"Map\">\n";
            for (const auto& [property, expression] : data_defined_) {
                out << indent << "        <Option name=\"" << property << "\" type=\"Map\">\n";
                out << indent << "          <Option name=\"active\" type=\"bool\" value=\"true\"/>\n";
                out << indent << "          <Option name=\"expression\" type=\"QString\" value=\"" << xml_escape(expression) << "\"/>\n";
                out << indent << "          <Option name=\"type\" type=\"int\" value=\"3\"/>\n";
                out << indent << "        </Option>\n";
            }
            out << indent << "      </Option>\n" << indent << "      <Option name=\"type\" type=\"QString\" value=\"collection\"/>\n";
            out << indent << "    </Option>\n" << indent << "  </data_defined_properties>\n";
        }
        out << indent << "</layer>\n";
    }

private:
    std::string class_;
    std::vector<std::pair<std::string, std::string>> options_;
    std::string sub_symbol_;
    std::vector<std::pair<std::string, std::string>> data_defined_;
    bool locked_ = false;
};

std::string symbol(const std::string& name, const char* type, const std::vector<SymbolLayer>& layers, const std::string& indent) {
    std::ostringstream out;
    out << indent << "<symbol name=\"" << name << "\" type=\"" << type << "\" alpha=\"1\" clip_to_extent=\"1\" force_rhr=\"0\">\n";
    for (const auto& layer : layers) layer.write(out, indent + "  ");
    out << indent << "</symbol>\n";
    return out.str();
}

SymbolLayer simple_line(const Colour& colour, double width_pt) {
    SymbolLayer line("SimpleLine");
    line.set("line_color", rgba(colour)).set("line_width", millimetres(width_pt)).set("line_width_unit", "MM");
    line.set("line_style", "solid").set("capstyle", "round").set("joinstyle", "round");
    return line;
}

// One class's symbol, as the printed map draws it.
std::string class_symbol(const LayerStyle& style, const std::string& name, const Colour& colour, bool no_data) {
    const Style& v = style.visual;
    const std::string indent = "      ";
    switch (style.geometry) {
        case GeometryType::polygon: {
            SymbolLayer fill("SimpleFill");
            fill.set("color", rgba(no_data ? v.no_data_fill : colour)).set("style", "solid");
            fill.set("outline_color", rgba(v.subject_border)).set("outline_width", millimetres(v.subject_border_pt));
            fill.set("outline_width_unit", "MM").set("outline_style", "solid").set("joinstyle", "round");
            std::vector<SymbolLayer> layers{fill};
            if (no_data) {
                SymbolLayer hatch("LinePatternFill");
                hatch.set("angle", "45").set("distance", round_trip_text(v.hatch_spacing_mm)).set("distance_unit", "MM");
                hatch.set("color", rgba(v.no_data_hatch)).set("line_width", millimetres(v.hatch_pt)).set("line_width_unit", "MM");
                hatch.lock().sub_symbol(symbol("@" + name + "@1", "line", {simple_line(v.no_data_hatch, v.hatch_pt)}, indent + "    "));
                layers.push_back(hatch);
            }
            return symbol(name, "fill", layers, indent);
        }
        case GeometryType::line:
            return symbol(name, "line",
                          {simple_line(v.subject_border, v.subject_river_pt + 0.8).lock(), simple_line(no_data ? v.no_data_fill : colour, v.subject_river_pt)},
                          indent);
        case GeometryType::point: {
            // The printed map's proportional circle: diameter 2 × circle_max_mm × sqrt(value / largest value).
            SymbolLayer marker("SimpleMarker");
            marker.set("name", "circle").set("color", rgba(no_data ? v.no_data_fill : colour)).set("size", round_trip_text(2 * v.circle_max_mm));
            marker.set("size_unit", "MM").set("outline_color", rgba(v.subject_border)).set("outline_width", millimetres(v.subject_border_pt));
            marker.set("outline_width_unit", "MM").set("outline_style", "solid");
            if (!no_data && style.largest_value > 0) {
                marker.data_defined("size", "2 * " + round_trip_text(v.circle_max_mm) + " * sqrt(abs(\"value\") / " + round_trip_text(style.largest_value) + ")");
            }
            return symbol(name, "marker", {marker}, indent);
        }
    }
    return {};
}

// The printed map's label: name, then the value with its qualifier mark, a * for another period, a
// dagger for a derived figure and the number of its footnote.
// (QGIS expressions know only the searched form CASE WHEN ... THEN.)
std::string label_expression(int decimals) {
    return "coalesce(\"label\", \"name_en\") || '\\n' || CASE WHEN \"value\" IS NULL THEN "
           "CASE WHEN \"qualifier\" IN ('not_reported', 'unknown', 'suppressed') THEN replace(\"qualifier\", '_', ' ') ELSE 'no data' END ELSE "
           "CASE WHEN \"qualifier\" = 'about' THEN '\u2248 ' WHEN \"qualifier\" = 'at_least' THEN '\u2265 ' "
           "WHEN \"qualifier\" = 'at_most' THEN '\u2264 ' WHEN \"qualifier\" = 'more_than' THEN '> ' "
           "WHEN \"qualifier\" = 'less_than' THEN '< ' ELSE '' END || "
           "format_number(\"value\", " + std::to_string(decimals) + ") || "
           "CASE WHEN \"period_differs\" = 1 THEN '*' ELSE '' END || CASE WHEN \"derivation\" IS NOT NULL THEN '\u2020' ELSE '' END END || coalesce(\"footnote_mark\", '')";
}

int qgis_geometry_type(GeometryType type) {
    switch (type) {
        case GeometryType::point: return 0;
        case GeometryType::line: return 1;
        case GeometryType::polygon: return 2;
    }
    return 2;
}

// QgsPalLayerSettings placement: over the point inside polygons, along lines, around points.
int qgis_label_placement(GeometryType type) {
    switch (type) {
        case GeometryType::point: return 6;
        case GeometryType::line: return 2;
        case GeometryType::polygon: return 1;
    }
    return 1;
}

std::string hex_of(const Colour& c) { return c.hex(); }

// An unclassed map's palette as QGIS's own gradient ramp (the source ramp of the graduated renderer):
// the ranges carry each value's exact colour, and this ramp is what QGIS uses when the layer is
// reclassified, e.g. after a value is edited. QGIS 3.22 blends stops in sRGB; close stops keep that
// near our CIELAB ramp.
std::string gradient_ramp(const std::vector<Colour>& ramp) {
    std::string stops;
    const std::size_t every = std::max<std::size_t>(1, (ramp.size() - 1) / 16);
    for (std::size_t i = every; i + 1 < ramp.size(); i += every) {
        stops += (stops.empty() ? "" : ":") + round_trip_text(static_cast<double>(i) / static_cast<double>(ramp.size() - 1)) + ";" + rgba(ramp[i]);
    }
    const std::vector<std::pair<std::string, std::string>> options{
        {"color1", rgba(ramp.front())}, {"color2", rgba(ramp.back())}, {"discrete", "0"}, {"rampType", "gradient"}, {"stops", stops}};
    std::ostringstream out;
    out << "    <colorramp type=\"gradient\" name=\"[source]\">\n      <Option type=\"Map\">\n";
    for (const auto& [k, v] : options) out << "        <Option name=\"" << k << "\" type=\"QString\" value=\"" << xml_escape(v) << "\"/>\n";
    out << "      </Option>\n";
    for (const auto& [k, v] : options) out << "      <prop k=\"" << k << "\" v=\"" << xml_escape(v) << "\"/>\n";
    out << "    </colorramp>\n";
    return out.str();
}

}  // namespace

LayerStyle layer_style(const JoinedMap& joined, const MapClasses& classes, GeometryType geometry, const Style& visual) {
    LayerStyle style;
    style.name = joined.spec->id;
    style.title = joined.spec->title;
    style.visual = visual;
    style.geometry = geometry;
    double min_value = INFINITY;
    for (const auto& s : joined.subjects) {
        if (s.feature->geometry.type != geometry) continue;
        if (s.has_value()) min_value = std::min(min_value, s.value());
        else style.has_no_data = true;
    }
    // Below every value, so that no data sorts and classifies apart from every class.
    style.no_data_value = min_value >= 0 ? -1 : std::floor(min_value) - 1;
    if (style.has_no_data) style.no_data_label = missing_legend_label(joined);
    style.decimals = joined.decimals;
    style.largest_value = classes.circle_reference;
    const Classification& c = classes.classification;
    for (std::size_t i = 0; i < c.size(); ++i) style.classes.push_back({c.lower[i], c.upper[i], c.labels[i], classes.colours[i]});
    style.ramp = classes.ramp;
    return style;
}

std::string class_expression(const LayerStyle& style) { return "coalesce(\"value\", " + round_trip_text(style.no_data_value) + ")"; }

std::string to_qml(const LayerStyle& style) {
    const Style& v = style.visual;
    std::ostringstream out;
    out << "<!DOCTYPE qgis PUBLIC 'http://mrcc.com/qgis.dtd' 'SYSTEM'>\n";
    out << "<!-- Written by bordermap " << config::version << ": the style of the printed map '" << xml_escape(style.title) << "' -->\n";
    out << "<qgis version=\"3.22.16\" styleCategories=\"Symbology|Labeling\" labelsEnabled=\"1\">\n";
    out << "  <renderer-v2 type=\"graduatedSymbol\" attr=\"" << xml_escape(class_expression(style))
        << "\" graduatedMethod=\"GraduatedColor\" symbollevels=\"0\" enableorderby=\"0\" forceraster=\"0\" referencescale=\"-1\">\n";
    out << "    <ranges>\n";
    for (std::size_t i = 0; i < style.classes.size(); ++i) {
        const auto& c = style.classes[i];
        out << "      <range symbol=\"" << i << "\" lower=\"" << round_trip_text(c.lower) << "\" upper=\"" << round_trip_text(c.upper) << "\" label=\""
            << xml_escape(c.label) << "\" render=\"true\"/>\n";
    }
    if (style.has_no_data) {
        out << "      <range symbol=\"" << style.classes.size() << "\" lower=\"" << round_trip_text(style.no_data_value) << "\" upper=\""
            << round_trip_text(style.no_data_value) << "\" label=\"" << xml_escape(style.no_data_label) << "\" render=\"true\"/>\n";
    }
    out << "    </ranges>\n    <symbols>\n";
    for (std::size_t i = 0; i < style.classes.size(); ++i) out << class_symbol(style, std::to_string(i), style.classes[i].colour, false);
    if (style.has_no_data) out << class_symbol(style, std::to_string(style.classes.size()), v.no_data_fill, true);
    out << "    </symbols>\n";
    if (!style.ramp.empty()) out << gradient_ramp(style.ramp);
    out << "    <mode name=\"manual\"/>\n";
    out << "    <rotation/>\n    <sizescale/>\n";
    out << "    <labelformat format=\" %1 - %2 \" decimalplaces=\"0\" trimtrailingzeroes=\"1\"/>\n";
    out << "  </renderer-v2>\n";
    out << "  <labeling type=\"simple\">\n    <settings calloutType=\"simple\">\n";
    out << "      <text-style fieldName=\"" << xml_escape(label_expression(style.decimals)) << "\" isExpression=\"1\" fontFamily=\"Noto Sans\""
        << " fontSize=\"" << round_trip_text(v.label_pt) << "\" fontSizeUnit=\"Point\" fontWeight=\"50\" textColor=\"" << rgba(v.text)
        << "\" textOpacity=\"1\" multilineHeight=\"1\" namedStyle=\"Regular\">\n";
    out << "        <families/>\n";
    out << "        <text-buffer bufferDraw=\"1\" bufferSize=\"" << millimetres(1.1) << "\" bufferSizeUnits=\"MM\" bufferColor=\"255,255,255,255\""
        << " bufferOpacity=\"0.9\" bufferNoFill=\"1\" bufferJoinStyle=\"128\" bufferBlendMode=\"0\"/>\n";
    out << "      </text-style>\n";
    out << "      <text-format multilineAlign=\"1\" wrapChar=\"\" autoWrapLength=\"0\" useMaxLineLengthForAutoWrap=\"1\" addDirectionSymbol=\"0\""
        << " formatNumbers=\"0\" decimals=\"3\" plussign=\"0\" reverseDirectionSymbol=\"0\" placeDirectionSymbol=\"0\" leftDirectionSymbol=\"&lt;\""
        << " rightDirectionSymbol=\"&gt;\"/>\n";
    out << "      <placement placement=\"" << qgis_label_placement(style.geometry) << "\" centroidInside=\"1\" centroidWhole=\"0\""
        << " fitInPolygonOnly=\"0\" dist=\"1\" distUnits=\"MM\" placementFlags=\"10\" priority=\"10\" offsetType=\"0\""
        << " quadOffset=\"4\" overrunDistance=\"0\" overrunDistanceUnit=\"MM\" repeatDistance=\"0\" repeatDistanceUnits=\"MM\"/>\n";
    out << "      <rendering drawLabels=\"1\" obstacle=\"1\" obstacleFactor=\"1\" obstacleType=\"1\" displayAll=\"1\" labelPerPart=\"0\""
        << " mergeLines=\"1\" upsidedownLabels=\"0\" limitNumLabels=\"0\" maxNumLabels=\"2000\" minFeatureSize=\"0\" scaleVisibility=\"0\""
        << " fontLimitPixelSize=\"0\" unplacedVisibility=\"0\" zIndex=\"0\"/>\n";
    out << "    </settings>\n  </labeling>\n";
    out << "  <blendMode>0</blendMode>\n  <featureBlendMode>0</featureBlendMode>\n  <layerOpacity>1</layerOpacity>\n";
    out << "  <layerGeometryType>" << qgis_geometry_type(style.geometry) << "</layerGeometryType>\n";
    out << "</qgis>\n";
    return out.str();
}

namespace {

std::string sld_stroke(const Colour& colour, double width_pt, const std::string& indent) {
    std::ostringstream out;
    out << indent << "<se:Stroke>\n"
        << indent << "  <se:SvgParameter name=\"stroke\">" << hex_of(colour) << "</se:SvgParameter>\n"
        << indent << "  <se:SvgParameter name=\"stroke-width\">" << millimetres(width_pt) << "</se:SvgParameter>\n"
        << indent << "  <se:SvgParameter name=\"stroke-linejoin\">round</se:SvgParameter>\n"
        << indent << "  <se:SvgParameter name=\"stroke-linecap\">round</se:SvgParameter>\n"
        << indent << "</se:Stroke>\n";
    return out.str();
}

std::string sld_symbolizers(const LayerStyle& style, const Colour& colour, bool no_data) {
    const Style& v = style.visual;
    const Colour fill = no_data ? v.no_data_fill : colour;
    std::ostringstream out;
    const std::string in = "          ";
    switch (style.geometry) {
        case GeometryType::polygon:
            out << in << "<se:PolygonSymbolizer uom=\"http://www.opengeospatial.org/se/units/metre\">\n";
            out << in << "  <se:Fill><se:SvgParameter name=\"fill\">" << hex_of(fill) << "</se:SvgParameter></se:Fill>\n";
            out << sld_stroke(v.subject_border, v.subject_border_pt, in + "  ");
            out << in << "</se:PolygonSymbolizer>\n";
            if (no_data) {
                // Hatching: a fill graphic of 45° lines, as QGIS exports its line pattern fills.
                out << in << "<se:PolygonSymbolizer>\n" << in << "  <se:Fill>\n" << in << "    <se:GraphicFill>\n"
                    << in << "      <se:Graphic>\n" << in << "        <se:Mark>\n"
                    << in << "          <se:WellKnownName>horline</se:WellKnownName>\n"
                    << sld_stroke(v.no_data_hatch, v.hatch_pt, in + "          ")
                    << in << "        </se:Mark>\n"
                    << in << "        <se:Size>" << round_trip_text(v.hatch_spacing_mm) << "</se:Size>\n"
                    << in << "        <se:Rotation><ogc:Literal>45</ogc:Literal></se:Rotation>\n"
                    << in << "      </se:Graphic>\n" << in << "    </se:GraphicFill>\n" << in << "  </se:Fill>\n"
                    << in << "</se:PolygonSymbolizer>\n";
            }
            break;
        case GeometryType::line:
            out << in << "<se:LineSymbolizer>\n" << sld_stroke(v.subject_border, v.subject_river_pt + 0.8, in + "  ") << in << "</se:LineSymbolizer>\n";
            out << in << "<se:LineSymbolizer>\n" << sld_stroke(fill, v.subject_river_pt, in + "  ") << in << "</se:LineSymbolizer>\n";
            break;
        case GeometryType::point:
            out << in << "<se:PointSymbolizer>\n" << in << "  <se:Graphic>\n" << in << "    <se:Mark>\n"
                << in << "      <se:WellKnownName>circle</se:WellKnownName>\n"
                << in << "      <se:Fill><se:SvgParameter name=\"fill\">" << hex_of(fill) << "</se:SvgParameter></se:Fill>\n"
                << sld_stroke(v.subject_border, v.subject_border_pt, in + "      ")
                << in << "    </se:Mark>\n" << in << "    <se:Size>" << millimetres(9) << "</se:Size>\n"
                << in << "  </se:Graphic>\n" << in << "</se:PointSymbolizer>\n";
            break;
    }
    return out.str();
}

std::string sld_rule(const LayerStyle& style, const std::string& name, const std::string& filter, const Colour& colour, bool no_data) {
    std::ostringstream out;
    out << "        <se:Rule>\n"
        << "          <se:Name>" << xml_escape(name) << "</se:Name>\n"
        << "          <se:Description><se:Title>" << xml_escape(name) << "</se:Title></se:Description>\n"
        << "          <ogc:Filter xmlns:ogc=\"http://www.opengis.net/ogc\">\n" << filter << "          </ogc:Filter>\n"
        << sld_symbolizers(style, colour, no_data) << "        </se:Rule>\n";
    return out.str();
}

}  // namespace

std::string to_sld(const LayerStyle& style) {
    std::ostringstream out;
    out << "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n";
    out << "<!-- Written by bordermap " << config::version << ": the style of the printed map '" << xml_escape(style.title) << "' -->\n";
    out << "<StyledLayerDescriptor version=\"1.1.0\" xmlns=\"http://www.opengis.net/sld\" xmlns:se=\"http://www.opengis.net/se\""
           " xmlns:ogc=\"http://www.opengis.net/ogc\" xmlns:xlink=\"http://www.w3.org/1999/xlink\""
           " xmlns:xsi=\"http://www.w3.org/2001/XMLSchema-instance\""
           " xsi:schemaLocation=\"http://www.opengis.net/sld http://schemas.opengis.net/sld/1.1.0/StyledLayerDescriptor.xsd\">\n";
    out << "  <NamedLayer>\n    <se:Name>" << xml_escape(style.name) << "</se:Name>\n    <UserStyle>\n"
        << "      <se:Name>" << xml_escape(style.name) << "</se:Name>\n      <se:FeatureTypeStyle>\n";
    for (const auto& c : style.classes) {
        std::ostringstream filter;
        filter << "            <ogc:And>\n"
               << "              <ogc:PropertyIsGreaterThanOrEqualTo><ogc:PropertyName>value</ogc:PropertyName><ogc:Literal>"
               << round_trip_text(c.lower) << "</ogc:Literal></ogc:PropertyIsGreaterThanOrEqualTo>\n"
               << "              <ogc:PropertyIsLessThanOrEqualTo><ogc:PropertyName>value</ogc:PropertyName><ogc:Literal>"
               << round_trip_text(c.upper) << "</ogc:Literal></ogc:PropertyIsLessThanOrEqualTo>\n"
               << "            </ogc:And>\n";
        out << sld_rule(style, c.label, filter.str(), c.colour, false);
    }
    if (style.has_no_data) {
        out << sld_rule(style, style.no_data_label, "            <ogc:PropertyIsNull><ogc:PropertyName>value</ogc:PropertyName></ogc:PropertyIsNull>\n",
                        style.visual.no_data_fill, true);
    }
    out << "        <se:Rule>\n          <se:Name>Labels</se:Name>\n          <se:TextSymbolizer>\n"
        << "            <se:Label><ogc:PropertyName>name_en</ogc:PropertyName></se:Label>\n"
        << "            <se:Font><se:SvgParameter name=\"font-family\">Noto Sans</se:SvgParameter>"
        << "<se:SvgParameter name=\"font-size\">" << round_trip_text(style.visual.label_pt) << "</se:SvgParameter></se:Font>\n"
        << "            <se:Halo><se:Radius>1</se:Radius><se:Fill><se:SvgParameter name=\"fill\">#ffffff</se:SvgParameter></se:Fill></se:Halo>\n"
        << "            <se:Fill><se:SvgParameter name=\"fill\">" << hex_of(style.visual.text) << "</se:SvgParameter></se:Fill>\n"
        << "          </se:TextSymbolizer>\n        </se:Rule>\n";
    out << "      </se:FeatureTypeStyle>\n    </UserStyle>\n  </NamedLayer>\n</StyledLayerDescriptor>\n";
    return out.str();
}

}  // namespace bordermap
