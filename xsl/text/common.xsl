<?xml version="1.0" encoding="UTF-8"?>
<!--
  What plain text and Markdown share: the flavour switch, display widths, word wrapping and the
  layout of a heading row. Both flavours make each block (header, heading, entry, paragraph,
  list) a string of lines; blocks are joined with blank lines.
-->
<xsl:stylesheet version="3.0"
                xmlns:xsl="http://www.w3.org/1999/XSL/Transform"
                xmlns:xs="http://www.w3.org/2001/XMLSchema"
                xmlns:f="urn:resume:functions"
                xmlns:fp="urn:resume:functions:private"
                xpath-default-namespace="urn:resume:view:1"
                exclude-result-prefixes="#all">

  <!-- True in md.xsl, which overrides it; every difference between the flavours tests it. -->
  <xsl:variable name="f:markdown" as="xs:boolean" select="false()"/>

  <!-- Plain text: the column at which lines wrap. -->
  <xsl:param name="text-width" as="xs:integer" select="80"/>

  <!--
    Plain text: where a row's aside goes. 'inline' joins it to the text with " — ", which survives
    proportional fonts and forms that collapse spaces; 'right' aligns it to the right margin.
  -->
  <xsl:param name="text-asides" as="xs:string" select="'inline'"/>

  <xsl:variable name="f:nl" as="xs:string" select="'&#10;'"/>
  <xsl:variable name="f:blank-line" as="xs:string" select="'&#10;&#10;'"/>

  <!--
    East Asian wide and fullwidth characters, which take two columns. A simple rule (the main
    Unicode blocks), not the full East Asian Width table.
  -->
  <xsl:variable name="fp:wide" as="xs:string" static="yes"
      select="'&#x1100;-&#x115F;&#x2E80;-&#x303E;&#x3041;-&#x33FF;&#x3400;-&#x4DBF;&#x4E00;-&#x9FFF;&#xA000;-&#xA4CF;&#xAC00;-&#xD7A3;&#xF900;-&#xFAFF;&#xFE30;-&#xFE4F;&#xFF00;-&#xFF60;&#xFFE0;-&#xFFE6;&#x1F300;-&#x1F64F;&#x1F900;-&#x1F9FF;&#x20000;-&#x2FFFD;&#x30000;-&#x3FFFD;'"/>

  <!-- Wide punctuation that must not begin a line: it stays with the character before it. -->
  <xsl:variable name="fp:closing" as="xs:string" static="yes" select="'、。，．：；！？）」』】〉》〕］｝'"/>

  <!-- Marks where a line may break between wide characters (fp:words). -->
  <xsl:variable name="fp:may-break" as="xs:string" static="yes" select="'&#xE001;'"/>

  <!--
    Regular expressions built from these go into the code as literals (shadow attributes such as
    _select), so that Saxon compiles them once with the stylesheet. Built at run time, they were
    compiled on every call (the class of wide characters less the closing ones is costly to
    build): 90 % of a plain-text render, 620 ms of 650.
  -->
  <xsl:variable name="fp:not-wide" as="xs:string" static="yes" select="'[^' || $fp:wide || ']'"/>
  <xsl:variable name="fp:wide-opening" as="xs:string" static="yes" select="'([' || $fp:wide || '-[' || $fp:closing || ']])'"/>

  <!-- Joins two words so that wrapping keeps them on one line; a space once wrapped. -->
  <xsl:variable name="f:glue" as="xs:string" select="'&#xE000;'"/>

  <!-- How many columns a string takes in a monospaced font. -->
  <xsl:function name="f:width" as="xs:integer">
    <xsl:param name="text" as="xs:string"/>
    <xsl:sequence _select="string-length($text)
        + string-length(replace($text, '{$fp:not-wide}', ''))
        - string-length(replace($text, '[^\p{{M}}&#x200B;-&#x200D;&#x2060;]', ''))"/>
  </xsl:function>

  <xsl:function name="f:spaces" as="xs:string">
    <xsl:param name="count" as="xs:integer"/>
    <xsl:sequence select="f:repeat(' ', $count)"/>
  </xsl:function>

  <xsl:function name="f:repeat" as="xs:string">
    <xsl:param name="text" as="xs:string"/>
    <xsl:param name="count" as="xs:integer"/>
    <xsl:sequence select="string-join((1 to $count) ! $text)"/>
  </xsl:function>

  <!--
    The lines of a text wrapped at $width columns: the first line starts with $first, the others
    with $rest (a hanging indent). Lines break at spaces and between wide characters, never
    inside a word; a word longer than a line stands alone on its line.
  -->
  <xsl:function name="f:wrap" as="xs:string*">
    <xsl:param name="text" as="xs:string"/>
    <xsl:param name="width" as="xs:integer"/>
    <xsl:param name="first" as="xs:string"/>
    <xsl:param name="rest" as="xs:string"/>
    <xsl:variable name="lines" as="xs:string*">
      <xsl:iterate select="fp:words(normalize-space($text))">
        <xsl:param name="line" as="xs:string" select="''"/>
        <xsl:param name="prefix" as="xs:string" select="$first"/>
        <xsl:on-completion>
          <xsl:sequence select="$prefix || $line"/>
        </xsl:on-completion>
        <xsl:variable name="word" as="xs:string" select="replace(., '^ ', '')"/>
        <xsl:choose>
          <xsl:when test="$line = ''">
            <xsl:next-iteration><xsl:with-param name="line" select="$word"/></xsl:next-iteration>
          </xsl:when>
          <xsl:when test="f:width($prefix || $line || .) le $width">
            <xsl:next-iteration><xsl:with-param name="line" select="$line || ."/></xsl:next-iteration>
          </xsl:when>
          <xsl:otherwise>
            <xsl:sequence select="$prefix || $line"/>
            <xsl:next-iteration>
              <xsl:with-param name="line" select="$word"/>
              <xsl:with-param name="prefix" select="$rest"/>
            </xsl:next-iteration>
          </xsl:otherwise>
        </xsl:choose>
      </xsl:iterate>
    </xsl:variable>
    <xsl:sequence select="$lines ! replace(translate(., $f:glue, ' '), '\s+$', '')"/>
  </xsl:function>

  <!--
    The words of a text, each one that follows a space starting with that space, so that
    ("Hello", " world", " 中", "文") joins back to "Hello world 中文".
  -->
  <xsl:function name="fp:words" as="xs:string*">
    <xsl:param name="text" as="xs:string"/>
    <!-- A break is allowed before each wide character: mark those places, then cut. -->
    <xsl:variable name="marked" as="xs:string"
        _select="replace($text, '{$fp:wide-opening}', '{$fp:may-break}$1')"/>
    <xsl:analyze-string select="$marked" _regex="{' ?' || $fp:may-break || '?[^\s' || $fp:may-break || ']+'}">
      <xsl:matching-substring><xsl:sequence select="translate(., $fp:may-break, '')"/></xsl:matching-substring>
    </xsl:analyze-string>
  </xsl:function>

  <!--
    The lines of a heading row in plain text: its text and, when there is one, its aside (see
    the text-asides parameter). The first line starts with $first, continuation lines with $rest;
    without a bullet they are indented, so that a wrapped row does not read as a new one.
  -->
  <xsl:function name="f:row-lines" as="xs:string*">
    <xsl:param name="text" as="xs:string"/>
    <xsl:param name="aside" as="xs:string"/>
    <xsl:param name="first" as="xs:string"/>
    <xsl:param name="rest" as="xs:string"/>
    <xsl:variable name="gap" as="xs:integer" select="3"/>
    <xsl:variable name="hang" as="xs:string" select="if ($first = '') then '  ' else $rest"/>
    <xsl:variable name="one-line" as="xs:string" select="$first || $text"/>
    <xsl:choose>
      <xsl:when test="$aside = '' or $text = ''">
        <xsl:sequence select="f:wrap($text || $aside, $text-width, $first, $hang)"/>
      </xsl:when>
      <xsl:when test="$text-asides != 'right'">
        <!-- The dash stays with the aside's first word. -->
        <xsl:sequence select="f:wrap($text || ' —' || $f:glue || $aside, $text-width, $first, $hang)"/>
      </xsl:when>
      <xsl:when test="f:width($one-line) + $gap + f:width($aside) le $text-width">
        <xsl:sequence select="fp:right($one-line, $aside)"/>
      </xsl:when>
      <xsl:when test="f:width($aside) le $text-width idiv 3">
        <!-- A short aside keeps the first line; the text wraps in the room left of it. -->
        <xsl:variable name="lines" select="f:wrap($text, $text-width - $gap - f:width($aside), $first, $hang)"/>
        <xsl:sequence select="fp:right($lines[1], $aside), tail($lines)"/>
      </xsl:when>
      <xsl:otherwise>
        <xsl:sequence select="f:wrap($text, $text-width, $first, $hang),
            f:wrap($aside, $text-width, '', '') ! (f:spaces($text-width - f:width(.)) || .)"/>
      </xsl:otherwise>
    </xsl:choose>
  </xsl:function>

  <xsl:function name="fp:right" as="xs:string">
    <xsl:param name="text" as="xs:string"/>
    <xsl:param name="aside" as="xs:string"/>
    <xsl:sequence select="$text || f:spaces(max((1, $text-width - f:width($text) - f:width($aside)))) || $aside"/>
  </xsl:function>

  <!-- A heading underlined to its own width: '=' for the name, '-' for a section. -->
  <xsl:function name="f:underlined" as="xs:string">
    <xsl:param name="heading" as="xs:string"/>
    <xsl:param name="rule" as="xs:string"/>
    <xsl:variable name="lines" as="xs:string*" select="f:wrap($heading, $text-width, '', '')"/>
    <xsl:sequence select="string-join(($lines, f:repeat($rule, max($lines ! f:width(.)))), $f:nl)"/>
  </xsl:function>

  <!--
    Joins the blocks of a section or an entry. Entries that are one row and nothing else (a
    list of awards) sit on consecutive lines; everything else is apart by a blank line.
  -->
  <xsl:function name="f:join-blocks" as="xs:string">
    <xsl:param name="nodes" as="element()*"/>
    <xsl:param name="blocks" as="xs:string*"/>
    <xsl:sequence select="string-join(
        for $i in 1 to count($blocks)
        return (if ($i gt 1) then fp:separator($nodes[$i - 1], $nodes[$i]) else (), $blocks[$i]))"/>
  </xsl:function>

  <xsl:function name="fp:separator" as="xs:string">
    <xsl:param name="before" as="element()"/>
    <xsl:param name="after" as="element()"/>
    <xsl:sequence select="if (f:compact($before) and f:compact($after)) then $f:nl else $f:blank-line"/>
  </xsl:function>

  <!-- An entry that is a single row with nothing under it. -->
  <xsl:function name="f:compact" as="xs:boolean">
    <xsl:param name="block" as="element()"/>
    <xsl:sequence select="$block/self::entry and count($block/*) eq 1 and $block/row"/>
  </xsl:function>
</xsl:stylesheet>
