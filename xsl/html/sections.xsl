<?xml version="1.0" encoding="UTF-8"?>
<!-- The page and its body: one <section> per section, entries with their heading rows. -->
<xsl:stylesheet version="3.0"
                xmlns:xsl="http://www.w3.org/1999/XSL/Transform"
                xmlns:xs="http://www.w3.org/2001/XMLSchema"
                xmlns:f="urn:resume:functions"
                xpath-default-namespace="urn:resume:view:1"
                exclude-result-prefixes="#all">

  <xsl:template match="document" mode="html">
    <html lang="{@xml:lang}" dir="{@dir}">
      <xsl:apply-templates select="meta" mode="html"/>
      <body>
        <div class="page">
          <xsl:apply-templates select="header" mode="html"/>
          <main>
            <xsl:apply-templates select="section" mode="html"/>
          </main>
        </div>
      </body>
    </html>
  </xsl:template>

  <xsl:template match="section" mode="html">
    <section id="{@id}" class="section section-{@kind}" aria-labelledby="{@id}-heading">
      <h2 id="{@id}-heading"><xsl:copy-of select="heading/@dir"/><xsl:value-of select="heading"/></h2>
      <xsl:apply-templates select="* except heading" mode="html"/>
    </section>
  </xsl:template>

  <!-- An entry is never split across printed pages (see the print styles). -->
  <xsl:template match="entry" mode="html">
    <article class="entry">
      <xsl:apply-templates mode="html"/>
    </article>
  </xsl:template>

  <!-- A heading row: its text, and an aside (place, dates) right-aligned where there is room. -->
  <xsl:template match="row" mode="html">
    <div class="row row-{@role}">
      <xsl:copy-of select="@dir"/>
      <xsl:element name="{if (@role eq 'title') then 'h3' else 'p'}">
        <xsl:attribute name="class" select="'row-text'"/>
        <xsl:apply-templates select="text/node()" mode="html"/>
      </xsl:element>
      <xsl:if test="aside">
        <p class="row-aside"><xsl:apply-templates select="aside/node()" mode="html"/></p>
      </xsl:if>
    </div>
  </xsl:template>

  <xsl:template match="para" mode="html">
    <p><xsl:copy-of select="@dir"/><xsl:apply-templates mode="html"/></p>
  </xsl:template>

  <!-- Anything the prepared résumé gains later is reported, not silently lost. -->
  <xsl:template match="*" mode="html" priority="-1">
    <xsl:message select="'warning: the HTML renderer does not know the element ' || name() || '; its text is kept as is'"/>
    <xsl:apply-templates mode="html"/>
  </xsl:template>
</xsl:stylesheet>
