<?xml version="1.0" encoding="UTF-8"?>
<!--
  The theme: one file of settings (xsl/themes/*.xml) read by every format's stylesheet, so the
  PDF and the web page (and the DOCX, read from Java) share fonts, sizes and colours.
-->
<xsl:stylesheet version="3.0"
                xmlns:xsl="http://www.w3.org/1999/XSL/Transform"
                xmlns:xs="http://www.w3.org/2001/XMLSchema"
                xmlns:f="urn:resume:functions"
                xmlns:fp="urn:resume:functions:private"
                exclude-result-prefixes="#all">

  <!-- The theme file's URI; the default is the bundled classic theme. -->
  <xsl:param name="theme" as="xs:string" select="resolve-uri('../themes/classic.xml', static-base-uri())"/>

  <xsl:variable name="fp:theme" as="document-node()" select="doc($theme)"/>
  <xsl:variable name="fp:classic" as="document-node()" select="doc(resolve-uri('../themes/classic.xml', static-base-uri()))"/>

  <!-- A setting of the theme; one the theme lacks comes from the classic theme, with a warning. -->
  <xsl:function name="f:theme" as="xs:string">
    <xsl:param name="key" as="xs:string"/>
    <xsl:variable name="own" select="$fp:theme/theme/setting[@key eq $key]"/>
    <xsl:choose>
      <xsl:when test="exists($own)"><xsl:sequence select="normalize-space($own[1])"/></xsl:when>
      <xsl:otherwise>
        <xsl:message select="'warning: the theme has no setting ''' || $key || ''', using the classic theme''s'"/>
        <xsl:sequence select="normalize-space($fp:classic/theme/setting[@key eq $key][1])"/>
      </xsl:otherwise>
    </xsl:choose>
  </xsl:function>

  <xsl:function name="f:theme-number" as="xs:double">
    <xsl:param name="key" as="xs:string"/>
    <xsl:sequence select="xs:double(f:theme($key))"/>
  </xsl:function>
</xsl:stylesheet>
