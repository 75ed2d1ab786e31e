<?xml version="1.0" encoding="UTF-8"?>
<!--
  Lists: bullets are drawn by CSS list markers; numbered items show their own label
  (such as "[1]") as text, so the number is part of the page, as in the other formats.
-->
<xsl:stylesheet version="3.0"
                xmlns:xsl="http://www.w3.org/1999/XSL/Transform"
                xmlns:xs="http://www.w3.org/2001/XMLSchema"
                xpath-default-namespace="urn:resume:view:1"
                exclude-result-prefixes="#all">

  <xsl:template match="list[@style eq 'bullet']" mode="html">
    <ul class="bullets"><xsl:apply-templates select="item" mode="html"/></ul>
  </xsl:template>

  <xsl:template match="list[@style eq 'numbered']" mode="html">
    <ol class="numbered"><xsl:apply-templates select="item" mode="html"/></ol>
  </xsl:template>

  <xsl:template match="item" mode="html">
    <li>
      <xsl:copy-of select="@dir"/>
      <xsl:if test="@label">
        <span class="label"><xsl:value-of select="@label"/></span>
        <xsl:text> </xsl:text>
      </xsl:if>
      <xsl:apply-templates mode="html"/>
    </li>
  </xsl:template>
</xsl:stylesheet>
