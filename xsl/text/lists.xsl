<?xml version="1.0" encoding="UTF-8"?>
<!--
  Lists. Plain text: "• " items, and numbered items with their own label ("[1] "), wrapped with
  a hanging indent. Markdown: a "- " list, and numbered items as paragraphs that start with
  their label, since a Markdown ordered list would replace "[1]" with "1.". What an item holds
  (paragraphs, a list inside the list) follows its text, indented to it.
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

  <!--
    An item: its lines, then the paragraphs and lists it holds, indented to where its text starts
    (in Markdown, a numbered item is a paragraph, so what it holds follows it unindented).
  -->
  <xsl:template match="item" mode="text" as="xs:string">
    <xsl:param name="width" as="xs:integer" select="$text-width" tunnel="yes"/>
    <xsl:variable name="numbered" as="xs:boolean" select="../@style = 'numbered'"/>
    <xsl:variable name="marker" as="xs:string" select="if ($numbered) then string(@label) else $text-bullet"/>
    <xsl:variable name="lines" as="xs:string*" select="f:lines(node() except (para | list))"/>
    <xsl:variable name="hang" as="xs:string" select="
        if ($f:markdown) then (if ($numbered) then '' else '  ')
        else if ($marker = '') then '' else f:spaces(f:width($marker) + 1)"/>
    <xsl:variable name="text" as="xs:string">
      <xsl:choose>
        <xsl:when test="$f:markdown and $numbered">
          <xsl:sequence select="f:md-lines((string-join((f:md-escape(string(@label)), $lines[1])[. != ''], ' '), tail($lines)), '')"/>
        </xsl:when>
        <xsl:when test="$f:markdown">
          <xsl:sequence select="'- ' || f:md-lines($lines, $hang)"/>
        </xsl:when>
        <xsl:otherwise>
          <xsl:sequence select="string-join((
              f:wrap(($lines[1], '')[1], $width, if ($marker = '') then '' else $marker || ' ', $hang),
              tail($lines) ! f:wrap(., $width, $hang, $hang)), $f:nl)"/>
        </xsl:otherwise>
      </xsl:choose>
    </xsl:variable>
    <xsl:variable name="blocks" as="xs:string*">
      <xsl:apply-templates select="para | list" mode="text">
        <xsl:with-param name="width" select="$width - string-length($hang)" tunnel="yes"/>
      </xsl:apply-templates>
    </xsl:variable>
    <xsl:variable name="parts" as="element()*" select="para | list"/>
    <!-- In Markdown a paragraph inside an item needs a blank line before it; a list does not, and the list stays tight. -->
    <xsl:sequence select="string-join(($text, for $i in 1 to count($blocks) return
        (if ($f:markdown and $parts[$i]/self::para) then $f:blank-line else $f:nl) || fp:indented($blocks[$i], $hang)))"/>
  </xsl:template>

  <!-- Each line of a block that is not empty, after $indent. -->
  <xsl:function name="fp:indented" as="xs:string">
    <xsl:param name="block" as="xs:string"/>
    <xsl:param name="indent" as="xs:string"/>
    <xsl:sequence select="string-join(tokenize($block, $f:nl) ! (if (. = '') then . else $indent || .), $f:nl)"/>
  </xsl:function>
</xsl:stylesheet>
