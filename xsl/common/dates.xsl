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

  <!--
    A date as a reader sees it: an ISO date formatted (f:date), a date in words (Summer 2019,
    2016 ~ 2020: resume.xsd allows them) as written, without a <time>, which has no value for it.
  -->
  <xsl:function name="f:date-or-words" as="node()">
    <xsl:param name="date" as="xs:string"/>
    <xsl:choose>
      <xsl:when test="matches(normalize-space($date), '^\d{4}(-\d{2}(-\d{2})?)?$')"><xsl:sequence select="f:date($date)"/></xsl:when>
      <xsl:otherwise><xsl:value-of select="normalize-space($date)"/></xsl:otherwise>
    </xsl:choose>
  </xsl:function>

  <!-- Words that end a range by saying it goes on: shown as the language's "Present". -->
  <xsl:variable name="f:present-words" as="xs:string+" select="('present', 'now', 'current', 'ongoing', 'today')"/>

  <xsl:function name="f:is-present" as="xs:boolean">
    <xsl:param name="date" as="xs:string?"/>
    <xsl:sequence select="lower-case(normalize-space($date)) = $f:present-words"/>
  </xsl:function>

  <!-- A span of time; an entry with a start and no end (or an end such as "Present") is ongoing. -->
  <xsl:function name="f:date-range" as="node()*">
    <xsl:param name="start" as="xs:string?"/>
    <xsl:param name="until" as="xs:string?"/>
    <xsl:variable name="end" select="$until[not(f:is-present(.))]"/>
    <xsl:choose>
      <xsl:when test="empty($start) and exists($until) and empty($end)"><xsl:value-of select="f:label('present')"/></xsl:when>
      <xsl:when test="empty($start) and empty($end)"/>
      <xsl:when test="empty($start)"><xsl:sequence select="f:date-or-words($end)"/></xsl:when>
      <!-- A start in words and no end ("Summer 2019", "2016 ~ 2020") says the whole span itself. -->
      <xsl:when test="empty($until) and not(matches(normalize-space($start), '^\d{4}(-\d{2}(-\d{2})?)?$'))">
        <xsl:sequence select="f:date-or-words($start)"/>
      </xsl:when>
      <xsl:when test="$start eq $end"><xsl:sequence select="f:date-or-words($start)"/></xsl:when>
      <xsl:otherwise>
        <xsl:sequence select="f:format('date-range', map{
            'start': f:date-or-words($start),
            'end': if (exists($end)) then f:date-or-words($end) else f:label('present')})"/>
      </xsl:otherwise>
    </xsl:choose>
  </xsl:function>
</xsl:stylesheet>
