<?xml version="1.0" encoding="UTF-8"?>
<!--
  Labels: every word the reader sees that is not the résumé's own comes from
  xsl/l10n/<lang>.xml. A key missing in that language falls back to English
  with a warning, never to a blank. How the language writes lists, spans and
  numbers comes from CLDR (ICU4J, the icu:* functions registered by Java).
-->
<xsl:stylesheet version="3.0"
                xmlns:xsl="http://www.w3.org/1999/XSL/Transform"
                xmlns:xs="http://www.w3.org/2001/XMLSchema"
                xmlns:f="urn:resume:functions"
                xmlns:fp="urn:resume:functions:private"
                xmlns:icu="urn:resume:icu"
                xmlns:array="http://www.w3.org/2005/xpath-functions/array"
                exclude-result-prefixes="#all">

  <!-- The language of the labels; empty means the résumé's own xml:lang, else English. -->
  <xsl:param name="lang" as="xs:string" select="''"/>

  <!-- As BCP 47 writes it (zh-Hant, pt-BR); one that is no language tag is passed over, with a warning. -->
  <xsl:variable name="f:lang" as="xs:string">
    <xsl:variable name="given" select="($lang, string(/*/@xml:lang))[normalize-space()]"/>
    <xsl:for-each select="$given[empty(icu:tag(.))]">
      <xsl:message select="'warning: ''' || . || ''' is no language tag (BCP 47), passed over'"/>
    </xsl:for-each>
    <xsl:sequence select="($given ! icu:tag(.), 'en')[1]"/>
  </xsl:variable>

  <!--
    The direction the résumé is written in (ltr, rtl): its language's script's (CLDR's likely
    subtags: ur and az-Arab are right to left). Every format draws the document in it.
  -->
  <xsl:variable name="f:direction" as="xs:string" select="icu:language-direction($f:lang)"/>

  <xsl:variable name="fp:english" as="document-node()" select="doc(resolve-uri('../l10n/en.xml', static-base-uri()))"/>

  <!-- The labels of the language, else of a less specific tag (pt-BR → pt, zh-TW → zh-Hant), else English. -->
  <xsl:variable name="fp:labels" as="document-node()">
    <xsl:variable name="found" as="xs:string*"
                  select="icu:fallbacks($f:lang) ! resolve-uri('../l10n/' || . || '.xml', static-base-uri())[doc-available(.)]"/>
    <xsl:choose>
      <xsl:when test="exists($found)"><xsl:sequence select="doc($found[1])"/></xsl:when>
      <xsl:otherwise>
        <xsl:message select="'warning: no labels for language ''' || $f:lang || ''', using English'"/>
        <xsl:sequence select="$fp:english"/>
      </xsl:otherwise>
    </xsl:choose>
  </xsl:variable>

  <xsl:key name="fp:label" match="label" use="@key"/>

  <!-- The label for a key, in the chosen language. -->
  <xsl:function name="f:label" as="xs:string">
    <xsl:param name="key" as="xs:string"/>
    <xsl:variable name="local" select="key('fp:label', $key, $fp:labels)"/>
    <xsl:variable name="english" select="key('fp:label', $key, $fp:english)"/>
    <xsl:choose>
      <xsl:when test="exists($local)"><xsl:sequence select="string($local[1])"/></xsl:when>
      <xsl:when test="exists($english)">
        <xsl:message select="'warning: label ''' || $key || ''' is missing for language ''' || $f:lang || ''', using English'"/>
        <xsl:sequence select="string($english[1])"/>
      </xsl:when>
      <xsl:otherwise>
        <xsl:message terminate="yes" select="'error: no label ''' || $key || ''' in xsl/l10n/en.xml'"/>
      </xsl:otherwise>
    </xsl:choose>
  </xsl:function>

  <!--
    A label with its {placeholders} filled: each value is a sequence of nodes or
    strings, so a placeholder may hold marked-up text (a <time>, a <strong>). A value
    written in the other direction than the language's is isolated (f:isolate).
  -->
  <xsl:function name="f:format" as="node()*">
    <xsl:param name="key" as="xs:string"/>
    <xsl:param name="values" as="map(xs:string, item()*)"/>
    <xsl:analyze-string select="f:label($key)" regex="\{{([a-z-]+)\}}">
      <xsl:matching-substring>
        <xsl:sequence select="f:isolate(fp:as-nodes($values(regex-group(1))))"/>
      </xsl:matching-substring>
      <xsl:non-matching-substring>
        <xsl:value-of select="."/>
      </xsl:non-matching-substring>
    </xsl:analyze-string>
  </xsl:function>

  <!-- f:format for labels whose placeholders are all plain text. -->
  <xsl:function name="f:format-text" as="xs:string">
    <xsl:param name="key" as="xs:string"/>
    <xsl:param name="values" as="map(xs:string, item()*)"/>
    <xsl:sequence select="string-join(f:format($key, $values) ! string())"/>
  </xsl:function>

  <!--
    Joins items as a reader of the language would, with CLDR's list pattern: "A, B, and C",
    "A、B、C", "A وB وC". The label list-width picks CLDR's width (wide, short, narrow).
  -->
  <xsl:function name="f:join" as="node()*">
    <xsl:param name="items" as="item()*"/>
    <xsl:sequence select="if (count($items) le 1) then f:isolate(fp:as-nodes($items))
        else f:fill(icu:list-pattern($f:lang, f:label('list-width'), count($items)),
                    array:join(for $item in $items return [f:isolate(fp:as-nodes($item))]))"/>
  </xsl:function>

  <!--
    The separator of an enumeration without a conjunction (courses, keywords, authors): the one
    CLDR's list pattern puts between middle items (", ", "、", " و").
  -->
  <xsl:function name="f:list-separator" as="xs:string">
    <xsl:sequence select="substring-before(substring-after(icu:list-pattern($f:lang, f:label('list-width'), 4), '{1}'), '{2}')"/>
  </xsl:function>

  <!-- A CLDR pattern with its {0}, {1}… filled by the members of an array, each nodes or strings. -->
  <xsl:function name="f:fill" as="node()*">
    <xsl:param name="pattern" as="xs:string"/>
    <xsl:param name="values" as="array(*)"/>
    <xsl:analyze-string select="$pattern" regex="\{{([0-9]+)\}}">
      <xsl:matching-substring>
        <xsl:sequence select="fp:as-nodes($values(xs:integer(regex-group(1)) + 1))"/>
      </xsl:matching-substring>
      <xsl:non-matching-substring>
        <xsl:value-of select="."/>
      </xsl:non-matching-substring>
    </xsl:analyze-string>
  </xsl:function>

  <!--
    Text written in the other direction than the language's, between marks of its own direction
    (U+200E left-to-right, U+200F right-to-left), so that the punctuation at its ends stays with it:
    in a Hebrew résumé "B.Sc." keeps its final period at its right, not beside the Hebrew after it.
  -->
  <xsl:function name="f:isolate" as="node()*">
    <xsl:param name="nodes" as="node()*"/>
    <xsl:variable name="text" select="string-join($nodes ! string())"/>
    <xsl:variable name="own" select="icu:direction($text)"/>
    <xsl:variable name="mark" select="if ($own eq 'ltr') then '&#x200E;' else '&#x200F;'"/>
    <xsl:choose>
      <!-- Marked already (a joined list of such texts) or in the language's direction: nothing to do. -->
      <xsl:when test="$own = ('', $f:direction) or matches($text, '^[&#x200E;&#x200F;]')">
        <xsl:sequence select="$nodes"/>
      </xsl:when>
      <xsl:otherwise>
        <xsl:value-of select="$mark"/>
        <xsl:sequence select="$nodes"/>
        <xsl:value-of select="$mark"/>
      </xsl:otherwise>
    </xsl:choose>
  </xsl:function>

  <xsl:function name="fp:as-nodes" as="node()*">
    <xsl:param name="items" as="item()*"/>
    <xsl:for-each select="$items">
      <xsl:choose>
        <xsl:when test=". instance of node()"><xsl:sequence select="."/></xsl:when>
        <xsl:otherwise><xsl:value-of select="."/></xsl:otherwise>
      </xsl:choose>
    </xsl:for-each>
  </xsl:function>
</xsl:stylesheet>
