<?xml version="1.0" encoding="UTF-8"?>
<!--
  Dates as a reader sees them, each wrapped in a <time> that keeps its ISO value. The precision
  decides what is shown (year; month and year; day, month and year); how the language writes it
  (order, month names, 年/月, "г.") is CLDR's, through ICU4J (icu:date, icu:range-pattern). A date
  in words (resume.xsd allows them) is shown as written; prepare decides the precision a date
  stands for (fp:shown-date: a JSON Resume's 2017-05-01 is the month 2017-05).
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

  <!--
    An end that says the entry goes on: the English words JSON Resume's writers use, or the word of
    the résumé's own labels ("atual", "heute", "至今"), which a résumé written in its language uses.
  -->
  <xsl:function name="f:is-present" as="xs:boolean">
    <xsl:param name="date" as="xs:string?"/>
    <xsl:sequence select="lower-case(normalize-space($date)) = ($f:present-words, lower-case(f:label('present')))"/>
  </xsl:function>

  <!--
    Whether a span goes on: f:date-range shows it ending in "Present" (an end such as "Present", or
    an ISO start and no end).
  -->
  <xsl:function name="f:is-ongoing" as="xs:boolean">
    <xsl:param name="start" as="xs:string?"/>
    <xsl:param name="until" as="xs:string?"/>
    <xsl:sequence select="if (exists($until)) then f:is-present($until)
        else exists($start) and matches(normalize-space($start), '^\d{4}(-\d{2}(-\d{2})?)?$')"/>
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
        <xsl:sequence select="f:fill(icu:range-pattern($f:lang),
            [f:date-or-words($start), if (exists($end)) then f:date-or-words($end) else f:label('present')])"/>
      </xsl:otherwise>
    </xsl:choose>
  </xsl:function>
</xsl:stylesheet>
