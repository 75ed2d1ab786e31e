<?xml version="1.0" encoding="UTF-8"?>
<!--
  Sections and their entries. A heading never ends a page; an entry that fits on a page is not
  split, a longer one breaks between its bullets (see the keeps in style.xsl). An entry
  row holds its text at the start and its aside (place, dates) at the end of the same line,
  pushed there by a space leader: no tables, which PDF/UA would tag as data tables.
-->
<xsl:stylesheet version="3.0"
                xmlns:xsl="http://www.w3.org/1999/XSL/Transform"
                xmlns:xs="http://www.w3.org/2001/XMLSchema"
                xmlns:f="urn:resume:functions"
                xmlns:fo="http://www.w3.org/1999/XSL/Format"
                xpath-default-namespace="urn:resume:view:1"
                exclude-result-prefixes="#all">

  <!-- The PDF outline: one bookmark per section. -->
  <xsl:template name="bookmarks">
    <xsl:if test="section">
      <fo:bookmark-tree>
        <xsl:for-each select="section">
          <fo:bookmark internal-destination="{@id}">
            <fo:bookmark-title><xsl:value-of select="heading"/></fo:bookmark-title>
          </fo:bookmark>
        </xsl:for-each>
      </fo:bookmark-tree>
    </xsl:if>
  </xsl:template>

  <xsl:template match="section">
    <fo:block id="{@id}" xsl:use-attribute-sets="section.properties">
      <xsl:apply-templates/>
    </fo:block>
  </xsl:template>

  <xsl:template match="section/heading">
    <fo:block xsl:use-attribute-sets="section.heading.properties">
      <xsl:value-of select="."/>
    </fo:block>
  </xsl:template>

  <xsl:template match="entry">
    <fo:block xsl:use-attribute-sets="entry.properties">
      <xsl:call-template name="part-key"/>
      <xsl:apply-templates/>
    </fo:block>
  </xsl:template>

  <xsl:template match="entry[count(*) eq 1 and row]" priority="1">
    <fo:block xsl:use-attribute-sets="entry.single-row.properties">
      <xsl:call-template name="part-key"/>
      <xsl:apply-templates/>
    </fo:block>
  </xsl:template>

  <xsl:template match="row[@role eq 'title']">
    <fo:block xsl:use-attribute-sets="row.title.properties">
      <xsl:call-template name="row-keep"/>
      <xsl:call-template name="row-alignment"/>
      <xsl:apply-templates select="text"/>
      <xsl:apply-templates select="aside">
        <xsl:with-param name="properties" select="'title'"/>
      </xsl:apply-templates>
    </fo:block>
  </xsl:template>

  <xsl:template match="row">
    <fo:block xsl:use-attribute-sets="row.subtitle.properties">
      <xsl:call-template name="row-keep"/>
      <xsl:call-template name="row-alignment"/>
      <xsl:apply-templates select="text"/>
      <xsl:apply-templates select="aside"/>
    </fo:block>
  </xsl:template>

  <!--
    A row stays on the page of what follows it in its entry; an entry's last row passes no keep on
    (see style.xsl). The last row before the entry's body keeps a gap to it (see rows.space-after).
  -->
  <xsl:template name="row-keep">
    <xsl:if test="following-sibling::*">
      <xsl:attribute name="keep-with-next.within-page" select="$row.keep-with-next"/>
    </xsl:if>
    <xsl:if test="following-sibling::* and not(following-sibling::row)">
      <xsl:attribute name="space-after" select="$rows.space-after"/>
    </xsl:if>
  </xsl:template>

  <!-- A row with an aside justifies its last line, so that the leader fills it; one without keeps its words together. -->
  <xsl:template name="row-alignment">
    <xsl:if test="aside">
      <xsl:attribute name="text-align-last">justify</xsl:attribute>
    </xsl:if>
  </xsl:template>

  <xsl:template match="row/text">
    <xsl:apply-templates/>
  </xsl:template>

  <!--
    The aside, after a leader that takes all the room left on the (justified) last line. Right to
    left, a right-to-left mark on each side of the leader keeps the text at the start and the aside
    at the end when both are left-to-right ("English … Fluent"): unmarked, the leader between them
    would take their direction and the line would be drawn left to right, parts swapped.
  -->
  <xsl:template match="row/aside">
    <xsl:param name="properties" as="xs:string" select="'subtitle'"/>
    <xsl:variable name="mark" as="xs:string" select="if ((ancestor::*/@dir)[last()] eq 'rtl') then '&#x200F;' else ''"/>
    <xsl:value-of select="$mark"/>
    <fo:leader leader-pattern="space"/>
    <xsl:value-of select="$mark"/>
    <xsl:choose>
      <xsl:when test="$properties eq 'title'">
        <fo:inline xsl:use-attribute-sets="aside.title.properties"><xsl:apply-templates/></fo:inline>
      </xsl:when>
      <xsl:otherwise>
        <fo:inline xsl:use-attribute-sets="aside.subtitle.properties"><xsl:apply-templates/></fo:inline>
      </xsl:otherwise>
    </xsl:choose>
  </xsl:template>

  <xsl:template match="para">
    <fo:block xsl:use-attribute-sets="para.properties">
      <xsl:call-template name="part-key"/>
      <xsl:apply-templates/>
    </fo:block>
  </xsl:template>

  <!--
    The id of the part of the résumé a block draws: "header", a section's own id (its bookmark's
    target), "awards.3" for the third part of that section. FOP keeps it, and a problem it finds in
    the layout is then told in the résumé's words ("Selected Awards › …", render.pdf.ResumeParts),
    not as a place in this stylesheet.
  -->
  <xsl:template name="part-key">
    <xsl:choose>
      <xsl:when test="self::header">
        <xsl:attribute name="id" select="'header'"/>
      </xsl:when>
      <xsl:when test="parent::section">
        <xsl:attribute name="id" select="../@id || '.' || (count(preceding-sibling::* except preceding-sibling::heading) + 1)"/>
      </xsl:when>
    </xsl:choose>
  </xsl:template>
</xsl:stylesheet>
