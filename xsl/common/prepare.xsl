<?xml version="1.0" encoding="UTF-8"?>
<!--
  The prepare step: canonical résumé (urn:resume:1) → prepared résumé (urn:resume:view:1,
  see src/main/resources/io/resume/schema/view.xsd). Everything a reader sees is decided
  here: which items, in which order, with which words. Renderers only decide the look.
-->
<xsl:stylesheet version="3.0"
                xmlns:xsl="http://www.w3.org/1999/XSL/Transform"
                xmlns:xs="http://www.w3.org/2001/XMLSchema"
                xmlns:f="urn:resume:functions"
                xmlns:fp="urn:resume:functions:private"
                xmlns:icu="urn:resume:icu"
                xmlns="urn:resume:view:1"
                xpath-default-namespace="urn:resume:1"
                exclude-result-prefixes="#all">

  <xsl:import href="l10n.xsl"/>
  <xsl:import href="dates.xsl"/>
  <xsl:import href="filter.xsl"/>

  <xsl:mode name="prepare" on-no-match="shallow-skip"/>
  <xsl:mode name="inline" on-no-match="fail"/>

  <!-- Run on its own (from Java or a command line), the stylesheet writes the prepared résumé. -->
  <xsl:template match="/">
    <xsl:sequence select="f:prepare(.)"/>
  </xsl:template>

  <!--
    The prepared résumé of a canonical one; a prepared one is returned as it is. The version
    ($target, $include-private) and the language ($lang) are chosen first (filter.xsl), so
    everything below sees one text per item and only the items of this version.
  -->
  <xsl:function name="f:prepare" as="document-node()">
    <xsl:param name="source" as="document-node()"/>
    <xsl:choose>
      <xsl:when test="$source/resume">
        <xsl:variable name="chosen" select="f:select-language(f:select-version($source, $target, $include-private), $lang)"/>
        <xsl:document><xsl:apply-templates select="$chosen/resume" mode="prepare"/></xsl:document>
      </xsl:when>
      <xsl:otherwise><xsl:sequence select="$source"/></xsl:otherwise>
    </xsl:choose>
  </xsl:function>

  <xsl:template match="resume" mode="prepare">
    <document xml:lang="{$f:lang}">
      <meta>
        <title><xsl:value-of select="f:format-text('document-title', map{'name': string(basics/name)})"/></title>
        <author><xsl:value-of select="basics/name"/></author>
        <xsl:if test="basics/label">
          <subject><xsl:value-of select="basics/label"/></subject>
        </xsl:if>
        <xsl:variable name="keywords" select="distinct-values(skills/skill/(name, keywords/keyword) ! normalize-space())"/>
        <xsl:if test="exists($keywords)">
          <keywords><xsl:value-of select="string-join($keywords, ', ')"/></keywords>
        </xsl:if>
      </meta>
      <xsl:apply-templates select="basics" mode="prepare"/>
      <xsl:apply-templates select="basics/summary" mode="prepare"/>
      <xsl:apply-templates select="* except basics" mode="prepare"/>
    </document>
  </xsl:template>

  <!-- ===== Header ===== -->

  <xsl:template match="basics" mode="prepare">
    <header>
      <name><xsl:value-of select="name"/></name>
      <xsl:if test="label"><headline><xsl:value-of select="label"/></headline></xsl:if>
      <xsl:apply-templates select="email, phone, url, location, profile" mode="prepare">
        <xsl:sort select="fp:position(.)"/>
      </xsl:apply-templates>
    </header>
  </xsl:template>

  <xsl:function name="fp:position" as="xs:integer">
    <xsl:param name="node" as="node()"/>
    <xsl:sequence select="count($node/preceding-sibling::*)"/>
  </xsl:function>

  <xsl:template match="basics/email" mode="prepare">
    <contact kind="email" label="{f:label('contact.email')}" href="mailto:{.}"><xsl:value-of select="."/></contact>
  </xsl:template>

  <xsl:template match="basics/phone" mode="prepare">
    <contact kind="phone" label="{f:label('contact.phone')}" href="tel:{replace(., '[^+0-9]', '')}"><xsl:value-of select="."/></contact>
  </xsl:template>

  <xsl:template match="basics/url" mode="prepare">
    <contact kind="website" label="{f:label('contact.website')}" href="{.}"><xsl:value-of select="."/></contact>
  </xsl:template>

  <xsl:template match="basics/location" mode="prepare">
    <contact kind="location" label="{f:label('contact.location')}">
      <xsl:value-of select="string-join((address, postalCode, city, region, countryCode) ! normalize-space(), ', ')"/>
    </contact>
  </xsl:template>

  <xsl:template match="basics/profile" mode="prepare">
    <contact kind="profile" label="{network}">
      <xsl:if test="url"><xsl:attribute name="href" select="url"/></xsl:if>
      <xsl:value-of select="(username, url, network)[1]"/>
    </contact>
  </xsl:template>

  <!-- ===== Sections ===== -->

  <!-- A section: its heading (the résumé's own title, else the localised default) and body. -->
  <xsl:template name="fp:section">
    <xsl:param name="body" as="element()+"/>
    <xsl:variable name="kind" select="if (self::summary and parent::basics) then 'summary' else local-name()"/>
    <xsl:variable name="same-kind-before" select="count(preceding-sibling::*[local-name() eq $kind])"/>
    <section kind="{$kind}" id="{$kind}{if ($same-kind-before gt 0) then '-' || ($same-kind-before + 1) else ''}">
      <heading><xsl:value-of select="(title, @title, f:label('section.' || $kind))[1]"/></heading>
      <xsl:sequence select="$body"/>
    </section>
  </xsl:template>

  <xsl:template match="summary" mode="prepare">
    <xsl:call-template name="fp:section">
      <xsl:with-param name="body" as="element()+">
        <xsl:for-each select="p"><para><xsl:sequence select="fp:inline(.)"/></para></xsl:for-each>
      </xsl:with-param>
    </xsl:call-template>
  </xsl:template>

  <xsl:template match="work | volunteer | education | projects | awards | certificates
                       | skills | languages | interests | references" mode="prepare">
    <xsl:call-template name="fp:section">
      <xsl:with-param name="body" as="element()+">
        <xsl:apply-templates select="* except title" mode="prepare"/>
      </xsl:with-param>
    </xsl:call-template>
  </xsl:template>

  <xsl:template match="publications" mode="prepare">
    <xsl:call-template name="fp:section">
      <xsl:with-param name="body" as="element()+">
        <xsl:if test="publication/authors/author[xs:boolean(@equal)]">
          <para><xsl:value-of select="f:label('equal-contribution')"/></para>
        </xsl:if>
        <list style="numbered">
          <xsl:apply-templates select="publication" mode="prepare"/>
        </list>
      </xsl:with-param>
    </xsl:call-template>
  </xsl:template>

  <!-- ===== Entries ===== -->

  <xsl:template match="position" mode="prepare">
    <xsl:variable name="role" as="node()*">
      <xsl:choose>
        <xsl:when test="role and advisor">
          <xsl:sequence select="f:format('role-advised-by', map{'role': string(role), 'advisors': f:join(advisor ! string())})"/>
        </xsl:when>
        <xsl:when test="advisor">
          <xsl:sequence select="f:format('advised-by', map{'advisors': f:join(advisor ! string())})"/>
        </xsl:when>
        <xsl:otherwise><xsl:sequence select="fp:text(role)"/></xsl:otherwise>
      </xsl:choose>
    </xsl:variable>
    <entry>
      <xsl:sequence select="fp:rows(fp:linked(organization, url), fp:text(location), $role, f:date-range(start, end))"/>
      <xsl:for-each select="description"><para><xsl:value-of select="."/></para></xsl:for-each>
      <xsl:for-each select="summary/p"><para><xsl:sequence select="fp:inline(.)"/></para></xsl:for-each>
      <xsl:sequence select="fp:bullets(highlights/item ! fp:inline(.))"/>
    </entry>
  </xsl:template>

  <xsl:template match="study" mode="prepare">
    <xsl:variable name="degree" as="node()*">
      <xsl:choose>
        <xsl:when test="studyType and area">
          <xsl:sequence select="f:format('degree', map{'type': string(studyType), 'area': string(area)})"/>
        </xsl:when>
        <xsl:otherwise><xsl:sequence select="fp:text((studyType, area)[1])"/></xsl:otherwise>
      </xsl:choose>
    </xsl:variable>
    <xsl:variable name="standing" as="xs:string*">
      <xsl:sequence select="score ! f:format-text('score', map{'label': string((@label, f:label('score.default-label'))[1]), 'score': string(.)})"/>
      <xsl:sequence select="rank ! f:format-text('rank', map{'rank': string(.)})"/>
    </xsl:variable>
    <entry>
      <xsl:sequence select="fp:rows(fp:linked(institution, url), fp:text(location), $degree, f:date-range(start, end))"/>
      <xsl:sequence select="fp:bullets((
          fp:text(string-join($standing, ' · ')[normalize-space()]),
          courses ! fp:text(f:format-text('courses', map{'courses': string-join(course ! normalize-space(), f:list-separator())})),
          highlights/item ! fp:inline(.)))"/>
    </entry>
  </xsl:template>

  <xsl:template match="publication" mode="prepare">
    <xsl:variable name="authors" as="node()*">
      <xsl:for-each select="authors/author">
        <xsl:if test="position() gt 1"><xsl:value-of select="f:list-separator()"/></xsl:if>
        <xsl:variable name="name" select="normalize-space() || (if (xs:boolean(@equal)) then f:label('equal-contribution-mark') else '')"/>
        <xsl:choose>
          <xsl:when test="xs:boolean(@self)"><strong><xsl:value-of select="$name"/></strong></xsl:when>
          <xsl:otherwise><xsl:value-of select="$name"/></xsl:otherwise>
        </xsl:choose>
      </xsl:for-each>
    </xsl:variable>
    <item label="{f:format-text('citation-number', map{'n': icu:number($f:lang, position())})}">
      <xsl:sequence select="$authors"/>
      <xsl:if test="exists($authors)">. </xsl:if>
      <xsl:sequence select="fp:linked(title, url)"/>
      <xsl:if test="publisher">, <em><xsl:value-of select="publisher"/></em></xsl:if>
      <xsl:if test="date">, <xsl:sequence select="f:date(date)"/></xsl:if>
      <xsl:text>.</xsl:text>
      <xsl:for-each select="summary/p"><xsl:text> </xsl:text><xsl:sequence select="fp:inline(.)"/></xsl:for-each>
    </item>
  </xsl:template>

  <xsl:template match="project" mode="prepare">
    <entry>
      <xsl:sequence select="fp:rows(fp:linked(name, url), (),
          fp:text(string-join((string-join(role, f:list-separator()), entity, type) ! normalize-space()[.], ' · ')[.]),
          f:date-range(start, end))"/>
      <xsl:for-each select="description"><para><xsl:sequence select="fp:inline(.)"/></para></xsl:for-each>
      <xsl:sequence select="fp:bullets(highlights/item ! fp:inline(.))"/>
      <xsl:for-each select="keywords">
        <para><xsl:value-of select="f:format-text('keywords', map{'keywords': string-join(keyword, f:list-separator())})"/></para>
      </xsl:for-each>
    </entry>
  </xsl:template>

  <xsl:template match="award" mode="prepare">
    <entry>
      <xsl:sequence select="fp:rows(fp:inline(title), (), fp:text(awarder), f:date-range(date, date))"/>
      <xsl:for-each select="summary/p"><para><xsl:sequence select="fp:inline(.)"/></para></xsl:for-each>
    </entry>
  </xsl:template>

  <xsl:template match="certificate" mode="prepare">
    <entry>
      <xsl:sequence select="fp:rows(fp:linked(name, url), (), fp:text(issuer), f:date-range(date, date))"/>
    </entry>
  </xsl:template>

  <xsl:template match="skill | interest" mode="prepare">
    <entry>
      <xsl:sequence select="fp:rows(fp:text(name), fp:text(level), (), ())"/>
      <xsl:for-each select="keywords">
        <para><xsl:value-of select="f:format-text('keywords', map{'keywords': string-join(keyword, f:list-separator())})"/></para>
      </xsl:for-each>
    </entry>
  </xsl:template>

  <xsl:template match="language" mode="prepare">
    <entry>
      <xsl:sequence select="fp:rows(fp:text(name), fp:text(fluency), (), ())"/>
    </entry>
  </xsl:template>

  <xsl:template match="reference" mode="prepare">
    <entry>
      <xsl:sequence select="fp:rows(fp:text(name), (), (), ())"/>
      <xsl:for-each select="text"><para><xsl:sequence select="fp:inline(.)"/></para></xsl:for-each>
    </entry>
  </xsl:template>

  <!-- ===== Building blocks ===== -->

  <!--
    An entry's heading rows: the title with the place beside it, then the subtitle with
    the dates beside it. Without a subtitle, place and dates share the title's row.
  -->
  <xsl:function name="fp:rows" as="element()*">
    <xsl:param name="title" as="node()*"/>
    <xsl:param name="place" as="node()*"/>
    <xsl:param name="subtitle" as="node()*"/>
    <xsl:param name="dates" as="node()*"/>
    <xsl:choose>
      <xsl:when test="exists($subtitle)">
        <xsl:sequence select="fp:row('title', $title, $place), fp:row('subtitle', $subtitle, $dates)"/>
      </xsl:when>
      <xsl:otherwise>
        <xsl:sequence select="fp:row('title', $title, ($place, fp:as-nodes(' · ')[exists($place) and exists($dates)], $dates))"/>
      </xsl:otherwise>
    </xsl:choose>
  </xsl:function>

  <xsl:function name="fp:row" as="element()?">
    <xsl:param name="role" as="xs:string"/>
    <xsl:param name="text" as="node()*"/>
    <xsl:param name="aside" as="node()*"/>
    <xsl:if test="exists($text) or exists($aside)">
      <row role="{$role}">
        <text><xsl:sequence select="$text"/></text>
        <xsl:if test="exists($aside)"><aside><xsl:sequence select="$aside"/></aside></xsl:if>
      </row>
    </xsl:if>
  </xsl:function>

  <!-- A bullet list of item contents (each a node sequence wrapped in a document); none, no list. -->
  <xsl:function name="fp:bullets" as="element()?">
    <xsl:param name="items" as="document-node()*"/>
    <xsl:if test="exists($items)">
      <list style="bullet">
        <xsl:for-each select="$items"><item><xsl:sequence select="node()"/></item></xsl:for-each>
      </list>
    </xsl:if>
  </xsl:function>

  <!-- Plain text as content (nothing when empty); in the other direction than the language's, isolated. -->
  <xsl:function name="fp:text" as="document-node()?">
    <xsl:param name="value" as="xs:string?"/>
    <xsl:if test="normalize-space($value)">
      <xsl:variable name="text" as="text()"><xsl:value-of select="normalize-space($value)"/></xsl:variable>
      <xsl:document><xsl:sequence select="f:isolate($text)"/></xsl:document>
    </xsl:if>
  </xsl:function>

  <!-- Rich text of a source element, whitespace folded as a browser would; in the other direction than the language's, isolated. -->
  <xsl:function name="fp:inline" as="document-node()">
    <xsl:param name="element" as="element()"/>
    <xsl:variable name="nodes" as="node()*">
      <xsl:apply-templates select="$element/node()" mode="inline"/>
    </xsl:variable>
    <xsl:variable name="trimmed" as="node()*">
      <xsl:for-each select="$nodes">
        <xsl:choose>
          <xsl:when test=". instance of text()">
            <!-- Folded already (mode inline): at most one space at each end. -->
            <xsl:variable name="start-trimmed" select="if (position() eq 1 and starts-with(., ' ')) then substring(., 2) else string(.)"/>
            <xsl:value-of select="if (position() eq last() and ends-with($start-trimmed, ' '))
                                  then substring($start-trimmed, 1, string-length($start-trimmed) - 1) else $start-trimmed"/>
          </xsl:when>
          <xsl:otherwise><xsl:sequence select="."/></xsl:otherwise>
        </xsl:choose>
      </xsl:for-each>
    </xsl:variable>
    <xsl:document><xsl:sequence select="f:isolate($trimmed)"/></xsl:document>
  </xsl:function>

  <!-- A title, linked when the source gives a URL. -->
  <xsl:function name="fp:linked" as="document-node()?">
    <xsl:param name="title" as="element()?"/>
    <xsl:param name="url" as="element()?"/>
    <xsl:if test="exists($title)">
      <xsl:document>
        <xsl:choose>
          <xsl:when test="exists($url)"><link href="{$url}"><xsl:sequence select="fp:inline($title)/node()"/></link></xsl:when>
          <xsl:otherwise><xsl:sequence select="fp:inline($title)/node()"/></xsl:otherwise>
        </xsl:choose>
      </xsl:document>
    </xsl:if>
  </xsl:function>

  <xsl:template match="text()" mode="inline">
    <xsl:value-of select="fp:fold-space(.)"/>
  </xsl:template>

  <!--
    Each run of whitespace as one space, as replace(., '\s+', ' ') would do, without a regular
    expression: it ran on every text node and took a fifth of the prepare step's time.
  -->
  <xsl:function name="fp:fold-space" as="xs:string">
    <xsl:param name="text" as="xs:string"/>
    <xsl:variable name="inner" select="normalize-space($text)"/>
    <xsl:sequence select="if ($inner eq '') then (if ($text eq '') then '' else ' ')
                          else (if (fp:is-space(substring($text, 1, 1))) then ' ' else '') || $inner
                            || (if (fp:is-space(substring($text, string-length($text)))) then ' ' else '')"/>
  </xsl:function>

  <xsl:function name="fp:is-space" as="xs:boolean">
    <xsl:param name="character" as="xs:string"/>
    <xsl:sequence select="$character = (' ', '&#9;', '&#10;', '&#13;')"/>
  </xsl:function>

  <xsl:template match="em | strong | sup | sub" mode="inline">
    <xsl:element name="{local-name()}" namespace="urn:resume:view:1">
      <xsl:apply-templates mode="inline"/>
    </xsl:element>
  </xsl:template>

  <xsl:template match="link" mode="inline">
    <link href="{@href}"><xsl:apply-templates mode="inline"/></link>
  </xsl:template>
</xsl:stylesheet>
