<!DOCTYPE qgis PUBLIC 'http://mrcc.com/qgis.dtd' 'SYSTEM'>
<!-- Written by bordermap 0.1.0: the style of the printed map 'Ethnic Koreans crossing into North Korea per month: 1961' -->
<qgis version="3.22.16" styleCategories="Symbology|Labeling" labelsEnabled="1">
  <renderer-v2 type="graduatedSymbol" attr="coalesce(&quot;value&quot;, -1)" graduatedMethod="GraduatedColor" symbollevels="0" enableorderby="0" forceraster="0" referencescale="-1">
    <ranges>
      <range symbol="0" lower="549.1333333333333" upper="549.1333333333333" label="549" render="true"/>
      <range symbol="1" lower="549.1333333333334" upper="2335.6666666666665" label="2,323 – 2,336" render="true"/>
      <range symbol="2" lower="-1" upper="-1" label="Not reported" render="true"/>
    </ranges>
    <symbols>
      <symbol name="0" type="fill" alpha="1" clip_to_extent="1" force_rhr="0">
        <layer class="SimpleFill" enabled="1" locked="0" pass="0">
          <Option type="Map">
            <Option name="color" type="QString" value="255,237,160,255"/>
            <Option name="style" type="QString" value="solid"/>
            <Option name="outline_color" type="QString" value="77,77,77,255"/>
            <Option name="outline_width" type="QString" value="0.21"/>
            <Option name="outline_width_unit" type="QString" value="MM"/>
            <Option name="outline_style" type="QString" value="solid"/>
            <Option name="joinstyle" type="QString" value="round"/>
          </Option>
          <prop k="color" v="255,237,160,255"/>
          <prop k="style" v="solid"/>
          <prop k="outline_color" v="77,77,77,255"/>
          <prop k="outline_width" v="0.21"/>
          <prop k="outline_width_unit" v="MM"/>
          <prop k="outline_style" v="solid"/>
          <prop k="joinstyle" v="round"/>
        </layer>
      </symbol>
      <symbol name="1" type="fill" alpha="1" clip_to_extent="1" force_rhr="0">
        <layer class="SimpleFill" enabled="1" locked="0" pass="0">
          <Option type="Map">
            <Option name="color" type="QString" value="240,59,32,255"/>
            <Option name="style" type="QString" value="solid"/>
            <Option name="outline_color" type="QString" value="77,77,77,255"/>
            <Option name="outline_width" type="QString" value="0.21"/>
            <Option name="outline_width_unit" type="QString" value="MM"/>
            <Option name="outline_style" type="QString" value="solid"/>
            <Option name="joinstyle" type="QString" value="round"/>
          </Option>
          <prop k="color" v="240,59,32,255"/>
          <prop k="style" v="solid"/>
          <prop k="outline_color" v="77,77,77,255"/>
          <prop k="outline_width" v="0.21"/>
          <prop k="outline_width_unit" v="MM"/>
          <prop k="outline_style" v="solid"/>
          <prop k="joinstyle" v="round"/>
        </layer>
      </symbol>
      <symbol name="2" type="fill" alpha="1" clip_to_extent="1" force_rhr="0">
        <layer class="SimpleFill" enabled="1" locked="0" pass="0">
          <Option type="Map">
            <Option name="color" type="QString" value="255,255,255,255"/>
            <Option name="style" type="QString" value="solid"/>
            <Option name="outline_color" type="QString" value="77,77,77,255"/>
            <Option name="outline_width" type="QString" value="0.21"/>
            <Option name="outline_width_unit" type="QString" value="MM"/>
            <Option name="outline_style" type="QString" value="solid"/>
            <Option name="joinstyle" type="QString" value="round"/>
          </Option>
          <prop k="color" v="255,255,255,255"/>
          <prop k="style" v="solid"/>
          <prop k="outline_color" v="77,77,77,255"/>
          <prop k="outline_width" v="0.21"/>
          <prop k="outline_width_unit" v="MM"/>
          <prop k="outline_style" v="solid"/>
          <prop k="joinstyle" v="round"/>
        </layer>
        <layer class="LinePatternFill" enabled="1" locked="1" pass="0">
          <Option type="Map">
            <Option name="angle" type="QString" value="45"/>
            <Option name="distance" type="QString" value="1.3"/>
            <Option name="distance_unit" type="QString" value="MM"/>
            <Option name="color" type="QString" value="140,140,140,255"/>
            <Option name="line_width" type="QString" value="0.12"/>
            <Option name="line_width_unit" type="QString" value="MM"/>
          </Option>
          <prop k="angle" v="45"/>
          <prop k="distance" v="1.3"/>
          <prop k="distance_unit" v="MM"/>
          <prop k="color" v="140,140,140,255"/>
          <prop k="line_width" v="0.12"/>
          <prop k="line_width_unit" v="MM"/>
          <symbol name="@2@1" type="line" alpha="1" clip_to_extent="1" force_rhr="0">
            <layer class="SimpleLine" enabled="1" locked="0" pass="0">
              <Option type="Map">
                <Option name="line_color" type="QString" value="140,140,140,255"/>
                <Option name="line_width" type="QString" value="0.12"/>
                <Option name="line_width_unit" type="QString" value="MM"/>
                <Option name="line_style" type="QString" value="solid"/>
                <Option name="capstyle" type="QString" value="round"/>
                <Option name="joinstyle" type="QString" value="round"/>
              </Option>
              <prop k="line_color" v="140,140,140,255"/>
              <prop k="line_width" v="0.12"/>
              <prop k="line_width_unit" v="MM"/>
              <prop k="line_style" v="solid"/>
              <prop k="capstyle" v="round"/>
              <prop k="joinstyle" v="round"/>
            </layer>
          </symbol>
        </layer>
      </symbol>
    </symbols>
    <mode name="manual"/>
    <rotation/>
    <sizescale/>
    <labelformat format=" %1 - %2 " decimalplaces="0" trimtrailingzeroes="1"/>
  </renderer-v2>
  <labeling type="simple">
    <settings calloutType="simple">
      <text-style fieldName="coalesce(&quot;label&quot;, &quot;name_en&quot;) || &apos;\n&apos; || CASE WHEN &quot;value&quot; IS NULL THEN CASE WHEN &quot;qualifier&quot; IN (&apos;not_reported&apos;, &apos;unknown&apos;, &apos;suppressed&apos;) THEN replace(&quot;qualifier&quot;, &apos;_&apos;, &apos; &apos;) ELSE &apos;no data&apos; END ELSE CASE WHEN &quot;qualifier&quot; = &apos;about&apos; THEN &apos;≈ &apos; WHEN &quot;qualifier&quot; = &apos;at_least&apos; THEN &apos;≥ &apos; WHEN &quot;qualifier&quot; = &apos;at_most&apos; THEN &apos;≤ &apos; WHEN &quot;qualifier&quot; = &apos;more_than&apos; THEN &apos;&gt; &apos; WHEN &quot;qualifier&quot; = &apos;less_than&apos; THEN &apos;&lt; &apos; ELSE &apos;&apos; END || format_number(&quot;value&quot;, 0) || CASE WHEN &quot;period_differs&quot; = 1 THEN &apos;*&apos; ELSE &apos;&apos; END || CASE WHEN &quot;derivation&quot; IS NOT NULL THEN &apos;†&apos; ELSE &apos;&apos; END END || coalesce(&quot;footnote_mark&quot;, &apos;&apos;)" isExpression="1" fontFamily="Noto Sans" fontSize="7.5" fontSizeUnit="Point" fontWeight="50" textColor="34,34,34,255" textOpacity="1" multilineHeight="1" namedStyle="Regular">
        <families/>
        <text-buffer bufferDraw="1" bufferSize="0.388" bufferSizeUnits="MM" bufferColor="255,255,255,255" bufferOpacity="0.9" bufferNoFill="1" bufferJoinStyle="128" bufferBlendMode="0"/>
      </text-style>
      <text-format multilineAlign="1" wrapChar="" autoWrapLength="0" useMaxLineLengthForAutoWrap="1" addDirectionSymbol="0" formatNumbers="0" decimals="3" plussign="0" reverseDirectionSymbol="0" placeDirectionSymbol="0" leftDirectionSymbol="&lt;" rightDirectionSymbol="&gt;"/>
      <placement placement="1" centroidInside="1" centroidWhole="0" fitInPolygonOnly="0" dist="1" distUnits="MM" placementFlags="10" priority="10" offsetType="0" quadOffset="4" overrunDistance="0" overrunDistanceUnit="MM" repeatDistance="0" repeatDistanceUnits="MM"/>
      <rendering drawLabels="1" obstacle="1" obstacleFactor="1" obstacleType="1" displayAll="1" labelPerPart="0" mergeLines="1" upsidedownLabels="0" limitNumLabels="0" maxNumLabels="2000" minFeatureSize="0" scaleVisibility="0" fontLimitPixelSize="0" unplacedVisibility="0" zIndex="0"/>
    </settings>
  </labeling>
  <blendMode>0</blendMode>
  <featureBlendMode>0</featureBlendMode>
  <layerOpacity>1</layerOpacity>
  <layerGeometryType>2</layerGeometryType>
</qgis>
