package io.resume.render.pdf.font;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.apache.fop.apps.io.InternalResourceResolver;
import org.apache.fop.apps.io.ResourceResolverFactory;
import org.apache.fop.fonts.EmbeddingMode;
import org.apache.fop.fonts.EncodingMode;
import org.apache.fop.fonts.LazyFont;
import org.apache.fop.fonts.MultiByteFont;
import org.junit.jupiter.api.Test;

/**
 * What copying FOP's fonts relies on: the fields of FOP's font classes are the ones reviewed (a new
 * FOP version fails here until its fields are sorted into shared and per render), a copy keeps its
 * own per-render state, and {@link CopiedFont} overrides every method of LazyFont, so that LazyFont
 * never loads a font of its own beside the copy.
 */
class FontCopiesTest {
  /**
   * FOP 2.11's MultiByteFont, read and sorted: these hold the parsed font, written only while it is
   * read.
   */
  private static final Set<String> SHARED =
      Set.of(
          "CustomFont.fontFileURI",
          "CustomFont.fontName",
          "CustomFont.fullName",
          "CustomFont.familyNames",
          "CustomFont.fontSubName",
          "CustomFont.embedFileURI",
          "CustomFont.embedResourceName",
          "CustomFont.embeddingMode",
          "CustomFont.capHeight",
          "CustomFont.xHeight",
          "CustomFont.ascender",
          "CustomFont.descender",
          "CustomFont.fontBBox",
          "CustomFont.flags",
          "CustomFont.weight",
          "CustomFont.stemV",
          "CustomFont.italicAngle",
          "CustomFont.missingWidth",
          "CustomFont.fontType",
          "CustomFont.firstChar",
          "CustomFont.lastChar",
          "CustomFont.underlinePosition",
          "CustomFont.underlineThickness",
          "CustomFont.strikeoutPosition",
          "CustomFont.strikeoutThickness",
          "CustomFont.kerning",
          "CustomFont.useKerning",
          "CustomFont.svgs",
          "CustomFont.useAdvanced",
          "CustomFont.simulateStyle",
          "CustomFont.additionalEncodings",
          "CustomFont.unencodedCharacters",
          "CIDFont.width",
          "MultiByteFont.ttcName",
          "MultiByteFont.encoding",
          "MultiByteFont.defaultWidth",
          "MultiByteFont.cidType",
          "MultiByteFont.gdef",
          "MultiByteFont.gsub",
          "MultiByteFont.gpos",
          "MultiByteFont.boundingBoxes",
          "MultiByteFont.isOTFFile");

  @Test
  void fopsFontFieldsAreTheReviewedOnes() {
    Set<String> fields = new TreeSet<>();
    FontCopies.fields(MultiByteFont.class).forEach(field -> fields.add(FontCopies.name(field)));
    Set<String> reviewed = new TreeSet<>(SHARED);
    reviewed.addAll(FontCopies.PER_RENDER);
    reviewed.addAll(FontCopies.CONSTRUCTED);
    assertEquals(reviewed, fields);
  }

  @Test
  void aCopySharesTheDataAndKeepsItsOwnState() throws Exception {
    InternalResourceResolver resolver =
        ResourceResolverFactory.createInternalResourceResolver(
            new URI("classpath:/"), new ClasspathResources(getClass().getClassLoader()));
    ParsedFonts.Key key =
        new ParsedFonts.Key(
            URI.create("classpath:liberation/LiberationSans-Regular.ttf"),
            null,
            true,
            EmbeddingMode.AUTO,
            EncodingMode.AUTO,
            true,
            true,
            false,
            false,
            true);
    MultiByteFont original = (MultiByteFont) key.load(resolver);
    MultiByteFont copy = new FontCopies().copy(original, resolver);
    assertSame(original.getKerningInfo(), copy.getKerningInfo());
    assertSame(original.getGPOS(), copy.getGPOS());
    assertEquals(original.getFullName(), copy.getFullName());
    assertNotSame(original.getCIDSet(), copy.getCIDSet());
    copy.mapChar('A');
    assertEquals(2, copy.getCIDSet().getNumberOfGlyphs(), "the copy uses .notdef and A");
    assertEquals(1, original.getCIDSet().getNumberOfGlyphs(), "the original only .notdef");
  }

  @Test
  void copiedFontOverridesEveryMethodOfLazyFont() {
    assertEquals(List.of(), notOverridden(CopiedFont.class));
  }

  @Test
  void aMethodLeftToLazyFontIsCaught() {
    assertTrue(notOverridden(Incomplete.class).contains("getAscender(int)"));
  }

  /**
   * LazyFont's public methods (its own and inherited from FOP's font classes) the class leaves to
   * it.
   */
  private static List<String> notOverridden(Class<? extends LazyFont> type) {
    List<String> missing = new ArrayList<>();
    for (Method method : LazyFont.class.getMethods()) {
      if (method.getDeclaringClass() == Object.class
          || Modifier.isStatic(method.getModifiers())
          || Modifier.isFinal(method.getModifiers())
          || method.getName().equals("isCID")) {
        continue; // isCID asks getFontType, which is overridden
      }
      try {
        type.getDeclaredMethod(method.getName(), method.getParameterTypes());
      } catch (NoSuchMethodException e) {
        missing.add(method.getName() + signature(method));
      }
    }
    return missing;
  }

  private static String signature(Method method) {
    List<String> types = new ArrayList<>();
    for (Class<?> type : method.getParameterTypes()) {
      types.add(type.getSimpleName());
    }
    return "(" + String.join(", ", types) + ")";
  }

  /** Overrides one method only. */
  private abstract static class Incomplete extends LazyFont {
    Incomplete() {
      super(null, null, false);
    }

    @Override
    public String getFontName() {
      return "";
    }
  }
}
