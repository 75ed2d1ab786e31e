<?xml version="1.0" encoding="UTF-8"?>
<!--
  The input every format's stylesheet renders: a prepared résumé (urn:resume:view:1), the output of
  common/prepare.xsl. The formats do not import prepare.xsl themselves: compiling it again inside
  each of them cost a cold render about a tenth of its time.
-->
<xsl:stylesheet version="3.0"
                xmlns:xsl="http://www.w3.org/1999/XSL/Transform"
                xmlns:f="urn:resume:functions"
                xmlns:v="urn:resume:view:1"
                exclude-result-prefixes="#all">

  <!-- The prepared résumé's document element; any other input stops with what to do instead. -->
  <xsl:function name="f:prepared" as="element(v:document)">
    <xsl:param name="input" as="document-node()"/>
    <xsl:variable name="document" select="$input/v:document"/>
    <xsl:if test="empty($document)">
      <xsl:message terminate="yes" error-code="f:not-prepared" select="'error: this stylesheet renders a prepared résumé '
        || '(urn:resume:view:1), not {' || namespace-uri($input/*) || '}' || local-name($input/*)
        || '; run xsl/common/prepare.xsl on it first'"/>
    </xsl:if>
    <xsl:sequence select="$document"/>
  </xsl:function>
</xsl:stylesheet>
