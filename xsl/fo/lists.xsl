<?xml version="1.0" encoding="UTF-8"?>
<!--
  Lists: bullets are decoration; a numbered item shows its own label (item/@label, "[1]"),
  decided by the prepare step. An item that fits on a page is not split across pages. An item
  may hold paragraphs and lists of its own, drawn under its text.
-->
<xsl:stylesheet version="3.0"
                xmlns:xsl="http://www.w3.org/1999/XSL/Transform"
                xmlns:xs="http://www.w3.org/2001/XMLSchema"
                xmlns:f="urn:resume:functions"
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

  <!-- The item's text, then the paragraphs and lists it holds, aligned with its text. -->
  <xsl:template name="item-body">
    <fo:list-item-body start-indent="body-start()">
      <fo:block><xsl:apply-templates select="node() except (para | list)"/></fo:block>
      <xsl:apply-templates select="para | list"/>
    </fo:list-item-body>
  </xsl:template>

  <!-- A list inside an item starts where the item's text does, not at the page's margin. -->
  <xsl:template match="item/list" priority="1">
    <fo:list-block xsl:use-attribute-sets="list.nested.properties">
      <xsl:if test="@style eq 'numbered'">
        <xsl:attribute name="provisional-distance-between-starts" select="f:pt(2.2)"/>
      </xsl:if>
      <xsl:apply-templates/>
    </fo:list-block>
  </xsl:template>
</xsl:stylesheet>
