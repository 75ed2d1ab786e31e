<?xml version="1.0" encoding="UTF-8"?>
<!--
  Labels: every word the reader sees that is not the résumé's own comes from
  xsl/l10n/<lang>.xml. A key missing in that language falls back to English
  with a warning, never to a blank.
-->
<xsl:stylesheet version="3.0"
                xmlns:xsl="http://www.w3.org/1999/XSL/Transform"
                xmlns:xs="http://www.w3.org/2001/XMLSchema"
                xmlns:f="urn:resume:functions"
                xmlns:fp="urn:resume:functions:private"
                exclude-result-prefixes="#all">

  <!-- The language of the labels; empty means the résumé's own xml:lang, else English. -->
  <xsl:param name="lang" as="xs:string" select="''"/>

  <xsl:variable name="f:lang" as="xs:string"
                select="($lang[normalize-space()], string(/*/@xml:lang)[normalize-space()], 'en')[1]"/>

  <xsl:variable name="fp:english" as="document-node()" select="doc(resolve-uri('../l10n/en.xml', static-base-uri()))"/>

  <xsl:variable name="fp:labels" as="document-node()">
    <xsl:variable name="uri" select="resolve-uri('../l10n/' || $f:lang || '.xml', static-base-uri())"/>
    <xsl:choose>
      <xsl:when test="doc-available($uri)"><xsl:sequence select="doc($uri)"/></xsl:when>
      <xsl:when test="contains($f:lang, '-') and doc-available(resolve-uri('../l10n/' || substring-before($f:lang, '-') || '.xml', static-base-uri()))">
        <xsl:sequence select="doc(resolve-uri('../l10n/' || substring-before($f:lang, '-') || '.xml', static-base-uri()))"/>
      </xsl:when>
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
    strings, so a placeholder may hold marked-up text (a <time>, a <strong>).
  -->
  <xsl:function name="f:format" as="node()*">
    <xsl:param name="key" as="xs:string"/>
    <xsl:param name="values" as="map(xs:string, item()*)"/>
    <xsl:analyze-string select="f:label($key)" regex="\{{([a-z-]+)\}}">
      <xsl:matching-substring>
        <xsl:sequence select="fp:as-nodes($values(regex-group(1)))"/>
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

  <!-- Joins items as a reader would: "A, B and C". -->
  <xsl:function name="f:join" as="node()*">
    <xsl:param name="items" as="item()*"/>
    <xsl:for-each select="$items">
      <xsl:if test="position() gt 1">
        <xsl:value-of select="f:label(if (position() eq last()) then 'list-last-separator' else 'list-separator')"/>
      </xsl:if>
      <xsl:sequence select="fp:as-nodes(.)"/>
    </xsl:for-each>
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
