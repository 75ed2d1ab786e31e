package io.resume.render.docx;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import org.apache.poi.openxml4j.exceptions.InvalidFormatException;
import org.apache.poi.openxml4j.opc.PackagePart;
import org.apache.poi.openxml4j.opc.PackagePartName;
import org.apache.poi.openxml4j.opc.PackagingURIHelper;
import org.apache.poi.openxml4j.opc.TargetMode;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFRelation;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTFonts;

/**
 * The fonts of the résumé, per kind of text, and the font table that tells a word processor what
 * each one looks like, so that a machine without it picks a close substitute.
 *
 * <p>Body text is Times New Roman and headings Arial, as the PDF's Liberation Serif and Liberation
 * Sans, which were drawn to their metrics: every Word has them, and LibreOffice on Linux draws them
 * with the Liberation fonts, so lines break alike everywhere. Both also cover Arabic and Hebrew on
 * Windows and macOS; they are Word's own choice for those scripts, so they are the complex-script
 * fonts too. East Asian text gets the standard Windows font of its language: a serif
 * (Song/Ming/Mincho/Batang) for the body and a sans for the headings.
 *
 * <p>The font table gives each font its PANOSE number, family and character set (what Word and
 * LibreOffice match a missing font by) and, for East Asian fonts, the localised name that some
 * systems know them by (altName).
 */
final class DocxFonts {
  /** One font as the font table describes it. */
  record Font(
      String name, String altName, String panose, String charset, String family, String pitch) {}

  static final Font TIMES =
      new Font("Times New Roman", null, "02020603050405020304", "00", "roman", "variable");
  static final Font ARIAL =
      new Font("Arial", null, "020B0604020202020204", "00", "swiss", "variable");
  static final Font SIMSUN =
      new Font("SimSun", "宋体", "02010600030101010101", "86", "auto", "variable");
  static final Font YAHEI =
      new Font("Microsoft YaHei", "微软雅黑", "020B0503020204020204", "86", "swiss", "variable");
  static final Font PMINGLIU =
      new Font("PMingLiU", "新細明體", "02020500000000000000", "88", "roman", "variable");
  static final Font JHENGHEI =
      new Font("Microsoft JhengHei", "微軟正黑體", "020B0604030504040204", "88", "swiss", "variable");
  static final Font MINCHO =
      new Font("MS Mincho", "ＭＳ 明朝", "02020609040205080304", "80", "modern", "fixed");
  static final Font GOTHIC =
      new Font("MS Gothic", "ＭＳ ゴシック", "020B0609070205080204", "80", "modern", "fixed");
  static final Font BATANG =
      new Font("Batang", "바탕", "02030600000101010101", "81", "roman", "variable");
  static final Font MALGUN =
      new Font("Malgun Gothic", "맑은 고딕", "020B0503020000020004", "81", "swiss", "variable");

  /** Code (inline code in the text), as the PDF's Liberation Mono, drawn to its metrics. */
  static final Font COURIER =
      new Font("Courier New", null, "02070309020205020404", "00", "modern", "fixed");

  private static final String W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main";

  /** The body's fonts: Latin (ascii, hAnsi), East Asian, complex script. */
  final Font latin;

  final Font eastAsian;
  final Font complex;

  /** The headings' fonts. */
  final Font headingLatin;

  final Font headingEastAsian;
  final Font headingComplex;

  private DocxFonts(Font latin, Font headingLatin, Font eastAsian, Font headingEastAsian) {
    this.latin = latin;
    this.complex = latin;
    this.headingLatin = headingLatin;
    this.headingComplex = headingLatin;
    this.eastAsian = eastAsian;
    this.headingEastAsian = headingEastAsian;
  }

  /**
   * The fonts for a résumé in this language with the theme's Latin fonts; simplified Chinese fonts
   * for CJK in any other language.
   */
  static DocxFonts of(DocxLanguage language, DocxLook look) {
    Font body = named(look.bodyFont());
    Font heading = named(look.headingFont());
    return switch (language.primary()) {
      case "ja" -> new DocxFonts(body, heading, MINCHO, GOTHIC);
      case "ko" -> new DocxFonts(body, heading, BATANG, MALGUN);
      case "zh" ->
          language.traditionalChinese()
              ? new DocxFonts(body, heading, PMINGLIU, JHENGHEI)
              : new DocxFonts(body, heading, SIMSUN, YAHEI);
      default -> new DocxFonts(body, heading, SIMSUN, YAHEI);
    };
  }

  /**
   * A font the table knows by name, or one described only by its name (Word matches it as it can).
   */
  static Font named(String name) {
    for (Font known : new Font[] {TIMES, ARIAL}) {
      if (known.name().equalsIgnoreCase(name)) {
        return known;
      }
    }
    return new Font(name, null, null, "00", "auto", "variable");
  }

  void body(CTFonts fonts) {
    set(fonts, latin, eastAsian, complex);
  }

  void heading(CTFonts fonts) {
    set(fonts, headingLatin, headingEastAsian, headingComplex);
  }

  private static void set(CTFonts fonts, Font latin, Font eastAsian, Font complex) {
    fonts.setAscii(latin.name());
    fonts.setHAnsi(latin.name());
    fonts.setEastAsia(eastAsian.name());
    fonts.setCs(complex.name());
  }

  /** Adds word/fontTable.xml, which POI's slim schema jar has no classes for, as plain XML. */
  void addTableTo(XWPFDocument doc) {
    Map<String, Font> fonts = new LinkedHashMap<>();
    for (Font font :
        new Font[] {
          latin, headingLatin, eastAsian, headingEastAsian, complex, headingComplex, COURIER
        }) {
      fonts.putIfAbsent(font.name(), font);
    }
    StringBuilder xml =
        new StringBuilder("<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n")
            .append("<w:fonts xmlns:w=\"")
            .append(W)
            .append("\">");
    for (Font font : fonts.values()) {
      xml.append("<w:font w:name=\"").append(font.name()).append("\">");
      if (font.altName() != null) {
        xml.append("<w:altName w:val=\"").append(font.altName()).append("\"/>");
      }
      if (font.panose() != null) {
        xml.append("<w:panose1 w:val=\"").append(font.panose()).append("\"/>");
      }
      xml.append("<w:charset w:val=\"")
          .append(font.charset())
          .append("\"/>")
          .append("<w:family w:val=\"")
          .append(font.family())
          .append("\"/>")
          .append("<w:pitch w:val=\"")
          .append(font.pitch())
          .append("\"/>")
          .append("</w:font>");
    }
    xml.append("</w:fonts>");
    try {
      PackagePartName name = PackagingURIHelper.createPartName("/word/fontTable.xml");
      PackagePart part =
          doc.getPackage().createPart(name, XWPFRelation.FONT_TABLE.getContentType());
      try (OutputStream out = part.getOutputStream()) {
        out.write(xml.toString().getBytes(StandardCharsets.UTF_8));
      }
      doc.getPackagePart()
          .addRelationship(name, TargetMode.INTERNAL, XWPFRelation.FONT_TABLE.getRelation());
    } catch (InvalidFormatException e) {
      throw new IllegalStateException("cannot name the font table part", e);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
