<?xml version="1.0" encoding="UTF-8"?>
<!-- Rich text: emphasis, super- and subscripts, code, line breaks, links and dates. -->
<xsl:stylesheet version="3.0"
                xmlns:xsl="http://www.w3.org/1999/XSL/Transform"
                xmlns:xs="http://www.w3.org/2001/XMLSchema"
                xmlns:f="urn:resume:functions"
                xmlns:fp="urn:resume:functions:private"
                xpath-default-namespace="urn:resume:view:1"
                exclude-result-prefixes="#all">

  <xsl:template match="em | strong | sup | sub" mode="html">
    <xsl:element name="{local-name()}">
      <xsl:apply-templates mode="html"/>
    </xsl:element>
  </xsl:template>

  <xsl:template match="code" mode="html">
    <code><xsl:value-of select="."/></code>
  </xsl:template>

  <xsl:template match="br" mode="html">
    <br/>
  </xsl:template>

  <!-- Only to the web, mail or phone: the prepare step links nothing else (javascript:, data:, file:…). -->
  <xsl:template match="link" mode="html">
    <a href="{@href}"><xsl:apply-templates mode="html"/></a>
  </xsl:template>

  <xsl:template match="time" mode="html">
    <time>
      <xsl:if test="@datetime"><xsl:attribute name="datetime" select="@datetime"/></xsl:if>
      <xsl:value-of select="."/>
    </time>
  </xsl:template>
</xsl:stylesheet>
