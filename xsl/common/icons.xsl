<?xml version="1.0" encoding="UTF-8"?>
<!--
  Contact icons as vector graphics, shared by the PDF and the HTML. Drawn, never taken from
  an emoji font: emoji glyphs break the PDF's text layer and its accessibility.
  Each icon is a 16×16 SVG drawn with currentColor strokes and fills.
-->
<xsl:stylesheet version="3.0"
                xmlns:xsl="http://www.w3.org/1999/XSL/Transform"
                xmlns:xs="http://www.w3.org/2001/XMLSchema"
                xmlns:f="urn:resume:functions"
                xmlns:svg="http://www.w3.org/2000/svg"
                exclude-result-prefixes="#all">

  <!-- The icon for a contact kind (email, phone, website, profile, location). -->
  <xsl:function name="f:icon" as="element(svg:svg)">
    <xsl:param name="kind" as="xs:string"/>
    <xsl:param name="color" as="xs:string"/>
    <svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 16 16" width="16" height="16"
         fill="none" stroke="{$color}" stroke-width="1.4" stroke-linecap="round" stroke-linejoin="round">
      <xsl:choose>
        <xsl:when test="$kind eq 'email'">
          <rect x="1.5" y="3.5" width="13" height="9" rx="1.2"/>
          <path d="M2 4.2 L8 9 L14 4.2"/>
        </xsl:when>
        <xsl:when test="$kind eq 'phone'">
          <path d="M4.2 1.8 L6.2 1.8 L7.2 4.8 L5.7 5.8 C6.4 7.6 8.4 9.6 10.2 10.3 L11.2 8.8 L14.2 9.8 L14.2 11.8 C14.2 13 13.2 14.2 12 14.2 C6.6 13.8 2.2 9.4 1.8 4 C1.8 2.8 3 1.8 4.2 1.8 Z"/>
        </xsl:when>
        <xsl:when test="$kind eq 'location'">
          <path d="M8 14.5 C8 14.5 3 9.6 3 6.2 C3 3.4 5.2 1.5 8 1.5 C10.8 1.5 13 3.4 13 6.2 C13 9.6 8 14.5 8 14.5 Z"/>
          <circle cx="8" cy="6.2" r="1.8"/>
        </xsl:when>
        <xsl:when test="$kind eq 'website'">
          <path d="M6.6 9.4 L9.4 6.6"/>
          <path d="M7.3 4.5 L8.7 3.1 C9.9 1.9 11.9 1.9 13 3.0 C14.1 4.1 14.1 6.1 12.9 7.3 L11.5 8.7"/>
          <path d="M8.7 11.5 L7.3 12.9 C6.1 14.1 4.1 14.1 3.0 13.0 C1.9 11.9 1.9 9.9 3.1 8.7 L4.5 7.3"/>
        </xsl:when>
        <xsl:otherwise>
          <!-- A profile on some network: a globe. -->
          <circle cx="8" cy="8" r="6.5"/>
          <path d="M1.5 8 L14.5 8"/>
          <path d="M8 1.5 C5.9 3.6 5.9 12.4 8 14.5 C10.1 12.4 10.1 3.6 8 1.5 Z"/>
        </xsl:otherwise>
      </xsl:choose>
    </svg>
  </xsl:function>
</xsl:stylesheet>
