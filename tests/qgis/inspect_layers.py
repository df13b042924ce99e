#!/usr/bin/python3
"""Open GIS layers in headless QGIS and write down what QGIS makes of them.

Usage: inspect_layers.py OUTPUT.json SOURCE [SOURCE ...]

SOURCE is a GeoJSON path or "path.gpkg|layername=NAME". Each source is opened the way a QGIS
user opens it (QgsVectorLayer with the "ogr" provider, which applies the default style: the
.qml beside a GeoJSON, the layer_styles row of a GeoPackage layer). For each layer the JSON
records validity, CRS, feature count, geometry type, every feature's attributes, the renderer
(for a graduated renderer its class attribute and ranges), whether labels are on, and what
loadDefaultStyle() says. The layer is then rendered alone (labels off) to a PNG beside
OUTPUT.json, and the colour QGIS drew at each feature's point on surface (a line's midpoint)
is recorded.

Run it with Debian's /usr/bin/python3 (python3-qgis, qgis-providers). It sets its own
environment for a headless QGIS. It exits 0 unless Python itself fails; problems with a layer
are recorded in the JSON for the caller to judge.
"""

import json
import os
import sys
import tempfile

# A headless QGIS: no display, and a private runtime folder so Qt does not warn about it.
os.environ["QT_QPA_PLATFORM"] = "offscreen"
if not os.environ.get("XDG_RUNTIME_DIR") or not os.path.isdir(os.environ["XDG_RUNTIME_DIR"]):
    os.environ["XDG_RUNTIME_DIR"] = tempfile.mkdtemp(prefix="qgis-runtime-")
os.environ.setdefault("QGIS_NO_OVERRIDE_IMPORT", "1")

from qgis.core import (  # noqa: E402  (the environment above must be set first)
    Qgis,
    QgsApplication,
    QgsCoordinateReferenceSystem,
    QgsCoordinateTransform,
    QgsGeometry,
    QgsMapRendererSequentialJob,
    QgsMapSettings,
    QgsPointXY,
    QgsProject,
    QgsVectorLayer,
    QgsWkbTypes,
)
from qgis.PyQt.QtCore import QDate, QDateTime, QSize, QTime, QVariant  # noqa: E402
from qgis.PyQt.QtGui import QColor  # noqa: E402

RENDER_WIDTH = 800
NEIGHBOURHOOD = 2  # pixels either side of the sampled one, recorded for thin lines


def plain(value):
    """A QGIS attribute value as JSON: NULL as null, dates as ISO strings."""
    if value is None:
        return None
    if isinstance(value, QVariant):
        return None if value.isNull() else plain(value.value())
    if isinstance(value, (QDate, QDateTime, QTime)):
        return value.toString("yyyy-MM-dd" if isinstance(value, QDate) else "yyyy-MM-ddTHH:mm:ss") or None
    if isinstance(value, (bool, int, str)):
        return value
    if isinstance(value, float):
        return value if value == value else None  # NaN is not JSON
    if isinstance(value, (list, tuple)):
        return [plain(v) for v in value]
    if isinstance(value, dict):
        return {str(k): plain(v) for k, v in value.items()}
    return str(value)


def hex_colour(colour):
    return QColor(colour).name() if colour is not None else None


def symbol_layers(symbol):
    """Each layer of a symbol: its type, colour and, for fills, brush and stroke."""
    layers = []
    if symbol is None:
        return layers
    for index in range(symbol.symbolLayerCount()):
        sl = symbol.symbolLayer(index)
        entry = {"type": sl.layerType(), "colour": hex_colour(sl.color()), "alpha": sl.color().alpha(),
                 "enabled": sl.enabled(), "properties": plain(dict(sl.properties()))}
        for getter, key in (("fillColor", "fill_colour"), ("strokeColor", "stroke_colour")):
            if hasattr(sl, getter):
                try:
                    entry[key] = hex_colour(getattr(sl, getter)())
                except Exception:  # noqa: BLE001  (not every layer implements every getter)
                    pass
        if hasattr(sl, "brushStyle"):
            entry["brush_style"] = int(sl.brushStyle())
        sub = sl.subSymbol()
        if sub is not None:
            entry["sub_symbol"] = {"colour": hex_colour(sub.color()), "layers": symbol_layers(sub)}
        layers.append(entry)
    return layers


