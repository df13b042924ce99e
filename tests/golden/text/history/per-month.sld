<?xml version="1.0" encoding="UTF-8"?>
<!-- Written by bordermap 0.1.0: the style of the printed map 'Crossings, 1961' -->
<StyledLayerDescriptor version="1.1.0" xmlns="http://www.opengis.net/sld" xmlns:se="http://www.opengis.net/se" xmlns:ogc="http://www.opengis.net/ogc" xmlns:xlink="http://www.w3.org/1999/xlink" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" xsi:schemaLocation="http://www.opengis.net/sld http://schemas.opengis.net/sld/1.1.0/StyledLayerDescriptor.xsd">
  <NamedLayer>
    <se:Name>per-month</se:Name>
    <UserStyle>
      <se:Name>per-month</se:Name>
      <se:FeatureTypeStyle>
        <se:Rule>
          <se:Name>30</se:Name>
          <se:Description><se:Title>30</se:Title></se:Description>
          <ogc:Filter xmlns:ogc="http://www.opengis.net/ogc">
            <ogc:And>
              <ogc:PropertyIsGreaterThanOrEqualTo><ogc:PropertyName>value</ogc:PropertyName><ogc:Literal>30</ogc:Literal></ogc:PropertyIsGreaterThanOrEqualTo>
              <ogc:PropertyIsLessThanOrEqualTo><ogc:PropertyName>value</ogc:PropertyName><ogc:Literal>30</ogc:Literal></ogc:PropertyIsLessThanOrEqualTo>
            </ogc:And>
          </ogc:Filter>
          <se:PolygonSymbolizer uom="http://www.opengeospatial.org/se/units/metre">
            <se:Fill><se:SvgParameter name="fill">#feb44e</se:SvgParameter></se:Fill>
            <se:Stroke>
              <se:SvgParameter name="stroke">#4d4d4d</se:SvgParameter>
              <se:SvgParameter name="stroke-width">0.21</se:SvgParameter>
              <se:SvgParameter name="stroke-linejoin">round</se:SvgParameter>
              <se:SvgParameter name="stroke-linecap">round</se:SvgParameter>
            </se:Stroke>
          </se:PolygonSymbolizer>
        </se:Rule>
        <se:Rule>
          <se:Name>100</se:Name>
          <se:Description><se:Title>100</se:Title></se:Description>
          <ogc:Filter xmlns:ogc="http://www.opengis.net/ogc">
            <ogc:And>
              <ogc:PropertyIsGreaterThanOrEqualTo><ogc:PropertyName>value</ogc:PropertyName><ogc:Literal>100</ogc:Literal></ogc:PropertyIsGreaterThanOrEqualTo>
              <ogc:PropertyIsLessThanOrEqualTo><ogc:PropertyName>value</ogc:PropertyName><ogc:Literal>100</ogc:Literal></ogc:PropertyIsLessThanOrEqualTo>
            </ogc:And>
          </ogc:Filter>
          <se:PolygonSymbolizer uom="http://www.opengeospatial.org/se/units/metre">
            <se:Fill><se:SvgParameter name="fill">#800026</se:SvgParameter></se:Fill>
            <se:Stroke>
              <se:SvgParameter name="stroke">#4d4d4d</se:SvgParameter>
              <se:SvgParameter name="stroke-width">0.21</se:SvgParameter>
              <se:SvgParameter name="stroke-linejoin">round</se:SvgParameter>
              <se:SvgParameter name="stroke-linecap">round</se:SvgParameter>
            </se:Stroke>
          </se:PolygonSymbolizer>
        </se:Rule>
        <se:Rule>
          <se:Name>Labels</se:Name>
          <se:TextSymbolizer>
            <se:Label><ogc:PropertyName>name_en</ogc:PropertyName></se:Label>
            <se:Font><se:SvgParameter name="font-family">Noto Sans</se:SvgParameter><se:SvgParameter name="font-size">7.5</se:SvgParameter></se:Font>
            <se:Halo><se:Radius>1</se:Radius><se:Fill><se:SvgParameter name="fill">#ffffff</se:SvgParameter></se:Fill></se:Halo>
            <se:Fill><se:SvgParameter name="fill">#222222</se:SvgParameter></se:Fill>
          </se:TextSymbolizer>
        </se:Rule>
      </se:FeatureTypeStyle>
    </UserStyle>
  </NamedLayer>
</StyledLayerDescriptor>
