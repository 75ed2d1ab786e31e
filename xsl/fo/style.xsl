<?xml version="1.0" encoding="UTF-8"?>
<!--
  The look of the PDF: parameters and attribute-sets. Every size is derived from one base
  font size ($body.font.size), as DocBook does, so the whole page scales from one number.
  A user restyling their résumé should only need to edit this file.
-->
<xsl:stylesheet version="3.0"
                xmlns:xsl="http://www.w3.org/1999/XSL/Transform"
                xmlns:xs="http://www.w3.org/2001/XMLSchema"
                xmlns:f="urn:resume:functions"
                xmlns:fp="urn:resume:functions:private"
                xmlns:fo="http://www.w3.org/1999/XSL/Format"
                exclude-result-prefixes="#all">

  <!-- ===== Parameters ===== -->

  <!-- The paper: a4 or letter. -->
  <xsl:param name="paper" as="xs:string" select="'a4'"/>

  <!-- The base font size in points; every other size is a multiple of it. -->
  <xsl:param name="body.font.size" as="xs:double" select="f:theme-number('font.size')"/>

  <!-- Fonts, tried left to right for each character (the ones in src/main/resources/…/fop.xconf). -->
  <!--
    "Upright Fallback" draws Arabic and Hebrew in italic text too; "Installed Fallback" is a font of
    the machine for scripts the bundled fonts lack (CJK), when one is found; "Installed Devanagari" one for Hindi.
  -->
  <!-- The theme's fonts (xsl/themes/*.xml) come first; the fallbacks always follow. -->
  <xsl:param name="body.font.family" as="xs:string"
             select="f:theme('pdf.font.body') || ', DejaVu Sans, Upright Fallback, Installed Fallback, Installed Devanagari'"/>
  <xsl:param name="title.font.family" as="xs:string"
             select="f:theme('pdf.font.heading') || ', DejaVu Sans, Upright Fallback, Installed Fallback, Installed Devanagari'"/>

  <xsl:param name="text.color" as="xs:string" select="f:theme('color.text')"/>
  <xsl:param name="accent.color" as="xs:string" select="f:theme('color.accent')"/>
  <xsl:param name="muted.color" as="xs:string" select="f:theme('color.muted')"/>
  <xsl:param name="rule.color" as="xs:string" select="f:theme('color.rule')"/>
  <!-- normal or uppercase: a look only; the words of the heading are unchanged. -->
  <xsl:param name="heading.case" as="xs:string" select="f:theme('heading.case')"/>

  <xsl:param name="page.margin.top" as="xs:string" select="'15mm'"/>
  <!-- From the paper's edge to the text: the page numbers sit inside this room. -->
  <xsl:param name="page.margin.bottom" as="xs:string" select="'15mm'"/>
  <xsl:param name="page.margin.side" as="xs:string" select="'17mm'"/>
  <!-- From the paper's edge to the page numbers' foot. -->
  <xsl:param name="footer.margin.bottom" as="xs:string" select="'8mm'"/>

  <!-- ===== Derived values ===== -->

  <!-- A size as a multiple of the base font size, in points: f:pt(1.5) = '15pt' for a base of 10. -->
  <xsl:function name="f:pt" as="xs:string">
    <xsl:param name="factor" as="xs:double"/>
    <xsl:sequence select="format-number($body.font.size * $factor, '0.##') || 'pt'"/>
  </xsl:function>

  <xsl:variable name="page.width" as="xs:string" select="if ($paper eq 'letter') then '8.5in' else '210mm'"/>
  <xsl:variable name="page.height" as="xs:string" select="if ($paper eq 'letter') then '11in' else '297mm'"/>

  <!-- ===== Attribute sets ===== -->

  <xsl:attribute-set name="root.properties">
    <xsl:attribute name="font-family" select="$body.font.family"/>
    <xsl:attribute name="font-size" select="f:pt(1)"/>
    <xsl:attribute name="line-height">1.25</xsl:attribute>
    <xsl:attribute name="color" select="$text.color"/>
    <!-- Superscripts must not open up the line they sit in. -->
    <xsl:attribute name="line-height-shift-adjustment">disregard-shifts</xsl:attribute>
    <xsl:attribute name="orphans">2</xsl:attribute>
    <xsl:attribute name="widows">2</xsl:attribute>
  </xsl:attribute-set>

  <xsl:attribute-set name="page.properties">
    <xsl:attribute name="page-width" select="$page.width"/>
    <xsl:attribute name="page-height" select="$page.height"/>
    <xsl:attribute name="margin-top" select="$page.margin.top"/>
    <xsl:attribute name="margin-bottom" select="$footer.margin.bottom"/>
    <xsl:attribute name="margin-left" select="$page.margin.side"/>
    <xsl:attribute name="margin-right" select="$page.margin.side"/>
  </xsl:attribute-set>

  <xsl:attribute-set name="body.region.properties">
    <xsl:attribute name="margin-bottom" select="'(' || $page.margin.bottom || ') - (' || $footer.margin.bottom || ')'"/>
  </xsl:attribute-set>

  <xsl:attribute-set name="footer.region.properties">
    <xsl:attribute name="extent" select="f:pt(1.6)"/>
    <xsl:attribute name="display-align">after</xsl:attribute>
  </xsl:attribute-set>

  <xsl:attribute-set name="footer.properties">
    <xsl:attribute name="font-family" select="$title.font.family"/>
    <xsl:attribute name="font-size" select="f:pt(0.8)"/>
    <xsl:attribute name="color" select="$muted.color"/>
    <xsl:attribute name="text-align">center</xsl:attribute>
  </xsl:attribute-set>

  <!-- Header -->

  <xsl:attribute-set name="name.properties">
    <xsl:attribute name="role">H1</xsl:attribute>
    <xsl:attribute name="font-family" select="$title.font.family"/>
    <xsl:attribute name="font-size" select="f:pt(2.4)"/>
    <xsl:attribute name="font-weight">bold</xsl:attribute>
    <xsl:attribute name="line-height">1.1</xsl:attribute>
    <xsl:attribute name="color" select="$accent.color"/>
    <xsl:attribute name="text-align">center</xsl:attribute>
    <xsl:attribute name="keep-with-next.within-page">always</xsl:attribute>
  </xsl:attribute-set>

  <xsl:attribute-set name="headline.properties">
    <xsl:attribute name="font-size" select="f:pt(1.15)"/>
    <xsl:attribute name="font-style">italic</xsl:attribute>
    <xsl:attribute name="color" select="$muted.color"/>
    <xsl:attribute name="text-align">center</xsl:attribute>
    <xsl:attribute name="space-before" select="f:pt(0.3)"/>
    <xsl:attribute name="keep-with-next.within-page">always</xsl:attribute>
  </xsl:attribute-set>

  <xsl:attribute-set name="contacts.properties">
    <xsl:attribute name="font-size" select="f:pt(0.95)"/>
    <xsl:attribute name="text-align">center</xsl:attribute>
    <xsl:attribute name="space-before" select="f:pt(0.6)"/>
    <xsl:attribute name="space-after" select="f:pt(0.2)"/>
  </xsl:attribute-set>

  <!--
    A contact never breaks inside. wrap-option, not keep-together.within-line: FOP 2.11 then
    misplaces a justified line's end by a point or two.
  -->
  <xsl:attribute-set name="contact.properties">
    <xsl:attribute name="wrap-option">no-wrap</xsl:attribute>
  </xsl:attribute-set>

  <xsl:attribute-set name="contact.icon.properties">
    <xsl:attribute name="content-width" select="f:pt(0.95)"/>
    <xsl:attribute name="content-height" select="f:pt(0.95)"/>
    <xsl:attribute name="alignment-adjust">middle</xsl:attribute>
    <xsl:attribute name="alignment-baseline">middle</xsl:attribute>
    <xsl:attribute name="padding-end" select="f:pt(0.3)"/>
  </xsl:attribute-set>

  <!-- Room before each contact but the first (added to the word space between them). -->
  <xsl:variable name="contact.gap" as="xs:string" select="f:pt(1.3)"/>
  <xsl:variable name="icon.color" as="xs:string" select="$accent.color"/>

  <!-- Sections -->

  <xsl:attribute-set name="section.properties">
    <xsl:attribute name="space-before" select="f:pt(1.0)"/>
  </xsl:attribute-set>

  <xsl:attribute-set name="section.heading.properties">
    <xsl:attribute name="role">H2</xsl:attribute>
    <xsl:attribute name="font-family" select="$title.font.family"/>
    <xsl:attribute name="font-size" select="f:pt(1.2)"/>
    <xsl:attribute name="font-weight">bold</xsl:attribute>
    <xsl:attribute name="letter-spacing" select="if ($heading.case eq 'uppercase') then '0.06em' else '0.03em'"/>
    <xsl:attribute name="text-transform" select="if ($heading.case eq 'uppercase') then 'uppercase' else 'none'"/>
    <xsl:attribute name="color" select="$accent.color"/>
    <xsl:attribute name="border-after-style">solid</xsl:attribute>
    <xsl:attribute name="border-after-width">0.6pt</xsl:attribute>
    <xsl:attribute name="border-after-color" select="$rule.color"/>
    <xsl:attribute name="padding-after" select="f:pt(0.15)"/>
    <xsl:attribute name="space-after" select="f:pt(0.4)"/>
    <xsl:attribute name="keep-with-next.within-page">always</xsl:attribute>
  </xsl:attribute-set>

  <xsl:attribute-set name="entry.properties">
    <xsl:attribute name="space-before" select="f:pt(0.55)"/>
    <xsl:attribute name="keep-together.within-page">always</xsl:attribute>
  </xsl:attribute-set>

  <!-- A one-line entry (an award, a language) sits closer to its neighbours: they read as a list. -->
  <xsl:attribute-set name="entry.single-row.properties" use-attribute-sets="entry.properties">
    <xsl:attribute name="space-before" select="f:pt(0.3)"/>
  </xsl:attribute-set>

  <!--
    A row: its text at the start; when it has an aside, a space leader pushes the aside to the
    end of the last line (sections.xsl then sets text-align-last="justify").
  -->
  <xsl:attribute-set name="row.properties">
    <xsl:attribute name="text-align">start</xsl:attribute>
    <!-- Fixed word spaces: else FOP's justification widens them too, not only the leader. -->
    <xsl:attribute name="word-spacing">0pt</xsl:attribute>
    <xsl:attribute name="keep-with-next.within-page">always</xsl:attribute>
  </xsl:attribute-set>

  <xsl:attribute-set name="row.title.properties" use-attribute-sets="row.properties">
    <xsl:attribute name="font-weight">bold</xsl:attribute>
    <xsl:attribute name="font-size" select="f:pt(1.05)"/>
  </xsl:attribute-set>

  <xsl:attribute-set name="row.subtitle.properties" use-attribute-sets="row.properties">
    <xsl:attribute name="font-style">italic</xsl:attribute>
  </xsl:attribute-set>

  <!-- An aside (dates, place) never breaks inside; see contact.properties for why not keep-together. -->
  <xsl:attribute-set name="aside.properties">
    <xsl:attribute name="wrap-option">no-wrap</xsl:attribute>
  </xsl:attribute-set>

  <xsl:attribute-set name="aside.title.properties" use-attribute-sets="aside.properties">
    <xsl:attribute name="font-weight">normal</xsl:attribute>
    <xsl:attribute name="font-size" select="f:pt(1)"/>
  </xsl:attribute-set>

  <xsl:attribute-set name="aside.subtitle.properties" use-attribute-sets="aside.properties"/>

  <!-- Ragged right: without hyphenation patterns, justified lines open wide gaps. -->
  <xsl:attribute-set name="para.properties">
    <xsl:attribute name="text-align">start</xsl:attribute>
    <xsl:attribute name="space-before" select="f:pt(0.3)"/>
  </xsl:attribute-set>

  <!-- Lists -->

  <xsl:attribute-set name="list.properties">
    <xsl:attribute name="space-before" select="f:pt(0.2)"/>
    <xsl:attribute name="provisional-label-separation" select="f:pt(0.5)"/>
    <xsl:attribute name="start-indent" select="f:pt(0.6)"/>
  </xsl:attribute-set>

  <xsl:attribute-set name="list.bullet.properties" use-attribute-sets="list.properties">
    <xsl:attribute name="provisional-distance-between-starts" select="f:pt(1.1)"/>
  </xsl:attribute-set>

  <xsl:attribute-set name="list.numbered.properties" use-attribute-sets="list.properties">
    <xsl:attribute name="provisional-distance-between-starts" select="f:pt(2.2)"/>
    <xsl:attribute name="start-indent">0pt</xsl:attribute>
  </xsl:attribute-set>

  <xsl:attribute-set name="list.item.properties">
    <xsl:attribute name="space-before" select="f:pt(0.15)"/>
    <xsl:attribute name="keep-together.within-page">always</xsl:attribute>
  </xsl:attribute-set>

  <xsl:attribute-set name="list.numbered.item.properties" use-attribute-sets="list.item.properties">
    <xsl:attribute name="space-before" select="f:pt(0.35)"/>
  </xsl:attribute-set>

  <xsl:attribute-set name="list.bullet.label.properties">
    <xsl:attribute name="color" select="$accent.color"/>
  </xsl:attribute-set>

  <xsl:attribute-set name="list.numbered.label.properties"/>

  <xsl:variable name="bullet" as="xs:string" select="'•'"/>

  <!-- Inline -->

  <xsl:attribute-set name="link.properties">
    <xsl:attribute name="color" select="$accent.color"/>
  </xsl:attribute-set>

  <xsl:attribute-set name="superscript.properties">
    <xsl:attribute name="baseline-shift">super</xsl:attribute>
    <xsl:attribute name="font-size">65%</xsl:attribute>
  </xsl:attribute-set>

  <xsl:attribute-set name="subscript.properties">
    <xsl:attribute name="baseline-shift">sub</xsl:attribute>
    <xsl:attribute name="font-size">65%</xsl:attribute>
  </xsl:attribute-set>
</xsl:stylesheet>
