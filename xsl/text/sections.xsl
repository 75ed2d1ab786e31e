<?xml version="1.0" encoding="UTF-8"?>
<!--
  The document, its sections, entries with their heading rows, and paragraphs. Each template
  of mode "text" returns one block: a string of lines without a final newline.
-->
<xsl:stylesheet version="3.0"
                xmlns:xsl="http://www.w3.org/1999/XSL/Transform"
                xmlns:xs="http://www.w3.org/2001/XMLSchema"
                xmlns:f="urn:resume:functions"
                xmlns:fp="urn:resume:functions:private"
                xpath-default-namespace="urn:resume:view:1"
                exclude-result-prefixes="#all">

  <xsl:mode name="text" on-no-match="fail"/>

  <!-- The whole résumé: blocks apart by blank lines, one newline at the end. -->
  <xsl:template match="document" mode="text" as="xs:string">
    <xsl:variable name="blocks" as="xs:string*">
      <xsl:apply-templates select="header, section" mode="text"/>
    </xsl:variable>
    <xsl:sequence select="string-join($blocks, $f:blank-line) || $f:nl"/>
  </xsl:template>

  <xsl:template match="section" mode="text" as="xs:string">
    <xsl:variable name="body" as="element()*" select="* except heading"/>
    <xsl:variable name="blocks" as="xs:string*">
      <xsl:apply-templates select="$body" mode="text"/>
    </xsl:variable>
    <xsl:sequence select="string-join((
        if ($f:markdown) then '## ' || f:md-escape(normalize-space(heading)) else f:underlined(heading, '-'),
        f:join-blocks($body, $blocks)[. != '']), $f:blank-line)"/>
  </xsl:template>

  <!-- A paragraph: each of its lines (a line break, br, starts one) wrapped on its own. -->
  <xsl:template match="para" mode="text" as="xs:string">
    <xsl:param name="width" as="xs:integer" select="$text-width" tunnel="yes"/>
    <xsl:variable name="lines" as="xs:string*" select="f:lines(node())"/>
    <xsl:sequence select="
        if ($f:markdown) then f:md-lines($lines, '')
        else string-join($lines ! f:wrap(., $width, '', ''), $f:nl)"/>
  </xsl:template>

  <!--
    An entry: its rows, then its body. In plain text the body follows the rows directly; in
    Markdown the rows are one paragraph (a backslash breaks the line) and a lone row is a list
    item, so that a run of them (awards) makes one list.
  -->
  <xsl:template match="entry" mode="text" as="xs:string">
    <xsl:variable name="rows" as="xs:string*">
      <xsl:apply-templates select="row" mode="text"/>
    </xsl:variable>
    <xsl:variable name="body" as="xs:string*">
      <xsl:apply-templates select="* except row" mode="text"/>
    </xsl:variable>
    <xsl:sequence select="
        if (not($f:markdown)) then string-join(($rows, $body), $f:nl)
        else if (f:compact(.)) then '- ' || $rows
        else string-join((string-join($rows, '\' || $f:nl)[. != ''], $body), $f:blank-line)"/>
  </xsl:template>

  <!--
    A heading row. Markdown: the title row bold, a subtitle row italic, the aside after a dash;
    a lone row (an award) is plain, as a list item. Plain text: a lone row is a bullet item.
  -->
  <xsl:template match="row" mode="text" as="xs:string">
    <xsl:variable name="text" as="xs:string" select="f:inline(text)"/>
    <xsl:variable name="aside" as="xs:string" select="f:inline(aside)"/>
    <xsl:choose>
      <xsl:when test="$f:markdown">
        <xsl:variable name="marker" as="xs:string"
            select="if (f:compact(..)) then '' else if (@role = 'title') then '**' else '*'"/>
        <xsl:sequence select="string-join((
            if ($text = '') then () else $marker || $text || $marker,
            if ($aside = '') then () else $aside), ' — ') ! f:md-block-start(.)"/>
      </xsl:when>
      <xsl:when test="f:compact(..)">
        <xsl:sequence select="string-join(f:row-lines($text, $aside, $text-bullet || ' ', f:spaces(f:width($text-bullet) + 1)), $f:nl)"/>
      </xsl:when>
      <xsl:otherwise>
        <xsl:sequence select="string-join(f:row-lines($text, $aside, '', ''), $f:nl)"/>
      </xsl:otherwise>
    </xsl:choose>
  </xsl:template>
</xsl:stylesheet>
