<?xml version="1.0" encoding="UTF-8"?>
<!--
  Résumé → XSL-FO, for FOP. The entry: it includes the modules and lays out the page; the
  modules (same names as in xsl/html/) render each part. To restyle, import this stylesheet
  and override parameters or attribute-sets of style.xsl. The input is a prepared résumé
  (urn:resume:view:1, the output of common/prepare.xsl).
-->
<xsl:stylesheet version="3.0"
                xmlns:xsl="http://www.w3.org/1999/XSL/Transform"
                xmlns:xs="http://www.w3.org/2001/XMLSchema"
                xmlns:f="urn:resume:functions"
                xmlns:fo="http://www.w3.org/1999/XSL/Format"
                xpath-default-namespace="urn:resume:view:1"
                exclude-result-prefixes="#all">

  <xsl:import href="../common/prepared.xsl"/>
  <xsl:import href="../common/icons.xsl"/>
  <xsl:import href="../common/theme.xsl"/>

  <!-- Included, not imported: the modules' rules then compete by priority alone. -->
  <xsl:include href="style.xsl"/>
  <xsl:include href="header.xsl"/>
  <xsl:include href="sections.xsl"/>
  <xsl:include href="lists.xsl"/>
  <xsl:include href="inline.xsl"/>

  <xsl:output method="xml" encoding="UTF-8" indent="no"/>

  <!-- Set by the renderer, not a matter of style: -->
  <!-- Where FOP reads the résumé's source to attach it to the PDF, or '' for no attachment. -->
  <xsl:param name="source.uri" as="xs:string" select="''"/>
  <!-- The time stamped into the PDF's metadata (xs:dateTime, UTC), or '' to leave it to FOP. -->
  <xsl:param name="timestamp" as="xs:string" select="''"/>

  <!-- The id of the page sequence, for the last page's number. -->
  <xsl:variable name="pages.id" as="xs:string" select="'resume-pages'"/>

  <xsl:template match="/">
    <xsl:apply-templates select="f:prepared(.)"/>
  </xsl:template>

  <xsl:template match="document">
    <xsl:if test="not($paper = ('a4', 'letter'))">
      <xsl:message terminate="yes" select="'error: unknown paper ''' || $paper || ''' (use a4 or letter)'"/>
    </xsl:if>
    <fo:root xml:lang="{@xml:lang}" xsl:use-attribute-sets="root.properties">
      <fo:layout-master-set>
        <!--
          A page alone has no page number: FOP takes "only-page" when the résumé fits on one page,
          "page" for every page otherwise. They differ only in the name of the footer's region, so
          that the footer (page-footer) has no place on a page alone; its room is kept all the same.
        -->
        <fo:simple-page-master master-name="page" xsl:use-attribute-sets="page.properties">
          <fo:region-body xsl:use-attribute-sets="body.region.properties"/>
          <fo:region-after xsl:use-attribute-sets="footer.region.properties"/>
        </fo:simple-page-master>
        <fo:simple-page-master master-name="only-page" xsl:use-attribute-sets="page.properties">
          <fo:region-body xsl:use-attribute-sets="body.region.properties"/>
          <fo:region-after region-name="no-footer" xsl:use-attribute-sets="footer.region.properties"/>
        </fo:simple-page-master>
        <fo:page-sequence-master master-name="pages">
          <fo:repeatable-page-master-alternatives>
            <fo:conditional-page-master-reference page-position="only" master-reference="only-page"/>
            <fo:conditional-page-master-reference page-position="any" master-reference="page"/>
          </fo:repeatable-page-master-alternatives>
        </fo:page-sequence-master>
      </fo:layout-master-set>
      <xsl:apply-templates select="meta"/>
      <xsl:call-template name="bookmarks"/>
      <fo:page-sequence id="{$pages.id}" master-reference="pages">
        <xsl:if test="@dir eq 'rtl'">
          <xsl:attribute name="writing-mode">rl-tb</xsl:attribute>
        </xsl:if>
        <xsl:call-template name="page-footer"/>
        <fo:flow flow-name="xsl-region-body">
          <xsl:apply-templates select="header, section"/>
        </fo:flow>
      </fo:page-sequence>
    </fo:root>
  </xsl:template>

  <!--
    "2 / 3" at the foot of each page, only when there is more than one page (see the page
    masters). An artifact: it is the page's furniture, not the résumé's text, and screen readers
    skip it (PDF/UA).
  -->
  <xsl:template name="page-footer">
    <fo:static-content flow-name="xsl-region-after" role="artifact">
      <fo:block xsl:use-attribute-sets="footer.properties">
        <fo:page-number/>
        <xsl:text> / </xsl:text>
        <fo:page-number-citation-last ref-id="{$pages.id}"/>
      </fo:block>
    </fo:static-content>
  </xsl:template>

</xsl:stylesheet>
