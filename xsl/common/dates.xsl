<?xml version="1.0" encoding="UTF-8"?>
<!--
  Dates as a reader sees them, each wrapped in a <time> that keeps its ISO value. The precision
  decides what is shown (year; month and year; day, month and year); how the language writes it
  (order, month names, 年/月, "г.") is CLDR's, through ICU4J (icu:date, icu:range-pattern).
-->
<xsl:stylesheet version="3.0"
                xmlns:xsl="http://www.w3.org/1999/XSL/Transform"
                xmlns:xs="http://www.w3.org/2001/XMLSchema"
                xmlns:f="urn:resume:functions"
                xmlns:icu="urn:resume:icu"
                xmlns="urn:resume:view:1"
                exclude-result-prefixes="#all">

  <!-- CLDR's skeleton for a date given to the year, the month, the day: 2021; Sep 2021; Sep 30, 2021 (in English). -->
  <xsl:variable name="f:date-skeletons" as="xs:string+" select="('y', 'yMMM', 'yMMMd')"/>

  <!-- 2021 → "2021" (2021年); 2021-09 → "Sep 2021" (2021年9月); 2021-09-01 → "Sep 1, 2021" (2021年9月1日). -->
  <xsl:function name="f:date" as="element()">
    <xsl:param name="iso" as="xs:string"/>
    <xsl:variable name="parts" select="tokenize(normalize-space($iso), '-')"/>
    <time datetime="{normalize-space($iso)}">
      <xsl:value-of select="icu:date($f:lang, $f:date-skeletons[count($parts)],
          xs:date(string-join(($parts, '01', '01')[position() le 3], '-')))"/>
    </time>
  </xsl:function>

  <!-- A span of time; an entry with a start and no end is ongoing. -->
  <xsl:function name="f:date-range" as="node()*">
    <xsl:param name="start" as="xs:string?"/>
    <xsl:param name="end" as="xs:string?"/>
    <xsl:choose>
      <xsl:when test="empty($start) and empty($end)"/>
      <xsl:when test="empty($start)"><xsl:sequence select="f:date($end)"/></xsl:when>
      <xsl:when test="$start eq $end"><xsl:sequence select="f:date($start)"/></xsl:when>
      <xsl:otherwise>
        <xsl:sequence select="f:fill(icu:range-pattern($f:lang),
            [f:date($start), if (exists($end)) then f:date($end) else f:label('present')])"/>
      </xsl:otherwise>
    </xsl:choose>
  </xsl:function>
</xsl:stylesheet>
