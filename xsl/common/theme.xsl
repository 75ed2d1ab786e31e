<?xml version="1.0" encoding="UTF-8"?>
<!--
  The theme: the settings (fonts, sizes, colours) of one file of xsl/themes/, shared by every
  format. Java reads the theme file, fills in what it leaves out from the classic theme (with a
  warning) and passes the format's settings in; the DOCX renderer reads the same (theme.Theme).
-->
<xsl:stylesheet version="3.0"
                xmlns:xsl="http://www.w3.org/1999/XSL/Transform"
                xmlns:xs="http://www.w3.org/2001/XMLSchema"
                xmlns:f="urn:resume:functions"
                exclude-result-prefixes="#all">

  <!-- Every setting this format reads, by key (io.resume.theme.Theme#settingsFor). -->
  <xsl:param name="theme" as="map(xs:string, xs:string)" required="yes"/>

  <xsl:function name="f:theme" as="xs:string">
    <xsl:param name="key" as="xs:string"/>
    <xsl:sequence select="($theme($key), error(xs:QName('f:no-setting'), 'no theme setting ''' || $key || ''' was given'))[1]"/>
  </xsl:function>

  <xsl:function name="f:theme-number" as="xs:double">
    <xsl:param name="key" as="xs:string"/>
    <xsl:sequence select="xs:double(f:theme($key))"/>
  </xsl:function>
</xsl:stylesheet>
