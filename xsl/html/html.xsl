<?xml version="1.0" encoding="UTF-8"?>
<!--
  The HTML rendering: a prepared résumé (urn:resume:view:1) → one self-contained HTML5 page.
  Thin entry: the modules decide the look; the common layer decides the content.
  The input is a prepared résumé (urn:resume:view:1, the output of common/prepare.xsl).
-->
<xsl:stylesheet version="3.0"
                xmlns:xsl="http://www.w3.org/1999/XSL/Transform"
                xmlns:xs="http://www.w3.org/2001/XMLSchema"
                xmlns:f="urn:resume:functions"
                xmlns:v="urn:resume:view:1"
                xpath-default-namespace="urn:resume:view:1"
                exclude-result-prefixes="#all">

  <xsl:import href="../common/prepared.xsl"/>
  <xsl:import href="../common/icons.xsl"/>
  <xsl:import href="../common/theme.xsl"/>
  <xsl:include href="style.xsl"/>
  <xsl:include href="inline.xsl"/>
  <xsl:include href="lists.xsl"/>
  <xsl:include href="sections.xsl"/>
  <xsl:include href="header.xsl"/>

  <!-- The page declares its charset itself (<meta charset>), so the serialiser adds none. -->
  <xsl:output method="html" html-version="5" encoding="UTF-8" include-content-type="no" indent="no"/>

  <!-- Indentation of a prepared résumé read from a file is not content; mixed content is kept. -->
  <xsl:strip-space elements="v:document v:meta v:header v:section v:entry v:row v:list"/>

  <xsl:template match="/">
    <xsl:apply-templates select="f:prepared(.)" mode="html"/>
  </xsl:template>
</xsl:stylesheet>
