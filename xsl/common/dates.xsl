<?xml version="1.0" encoding="UTF-8"?>
<!-- Dates as a reader sees them, each wrapped in a <time> that keeps its ISO value. -->
<xsl:stylesheet version="3.0"
                xmlns:xsl="http://www.w3.org/1999/XSL/Transform"
                xmlns:xs="http://www.w3.org/2001/XMLSchema"
                xmlns:f="urn:resume:functions"
                xmlns="urn:resume:view:1"
                exclude-result-prefixes="#all">

  <!-- 2021 → "2021"; 2021-09 → "Sept. 2021"; 2021-09-01 → "Sept. 1, 2021" (per language). -->
  <xsl:function name="f:date" as="element()">
    <xsl:param name="iso" as="xs:string"/>
    <xsl:variable name="parts" select="tokenize(normalize-space($iso), '-')"/>
    <time datetime="{normalize-space($iso)}">
      <xsl:choose>
        <xsl:when test="count($parts) eq 1">
          <xsl:value-of select="$parts[1]"/>
        </xsl:when>
        <xsl:when test="count($parts) eq 2">
          <xsl:value-of select="f:format-text('month-year', map{
              'month': f:label('month.' || xs:integer($parts[2])), 'year': $parts[1]})"/>
        </xsl:when>
        <xsl:otherwise>
          <xsl:value-of select="f:format-text('day-month-year', map{
              'month': f:label('month.' || xs:integer($parts[2])),
              'day': string(xs:integer($parts[3])), 'year': $parts[1]})"/>
        </xsl:otherwise>
      </xsl:choose>
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
        <xsl:sequence select="f:format('date-range', map{
            'start': f:date($start),
            'end': if (exists($end)) then f:date($end) else f:label('present')})"/>
      </xsl:otherwise>
    </xsl:choose>
  </xsl:function>
</xsl:stylesheet>
