<?xml version="1.0" encoding="UTF-8"?>
<!-- Writing direction of a language, decided once for every format. -->
<xsl:stylesheet version="3.0"
                xmlns:xsl="http://www.w3.org/1999/XSL/Transform"
                xmlns:xs="http://www.w3.org/2001/XMLSchema"
                xmlns:f="urn:resume:functions"
                exclude-result-prefixes="#all">

  <!-- Languages written right to left (ISO 639 codes, with the scripts they are usually written in). -->
  <xsl:variable name="f:rtl-languages" as="xs:string+"
                select="('ar', 'arc', 'ckb', 'dv', 'fa', 'he', 'iw', 'ks', 'ps', 'sd', 'syr', 'ug', 'ur', 'yi')"/>

  <!-- 'rtl' or 'ltr' for a language tag such as "ar", "he-IL" or "en". -->
  <xsl:function name="f:direction" as="xs:string">
    <xsl:param name="lang" as="xs:string?"/>
    <xsl:variable name="primary" select="lower-case(tokenize(string($lang), '[-_]')[1])"/>
    <xsl:sequence select="if ($primary = $f:rtl-languages) then 'rtl' else 'ltr'"/>
  </xsl:function>
</xsl:stylesheet>
