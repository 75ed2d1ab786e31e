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
                xmlns:v="urn:resume:view:1"
                xmlns="urn:resume:view:1"
                xpath-default-namespace="urn:resume:1"
                exclude-result-prefixes="#all">

  <xsl:import href="l10n.xsl"/>
  <xsl:import href="dates.xsl"/>
  <xsl:import href="filter.xsl"/>
  <xsl:import href="links.xsl"/>

  <xsl:mode name="prepare" on-no-match="shallow-skip"/>
  <xsl:mode name="inline" on-no-match="fail"/>

  <!--
    render with days: show the day of a date on the first of a month even where the résumé says such
    a date stands for the month (first-day-means="month", as every JSON Resume import does).
  -->
  <xsl:param name="days" as="xs:boolean" select="false()"/>

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
        <xsl:variable name="prepared" as="document-node()">
          <xsl:document><xsl:apply-templates select="$chosen/resume" mode="prepare"/></xsl:document>
        </xsl:variable>
        <xsl:sequence select="fp:with-directions($prepared)"/>
      </xsl:when>
      <xsl:otherwise><xsl:sequence select="$source"/></xsl:otherwise>
    </xsl:choose>
  </xsl:function>

  <!--
    Which way each block runs, decided here for every format. A résumé in a right-to-left
    language runs right to left throughout (a Latin text in it keeps its order between the marks
    f:isolate puts around it). In a left-to-right one, a name, headline, heading, paragraph, list
    item or entry row whose own text starts right to left (its first strong letter: Unicode's
    rule P2) runs right to left, and says so: dir="rtl".
  -->
  <xsl:function name="fp:with-directions" as="document-node()">
    <xsl:param name="prepared" as="document-node()"/>
    <xsl:choose>
      <!-- No letter of a right-to-left script anywhere (most résumés): nothing to mark. -->
      <xsl:when test="$f:direction eq 'rtl' or not(matches(string($prepared),
          '[&#x0590;-&#x08FF;&#xFB1D;-&#xFDFF;&#xFE70;-&#xFEFF;&#x200F;&#x10800;-&#x10FFF;&#x1E800;-&#x1EFFF;]'))">
        <xsl:sequence select="$prepared"/>
      </xsl:when>
      <xsl:otherwise>
        <xsl:apply-templates select="$prepared" mode="fp:directions"/>
      </xsl:otherwise>
    </xsl:choose>
  </xsl:function>

  <xsl:mode name="fp:directions" on-no-match="shallow-copy"/>

  <xsl:template match="v:name | v:headline | v:heading | v:para | v:item | v:row" mode="fp:directions">
    <xsl:variable name="own-text" as="node()*" select="if (self::v:row) then v:text else node() except (v:para | v:list)"/>
    <xsl:copy>
      <xsl:copy-of select="@*"/>
      <xsl:if test="icu:direction(string-join($own-text ! string())) eq 'rtl'">
        <xsl:attribute name="dir" select="'rtl'"/>
      </xsl:if>
      <xsl:apply-templates mode="fp:directions"/>
    </xsl:copy>
  </xsl:template>

  <xsl:template match="resume" mode="prepare">
    <document xml:lang="{$f:lang}" dir="{$f:direction}">
      <meta>
        <title><xsl:value-of select="f:format-text('document-title', map{'name': string(basics/name)})"/></title>
        <author><xsl:value-of select="basics/name"/></author>
        <subject><xsl:value-of select="fp:subject(.)"/></subject>
        <xsl:variable name="keywords" as="xs:string*" select="fp:keywords(.)"/>
        <xsl:if test="exists($keywords)">
          <keywords><xsl:value-of select="string-join($keywords, ', ')"/></keywords>
        </xsl:if>
      </meta>
      <xsl:apply-templates select="basics" mode="prepare"/>
      <xsl:apply-templates select="basics/summary" mode="prepare"/>
      <xsl:apply-templates select="* except basics" mode="prepare"/>
    </document>
  </xsl:template>

  <!--
    What the résumé is about, for the document properties (PDF, DOCX, HTML description): the
    headline; else the latest role and where it was held; else the latest degree; else "Résumé".
    Every input has one, so a file's properties never say nothing.
  -->
  <xsl:function name="fp:subject" as="xs:string">
    <xsl:param name="resume" as="element(resume)"/>
    <xsl:variable name="position" select="($resume/(work, volunteer)/position[role])[1]"/>
    <xsl:variable name="study" select="($resume/education/study[studyType or area])[1]"/>
    <xsl:sequence select="(
        normalize-space($resume/basics/label)[.],
        $position ! string-join((role, organization) ! normalize-space(), f:list-separator()),
        $study ! string-join((studyType, area) ! normalize-space(), ' '),
        f:label('resume'))[1]"/>
  </xsl:function>

  <!--
    The terms the résumé is found by, for the document properties: its skills and their
    keywords, the projects' keywords, the roles held, the fields studied and the languages
    spoken, each once, in that order. A résumé with none of these has no keywords.
  -->
  <xsl:function name="fp:keywords" as="xs:string*">
    <xsl:param name="resume" as="element(resume)"/>
    <xsl:sequence select="distinct-values((
        $resume/skills/skill/(name, keywords/keyword),
        $resume/projects/project/keywords/keyword,
        $resume/(work, volunteer)/position/role,
        $resume/education/study/area,
        $resume/languages/language/name) ! normalize-space()[.])"/>
  </xsl:function>

  <!-- ===== Header ===== -->

  <xsl:template match="basics" mode="prepare">
    <header>
      <name><xsl:value-of select="name"/></name>
      <xsl:if test="label"><headline><xsl:value-of select="label"/></headline></xsl:if>
      <xsl:apply-templates select="email, phone, url, location, profile, detail" mode="prepare">
        <xsl:sort select="fp:position(.)"/>
      </xsl:apply-templates>
    </header>
  </xsl:template>

  <xsl:function name="fp:position" as="xs:integer">
    <xsl:param name="node" as="node()"/>
    <xsl:sequence select="count($node/preceding-sibling::*)"/>
  </xsl:function>

  <xsl:template match="basics/email" mode="prepare">
    <contact kind="email" label="{f:label('contact.email')}">
      <xsl:sequence select="fp:href(f:mailto-uri(.))"/>
      <xsl:value-of select="."/>
    </contact>
  </xsl:template>

  <!-- A phone number is linked; words ("on request") are shown as they are, without a link. -->
  <xsl:template match="basics/phone" mode="prepare">
    <xsl:variable name="uri" select="f:tel-uri(.)"/>
    <contact kind="phone" label="{f:label('contact.phone')}">
      <xsl:sequence select="fp:href($uri)"/>
      <xsl:value-of select="."/>
    </contact>
  </xsl:template>

  <!--
    The mailto: URI of an address (RFC 6068): characters a URI cannot hold (" < > \ ^ { | } and
    letters beyond ASCII) are percent-encoded, and so are %, # and ?, which would otherwise end
    the address. Every format links the same valid URI.
  -->
  <xsl:function name="f:mailto-uri" as="xs:string">
    <xsl:param name="address" as="xs:string"/>
    <xsl:sequence select="'mailto:' || iri-to-uri(replace(replace(replace(normalize-space($address), '%', '%25'), '#', '%23'), '\?', '%3F'))"/>
  </xsl:function>

  <!--
    The tel: URI of a phone number as people write it (RFC 3966), or () when the text is not one
    (the number is then shown as text, unlinked):
    - a global number keeps its + and loses the national trunk prefix written "(0)" after the
      country code: +49 (0)30 1234567 → tel:+49301234567;
    - the letters of a vanity number, capitals after at least three digits, become the digits of
      a phone keypad: 1-800-FLOWERS → tel:18003569377;
    - spaces, dashes, dots, slashes and brackets only group the digits, and go;
    - an extension (ext. 12, x12) becomes ;ext=12.
    A number has 3 to 15 digits (E.164); anything else (words, "on request", a street) is not one.
  -->
  <xsl:function name="f:tel-uri" as="xs:string?">
    <xsl:param name="phone" as="xs:string"/>
    <xsl:variable name="text" select="normalize-space($phone)"/>
    <xsl:variable name="extension" select="replace($text, '^.*?\s*(ext\.?|extension|x)\s*([0-9]{1,6})$', '$2', 'i')[. ne $text]"/>
    <xsl:variable name="number" select="if (exists($extension)) then replace($text, '\s*(ext\.?|extension|x)\s*[0-9]{1,6}$', '', 'i') else $text"/>
    <xsl:if test="matches($number, '^\+?[\s(]*[0-9][0-9\s().\-/]*([A-Z][A-Z0-9\s.\-]*)?$')
                  and matches($number, '^\D*\d\D*\d\D*\d')">
      <xsl:variable name="global" select="starts-with($number, '+')"/>
      <xsl:variable name="no-trunk" select="if ($global) then replace($number, '^(\+[0-9]{1,3})[\s.\-]*\(0\)', '$1') else $number"/>
      <xsl:variable name="digits" select="replace(translate($no-trunk, 'ABCDEFGHIJKLMNOPQRSTUVWXYZ', '22233344455566677778889999'), '[^0-9]', '')"/>
      <xsl:if test="string-length($digits) ge 3 and string-length($digits) le 15">
        <xsl:sequence select="'tel:' || (if ($global) then '+' else '') || $digits || $extension ! (';ext=' || .)"/>
      </xsl:if>
    </xsl:if>
  </xsl:function>

  <xsl:template match="basics/url" mode="prepare">
    <contact kind="website" label="{f:label('contact.website')}">
      <xsl:sequence select="fp:href(.)"/>
      <xsl:value-of select="."/>
    </contact>
  </xsl:template>

  <xsl:template match="basics/location" mode="prepare">
    <contact kind="location" label="{f:label('contact.location')}">
      <xsl:value-of select="string-join((address, postalCode, city, region, countryCode) ! normalize-space(), ', ')"/>
    </contact>
  </xsl:template>

  <!--
    A profile shows its address as text, so that a reader of the paper and a program reading the
    text both have it ("github.com/name"; a bare user name is found by neither): the profile's url,
    else the address a well-known network gives the user name. A url that is only that network's
    home page ("https://www.twitter.com", in the JSON Resume sample) gives way to the user's page on
    the same site. Without either, the user name is shown.
  -->
  <xsl:template match="basics/profile[network]" mode="prepare">
    <xsl:variable name="address" as="xs:string?" select="fp:profile-address(network, username, url)"/>
    <contact kind="profile" label="{network}" label-visible="true">
      <xsl:sequence select="fp:href($address)"/>
      <xsl:value-of select="if (exists($address) and fp:names-someone($address)) then fp:readable-address($address)
                            else (username, url, network)[1]"/>
    </contact>
  </xsl:template>

  <!-- A profile that does not name its network: a website, or the handle alone. -->
  <xsl:template match="basics/profile[not(network)]" mode="prepare">
    <contact kind="website" label="{f:label('contact.website')}">
      <xsl:sequence select="fp:href(url)"/>
      <xsl:value-of select="(username, url)[1]"/>
    </contact>
  </xsl:template>

  <!--
    A contact detail without a place of its own (a nationality), or one that is not a link (a
    website written without https://, an email that is no address): its text, unlinked.
  -->
  <xsl:template match="basics/detail" mode="prepare">
    <xsl:variable name="kind" select="(map{'url': 'website', 'website': 'website', 'email': 'email', 'phone': 'phone'}(string(@name)), 'profile')[1]"/>
    <!-- A detail of no kind of its own says what it is: its label is shown, as a profile's network is. -->
    <contact kind="{$kind}" label="{if ($kind eq 'profile') then fp:detail-label(@name) else f:label('contact.' || $kind)}">
      <xsl:if test="$kind eq 'profile'"><xsl:attribute name="label-visible" select="true()"/></xsl:if>
      <xsl:value-of select="string-join(fp:detail-inline(.) ! string(), '')"/>
    </contact>
  </xsl:template>

  <!-- Where a network's users are, by the network's name in lower case without spaces or dots: {} is the user name. -->
  <xsl:variable name="fp:profile-addresses" as="map(xs:string, xs:string)" select="map {
      'github': 'https://github.com/{}',
      'gitlab': 'https://gitlab.com/{}',
      'bitbucket': 'https://bitbucket.org/{}',
      'codeberg': 'https://codeberg.org/{}',
      'linkedin': 'https://www.linkedin.com/in/{}',
      'twitter': 'https://twitter.com/{}',
      'x': 'https://x.com/{}',
      'orcid': 'https://orcid.org/{}',
      'kaggle': 'https://www.kaggle.com/{}',
      'huggingface': 'https://huggingface.co/{}',
      'medium': 'https://medium.com/@{}',
      'devto': 'https://dev.to/{}',
      'npm': 'https://www.npmjs.com/~{}',
      'instagram': 'https://www.instagram.com/{}',
      'facebook': 'https://www.facebook.com/{}',
      'youtube': 'https://www.youtube.com/@{}',
      'behance': 'https://www.behance.net/{}',
      'dribbble': 'https://dribbble.com/{}',
      'soundcloud': 'https://soundcloud.com/{}',
      'twitch': 'https://www.twitch.tv/{}',
      'telegram': 'https://t.me/{}',
      'keybase': 'https://keybase.io/{}',
      'reddit': 'https://www.reddit.com/user/{}'
    }"/>

  <!-- A profile's address: its url when that names the user, else the network's address for the user name, else its url or nothing. -->
  <xsl:function name="fp:profile-address" as="xs:string?">
    <xsl:param name="network" as="xs:string"/>
    <xsl:param name="username" as="xs:string?"/>
    <xsl:param name="url" as="xs:string?"/>
    <xsl:variable name="pattern" select="$fp:profile-addresses(lower-case(replace($network, '[\s.\-_]', '')))"/>
    <xsl:variable name="name" select="replace(normalize-space($username), '^@', '')"/>
    <xsl:variable name="built" as="xs:string?"
        select="if (exists($pattern) and matches($name, '^[\p{L}\p{N}._~-]+$')) then replace($pattern, '\{\}', encode-for-uri($name)) else ()"/>
    <xsl:variable name="given" as="xs:string?" select="normalize-space($url)[. ne '']"/>
    <xsl:sequence select="if (exists($given) and fp:names-someone($given)) then $given
                          else if (exists($built) and (empty($given) or fp:host($given) eq fp:host($built))) then $built
                          else $given"/>
  </xsl:function>

  <!-- The host of an address, without "www.": "https://www.twitter.com/" → "twitter.com". -->
  <xsl:function name="fp:host" as="xs:string">
    <xsl:param name="address" as="xs:string"/>
    <xsl:sequence select="lower-case(replace(fp:readable-address($address), '[/?#].*$', ''))"/>
  </xsl:function>

  <!-- Whether an address goes past its site's home page ("https://github.com/ana", not "https://github.com/"). -->
  <xsl:function name="fp:names-someone" as="xs:boolean">
    <xsl:param name="address" as="xs:string"/>
    <xsl:sequence select="matches(normalize-space($address), '^[a-zA-Z][a-zA-Z0-9+.\-]*://[^/?#]+[/?#].*[^/?#]')"/>
  </xsl:function>

  <!-- An address as people write it: "https://www.github.com/ana/" → "github.com/ana". -->
  <xsl:function name="fp:readable-address" as="xs:string">
    <xsl:param name="address" as="xs:string"/>
    <xsl:sequence select="normalize-space($address) => replace('^[a-zA-Z][a-zA-Z0-9+.\-]*://', '') => replace('^www\.', '', 'i')
                          => replace('/$', '')"/>
  </xsl:function>

  <!-- A contact's href, when it has an address a text may link to (f:link-target). -->
  <xsl:function name="fp:href" as="attribute()?">
    <xsl:param name="address" as="xs:string?"/>
    <xsl:for-each select="$address ! f:link-target(.)">
      <xsl:attribute name="href" select="."/>
    </xsl:for-each>
  </xsl:function>

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
        <xsl:sequence select="fp:blocks(p | list)"/>
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

  <!-- Generic details (talks, a statement): under the section's title, else its name. -->
  <xsl:template match="other" mode="prepare">
    <xsl:variable name="same-kind-before" select="count(preceding-sibling::other)"/>
    <section kind="other" id="other{if ($same-kind-before gt 0) then '-' || ($same-kind-before + 1) else ''}">
      <heading><xsl:value-of select="(title, @title, fp:detail-label(@name))[1]"/></heading>
      <!-- One detail without a name is the whole of what the section says (import writes it so). -->
      <xsl:sequence select="fp:detail-body(if (count(detail) eq 1 and empty(detail/@name) and detail/detail) then detail/detail else detail)"/>
    </section>
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
      <xsl:sequence select="fp:ongoing(start, end)"/>
      <xsl:sequence select="fp:rows(fp:linked(organization, url), fp:text(location), $role, fp:dates(start, end))"/>
      <xsl:for-each select="description"><para><xsl:value-of select="."/></para></xsl:for-each>
      <xsl:sequence select="fp:blocks(summary/(p | list))"/>
      <xsl:sequence select="fp:bullets(highlights/item ! fp:item(.))"/>
      <xsl:sequence select="detail ! fp:detail-blocks(.)"/>
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
      <xsl:sequence select="score ! fp:score(.)"/>
      <xsl:sequence select="rank ! f:format-text('rank', map{'rank': string(.)})"/>
    </xsl:variable>
    <entry>
      <xsl:sequence select="fp:ongoing(start, end)"/>
      <xsl:sequence select="fp:rows(fp:linked(institution, url), fp:text(location), $degree, fp:dates(start, end))"/>
      <xsl:sequence select="fp:blocks(summary/(p | list))"/>
      <xsl:sequence select="fp:bullets((
          fp:text(string-join($standing, ' · ')[normalize-space()]),
          thesis ! fp:nodes(f:format('thesis', map{'thesis': fp:inline(.)/node()})),
          courses ! fp:text(f:format-text('courses', map{'courses': string-join(course ! normalize-space(), f:list-separator())})),
          highlights/item ! fp:item(.)))"/>
      <xsl:sequence select="detail ! fp:detail-blocks(.)"/>
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
      <xsl:if test="date">, <xsl:sequence select="f:date-or-words(fp:shown-date(date))"/></xsl:if>
      <xsl:text>.</xsl:text>
      <!-- The summary runs on after the citation; from its first list on, it goes under it. -->
      <xsl:variable name="first-list" select="summary/list[1]"/>
      <xsl:for-each select="summary/p[empty($first-list) or . &lt;&lt; $first-list]"><xsl:text> </xsl:text><xsl:sequence select="fp:inline(.)"/></xsl:for-each>
      <xsl:for-each select="detail"><xsl:text> </xsl:text><xsl:sequence select="fp:detail-line(.)"/></xsl:for-each>
      <xsl:sequence select="fp:blocks(summary/(p | list)[exists($first-list) and not(. &lt;&lt; $first-list)])"/>
    </item>
  </xsl:template>

  <xsl:template match="project" mode="prepare">
    <entry>
      <xsl:sequence select="fp:ongoing(start, end)"/>
      <xsl:sequence select="fp:rows(fp:linked(name, url), fp:text(location),
          fp:text(string-join((string-join(role, f:list-separator()), entity, type) ! normalize-space()[.], ' · ')[.]),
          fp:dates(start, end))"/>
      <xsl:for-each select="description"><para><xsl:sequence select="fp:inline(.)"/></para></xsl:for-each>
      <xsl:sequence select="fp:blocks(summary/(p | list))"/>
      <xsl:sequence select="fp:bullets(highlights/item ! fp:item(.))"/>
      <xsl:for-each select="keywords">
        <para><xsl:value-of select="f:format-text('keywords', map{'keywords': string-join(keyword, f:list-separator())})"/></para>
      </xsl:for-each>
      <xsl:sequence select="detail ! fp:detail-blocks(.)"/>
    </entry>
  </xsl:template>

  <xsl:template match="award" mode="prepare">
    <entry>
      <xsl:sequence select="fp:rows(fp:linked(title, url), (), fp:text(awarder), fp:dates(date, date))"/>
      <xsl:sequence select="fp:blocks(summary/(p | list))"/>
      <xsl:sequence select="detail ! fp:detail-blocks(.)"/>
    </entry>
  </xsl:template>

  <xsl:template match="certificate" mode="prepare">
    <entry>
      <xsl:sequence select="fp:rows(fp:linked(name, url), (), fp:text(issuer), fp:dates(date, date))"/>
      <xsl:sequence select="detail ! fp:detail-blocks(.)"/>
    </entry>
  </xsl:template>

  <xsl:template match="skill | interest" mode="prepare">
    <entry>
      <xsl:sequence select="fp:rows(fp:text(name), fp:text(level), (), ())"/>
      <xsl:for-each select="keywords">
        <para><xsl:value-of select="f:format-text('keywords', map{'keywords': string-join(keyword, f:list-separator())})"/></para>
      </xsl:for-each>
      <xsl:sequence select="detail ! fp:detail-blocks(.)"/>
    </entry>
  </xsl:template>

  <xsl:template match="language" mode="prepare">
    <entry>
      <xsl:sequence select="fp:rows(fp:text(name), fp:text(fluency), (), ())"/>
      <xsl:sequence select="detail ! fp:detail-blocks(.)"/>
    </entry>
  </xsl:template>

  <xsl:template match="reference" mode="prepare">
    <entry>
      <xsl:sequence select="fp:rows(fp:text(name), (), (), ())"/>
      <xsl:for-each select="contact"><para><xsl:value-of select="normalize-space()"/></para></xsl:for-each>
      <xsl:for-each select="text"><para><xsl:sequence select="fp:inline(.)"/></para></xsl:for-each>
      <xsl:sequence select="detail ! fp:detail-blocks(.)"/>
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
      <xsl:when test="empty($title) and exists($subtitle)">
        <!-- An entry without a title (work without an organization): its subtitle leads. -->
        <xsl:sequence select="fp:rows($subtitle, $place, (), $dates)"/>
      </xsl:when>
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

  <!-- Paragraphs and lists of the source as the prepared résumé's. -->
  <xsl:function name="fp:blocks" as="element()*">
    <xsl:param name="blocks" as="element()*"/>
    <xsl:for-each select="$blocks">
      <xsl:choose>
        <xsl:when test="self::list"><xsl:sequence select="fp:list(.)"/></xsl:when>
        <xsl:otherwise><para><xsl:sequence select="fp:inline(.)"/></para></xsl:otherwise>
      </xsl:choose>
    </xsl:for-each>
  </xsl:function>

  <!-- A list of the source: bullets, or numbered from its start ("1.", "2.", …). -->
  <xsl:function name="fp:list" as="element()">
    <xsl:param name="list" as="element()"/>
    <xsl:variable name="numbered" as="xs:boolean" select="$list/@numbered = ('true', '1')"/>
    <xsl:variable name="start" as="xs:integer" select="($list/@start ! xs:integer(.), 1)[1]"/>
    <list style="{if ($numbered) then 'numbered' else 'bullet'}">
      <xsl:for-each select="$list/item">
        <item>
          <xsl:if test="$numbered"><xsl:attribute name="label" select="($start + position() - 1) || '.'"/></xsl:if>
          <xsl:sequence select="fp:item(.)/node()"/>
        </item>
      </xsl:for-each>
    </list>
  </xsl:function>

  <!--
    A bullet's content: its rich text, then the paragraphs and lists it holds. Text written
    after one of those (the schema cannot forbid it) becomes a paragraph of its own.
  -->
  <xsl:function name="fp:item" as="document-node()">
    <xsl:param name="item" as="element()"/>
    <xsl:variable name="first-block" as="element()?" select="$item/(p | list)[1]"/>
    <xsl:variable name="blocks" as="node()*" select="$item/node()[exists($first-block) and not(. &lt;&lt; $first-block)]"/>
    <xsl:document>
      <xsl:sequence select="fp:inline-nodes($item/node() except $blocks)/node()"/>
      <xsl:for-each select="$blocks">
        <xsl:choose>
          <xsl:when test="self::p | self::list"><xsl:sequence select="fp:blocks(.)"/></xsl:when>
          <xsl:when test="self::text()[normalize-space()]"><para><xsl:value-of select="normalize-space()"/></para></xsl:when>
        </xsl:choose>
      </xsl:for-each>
    </xsl:document>
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
    <xsl:sequence select="fp:inline-nodes($element/node())"/>
  </xsl:function>

  <xsl:function name="fp:inline-nodes" as="document-node()">
    <xsl:param name="content" as="node()*"/>
    <xsl:variable name="nodes" as="node()*">
      <xsl:apply-templates select="$content" mode="inline"/>
    </xsl:variable>
    <xsl:variable name="folded" as="document-node()">
      <xsl:document>
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
      </xsl:document>
    </xsl:variable>
    <xsl:variable name="content" as="document-node()">
      <xsl:choose>
        <xsl:when test="$folded//*:br"><xsl:apply-templates select="$folded" mode="fp:around-breaks"/></xsl:when>
        <xsl:otherwise><xsl:sequence select="$folded"/></xsl:otherwise>
      </xsl:choose>
    </xsl:variable>
    <xsl:document><xsl:sequence select="f:isolate($content/node())"/></xsl:document>
  </xsl:function>

  <!-- A line starts and ends at a line break: the space beside one is dropped, as a browser does. -->
  <xsl:mode name="fp:around-breaks" on-no-match="shallow-copy"/>

  <xsl:template match="text()" mode="fp:around-breaks">
    <xsl:variable name="after-break" as="xs:boolean" select="exists(preceding::node()[1][self::*:br])"/>
    <xsl:variable name="before-break" as="xs:boolean" select="exists(following::node()[1][self::*:br])"/>
    <xsl:variable name="start" as="xs:string" select="if ($after-break) then replace(., '^ ', '') else string(.)"/>
    <xsl:value-of select="if ($before-break) then replace($start, ' $', '') else $start"/>
  </xsl:template>

  <!-- A title, linked when the source gives a URL; without a title, the URL itself. -->
  <xsl:function name="fp:linked" as="document-node()?">
    <xsl:param name="title" as="element()?"/>
    <xsl:param name="url" as="element()?"/>
    <xsl:if test="exists($title) or exists($url)">
      <xsl:document>
        <xsl:choose>
          <xsl:when test="empty($title)"><xsl:sequence select="f:link($url, fp:as-nodes(normalize-space($url)))"/></xsl:when>
          <xsl:when test="exists($url)"><xsl:sequence select="f:link($url, fp:inline($title)/node())"/></xsl:when>
          <xsl:otherwise><xsl:sequence select="fp:inline($title)/node()"/></xsl:otherwise>
        </xsl:choose>
      </xsl:document>
    </xsl:if>
  </xsl:function>

  <!-- Nodes as the content of one bullet (fp:bullets takes documents). -->
  <xsl:function name="fp:nodes" as="document-node()">
    <xsl:param name="nodes" as="node()*"/>
    <xsl:document><xsl:sequence select="$nodes"/></xsl:document>
  </xsl:function>

  <!-- ===== Dates ===== -->

  <!-- An entry's span (f:date-range) at the precision its résumé means (fp:shown-date). -->
  <xsl:function name="fp:dates" as="node()*">
    <xsl:param name="start" as="element()?"/>
    <xsl:param name="end" as="element()?"/>
    <xsl:sequence select="f:date-range(fp:shown-date($start), fp:shown-date($end))"/>
  </xsl:function>

  <!-- ongoing="true" for an entry whose span goes on (f:is-ongoing); nothing otherwise. -->
  <xsl:function name="fp:ongoing" as="attribute()?">
    <xsl:param name="start" as="element()?"/>
    <xsl:param name="end" as="element()?"/>
    <xsl:if test="f:is-ongoing(fp:shown-date($start), fp:shown-date($end))">
      <xsl:attribute name="ongoing" select="true()"/>
    </xsl:if>
  </xsl:function>

  <!--
    A date as the résumé means it. Where it says a first-of-month date stands for the month
    (first-day-means="month": JSON Resume writes May 2017 as 2017-05-01), 2017-05-01 is 2017-05, and
    so is an end on the month's last day (2017-05-31: the export tools of LinkedIn write ends so, and
    10 of 25 real files had them), unless render asks for days. Every other date as written.
  -->
  <xsl:function name="fp:shown-date" as="xs:string?">
    <xsl:param name="date" as="element()?"/>
    <xsl:variable name="value" select="normalize-space($date)"/>
    <xsl:sequence select="if (empty($date)) then ()
        else if (not($days) and $date/ancestor::resume/@first-day-means = 'month'
                 and (matches($value, '^\d{4}-\d{2}-01$') or $date/self::end and fp:is-last-day($value)))
        then substring($value, 1, 7) else $value"/>
  </xsl:function>

  <!-- Whether an ISO date is the last day of its month (2024-02-29 is, 2023-02-28 is, 2024-02-28 is not). -->
  <xsl:function name="fp:is-last-day" as="xs:boolean">
    <xsl:param name="value" as="xs:string"/>
    <xsl:sequence select="matches($value, '^\d{4}-\d{2}-\d{2}$') and $value castable as xs:date
        and day-from-date(xs:date($value) + xs:dayTimeDuration('P1D')) eq 1"/>
  </xsl:function>

  <!-- ===== Scores ===== -->

  <!--
    "GPA: 3.8" only where the source says so (label="GPA", as JSON Resume's old gpa member
    imports); a score that names its scale itself ("3.6 CGPA") as written; any other under the
    language's neutral label ("Grade: 1.6"): a German 1.6 or "88 %" is no GPA.
  -->
  <xsl:function name="fp:score" as="xs:string">
    <xsl:param name="score" as="element()"/>
    <xsl:sequence select="if ($score/@label) then f:format-text('score', map{'label': string($score/@label), 'score': string($score)})
        else if (matches($score, '(^|[^\p{L}])C?GPA([^\p{L}]|$)', 'i')) then normalize-space($score)
        else f:format-text('score', map{'label': f:label('score.default-label'), 'score': string($score)})"/>
  </xsl:function>

  <!-- ===== Details: content without a place of its own, shown generically ===== -->

  <!-- "technologies" → "Technologies", "x_wantToDo" → "Want to do", "dateOfBirth" → "Date of birth". -->
  <xsl:function name="fp:detail-label" as="xs:string">
    <xsl:param name="name" as="xs:string?"/>
    <xsl:variable name="contact" select="map{'url': 'website', 'website': 'website', 'email': 'email', 'phone': 'phone', 'location': 'location'}(string($name))"/>
    <xsl:sequence select="if (exists($contact)) then f:label('contact.' || $contact) else fp:humanize($name)"/>
  </xsl:function>

  <xsl:function name="fp:humanize" as="xs:string">
    <xsl:param name="name" as="xs:string?"/>
    <xsl:variable name="words" select="tokenize(replace(replace(replace(string($name), '^[xX][_-]', ''),
        '(\p{Ll})(\p{Lu})', '$1 $2'), '[_\-\s]+', ' '), ' ')[.]"/>
    <xsl:variable name="lowered" select="for $i in 1 to count($words) return
        if ($i gt 1 and matches($words[$i], '^\p{Lu}\p{Ll}')) then lower-case($words[$i]) else $words[$i]"/>
    <xsl:variable name="text" select="string-join($lowered, ' ')"/>
    <xsl:sequence select="upper-case(substring($text, 1, 1)) || substring($text, 2)"/>
  </xsl:function>

  <!-- A detail with a text and no parts. -->
  <xsl:function name="fp:is-leaf" as="xs:boolean">
    <xsl:param name="detail" as="element()"/>
    <xsl:sequence select="empty($detail/detail)"/>
  </xsl:function>

  <!-- A text as shown: a web address as a link to itself. -->
  <xsl:function name="fp:detail-text" as="node()*">
    <xsl:param name="detail" as="element()"/>
    <xsl:variable name="text" select="normalize-space($detail)"/>
    <xsl:choose>
      <xsl:when test="matches($text, '^https?://[^\s/?#]+\.[^\s/?#]+\S*$')"><xsl:sequence select="f:link($text, fp:as-nodes($text))"/></xsl:when>
      <xsl:otherwise><xsl:value-of select="$text"/></xsl:otherwise>
    </xsl:choose>
  </xsl:function>

  <!-- A detail on one line: a text; a list joined; a group's parts joined by " · ". -->
  <xsl:function name="fp:detail-inline" as="node()*">
    <xsl:param name="detail" as="element()"/>
    <xsl:choose>
      <xsl:when test="fp:is-leaf($detail)"><xsl:sequence select="fp:detail-text($detail)"/></xsl:when>
      <xsl:otherwise>
        <xsl:for-each select="$detail/detail">
          <xsl:if test="position() gt 1">
            <xsl:value-of select="if (exists(../detail/@name)) then ' · ' else f:list-separator()"/>
          </xsl:if>
          <xsl:sequence select="fp:detail-inline(.)"/>
        </xsl:for-each>
      </xsl:otherwise>
    </xsl:choose>
  </xsl:function>

  <!-- "Label: content" on one line (the label only when the detail has a name). -->
  <xsl:function name="fp:detail-line" as="node()*">
    <xsl:param name="detail" as="element()"/>
    <xsl:sequence select="if ($detail/@name) then f:format('detail', map{'label': fp:detail-label($detail/@name), 'detail': fp:detail-inline($detail)})
        else fp:detail-inline($detail)"/>
  </xsl:function>

  <!--
    The blocks of one detail in an entry: a text, or a list of short texts, on one line under
    its label ("Technologies: Go, Rust"); anything longer as the label, then bullets.
  -->
  <xsl:function name="fp:detail-blocks" as="element()*">
    <xsl:param name="detail" as="element()"/>
    <xsl:choose>
      <xsl:when test="fp:is-short($detail)"><para><xsl:sequence select="fp:detail-line($detail)"/></para></xsl:when>
      <xsl:otherwise>
        <!-- Groups (highlightGroups) carry their own headings: their label would say nothing. -->
        <xsl:if test="$detail/@name and not(every $part in $detail/detail satisfies fp:is-group($part))">
          <para><xsl:value-of select="fp:detail-label($detail/@name)"/></para>
        </xsl:if>
        <xsl:sequence select="if (fp:is-leaf($detail)) then fp:detail-body($detail) else fp:detail-body($detail/detail)"/>
      </xsl:otherwise>
    </xsl:choose>
  </xsl:function>

  <!-- Short enough for one line: a text, or a list of texts of a few words each. -->
  <xsl:function name="fp:is-short" as="xs:boolean">
    <xsl:param name="detail" as="element()"/>
    <xsl:sequence select="fp:is-leaf($detail) or (every $part in $detail/detail satisfies
        (fp:is-leaf($part) and empty($part/@name) and string-length(normalize-space($part)) le 40))"/>
  </xsl:function>

  <!--
    The body of details without a label of their own (a section's, a list's parts): one text as
    a paragraph; texts as bullets; a group of one text and one list as that text, then bullets
    (a heading and its highlights); any other group as one bullet of its parts.
  -->
  <xsl:function name="fp:detail-body" as="element()*">
    <xsl:param name="details" as="element()*"/>
    <xsl:choose>
      <xsl:when test="count($details) eq 1 and fp:is-leaf($details) and empty($details/@name)">
        <!-- A statement: its paragraphs (blank lines part them, as in every JSON Resume summary). -->
        <xsl:for-each select="tokenize(string($details), '\n\s*\n')[normalize-space()]">
          <para><xsl:value-of select="normalize-space()"/></para>
        </xsl:for-each>
      </xsl:when>
      <xsl:when test="count($details) eq 1 and fp:is-leaf($details)"><para><xsl:sequence select="fp:detail-line($details)"/></para></xsl:when>
      <xsl:when test="every $d in $details satisfies fp:is-group($d)">
        <xsl:for-each select="$details">
          <para><xsl:sequence select="fp:detail-inline(detail[fp:is-leaf(.)])"/></para>
          <xsl:sequence select="fp:bullets(detail[not(fp:is-leaf(.))]/detail ! fp:nodes(fp:detail-line(.)))"/>
        </xsl:for-each>
      </xsl:when>
      <xsl:otherwise>
        <xsl:sequence select="fp:bullets($details ! fp:nodes(fp:detail-line(.)))"/>
      </xsl:otherwise>
    </xsl:choose>
  </xsl:function>

  <!-- A group with a heading: one text and one list. -->
  <xsl:function name="fp:is-group" as="xs:boolean">
    <xsl:param name="detail" as="element()"/>
    <xsl:sequence select="count($detail/detail) eq 2 and count($detail/detail[fp:is-leaf(.)]) eq 1
        and (every $part in $detail/detail[not(fp:is-leaf(.))]/detail satisfies fp:is-leaf($part))"/>
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

  <xsl:template match="code" mode="inline">
    <code><xsl:value-of select="fp:fold-space(.)"/></code>
  </xsl:template>

  <xsl:template match="br" mode="inline">
    <br/>
  </xsl:template>

  <xsl:template match="link" mode="inline">
    <xsl:variable name="content" as="node()*"><xsl:apply-templates mode="inline"/></xsl:variable>
    <xsl:sequence select="f:link(@href, $content)"/>
  </xsl:template>
</xsl:stylesheet>
