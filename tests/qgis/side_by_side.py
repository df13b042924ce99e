#!/usr/bin/python3
# Evidence for people, not a test: QGIS rendering a layer bordermap wrote (with its .qml)
# beside bordermap's own PNG. Usage: side_by_side.py LAYER.geojson OURS.png OUT.png
# (Debian's python3 with python3-qgis; tests/evidence/ holds the result for the example.)
import os, sys
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
from qgis.core import *
from qgis.PyQt.QtCore import QSize, Qt, QRectF
from qgis.PyQt.QtGui import QColor, QImage, QPainter, QFont
app = QgsApplication([], False); app.initQgis()
layer = QgsVectorLayer(sys.argv[1], "layer", "ogr")
ms = QgsMapSettings(); ms.setLayers([layer])
ms.setDestinationCrs(QgsCoordinateReferenceSystem.fromProj("+proj=lcc +lat_1=40 +lat_2=48 +lat_0=44 +lon_0=126 +datum=WGS84 +units=m +no_defs"))
tr = QgsCoordinateTransform(layer.crs(), ms.destinationCrs(), QgsProject.instance())
e = tr.transformBoundingBox(layer.extent()); e.scale(1.15); ms.setExtent(e)
ms.setOutputSize(QSize(520, 560)); ms.setBackgroundColor(QColor("white"))
job = QgsMapRendererSequentialJob(ms); job.start(); job.waitForFinished()
qgis_img = job.renderedImage()
ours = QImage(sys.argv[2]).scaledToHeight(560, Qt.SmoothTransformation)
out = QImage(qgis_img.width() + ours.width() + 30, 600, QImage.Format_RGB32); out.fill(QColor("white"))
p = QPainter(out); p.setFont(QFont("Noto Sans", 11))
p.drawText(10, 22, "QGIS 3.22, opening " + os.path.basename(sys.argv[1]) + " (style from the .qml)")
p.drawText(qgis_img.width() + 30, 22, "bordermap's PNG")
p.drawImage(0, 36, qgis_img); p.drawImage(qgis_img.width() + 30, 36, ours); p.end()
out.save(sys.argv[3], "png")
del job, ms, layer
app.exitQgis()
