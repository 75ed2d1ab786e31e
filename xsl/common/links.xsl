<?xml version="1.0" encoding="UTF-8"?>
<!--
  Which address a text links to, decided here once for every format. An address a résumé may
  hold is linked: http or https with a host, mailto or tel (links:refusal is
  io.resume.model.Links, the rule the reader checks the résumé with). Any other is no link: the
  text is shown without one, and one warning says so. Renderers link what they are given.
-->
<xsl:stylesheet version="3.0"
                xmlns:xsl="http://www.w3.org/1999/XSL/Transform"
                xmlns:xs="http://www.w3.org/2001/XMLSchema"
                xmlns:f="urn:resume:functions"
                xmlns:links="urn:resume:links"
                xmlns="urn:resume:view:1"
                exclude-result-prefixes="#all">

  <!-- The address itself when a text may link to it; else nothing, with a warning. -->
  <xsl:function name="f:link-target" as="xs:string?">
    <xsl:param name="address" as="xs:string"/>
    <xsl:variable name="refusal" as="xs:string?" select="links:refusal($address)"/>
    <xsl:if test="exists($refusal)">
      <xsl:message select="'warning: ' || $refusal || ': shown as text, without a link'"/>
    </xsl:if>
    <xsl:sequence select="$address[empty($refusal)]"/>
  </xsl:function>

  <!-- The content as a link to the address, or the content alone when the address is none. -->
  <xsl:function name="f:link" as="node()*">
    <xsl:param name="address" as="xs:string"/>
    <xsl:param name="content" as="node()*"/>
    <xsl:variable name="target" as="xs:string?" select="f:link-target($address)"/>
    <xsl:choose>
      <xsl:when test="exists($target)"><link href="{$target}"><xsl:sequence select="$content"/></link></xsl:when>
      <xsl:otherwise><xsl:sequence select="$content"/></xsl:otherwise>
    </xsl:choose>
  </xsl:function>
</xsl:stylesheet>