def describe_symbol(symbol):
    if symbol is None:
        return None
    return {"colour": hex_colour(symbol.color()), "opacity": symbol.opacity(), "layers": symbol_layers(symbol)}


def describe_renderer(layer):
    renderer = layer.renderer()
    if renderer is None:
        return {"type": None}
    result = {"type": renderer.type()}
    if renderer.type() == "graduatedSymbol":
        result["class_attribute"] = renderer.classAttribute()
        result["ranges"] = [
            {"lower": r.lowerValue(), "upper": r.upperValue(), "label": r.label(), "render": r.renderState(),
             "colour": hex_colour(r.symbol().color()) if r.symbol() else None, "symbol": describe_symbol(r.symbol())}
            for r in renderer.ranges()
        ]
    elif renderer.type() == "singleSymbol":
        result["symbol"] = describe_symbol(renderer.symbol())
    elif renderer.type() == "categorizedSymbol":
        result["class_attribute"] = renderer.classAttribute()
        result["categories"] = [
            {"value": plain(c.value()), "label": c.label(), "colour": hex_colour(c.symbol().color()) if c.symbol() else None}
            for c in renderer.categories()
        ]
    return result


def sample_point(geometry):
    """Where to read a feature's colour: its point on surface, a line's midpoint, a point itself."""
    if geometry is None or geometry.isEmpty():
        return None
    kind = geometry.type()
    if kind == QgsWkbTypes.LineGeometry:
        if geometry.isMultipart():
            # the midpoint of the longest part, so the sample lies on a drawn line
            parts = [QgsGeometry(p.clone()) for p in geometry.constParts()]
            geometry = max(parts, key=lambda g: g.length())
        point = geometry.interpolate(geometry.length() / 2)
    elif kind == QgsWkbTypes.PointGeometry:
        point = QgsGeometry.fromPointXY(geometry.asMultiPoint()[0]) if geometry.isMultipart() else geometry
    else:
        point = geometry.pointOnSurface()
    if point is None or point.isEmpty():
        return None
    return point.asPoint()


def render(layer, png_path, features):
    """Renders the layer alone, labels off, and reads the colour at each feature's sample point."""
    crs = QgsCoordinateReferenceSystem("EPSG:4326")
    extent = layer.extent()
    if layer.crs() != crs:
        extent = QgsCoordinateTransform(layer.crs(), crs, QgsProject.instance()).transformBoundingBox(extent)
    margin = 0.05 * max(extent.width(), extent.height(), 1e-6)
    extent = extent.buffered(margin)
    height = max(1, int(round(RENDER_WIDTH * extent.height() / extent.width())))

    labels_were_on = layer.labelsEnabled()
    layer.setLabelsEnabled(False)
    settings = QgsMapSettings()
    settings.setLayers([layer])
    settings.setDestinationCrs(crs)
    settings.setExtent(extent)
    settings.setOutputSize(QSize(RENDER_WIDTH, height))
    settings.setOutputDpi(96)
    settings.setBackgroundColor(QColor(255, 255, 255))
    settings.setFlag(QgsMapSettings.Antialiasing, True)
    settings.setFlag(QgsMapSettings.DrawLabeling, False)
    job = QgsMapRendererSequentialJob(settings)
    job.start()
    job.waitForFinished()
    image = job.renderedImage()
    layer.setLabelsEnabled(labels_were_on)
    saved = image.save(png_path, "PNG")

    to_image = QgsCoordinateTransform(layer.crs(), crs, QgsProject.instance()) if layer.crs() != crs else None
    m2p = settings.mapToPixel()
    samples = {}
    for feature in layer.getFeatures():
        point = sample_point(feature.geometry())
        entry = {"pixel": None, "x": None, "y": None, "neighbourhood": []}
        if point is not None:
            if to_image is not None:
                point = to_image.transform(point)
            pixel = m2p.transform(QgsPointXY(point))
            x, y = int(pixel.x()), int(pixel.y())
            entry["x"], entry["y"] = x, y
            if 0 <= x < image.width() and 0 <= y < image.height():
                entry["pixel"] = image.pixelColor(x, y).name()
                for dy in range(-NEIGHBOURHOOD, NEIGHBOURHOOD + 1):
                    for dx in range(-NEIGHBOURHOOD, NEIGHBOURHOOD + 1):
                        if 0 <= x + dx < image.width() and 0 <= y + dy < image.height():
                            entry["neighbourhood"].append(image.pixelColor(x + dx, y + dy).name())
        samples[str(feature.id())] = entry
    for feature in features:
        feature["sample"] = samples.get(str(feature["fid"]))
    return {"png": png_path, "saved": bool(saved), "width": image.width(), "height": image.height(),
            "extent": [extent.xMinimum(), extent.yMinimum(), extent.xMaximum(), extent.yMaximum()]}


