<?xml version="1.0" encoding="UTF-8"?>
<!--
  Inline markup: emphasis, strong, super- and subscripts, code, line breaks, links and dates.
-->
<xsl:stylesheet version="3.0"
                xmlns:xsl="http://www.w3.org/1999/XSL/Transform"
                xmlns:xs="http://www.w3.org/2001/XMLSchema"
                xmlns:f="urn:resume:functions"
                xmlns:fo="http://www.w3.org/1999/XSL/Format"
                xmlns:fox="http://xmlgraphics.apache.org/fop/extensions"
                xpath-default-namespace="urn:resume:view:1"
                exclude-result-prefixes="#all">

  <xsl:template match="em">
    <fo:inline font-style="italic"><xsl:apply-templates/></fo:inline>
  </xsl:template>

  <xsl:template match="strong">
    <fo:inline font-weight="bold"><xsl:apply-templates/></fo:inline>
  </xsl:template>

  <xsl:template match="sup">
    <fo:inline xsl:use-attribute-sets="superscript.properties"><xsl:apply-templates/></fo:inline>
  </xsl:template>

  <xsl:template match="sub">
    <fo:inline xsl:use-attribute-sets="subscript.properties"><xsl:apply-templates/></fo:inline>
  </xsl:template>

  <xsl:template match="code">
    <fo:inline xsl:use-attribute-sets="code.properties"><xsl:apply-templates/></fo:inline>
  </xsl:template>

  <!--
    A line break: an empty block ends the line; the text goes on on the next one. FOP makes no
    line of an empty block, so a break right after another holds a no-break space: the empty
    line two breaks make (a blank line between paragraphs of one text) stays.
  -->
  <xsl:template match="br">
    <fo:block/>
  </xsl:template>

  <xsl:template match="br[preceding-sibling::node()[1][self::br]]">
    <fo:block>&#xA0;</fo:block>
  </xsl:template>

  <xsl:template match="time">
    <xsl:apply-templates/>
  </xsl:template>

  <xsl:template match="link">
    <fo:basic-link external-destination="{f:fo-uri(@href)}" fox:alt-text="{normalize-space()}"
                   xsl:use-attribute-sets="link.properties">
      <xsl:apply-templates/>
    </fo:basic-link>
  </xsl:template>

  <!-- An element this stylesheet does not know: its text is kept, and the gap reported. -->
  <xsl:template match="*" priority="-1">
    <xsl:message select="'warning: no PDF rendering for element ' || name() || '; its text is kept as is'"/>
    <xsl:apply-templates/>
  </xsl:template>

  <!-- A URI as an XSL-FO uri-specification. -->
  <xsl:function name="f:fo-uri" as="xs:string">
    <xsl:param name="href" as="xs:string"/>
    <xsl:sequence select="'url(''' || replace(iri-to-uri($href), '''', '%27') || ''')'"/>
  </xsl:function>
</xsl:stylesheet>
