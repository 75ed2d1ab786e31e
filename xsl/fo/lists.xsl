<?xml version="1.0" encoding="UTF-8"?>
<!--
  Lists: bullets are decoration; a numbered item shows its own label (item/@label, "[1]"),
  decided by the prepare step. An item that fits on a page is not split across pages.
-->
<xsl:stylesheet version="3.0"
                xmlns:xsl="http://www.w3.org/1999/XSL/Transform"
                xmlns:xs="http://www.w3.org/2001/XMLSchema"
                xmlns:fo="http://www.w3.org/1999/XSL/Format"
                xpath-default-namespace="urn:resume:view:1"
                exclude-result-prefixes="#all">

  <xsl:template match="list[@style eq 'numbered']">
    <fo:list-block xsl:use-attribute-sets="list.numbered.properties">
      <xsl:call-template name="part-key"/>
      <xsl:apply-templates/>
    </fo:list-block>
  </xsl:template>

  <xsl:template match="list">
    <fo:list-block xsl:use-attribute-sets="list.bullet.properties">
      <xsl:call-template name="part-key"/>
      <xsl:apply-templates/>
    </fo:list-block>
  </xsl:template>

  <xsl:template match="list[@style eq 'numbered']/item" priority="1">
    <fo:list-item xsl:use-attribute-sets="list.numbered.item.properties">
      <fo:list-item-label end-indent="label-end()">
        <fo:block xsl:use-attribute-sets="list.numbered.label.properties"><xsl:value-of select="@label"/></fo:block>
      </fo:list-item-label>
      <xsl:call-template name="item-body"/>
    </fo:list-item>
  </xsl:template>

  <xsl:template match="list/item">
    <fo:list-item xsl:use-attribute-sets="list.item.properties">
      <fo:list-item-label end-indent="label-end()">
        <fo:block xsl:use-attribute-sets="list.bullet.label.properties"><xsl:value-of select="$bullet"/></fo:block>
      </fo:list-item-label>
      <xsl:call-template name="item-body"/>
    </fo:list-item>
  </xsl:template>

  <xsl:template name="item-body">
    <fo:list-item-body start-indent="body-start()">
      <fo:block><xsl:apply-templates/></fo:block>
    </fo:list-item-body>
  </xsl:template>
</xsl:stylesheet>