def inspect(source, index, output_folder, stem):
    name = "layer%d" % index
    record = {"source": source, "name": name}
    layer = QgsVectorLayer(source, name, "ogr")  # default options: the default style is loaded
    record["is_valid"] = layer.isValid()
    if not layer.isValid():
        record["error"] = layer.error().summary() if layer.error() else ""
        return record
    record["crs"] = layer.crs().authid()
    record["feature_count"] = layer.featureCount()
    record["geometry_type"] = QgsWkbTypes.geometryDisplayString(layer.geometryType())
    record["wkb_type"] = QgsWkbTypes.displayString(layer.wkbType())
    record["style_uri"] = layer.styleURI()
    record["fields"] = [{"name": f.name(), "type": f.typeName()} for f in layer.fields()]
    names = layer.fields().names()
    features = []
    for feature in layer.getFeatures():
        features.append({"fid": feature.id(), "attributes": {n: plain(feature[n]) for n in names}})
    record["features"] = features
    # What the layer carries as opened, before anything else touches its style.
    record["renderer"] = describe_renderer(layer)
    record["labels_enabled"] = layer.labelsEnabled()
    record["labeling_type"] = layer.labeling().type() if layer.labeling() is not None else None
    # The same default style, asked for explicitly: its messages and whether it loaded.
    fresh = QgsVectorLayer(source, name + "-style", "ogr", QgsVectorLayer.LayerOptions(False, False))  # no style until asked
    message, ok = fresh.loadDefaultStyle()
    record["load_default_style"] = {"message": message, "ok": bool(ok), "renderer_type": fresh.renderer().type()
                                    if fresh.renderer() else None}
    record["render"] = render(layer, os.path.join(output_folder, "%s-%d.png" % (stem, index)), features)
    return record


def main(argv):
    if len(argv) < 3:
        sys.stderr.write(__doc__)
        return 2
    output = os.path.abspath(argv[1])
    output_folder = os.path.dirname(output)
    os.makedirs(output_folder, exist_ok=True)
    stem = os.path.splitext(os.path.basename(output))[0]

    app = QgsApplication([], False)
    app.setPrefixPath("/usr", True)
    app.initQgis()
    result = {"qgis_version": Qgis.QGIS_VERSION, "layers": []}
    try:
        for index, source in enumerate(argv[2:]):
            try:
                result["layers"].append(inspect(source, index, output_folder, stem))
            except Exception as error:  # noqa: BLE001  (recorded, so the caller sees which layer)
                result["layers"].append({"source": source, "is_valid": False, "error": "%s: %s" % (type(error).__name__, error)})
        with open(output, "w", encoding="utf-8") as out:
            json.dump(result, out, indent=1, ensure_ascii=False)
    finally:
        QgsProject.instance().clear()
        app.exitQgis()
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
