<?xml version="1.0" encoding="UTF-8"?>
<!--
  The name, the headline and the contacts. Text has no icons, so each contact is preceded by
  its label, the words the icon stands for ("Email", "GitHub").
  Plain text: the name underlined, then one contact a line, labels in a column.
  Markdown: "# Name", then the contacts on one line, apart by " · ", addresses as links.
-->
<xsl:stylesheet version="3.0"
                xmlns:xsl="http://www.w3.org/1999/XSL/Transform"
                xmlns:xs="http://www.w3.org/2001/XMLSchema"
                xmlns:f="urn:resume:functions"
                xmlns:fp="urn:resume:functions:private"
                xpath-default-namespace="urn:resume:view:1"
                exclude-result-prefixes="#all">

  <xsl:template match="header" mode="text" as="xs:string">
    <xsl:variable name="name" as="xs:string" select="normalize-space(name)"/>
    <xsl:variable name="headline" as="xs:string" select="normalize-space(headline)"/>
    <xsl:choose>
      <xsl:when test="$f:markdown">
        <xsl:sequence select="string-join((
            '# ' || f:md-escape($name),
            if ($headline = '') then () else f:md-block-start(f:md-escape($headline)),
            string-join(contact ! fp:md-contact(.), ' · ')[. != ''] ! f:md-block-start(.)), $f:blank-line)"/>
      </xsl:when>
      <xsl:otherwise>
        <xsl:variable name="column" as="xs:integer" select="max((0, contact/@label ! f:width(normalize-space(.)))) + 2"/>
        <xsl:sequence select="string-join((
            f:underlined($name, '='),
            if ($headline = '') then () else f:wrap($headline, $text-width, '', ''),
            if (contact) then '' else (),
            contact ! fp:txt-contact(., $column)), $f:nl)"/>
      </xsl:otherwise>
    </xsl:choose>
  </xsl:template>

  <!-- "Website  https://…": the label padded to a column, the text (and address) after it. -->
  <xsl:function name="fp:txt-contact" as="xs:string*">
    <xsl:param name="contact" as="element(contact)"/>
    <xsl:param name="column" as="xs:integer"/>
    <xsl:variable name="label" as="xs:string" select="normalize-space($contact/@label)"/>
    <xsl:variable name="text" as="xs:string" select="normalize-space($contact)"/>
    <xsl:sequence select="f:wrap(
        if ($contact/@href) then f:with-address($text, $contact/@href) else $text,
        $text-width, $label || f:spaces($column - f:width($label)), f:spaces($column))"/>
  </xsl:function>

  <!-- "**Email** [a@b.org](mailto:a@b.org)". -->
  <xsl:function name="fp:md-contact" as="xs:string">
    <xsl:param name="contact" as="element(contact)"/>
    <xsl:variable name="label" as="xs:string" select="normalize-space($contact/@label)"/>
    <xsl:variable name="text" as="xs:string" select="normalize-space($contact)"/>
    <xsl:variable name="shown" as="xs:string"
        select="if ($contact/@href) then f:md-link(f:md-escape($text), $text, $contact/@href) else f:md-escape($text)"/>
    <xsl:sequence select="string-join((if ($label = '') then () else '**' || f:md-escape($label) || '**', $shown), ' ')"/>
  </xsl:function>
</xsl:stylesheet>
