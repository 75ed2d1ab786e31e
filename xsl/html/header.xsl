<?xml version="1.0" encoding="UTF-8"?>
<!--
  The page head (title, metadata, style, schema.org data) and the résumé's header
  (name, headline, contacts).
-->
<xsl:stylesheet version="3.0"
                xmlns:xsl="http://www.w3.org/1999/XSL/Transform"
                xmlns:xs="http://www.w3.org/2001/XMLSchema"
                xmlns:f="urn:resume:functions"
                xmlns:fp="urn:resume:functions:private"
                xmlns:svg="http://www.w3.org/2000/svg"
                xmlns:j="http://www.w3.org/2005/xpath-functions"
                xpath-default-namespace="urn:resume:view:1"
                exclude-result-prefixes="#all">

  <xsl:template match="meta" mode="html">
    <head>
      <meta charset="UTF-8"/>
      <meta name="viewport" content="width=device-width, initial-scale=1"/>
      <title><xsl:value-of select="title"/></title>
      <meta name="author" content="{author}"/>
      <xsl:if test="subject"><meta name="description" content="{subject}"/></xsl:if>
      <xsl:if test="keywords"><meta name="keywords" content="{keywords}"/></xsl:if>
      <meta name="color-scheme" content="light dark"/>
      <style><xsl:value-of select="f:html-css()"/></style>
      <script type="application/ld+json"><xsl:value-of select="fp:json-ld(..)"/></script>
    </head>
  </xsl:template>

  <xsl:template match="header" mode="html">
    <header class="masthead">
      <h1><xsl:copy-of select="name/@dir"/><xsl:value-of select="name"/></h1>
      <xsl:if test="headline"><p class="headline"><xsl:copy-of select="headline/@dir"/><xsl:value-of select="headline"/></p></xsl:if>
      <xsl:if test="contact">
        <address>
          <ul class="contacts">
            <xsl:apply-templates select="contact" mode="html"/>
          </ul>
        </address>
      </xsl:if>
    </header>
  </xsl:template>

  <!--
    A contact: its icon (hidden from screen readers, which hear the label instead, unless it is
    shown), then its text, linked when it has an address.
  -->
  <xsl:template match="contact" mode="html">
    <xsl:variable name="content" as="node()+">
      <xsl:sequence select="fp:icon(@kind)"/>
      <xsl:choose>
        <xsl:when test="@label-visible = ('true', '1')"><span class="network"><xsl:value-of select="@label"/></span><xsl:text> </xsl:text></xsl:when>
        <xsl:otherwise><span class="visually-hidden"><xsl:value-of select="@label"/>: </span></xsl:otherwise>
      </xsl:choose>
      <xsl:value-of select="."/>
    </xsl:variable>
    <li class="contact contact-{@kind}">
      <xsl:choose>
        <xsl:when test="@href"><a href="{@href}"><xsl:sequence select="$content"/></a></xsl:when>
        <xsl:otherwise><xsl:sequence select="$content"/></xsl:otherwise>
      </xsl:choose>
    </li>
  </xsl:template>

  <!-- A shared icon, marked as decoration. -->
  <xsl:function name="fp:icon" as="element(svg:svg)">
    <xsl:param name="kind" as="xs:string"/>
    <xsl:variable name="icon" select="f:icon($kind, 'currentColor')"/>
    <svg xmlns="http://www.w3.org/2000/svg" class="icon" aria-hidden="true" focusable="false">
      <xsl:sequence select="$icon/@*, $icon/node()"/>
    </svg>
  </xsl:function>

  <!-- ===== schema.org Person, for search engines and job sites ===== -->

  <!--
    Only what the prepared résumé states: name, contacts, the schools of education entries,
    and the organisations of work entries whose dates are still open. Built as XML for
    xml-to-json, which keeps the keys in this order and escapes the strings.
  -->
  <xsl:function name="fp:json-ld" as="xs:string">
    <xsl:param name="document" as="element(document)"/>
    <xsl:variable name="header" select="$document/header"/>
    <xsl:variable name="linked-contacts" select="$header/contact[@href]"/>
    <xsl:variable name="person" as="element(j:map)">
      <j:map>
        <j:string key="@context">https://schema.org</j:string>
        <j:string key="@type">Person</j:string>
        <j:string key="name"><xsl:value-of select="$header/name"/></j:string>
        <xsl:for-each select="$header/headline">
          <j:string key="jobTitle"><xsl:value-of select="."/></j:string>
        </xsl:for-each>
        <xsl:for-each select="($header/contact[@kind eq 'email'])[1]">
          <j:string key="email"><xsl:value-of select="."/></j:string>
        </xsl:for-each>
        <xsl:for-each select="($header/contact[@kind eq 'phone'])[1]">
          <j:string key="telephone"><xsl:value-of select="."/></j:string>
        </xsl:for-each>
        <xsl:for-each select="($linked-contacts[@kind eq 'website'])[1]">
          <j:string key="url"><xsl:value-of select="@href"/></j:string>
        </xsl:for-each>
        <xsl:if test="$linked-contacts[@kind eq 'profile']">
          <j:array key="sameAs">
            <xsl:for-each select="$linked-contacts[@kind eq 'profile']">
              <j:string><xsl:value-of select="@href"/></j:string>
            </xsl:for-each>
          </j:array>
        </xsl:if>
        <xsl:sequence select="fp:organisations('alumniOf', 'EducationalOrganization',
            $document/section[@kind eq 'education']/entry)"/>
        <xsl:sequence select="fp:organisations('worksFor', 'Organization',
            $document/section[@kind eq 'work']/entry[@ongoing = ('true', '1')])"/>
      </j:map>
    </xsl:variable>
    <!-- "<" escaped too, so no text can close the script element early. -->
    <xsl:sequence select="replace(xml-to-json($person), '&lt;', '\\u003c')"/>
  </xsl:function>

  <!-- The organisations named by entries' title rows, as an array under a key; none, nothing. -->
  <xsl:function name="fp:organisations" as="element(j:array)?">
    <xsl:param name="key" as="xs:string"/>
    <xsl:param name="type" as="xs:string"/>
    <xsl:param name="entries" as="element(entry)*"/>
    <xsl:variable name="names" select="$entries/row[@role eq 'title']/text[normalize-space()]"/>
    <xsl:if test="exists($names)">
      <j:array key="{$key}">
        <xsl:for-each select="$names">
          <j:map>
            <j:string key="@type"><xsl:value-of select="$type"/></j:string>
            <j:string key="name"><xsl:value-of select="normalize-space(.)"/></j:string>
            <xsl:for-each select="(.//link)[1]">
              <j:string key="url"><xsl:value-of select="@href"/></j:string>
            </xsl:for-each>
          </j:map>
        </xsl:for-each>
      </j:array>
    </xsl:if>
  </xsl:function>
</xsl:stylesheet>
