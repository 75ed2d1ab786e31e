<?xml version="1.0" encoding="UTF-8"?>
<!--
  Markdown (CommonMark, with inline HTML for superscripts as GitHub allows) for a README or a profile page.
  Input: a prepared résumé (the output of common/prepare.xsl).
-->
<xsl:stylesheet version="3.0"
                xmlns:xsl="http://www.w3.org/1999/XSL/Transform"
                xmlns:xs="http://www.w3.org/2001/XMLSchema"
                xmlns:f="urn:resume:functions"
                xpath-default-namespace="urn:resume:view:1"
                exclude-result-prefixes="#all">

  <xsl:import href="../common/prepared.xsl"/>
  <xsl:import href="common.xsl"/>
  <xsl:import href="header.xsl"/>
  <xsl:import href="sections.xsl"/>
  <xsl:import href="lists.xsl"/>
  <xsl:import href="inline.xsl"/>

  <xsl:output method="text" encoding="UTF-8"/>

  <xsl:variable name="f:markdown" as="xs:boolean" select="true()"/>

  <xsl:template match="/">
    <xsl:apply-templates select="f:prepared(.)" mode="text"/>
  </xsl:template>
</xsl:stylesheet>
