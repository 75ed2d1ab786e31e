<?xml version="1.0" encoding="UTF-8"?>
<!--
  Résumé → XSL-FO, for FOP. The entry: it includes the modules and lays out the page; the
  modules (same names as in xsl/html/) render each part. To restyle, import this stylesheet
  and override parameters or attribute-sets of style.xsl. The input is a prepared résumé
  (urn:resume:view:1) or a canonical one (urn:resume:1), which is prepared first.
-->
<xsl:stylesheet version="3.0"
                xmlns:xsl="http://www.w3.org/1999/XSL/Transform"
                xmlns:xs="http://www.w3.org/2001/XMLSchema"
                xmlns:f="urn:resume:functions"
                xmlns:fo="http://www.w3.org/1999/XSL/Format"
                xpath-default-namespace="urn:resume:view:1"
                exclude-result-prefixes="#all">

  <xsl:import href="../common/prepare.xsl"/>
  <xsl:import href="../common/icons.xsl"/>

  <!-- Included, not imported: the modules' rules then compete by priority alone. -->
  <xsl:include href="style.xsl"/>
  <xsl:include href="header.xsl"/>
  <xsl:include href="sections.xsl"/>
  <xsl:include href="lists.xsl"/>
  <xsl:include href="inline.xsl"/>

  <xsl:output method="xml" encoding="UTF-8" indent="no"/>

  <xsl:template match="/">
    <xsl:apply-templates select="f:prepare(.)/document"/>
  </xsl:template>

  <xsl:template match="document">
    <xsl:if test="not($paper = ('a4', 'letter'))">
      <xsl:message terminate="yes" select="'error: unknown paper ''' || $paper || ''' (use a4 or letter)'"/>
    </xsl:if>
    <fo:root xml:lang="{@xml:lang}" xsl:use-attribute-sets="root.properties">
      <fo:layout-master-set>
        <fo:simple-page-master master-name="page" xsl:use-attribute-sets="page.properties">
          <fo:region-body/>
        </fo:simple-page-master>
      </fo:layout-master-set>
      <xsl:apply-templates select="meta"/>
      <xsl:call-template name="bookmarks"/>
      <fo:page-sequence master-reference="page">
        <fo:flow flow-name="xsl-region-body">
          <xsl:apply-templates select="header, section"/>
        </fo:flow>
      </fo:page-sequence>
    </fo:root>
  </xsl:template>
</xsl:stylesheet>
