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
    the machine for scripts the bundled fonts lack (CJK), and "Symbol Fallback" one for emoji and
    symbols, when they are found. FOP reads a fallback font when a character reaches it: the
    symbol font (3 MB) comes before the CJK one (60–120 ms, ~120 MB), so an emoji in a Latin
    résumé does not load the CJK font; "Installed Devanagari" draws Hindi.
  -->
  <!-- The theme's fonts (xsl/themes/*.xml) come first; the fallbacks always follow. -->
  <xsl:param name="body.font.family" as="xs:string"
             select="f:theme('pdf.font.body') || ', DejaVu Sans, Upright Fallback, Symbol Fallback, Installed Fallback, Installed Devanagari'"/>
  <xsl:param name="title.font.family" as="xs:string"
             select="f:theme('pdf.font.heading') || ', DejaVu Sans, Upright Fallback, Symbol Fallback, Installed Fallback, Installed Devanagari'"/>

  <!-- Code (inline code in the text): monospaced, then the same fallbacks. -->
  <xsl:param name="code.font.family" as="xs:string"
             select="'Liberation Mono, DejaVu Sans Mono, DejaVu Sans, Upright Fallback, Installed Fallback'"/>

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
    A contact never breaks inside (header.xsl lifts the keep from one longer than
    $contact.unbreakable.length characters, which a line may not hold). keep-together, as FOP
    ignores wrap-option on an inline: the JSON sample's address broke after "2712".
  -->
  <xsl:attribute-set name="contact.properties">
    <xsl:attribute name="keep-together.within-line">always</xsl:attribute>
  </xsl:attribute-set>

  <xsl:variable name="contact.unbreakable.length" as="xs:integer" select="45"/>

  <!-- Between contacts: seen by a reader and by a program reading the text, where the icons are not. -->
  <xsl:variable name="contact.separator" as="xs:string" select="'·'"/>

  <xsl:attribute-set name="contact.separator.properties">
    <xsl:attribute name="color" select="$muted.color"/>
    <xsl:attribute name="padding-start" select="f:pt(0.15)"/>
    <xsl:attribute name="padding-end" select="f:pt(0.6)"/>
  </xsl:attribute-set>

  <xsl:attribute-set name="contact.icon.properties">
    <xsl:attribute name="content-width" select="f:pt(0.95)"/>
    <xsl:attribute name="content-height" select="f:pt(0.95)"/>
    <xsl:attribute name="alignment-adjust">middle</xsl:attribute>
    <xsl:attribute name="alignment-baseline">middle</xsl:attribute>
    <xsl:attribute name="padding-end" select="f:pt(0.3)"/>
  </xsl:attribute-set>

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

  <!--
    Keeps: "always" only on what is always short (a heading with what follows it, a row with the
    next row); an entry or a list item, which may be longer than a page, is kept together with an
    integer strength: FOP then keeps it on one page when it fits and breaks it where it must. A keep
    of "always" that cannot be met makes FOP push content past the foot of the page, where it is
    lost (the seed with 80 more awards printed 39 of them).
  -->
  <xsl:variable name="keep.block" as="xs:string" select="'1'"/>
  <!-- Stronger: a long entry breaks between its bullets rather than inside one. -->
  <xsl:variable name="keep.item" as="xs:string" select="'2'"/>

  <xsl:attribute-set name="entry.properties">
    <xsl:attribute name="space-before" select="f:pt(0.55)"/>
    <xsl:attribute name="keep-together.within-page" select="$keep.block"/>
  </xsl:attribute-set>

  <!--
    A one-line entry (an award, a language) sits closer to its neighbours: they read as a list. Not
    closer than this: pdftotext would read the entries' texts as one block and their dates as another.
  -->
  <xsl:attribute-set name="entry.single-row.properties" use-attribute-sets="entry.properties">
    <xsl:attribute name="space-before" select="f:pt(0.4)"/>
  </xsl:attribute-set>

  <!--
    A row: its text at the start; when it has an aside, a space leader pushes the aside to the
    end of the last line (sections.xsl then sets text-align-last="justify").
  -->
  <xsl:attribute-set name="row.properties">
    <xsl:attribute name="text-align">start</xsl:attribute>
    <!-- Fixed word spaces: else FOP's justification widens them too, not only the leader. -->
    <xsl:attribute name="word-spacing">0pt</xsl:attribute>
  </xsl:attribute-set>

  <!--
    A row stays with what follows it in its entry (sections.xsl sets this on every row but an
    entry's last): set on the last row too, FOP would pass the keep on to the entry, chain every
    one-row entry of a section to the next and push the section past the page.
  -->
  <xsl:variable name="row.keep-with-next" as="xs:string" select="'always'"/>

  <!--
    Between an entry's rows and its body (bullets, paragraphs). Also what keeps the rows' asides
    (places, dates) with them in pdftotext's reading order: closer, the rows and the body are one
    block of text to it, and the asides, a column of their own, come after the whole body.
  -->
  <xsl:variable name="rows.space-after" as="xs:string" select="f:pt(0.6)"/>

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

  <!--
    A label (bullet, "[1]") sits at the end of its room, a word space from the item's text: farther,
    pdftotext reads the labels as a column of their own, every bullet before every item.
  -->
  <xsl:attribute-set name="list.properties">
    <xsl:attribute name="space-before" select="f:pt(0.2)"/>
    <xsl:attribute name="provisional-label-separation" select="f:pt(0.25)"/>
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
    <xsl:attribute name="keep-together.within-page" select="$keep.item"/>
  </xsl:attribute-set>

  <xsl:attribute-set name="list.numbered.item.properties" use-attribute-sets="list.item.properties">
    <xsl:attribute name="space-before" select="f:pt(0.35)"/>
  </xsl:attribute-set>

  <xsl:attribute-set name="list.label.properties">
    <xsl:attribute name="text-align">end</xsl:attribute>
  </xsl:attribute-set>

  <xsl:attribute-set name="list.bullet.label.properties" use-attribute-sets="list.label.properties">
    <xsl:attribute name="color" select="$accent.color"/>
  </xsl:attribute-set>

  <xsl:attribute-set name="list.numbered.label.properties" use-attribute-sets="list.label.properties"/>

  <!-- A list inside a list item: from the item's text on, with no space above. -->
  <xsl:attribute-set name="list.nested.properties" use-attribute-sets="list.bullet.properties">
    <xsl:attribute name="start-indent">inherit</xsl:attribute>
    <xsl:attribute name="space-before">0pt</xsl:attribute>
  </xsl:attribute-set>

  <xsl:variable name="bullet" as="xs:string" select="'•'"/>

  <!-- Inline -->

  <xsl:attribute-set name="link.properties">
    <xsl:attribute name="color" select="$accent.color"/>
  </xsl:attribute-set>

  <!-- Monospaced fonts look larger than the text's at the same size. -->
  <xsl:attribute-set name="code.properties">
    <xsl:attribute name="font-family" select="$code.font.family"/>
    <xsl:attribute name="font-size">90%</xsl:attribute>
  </xsl:attribute-set>

  <!--
    Raised less than FOP's "super" (a third of the line): text extraction (pdftotext, PDFBox) then
    still reads "1st Prize" as one line; raised more, "st" comes out on a line of its own
    (pdftotext's default mode placed it after another entry). Percentages are of the line height.
  -->
  <xsl:attribute-set name="superscript.properties">
    <xsl:attribute name="baseline-shift">20%</xsl:attribute>
    <xsl:attribute name="font-size">70%</xsl:attribute>
  </xsl:attribute-set>

  <xsl:attribute-set name="subscript.properties">
    <xsl:attribute name="baseline-shift">-12%</xsl:attribute>
    <xsl:attribute name="font-size">70%</xsl:attribute>
  </xsl:attribute-set>
</xsl:stylesheet>
