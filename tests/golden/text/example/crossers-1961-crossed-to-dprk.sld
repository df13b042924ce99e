<?xml version="1.0" encoding="UTF-8"?>
<!-- Written by bordermap 0.1.0: the style of the printed map 'Crossers into North Korea and what became of them, 1961: Crossed' -->
<StyledLayerDescriptor version="1.1.0" xmlns="http://www.opengis.net/sld" xmlns:se="http://www.opengis.net/se" xmlns:ogc="http://www.opengis.net/ogc" xmlns:xlink="http://www.w3.org/1999/xlink" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" xsi:schemaLocation="http://www.opengis.net/sld http://schemas.opengis.net/sld/1.1.0/StyledLayerDescriptor.xsd">
  <NamedLayer>
    <se:Name>crossers-1961-crossed-to-dprk</se:Name>
    <UserStyle>
      <se:Name>crossers-1961-crossed-to-dprk</se:Name>
      <se:FeatureTypeStyle>
        <se:Rule>
          <se:Name>213</se:Name>
          <se:Description><se:Title>213</se:Title></se:Description>
          <ogc:Filter xmlns:ogc="http://www.opengis.net/ogc">
            <ogc:And>
              <ogc:PropertyIsGreaterThanOrEqualTo><ogc:PropertyName>value</ogc:PropertyName><ogc:Literal>213</ogc:Literal></ogc:PropertyIsGreaterThanOrEqualTo>
              <ogc:PropertyIsLessThanOrEqualTo><ogc:PropertyName>value</ogc:PropertyName><ogc:Literal>213</ogc:Literal></ogc:PropertyIsLessThanOrEqualTo>
            </ogc:And>
          </ogc:Filter>
          <se:PolygonSymbolizer uom="http://www.opengeospatial.org/se/units/metre">
            <se:Fill><se:SvgParameter name="fill">#fff0a6</se:SvgParameter></se:Fill>
            <se:Stroke>
              <se:SvgParameter name="stroke">#4d4d4d</se:SvgParameter>
              <se:SvgParameter name="stroke-width">0.21</se:SvgParameter>
              <se:SvgParameter name="stroke-linejoin">round</se:SvgParameter>
              <se:SvgParameter name="stroke-linecap">round</se:SvgParameter>
            </se:Stroke>
          </se:PolygonSymbolizer>
        </se:Rule>
        <se:Rule>
          <se:Name>2,361</se:Name>
          <se:Description><se:Title>2,361</se:Title></se:Description>
          <ogc:Filter xmlns:ogc="http://www.opengis.net/ogc">
            <ogc:And>
              <ogc:PropertyIsGreaterThanOrEqualTo><ogc:PropertyName>value</ogc:PropertyName><ogc:Literal>2361</ogc:Literal></ogc:PropertyIsGreaterThanOrEqualTo>
              <ogc:PropertyIsLessThanOrEqualTo><ogc:PropertyName>value</ogc:PropertyName><ogc:Literal>2361</ogc:Literal></ogc:PropertyIsLessThanOrEqualTo>
            </ogc:And>
          </ogc:Filter>
          <se:PolygonSymbolizer uom="http://www.opengeospatial.org/se/units/metre">
            <se:Fill><se:SvgParameter name="fill">#ffe58f</se:SvgParameter></se:Fill>
            <se:Stroke>
              <se:SvgParameter name="stroke">#4d4d4d</se:SvgParameter>
              <se:SvgParameter name="stroke-width">0.21</se:SvgParameter>
              <se:SvgParameter name="stroke-linejoin">round</se:SvgParameter>
              <se:SvgParameter name="stroke-linecap">round</se:SvgParameter>
            </se:Stroke>
          </se:PolygonSymbolizer>
        </se:Rule>
        <se:Rule>
          <se:Name>7,034</se:Name>
          <se:Description><se:Title>7,034</se:Title></se:Description>
          <ogc:Filter xmlns:ogc="http://www.opengis.net/ogc">
            <ogc:And>
              <ogc:PropertyIsGreaterThanOrEqualTo><ogc:PropertyName>value</ogc:PropertyName><ogc:Literal>7034</ogc:Literal></ogc:PropertyIsGreaterThanOrEqualTo>
              <ogc:PropertyIsLessThanOrEqualTo><ogc:PropertyName>value</ogc:PropertyName><ogc:Literal>7034</ogc:Literal></ogc:PropertyIsLessThanOrEqualTo>
            </ogc:And>
          </ogc:Filter>
          <se:PolygonSymbolizer uom="http://www.opengeospatial.org/se/units/metre">
            <se:Fill><se:SvgParameter name="fill">#ffc15d</se:SvgParameter></se:Fill>
            <se:Stroke>
              <se:SvgParameter name="stroke">#4d4d4d</se:SvgParameter>
              <se:SvgParameter name="stroke-width">0.21</se:SvgParameter>
              <se:SvgParameter name="stroke-linejoin">round</se:SvgParameter>
              <se:SvgParameter name="stroke-linecap">round</se:SvgParameter>
            </se:Stroke>
          </se:PolygonSymbolizer>
        </se:Rule>
        <se:Rule>
          <se:Name>8,237</se:Name>
          <se:Description><se:Title>8,237</se:Title></se:Description>
          <ogc:Filter xmlns:ogc="http://www.opengis.net/ogc">
            <ogc:And>
              <ogc:PropertyIsGreaterThanOrEqualTo><ogc:PropertyName>value</ogc:PropertyName><ogc:Literal>8237</ogc:Literal></ogc:PropertyIsGreaterThanOrEqualTo>
              <ogc:PropertyIsLessThanOrEqualTo><ogc:PropertyName>value</ogc:PropertyName><ogc:Literal>8237</ogc:Literal></ogc:PropertyIsLessThanOrEqualTo>
            </ogc:And>
          </ogc:Filter>
          <se:PolygonSymbolizer uom="http://www.opengeospatial.org/se/units/metre">
            <se:Fill><se:SvgParameter name="fill">#feb550</se:SvgParameter></se:Fill>
            <se:Stroke>
              <se:SvgParameter name="stroke">#4d4d4d</se:SvgParameter>
              <se:SvgParameter name="stroke-width">0.21</se:SvgParameter>
              <se:SvgParameter name="stroke-linejoin">round</se:SvgParameter>
              <se:SvgParameter name="stroke-linecap">round</se:SvgParameter>
            </se:Stroke>
          </se:PolygonSymbolizer>
        </se:Rule>
        <se:Rule>
          <se:Name>28,028</se:Name>
          <se:Description><se:Title>28,028</se:Title></se:Description>
          <ogc:Filter xmlns:ogc="http://www.opengis.net/ogc">
            <ogc:And>
              <ogc:PropertyIsGreaterThanOrEqualTo><ogc:PropertyName>value</ogc:PropertyName><ogc:Literal>28028</ogc:Literal></ogc:PropertyIsGreaterThanOrEqualTo>
              <ogc:PropertyIsLessThanOrEqualTo><ogc:PropertyName>value</ogc:PropertyName><ogc:Literal>28028</ogc:Literal></ogc:PropertyIsLessThanOrEqualTo>
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
          <se:Name>Not reported</se:Name>
          <se:Description><se:Title>Not reported</se:Title></se:Description>
          <ogc:Filter xmlns:ogc="http://www.opengis.net/ogc">
            <ogc:PropertyIsNull><ogc:PropertyName>value</ogc:PropertyName></ogc:PropertyIsNull>
          </ogc:Filter>
          <se:PolygonSymbolizer uom="http://www.opengeospatial.org/se/units/metre">
            <se:Fill><se:SvgParameter name="fill">#ffffff</se:SvgParameter></se:Fill>
            <se:Stroke>
              <se:SvgParameter name="stroke">#4d4d4d</se:SvgParameter>
              <se:SvgParameter name="stroke-width">0.21</se:SvgParameter>
              <se:SvgParameter name="stroke-linejoin">round</se:SvgParameter>
              <se:SvgParameter name="stroke-linecap">round</se:SvgParameter>
            </se:Stroke>
          </se:PolygonSymbolizer>
          <se:PolygonSymbolizer>
            <se:Fill>
              <se:GraphicFill>
                <se:Graphic>
                  <se:Mark>
                    <se:WellKnownName>horline</se:WellKnownName>
                    <se:Stroke>
                      <se:SvgParameter name="stroke">#8c8c8c</se:SvgParameter>
                      <se:SvgParameter name="stroke-width">0.12</se:SvgParameter>
                      <se:SvgParameter name="stroke-linejoin">round</se:SvgParameter>
                      <se:SvgParameter name="stroke-linecap">round</se:SvgParameter>
                    </se:Stroke>
                  </se:Mark>
                  <se:Size>1.3</se:Size>
                  <se:Rotation><ogc:Literal>45</ogc:Literal></se:Rotation>
                </se:Graphic>
              </se:GraphicFill>
            </se:Fill>
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
