<?xml version="1.0" encoding="UTF-8"?>
<!--
  Lists. Plain text: "• " items, and numbered items with their own label ("[1] "), wrapped with
  a hanging indent. Markdown: a "- " list, and numbered items as paragraphs that start with
  their label, since a Markdown ordered list would replace "[1]" with "1.".
-->
<xsl:stylesheet version="3.0"
                xmlns:xsl="http://www.w3.org/1999/XSL/Transform"
                xmlns:xs="http://www.w3.org/2001/XMLSchema"
                xmlns:f="urn:resume:functions"
                xmlns:fp="urn:resume:functions:private"
                xpath-default-namespace="urn:resume:view:1"
                exclude-result-prefixes="#all">

  <!-- The bullet of plain text; a Markdown list always uses "- ". -->
  <xsl:param name="text-bullet" as="xs:string" select="'•'"/>

  <xsl:template match="list" mode="text" as="xs:string">
    <xsl:variable name="items" as="xs:string*">
      <xsl:apply-templates select="item" mode="text"/>
    </xsl:variable>
    <xsl:sequence select="string-join($items, if ($f:markdown and @style = 'numbered') then $f:blank-line else $f:nl)"/>
  </xsl:template>

  <xsl:template match="item" mode="text" as="xs:string">
    <xsl:variable name="marker" as="xs:string" select="if (../@style = 'numbered') then string(@label) else $text-bullet"/>
    <xsl:choose>
      <xsl:when test="$f:markdown and ../@style = 'numbered'">
        <xsl:sequence select="f:md-block-start(string-join((f:md-escape(@label), f:inline(.))[. != ''], ' '))"/>
      </xsl:when>
      <xsl:when test="$f:markdown">
        <xsl:sequence select="'- ' || f:md-block-start(f:inline(.))"/>
      </xsl:when>
      <xsl:when test="$marker = ''">
        <xsl:sequence select="string-join(f:wrap(f:inline(.), $text-width, '', ''), $f:nl)"/>
      </xsl:when>
      <xsl:otherwise>
        <xsl:variable name="hang" as="xs:string" select="f:spaces(f:width($marker) + 1)"/>
        <xsl:sequence select="string-join(f:wrap(f:inline(.), $text-width, $marker || ' ', $hang), $f:nl)"/>
      </xsl:otherwise>
    </xsl:choose>
  </xsl:template>
</xsl:stylesheet>
