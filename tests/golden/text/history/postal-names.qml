<!DOCTYPE qgis PUBLIC 'http://mrcc.com/qgis.dtd' 'SYSTEM'>
<!-- Written by bordermap 0.1.0: the style of the printed map 'Crossings, 1961' -->
<qgis version="3.22.16" styleCategories="Symbology|Labeling" labelsEnabled="1">
  <renderer-v2 type="graduatedSymbol" attr="coalesce(&quot;value&quot;, -1)" graduatedMethod="GraduatedColor" symbollevels="0" enableorderby="0" forceraster="0" referencescale="-1">
    <ranges>
      <range symbol="0" lower="450" upper="450" label="450" render="true"/>
      <range symbol="1" lower="1200" upper="1200" label="1,200" render="true"/>
    </ranges>
    <symbols>
      <symbol name="0" type="fill" alpha="1" clip_to_extent="1" force_rhr="0">
        <layer class="SimpleFill" enabled="1" locked="0" pass="0">
          <Option type="Map">
            <Option name="color" type="QString" value="254,160,68,255"/>
            <Option name="style" type="QString" value="solid"/>
            <Option name="outline_color" type="QString" value="77,77,77,255"/>
            <Option name="outline_width" type="QString" value="0.21"/>
            <Option name="outline_width_unit" type="QString" value="MM"/>
            <Option name="outline_style" type="QString" value="solid"/>
            <Option name="joinstyle" type="QString" value="round"/>
          </Option>
          <prop k="color" v="254,160,68,255"/>
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
            <Option name="color" type="QString" value="128,0,38,255"/>
            <Option name="style" type="QString" value="solid"/>
            <Option name="outline_color" type="QString" value="77,77,77,255"/>
            <Option name="outline_width" type="QString" value="0.21"/>
            <Option name="outline_width_unit" type="QString" value="MM"/>
            <Option name="outline_style" type="QString" value="solid"/>
            <Option name="joinstyle" type="QString" value="round"/>
          </Option>
          <prop k="color" v="128,0,38,255"/>
          <prop k="style" v="solid"/>
          <prop k="outline_color" v="77,77,77,255"/>
          <prop k="outline_width" v="0.21"/>
          <prop k="outline_width_unit" v="MM"/>
          <prop k="outline_style" v="solid"/>
          <prop k="joinstyle" v="round"/>
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
