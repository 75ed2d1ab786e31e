<?xml version="1.0" encoding="UTF-8"?>
<!--
  The page's style sheet, inlined into a <style> so the page is one self-contained file:
  system fonts only, nothing fetched. Light and dark colours; a print style for A4.
  Re-style the résumé by editing the CSS below.
-->
<xsl:stylesheet version="3.0"
                xmlns:xsl="http://www.w3.org/1999/XSL/Transform"
                xmlns:xs="http://www.w3.org/2001/XMLSchema"
                xmlns:f="urn:resume:functions"
                xmlns:fp="urn:resume:functions:private"
                exclude-result-prefixes="#all">

  <xsl:function name="f:html-css" as="xs:string">
    <xsl:sequence select="$fp:theme-css || $f:html-css"/>
  </xsl:function>

  <!--
    The theme's fonts and colours (xsl/themes/*.xml), as the custom properties the rules below use.
    Every value is written as CSS that cannot be more than a value: a theme read by Java is checked
    already, but a copy of these stylesheets may read another one, and a value such as
    red;}</style><script>… would otherwise end the style sheet and start a script.
  -->
  <xsl:variable name="fp:theme-css" as="xs:string" select="string-join((
      ':root {',
      '  color-scheme: light dark;',
      '  --fg: ' || fp:css-colour(f:theme('color.text')) || ';',
      '  --muted: ' || fp:css-colour(f:theme('color.muted')) || ';',
      '  --accent: ' || fp:css-colour(f:theme('color.accent')) || ';',
      '  --rule: ' || fp:css-colour(f:theme('color.rule')) || ';',
      '  --bg: #ffffff;',
      '  --font: ' || fp:css-font-list(f:theme('css.font.body')) || ';',
      '  --heading-font: ' || fp:css-font-list(f:theme('css.font.heading')) || ';',
      '  --print-size: ' || fp:css-size(f:theme('font.size')) || 'pt;',
      '}',
      if (f:theme('heading.case') eq 'uppercase') then 'h2 { text-transform: uppercase; letter-spacing: 0.06em; }' else ()),
      '&#10;')"/>

  <!-- A colour: #rrggbb as it is; anything else escaped, which the browser ignores as a colour. -->
  <xsl:function name="fp:css-colour" as="xs:string">
    <xsl:param name="value" as="xs:string"/>
    <xsl:sequence select="if (matches($value, '^#[0-9a-fA-F]{6}$')) then $value else fp:css-escape($value, '[A-Za-z0-9]')"/>
  </xsl:function>

  <!-- A size in points: a positive number as a number; anything else escaped (ignored). -->
  <xsl:function name="fp:css-size" as="xs:string">
    <xsl:param name="value" as="xs:string"/>
    <xsl:sequence select="if ($value castable as xs:decimal and xs:decimal($value) gt 0)
                          then string(xs:decimal($value)) else fp:css-escape($value, '[A-Za-z0-9]')"/>
  </xsl:function>

  <!--
    A list of font names: a one-word name (serif, system-ui, -apple-system) as a keyword, any other
    as a CSS string, its quotes, backslashes, angle brackets and the like escaped; so url(…) is the
    name of a font, never a fetch.
  -->
  <xsl:function name="fp:css-font-list" as="xs:string">
    <xsl:param name="value" as="xs:string"/>
    <xsl:sequence select="string-join(
        for $name in tokenize($value, ',') ! normalize-space(replace(., '^\s*&quot;(.*)&quot;\s*$', '$1'))[. ne '']
        return if (matches($name, '^-?[A-Za-z][A-Za-z0-9-]*$')) then $name
               else '&quot;' || fp:css-escape($name, '[\p{L}\p{N} ._-]') || '&quot;', ', ')"/>
  </xsl:function>

  <!-- The text with every character that does not match $safe (a one-character class) written as a CSS escape: \3c for <. -->
  <xsl:function name="fp:css-escape" as="xs:string">
    <xsl:param name="text" as="xs:string"/>
    <xsl:param name="safe" as="xs:string"/>
    <xsl:sequence select="string-join(
        for $c in string-to-codepoints($text)
        return if (matches(codepoints-to-string($c), '^' || $safe || '$')) then codepoints-to-string($c)
               else '\' || fp:hex($c) || ' ', '')"/>
  </xsl:function>

  <xsl:function name="fp:hex" as="xs:string">
    <xsl:param name="number" as="xs:integer"/>
    <xsl:sequence select="(if ($number ge 16) then fp:hex($number idiv 16) else '')
                          || substring('0123456789abcdef', $number mod 16 + 1, 1)"/>
  </xsl:function>

  <xsl:variable name="f:html-css" as="xs:string">
    <xsl:text>
@media (prefers-color-scheme: dark) {
  :root {
    --fg: #e4e7eb;
    --muted: #a4adb9;
    --accent: #8db9ef;
    --rule: #3a414b;
    --bg: #16191d;
  }
}
*, *::before, *::after { box-sizing: border-box; }
html { -webkit-text-size-adjust: 100%; text-size-adjust: 100%; }
body {
  margin: 0;
  background: var(--bg);
  color: var(--fg);
  font: 1rem/1.5 var(--font);
  overflow-wrap: break-word;
}
.page { max-width: 50rem; margin: 0 auto; padding: 3rem 1.5rem 3.5rem; }

