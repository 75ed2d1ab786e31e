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

  <!-- The theme's fonts and colours (xsl/themes/*.xml), as the custom properties the rules below use. -->
  <xsl:variable name="fp:theme-css" as="xs:string" select="string-join((
      ':root {',
      '  color-scheme: light dark;',
      '  --fg: ' || f:theme('color.text') || ';',
      '  --muted: ' || f:theme('color.muted') || ';',
      '  --accent: ' || f:theme('color.accent') || ';',
      '  --rule: ' || f:theme('color.rule') || ';',
      '  --bg: #ffffff;',
      '  --font: ' || f:theme('css.font.body') || ';',
      '  --heading-font: ' || f:theme('css.font.heading') || ';',
      '  --print-size: ' || f:theme('font.size') || 'pt;',
      '}',
      if (f:theme('heading.case') eq 'uppercase') then 'h2 { text-transform: uppercase; letter-spacing: 0.06em; }' else ()),
      '&#10;')"/>

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
