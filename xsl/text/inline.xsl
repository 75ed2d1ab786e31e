<?xml version="1.0" encoding="UTF-8"?>
<!--
  Inline content (em, strong, sup, sub, code, br, link, time) as lines of plain text or of
  Markdown, a line break (br) starting the next line. Plain text drops the markup and shows a
  link's address after its text when the text does not already say it. Markdown escapes every
  character of the résumé's text that Markdown would read as syntax, so the words come out
  literally; code is a code span, a line break a hard break.
-->
<xsl:stylesheet version="3.0"
                xmlns:xsl="http://www.w3.org/1999/XSL/Transform"
                xmlns:xs="http://www.w3.org/2001/XMLSchema"
                xmlns:f="urn:resume:functions"
                xmlns:fp="urn:resume:functions:private"
                xpath-default-namespace="urn:resume:view:1"
                exclude-result-prefixes="#all">

  <xsl:mode name="txt-inline" on-no-match="fail"/>
  <xsl:mode name="md-inline" on-no-match="fail"/>

  <!-- Marks a line break (br) in inline text until the text is cut into lines. -->
  <xsl:variable name="fp:break" as="xs:string" select="'&#xE002;'"/>

  <!-- The inline content of an element, on one line (line breaks as spaces), in the current flavour. -->
  <xsl:function name="f:inline" as="xs:string">
    <xsl:param name="element" as="element()?"/>
    <xsl:sequence select="string-join(f:lines($element/node()), ' ')"/>
  </xsl:function>

  <!-- Inline content as its lines (a line break, br, starts the next), in the current flavour. -->
  <xsl:function name="f:lines" as="xs:string*">
    <xsl:param name="nodes" as="node()*"/>
    <xsl:variable name="parts" as="xs:string*">
      <xsl:choose>
        <xsl:when test="$f:markdown"><xsl:apply-templates select="$nodes" mode="md-inline"/></xsl:when>
        <xsl:otherwise><xsl:apply-templates select="$nodes" mode="txt-inline"/></xsl:otherwise>
      </xsl:choose>
    </xsl:variable>
    <xsl:sequence select="tokenize(string-join($parts), $fp:break) ! normalize-space(.)"/>
  </xsl:function>

  <xsl:template match="br" mode="txt-inline md-inline">
    <xsl:sequence select="$fp:break"/>
  </xsl:template>

  <!-- ===== Plain text ===== -->

  <xsl:template match="text()" mode="txt-inline">
    <xsl:sequence select="string(.)"/>
  </xsl:template>

  <xsl:template match="em | strong | sup | sub | time" mode="txt-inline">
    <xsl:apply-templates mode="txt-inline"/>
  </xsl:template>

  <xsl:template match="code" mode="txt-inline">
    <xsl:sequence select="string(.)"/>
  </xsl:template>

  <xsl:template match="link" mode="txt-inline">
    <xsl:variable name="text" as="xs:string" select="normalize-space(string-join(fp:txt-children(.)))"/>
    <xsl:sequence select="f:with-address($text, @href)"/>
  </xsl:template>

  <xsl:function name="fp:txt-children" as="xs:string*">
    <xsl:param name="element" as="element()"/>
    <xsl:apply-templates select="$element/node()" mode="txt-inline"/>
  </xsl:function>

  <!--
    A link in plain text: its text, then its address in parentheses unless the text already is
    the address (an email address is the text of its mailto: link).
  -->
  <xsl:function name="f:with-address" as="xs:string">
    <xsl:param name="text" as="xs:string"/>
    <xsl:param name="href" as="xs:string"/>
    <xsl:sequence select="
        if ($text = '') then $href
        else if (f:says-address($text, $href)) then $text
        else $text || ' (' || $href || ')'"/>
  </xsl:function>

  <xsl:function name="f:says-address" as="xs:boolean">
    <xsl:param name="text" as="xs:string"/>
    <xsl:param name="href" as="xs:string"/>
    <xsl:sequence select="$href = ($text, 'mailto:' || $text)
        or (starts-with($href, 'tel:') and replace($href, '[^+0-9]', '') = replace($text, '[^+0-9]', ''))"/>
  </xsl:function>

  <!-- ===== Markdown ===== -->

  <xsl:template match="text()" mode="md-inline">
    <xsl:sequence select="f:md-escape(.)"/>
  </xsl:template>

  <xsl:template match="time" mode="md-inline">
    <xsl:apply-templates mode="md-inline"/>
  </xsl:template>

  <xsl:template match="em" mode="md-inline">
    <xsl:sequence select="fp:md-emphasis(., '*', 'em')"/>
  </xsl:template>

  <xsl:template match="strong" mode="md-inline">
    <xsl:sequence select="fp:md-emphasis(., '**', 'strong')"/>
  </xsl:template>

  <!-- Inline HTML, which CommonMark and GitHub keep. -->
  <xsl:template match="sup | sub" mode="md-inline">
    <xsl:sequence select="'&lt;' || local-name() || '>' || string-join(fp:md-children(.)) || '&lt;/' || local-name() || '>'"/>
  </xsl:template>

  <xsl:template match="code" mode="md-inline">
    <xsl:sequence select="fp:md-code(.)"/>
  </xsl:template>

  <!--
    A code span: fenced by one backtick more than the longest run of them inside, with a space
    inside each fence where the code starts or ends with a backtick, or with a space at both ends
    (CommonMark strips one there).
  -->
  <xsl:function name="fp:md-code" as="xs:string">
    <xsl:param name="code" as="xs:string"/>
    <xsl:variable name="longest" as="xs:integer"
        select="max((0, analyze-string($code, '`+')/*:match ! string-length(.)))"/>
    <xsl:variable name="fence" as="xs:string" select="f:repeat('`', $longest + 1)"/>
    <xsl:variable name="pad" as="xs:string" select="
        if (matches($code, '^`|`$') or (matches($code, '^ .* $|^ $') and normalize-space($code) != '')) then ' ' else ''"/>
    <xsl:sequence select="$fence || $pad || $code || $pad || $fence"/>
  </xsl:function>

  <!--
    Lines as Markdown: each escaped where it would start a block, joined by hard line breaks (a
    backslash at the end of the line); lines after the first start with $indent (a list item's).
  -->
  <xsl:function name="f:md-lines" as="xs:string">
    <xsl:param name="lines" as="xs:string*"/>
    <xsl:param name="indent" as="xs:string"/>
    <xsl:sequence select="string-join($lines ! f:md-block-start(.), '\' || $f:nl || $indent)"/>
  </xsl:function>

  <xsl:template match="link" mode="md-inline">
    <xsl:sequence select="f:md-link(string-join(fp:md-children(.)), string(.), @href)"/>
  </xsl:template>

  <xsl:function name="fp:md-children" as="xs:string*">
    <xsl:param name="element" as="element()"/>
    <xsl:apply-templates select="$element/node()" mode="md-inline"/>
  </xsl:function>

  <!--
    Backslash before each character Markdown could read as syntax; '&' only where it would
    start a character reference.
  -->
  <xsl:function name="f:md-escape" as="xs:string">
    <xsl:param name="text" as="xs:string"/>
    <xsl:sequence select="replace(replace($text, '([\\`*_\[\]&lt;>#|~])', '\\$1'), '&amp;(#?[A-Za-z0-9]+;)', '\\&amp;$1')"/>
  </xsl:function>

  <!--
    Escapes what would make the start of a line a block: a heading, quote, list item, rule or
    setext underline ('#', '*', '_' are escaped everywhere already).
  -->
  <xsl:function name="f:md-block-start" as="xs:string">
    <xsl:param name="line" as="xs:string"/>
    <xsl:sequence select="replace(replace($line, '^([\-+=>])', '\\$1'), '^([0-9]+)([.)])', '$1\\$2')"/>
  </xsl:function>

  <!--
    Emphasis around inline content. CommonMark only reads '*' as emphasis when it "flanks" the
    text: when the content starts or ends with punctuation and touches a letter outside, the
    marker would show literally, so inline HTML is used instead. Spaces stay outside the markers.
  -->
  <xsl:function name="fp:md-emphasis" as="xs:string">
    <xsl:param name="element" as="element()"/>
    <xsl:param name="marker" as="xs:string"/>
    <xsl:param name="tag" as="xs:string"/>
    <xsl:variable name="content" as="xs:string" select="string-join(fp:md-children($element))"/>
    <xsl:variable name="core" as="xs:string" select="normalize-space($content)"/>
    <xsl:variable name="before" as="xs:string" select="fp:neighbour($element, true())"/>
    <xsl:variable name="after" as="xs:string" select="fp:neighbour($element, false())"/>
    <xsl:variable name="word" as="xs:string" select="'^[^\s\p{P}\p{S}]$'"/>
    <xsl:variable name="mark" as="xs:string" select="'^[\p{P}\p{S}]'"/>
    <xsl:variable name="html" as="xs:boolean" select="
        (matches($core, $mark) and matches($before, $word))
        or (matches($core, '[\p{P}\p{S}]$') and matches($after, $word))"/>
    <xsl:sequence select="
        if ($core = '') then $content
        else (if (matches($content, '^\s')) then ' ' else '')
          || (if ($html) then '&lt;' || $tag || '>' || $core || '&lt;/' || $tag || '>'
              else $marker || $core || $marker)
          || (if (matches($content, '\s$')) then ' ' else '')"/>
  </xsl:function>

  <!--
    The character just outside an inline element: of the text next to it, a space where its
    block begins or ends, or '*' (punctuation) where an enclosing element's marker is.
  -->
  <xsl:function name="fp:neighbour" as="xs:string">
    <xsl:param name="element" as="element()"/>
    <xsl:param name="before" as="xs:boolean"/>
    <xsl:variable name="sibling" as="xs:string?"
        select="if ($before) then $element/preceding-sibling::node()[1]/string() else $element/following-sibling::node()[1]/string()"/>
    <xsl:sequence select="
        if (exists($sibling) and $sibling != '')
        then (if ($before) then substring($sibling, string-length($sibling)) else substring($sibling, 1, 1))
        else if ($element/parent::em or $element/parent::strong or $element/parent::link) then '*'
        else ' '"/>
  </xsl:function>

  <!--
    A Markdown link. A web address shown as itself becomes an autolink <url>; anything else
    [text](url). The prepare step links only web, mail and phone addresses.
  -->
  <xsl:function name="f:md-link" as="xs:string">
    <xsl:param name="markdown" as="xs:string"/>
    <xsl:param name="text" as="xs:string"/>
    <xsl:param name="href" as="xs:string"/>
    <xsl:variable name="shown" as="xs:string" select="normalize-space($markdown)"/>
    <xsl:choose>
      <xsl:when test="(normalize-space($text) = $href or $shown = '') and matches($href, '^https?://[^\s&lt;>]+$', 'i')">
        <xsl:sequence select="'&lt;' || $href || '>'"/>
      </xsl:when>
      <xsl:otherwise>
        <xsl:sequence select="'[' || (if ($shown = '') then f:md-escape($href) else $markdown) || '](' || fp:md-destination($href) || ')'"/>
      </xsl:otherwise>
    </xsl:choose>
  </xsl:function>

  <!-- A link destination that CommonMark reads back as exactly $href. -->
  <xsl:function name="fp:md-destination" as="xs:string">
    <xsl:param name="href" as="xs:string"/>
    <xsl:sequence select="replace(replace($href, '([\\()&lt;>])', '\\$1'), ' ', '%20')"/>
  </xsl:function>
</xsl:stylesheet>