/* Header: name, headline, contacts */
.masthead { margin-bottom: 2rem; }
h1, h2 { font-family: var(--heading-font); }
h1 { margin: 0; font-size: 2.25rem; line-height: 1.15; font-weight: 700; letter-spacing: -0.01em; }
.headline { margin: 0.3rem 0 0; font-size: 1.125rem; color: var(--muted); }
address { margin-top: 0.8rem; font-style: normal; }
.contacts {
  display: flex;
  flex-wrap: wrap;
  gap: 0.35rem 1.5rem;
  margin: 0;
  padding: 0;
  list-style: none;
}
.contact, .contact a { display: inline-flex; align-items: center; gap: 0.45rem; min-width: 0; }
.contact { color: var(--fg); overflow-wrap: anywhere; }
.contact a { color: inherit; text-decoration: none; }
.contact .network { color: var(--muted); }
.contact a:hover { color: var(--accent); text-decoration: underline; }
.icon { flex: none; width: 1em; height: 1em; color: var(--accent); }

/* Sections */
.section { margin-top: 1.9rem; }
h2 {
  margin: 0 0 0.8rem;
  padding-bottom: 0.3rem;
  border-bottom: 1px solid var(--rule);
  color: var(--accent);
  font-size: 1.2rem;
  line-height: 1.3;
  font-weight: 650;
  letter-spacing: 0.01em;
}
p { margin: 0 0 0.5rem; }
.section > p:last-child { margin-bottom: 0; }

/* Entries: heading rows with an aside that moves below the text where there is no room */
.entry { margin-bottom: 1.1rem; }
.entry:last-child { margin-bottom: 0; }
.entry > p { margin: 0.3rem 0 0; }
.section-awards .entry, .section-certificates .entry { margin-bottom: 0.3rem; }
.row {
  display: flex;
  flex-wrap: wrap;
  justify-content: space-between;
  align-items: baseline;
  column-gap: 1.5rem;
}
/* The text claims 15rem: a short aside (a year) stays beside it even on a phone, a long one moves below. */
.row-text { flex: 1 1 15rem; min-width: 0; margin: 0; }
h3.row-text { font-size: 1.03rem; line-height: 1.4; font-weight: 600; }
.row-subtitle .row-text { font-style: italic; }
.row-aside { flex: 0 1 auto; margin: 0; color: var(--muted); text-align: right; }
time { white-space: nowrap; }

/* Lists: bullets from CSS markers; numbered items carry their own label */
ul.bullets { margin: 0.3rem 0 0; padding-left: 1.3rem; }
ul.bullets > li { margin: 0.15rem 0; padding-left: 0.15rem; }
ul.bullets > li::marker { color: var(--muted); }
ol.numbered { margin: 0.3rem 0 0; padding: 0; list-style: none; }
ol.numbered > li { position: relative; margin: 0 0 0.55rem; padding-left: 2.4rem; }
ol.numbered > li:last-child { margin-bottom: 0; }
ol.numbered .label { position: absolute; left: 0; top: 0; color: var(--muted); font-variant-numeric: tabular-nums; }

/* What a list item holds under its text: paragraphs, and lists one step in */
li > p { margin: 0.2rem 0 0; }
li > ul.bullets, li > ol.numbered { margin-top: 0.15rem; }
ul.bullets + p, ol.numbered + p { margin-top: 0.5rem; }

a { color: var(--accent); text-decoration-thickness: 1px; text-underline-offset: 0.15em; }
code { font-family: "Liberation Mono", "DejaVu Sans Mono", Consolas, Menlo, monospace; font-size: 0.9em; }
sup, sub { font-size: 0.72em; line-height: 0; }

/* Read aloud, not shown: the names of the contact icons */
.visually-hidden {
  position: absolute !important;
  width: 1px;
  height: 1px;
  margin: -1px;
  padding: 0;
  overflow: hidden;
  clip: rect(0 0 0 0);
  clip-path: inset(50%);
  white-space: nowrap;
  border: 0;
}

@media (max-width: 30rem) {
  .page { padding: 1.75rem 1.1rem 2.5rem; }
  h1 { font-size: 1.85rem; }
  .row-aside { text-align: left; }
}

/* Print: A4, black on white, entries kept whole, every word still there */
@page { size: A4; margin: 14mm 16mm; }
@media print {
  :root {
    --fg: #000000;
    --bg: #ffffff;
  }
  html { font-size: var(--print-size); }
  body { print-color-adjust: exact; -webkit-print-color-adjust: exact; }
  .page { max-width: none; padding: 0; }
  .masthead { margin-bottom: 1.2rem; }
  .section { margin-top: 1.2rem; }
  a, .contact a { color: inherit; text-decoration: none; }
  .entry, li, p, .row { break-inside: avoid; }
  h1, h2, h3, .row, h2 + p:not(:last-child) { break-after: avoid; }
}
</xsl:text>
  </xsl:variable>
</xsl:stylesheet>
