<?xml version="1.0" encoding="UTF-8"?>
<!--
  Variants of one canonical résumé (urn:resume:1 in, urn:resume:1 out, still schema-valid):

  - a version: f:select-version drops what is not meant for a target (targets="academic
    industry") and what is private (private="true") unless private items are wanted; a
    container left with nothing in it (a section, a highlights list) goes too;
  - a language: f:select-language keeps one text of each group of alternatives, the one in
    the wanted language, else the one in the résumé's main language, else the first.

  Alternatives are same-named sibling elements written one after the other, each in another
  language (xml:lang, inherited from the root when absent):
      <role>Research Intern</role><role xml:lang="zh">研究实习生</role>
  A sibling whose language is already in the group starts a new group (the next bullet).
  A section's title attribute is in the section's language and belongs to the group of its
  <title> children. Nothing inside rich text (a paragraph, a bullet) is grouped.

  Run on its own, the stylesheet writes the version chosen by its parameters with every
  language kept: the résumé a PDF embeds as its source.
-->
<xsl:stylesheet version="3.0"
                xmlns:xsl="http://www.w3.org/1999/XSL/Transform"
                xmlns:xs="http://www.w3.org/2001/XMLSchema"
                xmlns:f="urn:resume:functions"
                xmlns:fp="urn:resume:functions:private"
                xmlns:language="urn:resume:language"
                xpath-default-namespace="urn:resume:1"
                exclude-result-prefixes="#all">

  <!-- The version: a target name, or empty for everything. -->
  <xsl:param name="target" as="xs:string" select="''"/>
  <!-- Whether items marked private="true" are kept. -->
  <xsl:param name="include-private" as="xs:boolean" select="false()"/>

  <xsl:mode name="fp:version" on-no-match="shallow-copy"/>
  <xsl:mode name="fp:language" on-no-match="shallow-copy"/>

  <xsl:template match="/">
    <xsl:sequence select="f:select-version(., $target, $include-private)"/>
  </xsl:template>

  <!-- ===== Versions ===== -->

  <!-- Public: Java calls it on the compiled prepare stylesheet, for the copy a PDF embeds. -->
  <xsl:function name="f:select-version" as="document-node()" visibility="public">
    <xsl:param name="resume" as="document-node()"/>
    <xsl:param name="target" as="xs:string?"/>
    <xsl:param name="include-private" as="xs:boolean"/>
    <xsl:choose>
      <!-- The résumé itself when the version leaves nothing out (most résumés, and copying costs):
           callers tell a version that is the whole file by its identity. -->
      <xsl:when test="not($resume//*[f:left-out(., $target[normalize-space()], $include-private)])">
        <xsl:sequence select="$resume"/>
      </xsl:when>
      <xsl:otherwise>
        <!-- xsl:copy keeps the document's base URI, which a stylesheet may resolve against. -->
        <xsl:copy select="$resume">
          <xsl:apply-templates select="node()" mode="fp:version">
            <xsl:with-param name="target" select="$target[normalize-space()]" tunnel="yes"/>
            <xsl:with-param name="include-private" select="$include-private" tunnel="yes"/>
          </xsl:apply-templates>
        </xsl:copy>
      </xsl:otherwise>
    </xsl:choose>
  </xsl:function>

  <!-- Whether a version leaves this element out. -->
  <xsl:function name="f:left-out" as="xs:boolean">
    <xsl:param name="element" as="element()"/>
    <xsl:param name="target" as="xs:string?"/>
    <xsl:param name="include-private" as="xs:boolean"/>
    <xsl:sequence select="(not($include-private) and $element/@private = ('true', '1'))
        or (exists($target) and exists($element/@targets) and not($target = tokenize($element/@targets)))"/>
  </xsl:function>

  <xsl:template match="*" mode="fp:version">
    <xsl:param name="target" as="xs:string?" tunnel="yes"/>
    <xsl:param name="include-private" as="xs:boolean" tunnel="yes"/>
    <!-- An alternative in another language goes with the text it translates. -->
    <xsl:if test="not((., fp:original(.)) ! f:left-out(., $target, $include-private) = true())">
      <xsl:variable name="content" as="node()*">
        <xsl:apply-templates select="node()" mode="fp:version"/>
      </xsl:variable>
      <!-- A container whose every part was left out goes too: the schema wants at least one. -->
      <xsl:variable name="emptied" select="exists(* except title) and empty($content[self::*] except $content[self::title])
          and not(text()[normalize-space()]) and not(self::basics | parent::document-node())"/>
      <xsl:if test="not($emptied)">
        <xsl:copy>
          <xsl:copy-of select="@*"/>
          <xsl:sequence select="$content"/>
        </xsl:copy>
      </xsl:if>
    </xsl:if>
  </xsl:template>

  <!-- ===== Languages ===== -->

  <xsl:function name="f:select-language" as="document-node()">
    <xsl:param name="resume" as="document-node()"/>
    <!-- the wanted language, or empty for the résumé's main language -->
    <xsl:param name="lang" as="xs:string?"/>
    <xsl:choose>
      <!--
        No alternatives to choose from: no language below the résumé's own, and no section with
        more than one heading. Most résumés; the copy below would then change nothing.
      -->
      <xsl:when test="empty($resume/*/descendant::*/@xml:lang) and empty($resume/*/*[count(@title | title) gt 1])">
        <xsl:sequence select="$resume"/>
      </xsl:when>
      <xsl:otherwise>
        <xsl:copy select="$resume">
          <xsl:apply-templates select="node()" mode="fp:language">
            <xsl:with-param name="want" select="$lang[normalize-space()]" tunnel="yes"/>
          </xsl:apply-templates>
        </xsl:copy>
      </xsl:otherwise>
    </xsl:choose>
  </xsl:function>

  <xsl:template match="*" mode="fp:language">
    <xsl:param name="want" as="xs:string?" tunnel="yes"/>
    <xsl:variable name="titles" select="fp:section-titles(.)"/>
    <xsl:variable name="title" select="fp:choose($titles, $want)"/>
    <xsl:variable name="keep" select="fp:groups(.)[not(exists($titles) and ?1 instance of element(title))] ! fp:choose(?*, $want)"/>
    <xsl:copy>
      <xsl:copy-of select="@* except @title, $title[self::attribute()]"/>
      <xsl:apply-templates select="node()[not(self::*) or exists(. intersect ($keep, $title))]" mode="fp:language"/>
    </xsl:copy>
  </xsl:template>

  <!-- Rich text and single texts are kept whole: nothing inside them is an alternative. -->
  <xsl:template match="*[fp:is-text(.)]" mode="fp:language">
    <xsl:copy-of select="."/>
  </xsl:template>

  <!-- ===== Alternatives ===== -->

  <!-- The language of a node: its own xml:lang, else its nearest ancestor's, lower-cased; '' when none. -->
  <!-- language:of is Java (io.resume.model.TextLanguage): one rule for the reader's checks and the stylesheets. -->
  <xsl:function name="f:language" as="xs:string">
    <xsl:param name="node" as="node()"/>
    <xsl:sequence select="language:of($node)"/>
  </xsl:function>

  <!-- The résumé's main language: its root element's, or '' (then the first alternative). -->
  <xsl:function name="f:main-language" as="xs:string">
    <xsl:param name="node" as="node()"/>
    <xsl:sequence select="f:language(root($node)/*)"/>
  </xsl:function>

  <!-- A text element (Text or rich Inline in the schema), as opposed to a structure. -->
  <xsl:function name="fp:is-text" as="xs:boolean">
    <xsl:param name="element" as="element()"/>
    <xsl:sequence select="exists($element/text()[normalize-space()])
        or exists($element/(self::p | self::item | self::title | self::description | self::text))
        or exists($element/ancestor::*[self::p | self::item | self::title | self::description | self::text])"/>
  </xsl:function>

  <!--
    The groups of alternatives among an element's children, in order; each group is an array
    of same-named siblings in distinct languages. Text elements have none inside.
  -->
  <xsl:function name="fp:groups" as="array(element())*">
    <xsl:param name="parent" as="element()"/>
    <xsl:if test="not(fp:is-text($parent))">
      <xsl:iterate select="$parent/*">
        <xsl:param name="group" as="element()*" select="()"/>
        <xsl:on-completion>
          <xsl:sequence select="array{$group}[exists($group)]"/>
        </xsl:on-completion>
        <xsl:variable name="joins" as="xs:boolean"
                      select="exists($group) and node-name($group[1]) eq node-name(.)
                              and not(f:language(.) = $group ! f:language(.))"/>
        <xsl:if test="exists($group) and not($joins)">
          <xsl:sequence select="array{$group}"/>
        </xsl:if>
        <xsl:next-iteration>
          <xsl:with-param name="group" select="if ($joins) then ($group, .) else ."/>
        </xsl:next-iteration>
      </xsl:iterate>
    </xsl:if>
  </xsl:function>

  <!-- The first alternative of an element's group: the text it translates, or itself. -->
  <xsl:function name="fp:original" as="element()">
    <xsl:param name="element" as="element()"/>
    <xsl:sequence select="if ($element/parent::*) then
        (fp:groups($element/parent::*)[some $member in ?* satisfies $member is $element]?1, $element)[1]
        else $element"/>
  </xsl:function>

  <!-- A section's heading alternatives: its title attribute, then its <title> children. -->
  <xsl:function name="fp:section-titles" as="node()*">
    <xsl:param name="element" as="element()"/>
    <xsl:sequence select="$element[parent::resume]/(@title, title)"/>
  </xsl:function>

  <!-- The alternative to show: the wanted language's, else the main language's, else the first. -->
  <xsl:function name="fp:choose" as="node()?">
    <xsl:param name="alternatives" as="node()*"/>
    <xsl:param name="want" as="xs:string?"/>
    <xsl:variable name="primary" select="substring-before($want, '-')[.]"/>
    <xsl:sequence select="(
        $alternatives[exists($want) and fp:matches(f:language(.), $want)],
        $alternatives[exists($primary) and fp:matches(f:language(.), $primary)],
        $alternatives[f:language(.) eq f:main-language(.)],
        $alternatives)[1]"/>
  </xsl:function>

  <!-- As XPath's lang(): 'zh' matches zh, zh-CN and zh-Hans. -->
  <xsl:function name="fp:matches" as="xs:boolean">
    <xsl:param name="language" as="xs:string"/>
    <xsl:param name="want" as="xs:string"/>
    <xsl:variable name="wanted" select="lower-case($want)"/>
    <xsl:sequence select="$language eq $wanted or starts-with($language, $wanted || '-')"/>
  </xsl:function>

  <!--
    The texts that have no alternative in a language (validate lang=…): the first alternative of
    each such group, or the section whose title has none. Texts marked translate="no" (or inside
    such an element), and texts without a letter (a score, a rank) need none.
  -->
  <xsl:function name="f:untranslated" as="node()*" visibility="public">
    <xsl:param name="resume" as="document-node()"/>
    <xsl:param name="lang" as="xs:string"/>
    <xsl:variable name="primary" select="(substring-before($lang, '-')[.], $lang)[1]"/>
    <xsl:for-each select="$resume//*[not(fp:is-text(.))]">
      <xsl:variable name="titles" select="fp:section-titles(.)"/>
      <xsl:for-each select="fp:groups(.)[not(exists($titles) and ?1 instance of element(title))]">
        <xsl:variable name="group" select="?*"/>
        <xsl:if test="fp:is-text($group[1]) and fp:needs-translation($group[1])
                      and not($group ! f:language(.) ! fp:matches(., $primary) = true())">
          <xsl:sequence select="$group[1]"/>
        </xsl:if>
      </xsl:for-each>
      <xsl:if test="exists($titles) and fp:needs-translation(.)
                    and not($titles ! f:language(.) ! fp:matches(., $primary) = true())">
        <xsl:sequence select="."/>
      </xsl:if>
    </xsl:for-each>
  </xsl:function>

  <xsl:function name="fp:needs-translation" as="xs:boolean">
    <xsl:param name="element" as="element()"/>
    <xsl:sequence select="not(($element/ancestor-or-self::*/@translate)[last()] eq 'no')
        and matches(string($element), '\p{L}')
        and not($element/(self::email | self::phone | self::url | self::image | self::postalCode
            | self::countryCode | self::network | self::username | self::json))"/>
  </xsl:function>
</xsl:stylesheet>
