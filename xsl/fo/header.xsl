<?xml version="1.0" encoding="UTF-8"?>
<!--
  The document's properties (as XMP metadata) and the page header: the name, then one line
  of contacts, each with its icon.
-->
<xsl:stylesheet version="3.0"
                xmlns:xsl="http://www.w3.org/1999/XSL/Transform"
                xmlns:xs="http://www.w3.org/2001/XMLSchema"
                xmlns:f="urn:resume:functions"
                xmlns:fp="urn:resume:functions:private"
                xmlns:fo="http://www.w3.org/1999/XSL/Format"
                xmlns:fox="http://xmlgraphics.apache.org/fop/extensions"
                xmlns:x="adobe:ns:meta/"
                xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#"
                xmlns:dc="http://purl.org/dc/elements/1.1/"
                xmlns:pdf="http://ns.adobe.com/pdf/1.3/"
                xmlns:xmp="http://ns.adobe.com/xap/1.0/"
                xmlns:fop-pdf="http://xmlgraphics.apache.org/fop/extensions/pdf"
                xpath-default-namespace="urn:resume:view:1"
                exclude-result-prefixes="xs f fp">

  <!--
    Title and author go into XMP only: FOP copies them into the document information, and
    setting them through FOUserAgent instead breaks PDF/A. Properties have their XMP types
    (Alt, Seq, Bag), as PDF/A checks.
  -->
  <xsl:template match="meta">
    <fo:declarations>
      <x:xmpmeta>
        <rdf:RDF>
          <rdf:Description rdf:about="">
            <dc:title><rdf:Alt><rdf:li xml:lang="x-default"><xsl:value-of select="title"/></rdf:li></rdf:Alt></dc:title>
            <dc:creator><rdf:Seq><rdf:li><xsl:value-of select="author"/></rdf:li></rdf:Seq></dc:creator>
            <xsl:if test="subject">
              <dc:description><rdf:Alt><rdf:li xml:lang="x-default"><xsl:value-of select="subject"/></rdf:li></rdf:Alt></dc:description>
            </xsl:if>
            <dc:language><rdf:Bag><rdf:li><xsl:value-of select="../@xml:lang"/></rdf:li></rdf:Bag></dc:language>
          </rdf:Description>
          <xsl:if test="keywords">
            <rdf:Description rdf:about="">
              <pdf:Keywords><xsl:value-of select="keywords"/></pdf:Keywords>
            </rdf:Description>
          </xsl:if>
          <rdf:Description rdf:about="">
            <xmp:CreatorTool>resume</xmp:CreatorTool>
            <!-- The render's timestamp, not the clock: a fixed SOURCE_DATE_EPOCH gives the same bytes. -->
            <xsl:if test="$timestamp ne ''">
              <xmp:CreateDate><xsl:value-of select="$timestamp"/></xmp:CreateDate>
              <xmp:ModifyDate><xsl:value-of select="$timestamp"/></xmp:ModifyDate>
              <xmp:MetadataDate><xsl:value-of select="$timestamp"/></xmp:MetadataDate>
            </xsl:if>
          </rdf:Description>
        </rdf:RDF>
      </x:xmpmeta>
      <!-- The canonical résumé travels inside its PDF (PDF/A-3 allows it): `resume extract` gives it back. -->
      <xsl:if test="$source.uri ne ''">
        <fop-pdf:embedded-file filename="resume.xml" src="{$source.uri}"
                               description="The résumé as data (urn:resume:1), to render or edit again"/>
      </xsl:if>
    </fo:declarations>
  </xsl:template>

  <xsl:template match="header">
    <fo:block>
      <xsl:call-template name="part-key"/>
      <fo:block xsl:use-attribute-sets="name.properties">
        <xsl:value-of select="name"/>
      </fo:block>
      <xsl:apply-templates select="headline"/>
      <xsl:if test="contact">
        <fo:block xsl:use-attribute-sets="contacts.properties">
          <xsl:apply-templates select="contact"/>
        </fo:block>
      </xsl:if>
    </fo:block>
  </xsl:template>

  <xsl:template match="headline">
    <fo:block xsl:use-attribute-sets="headline.properties">
      <xsl:value-of select="."/>
    </fo:block>
  </xsl:template>

  <!--
    A contact: its icon (named for who cannot see it), then its text, linked when it has a target,
    then (but after the last) a separator that a reader and a program reading the text both see.
    A line ends only between contacts: one never breaks inside, unless it is longer than a line.
  -->
  <xsl:template match="contact">
    <!-- A space between contacts: where the line may break, and a word gap for text extraction. -->
    <xsl:if test="preceding-sibling::contact">
      <xsl:text> </xsl:text>
    </xsl:if>
    <fo:inline xsl:use-attribute-sets="contact.properties">
      <xsl:if test="string-length(.) + string-length(@label) gt $contact.unbreakable.length">
        <xsl:attribute name="keep-together.within-line">auto</xsl:attribute>
      </xsl:if>
      <fo:instream-foreign-object fox:alt-text="{@label}" xsl:use-attribute-sets="contact.icon.properties">
        <xsl:sequence select="f:icon(@kind, $icon.color)"/>
      </fo:instream-foreign-object>
      <xsl:if test="@label-visible = ('true', '1')">
        <fo:inline color="{$muted.color}"><xsl:value-of select="@label"/></fo:inline>
        <xsl:text> </xsl:text>
      </xsl:if>
      <xsl:choose>
        <xsl:when test="@href">
          <fo:basic-link external-destination="{f:fo-uri(@href)}" fox:alt-text="{@label}: {.}">
            <xsl:value-of select="."/>
          </fo:basic-link>
        </xsl:when>
        <xsl:otherwise>
          <xsl:value-of select="."/>
        </xsl:otherwise>
      </xsl:choose>
      <!-- Inside the contact, so that a line never starts with it. -->
      <xsl:if test="following-sibling::contact">
        <xsl:text> </xsl:text>
        <fo:inline xsl:use-attribute-sets="contact.separator.properties">
          <xsl:value-of select="$contact.separator"/>
        </fo:inline>
      </xsl:if>
    </fo:inline>
  </xsl:template>
</xsl:stylesheet>
