package io.resume.render.pdf.font;

import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Set;
import org.apache.fop.apps.io.InternalResourceResolver;
import org.apache.fop.fonts.MultiByteFont;
import org.apache.fop.fonts.Typeface;

/**
 * Copies a parsed TrueType font for one render. The copy shares the font's data with the original
 * (metrics, kerning, glyph tables, character map), which took the parsing; what a render writes
 * into a font (the glyphs it uses and their numbering in the embedded subset, private-use mappings,
 * the warnings given) starts afresh, as FOP's constructor leaves it. The original is never rendered
 * with, so every copy starts alike and the PDF is the same as with a font parsed for it. FOP offers
 * no copy, so the fields are copied by reflection; {@code FontCopiesTest} pins the fields of FOP's
 * classes, so that a new FOP version is looked at before it is trusted.
 */
public final class FontCopies {
  /** Fields a render writes: left as the constructor makes them ("Class.field"). */
  public static final Set<String> PER_RENDER =
      Set.of(
          "Typeface.charMapOps",
          "Typeface.eventListener",
          "Typeface.warnedChars",
          "CustomFont.cmap",
          "MultiByteFont.cidSet",
          "MultiByteFont.mostLikelyGlyphs",
          "MultiByteFont.usedGlyphNames",
          "MultiByteFont.numMapped",
          "MultiByteFont.numUnmapped",
          "MultiByteFont.nextPrivateUse",
          "MultiByteFont.firstPrivate",
          "MultiByteFont.lastPrivate",
          "MultiByteFont.firstUnmapped",
          "MultiByteFont.lastUnmapped");

  /** Fields the constructor sets from its arguments. */
  static final Set<String> CONSTRUCTED = Set.of("CustomFont.resourceResolver");

  private final List<Field> shared;

  /** Copies that share every field but these (a test breaks copies with it). */
  public FontCopies(Set<String> perRender) {
    List<Field> fields = new ArrayList<>();
    for (Field field : fields(MultiByteFont.class)) {
      String name = name(field);
      if (!perRender.contains(name) && !CONSTRUCTED.contains(name)) {
        field.setAccessible(true);
        fields.add(field);
      }
    }
    this.shared = List.copyOf(fields);
  }

  public FontCopies() {
    this(PER_RENDER);
  }

  /** Only a plain TrueType font is copied: the fields above are those of that case. */
  static boolean canCopy(Typeface font) {
    return font.getClass() == MultiByteFont.class && !((MultiByteFont) font).isOTFFile();
  }

  /**
   * @param resolver where the copy reads the font file to embed it: the one the original was read
   *     with
   */
  MultiByteFont copy(MultiByteFont original, InternalResourceResolver resolver) {
    if (!canCopy(original)) {
      throw new IllegalArgumentException(
          "not a plain TrueType font: " + original.getClass().getName());
    }
    // A TextMappedFont: the same font, with a ToUnicode map that reads as the résumé's text.
    MultiByteFont copy = new TextMappedFont(resolver, original.getEmbeddingMode());
    try {
      for (Field field : shared) {
        field.set(copy, field.get(original));
      }
    } catch (IllegalAccessException e) {
      throw new IllegalStateException("cannot copy the font " + original.getFullName(), e);
    }
    // The copy's own list: a render adds private-use mappings to it.
    copy.setCMap(original.getCMap());
    return copy;
  }

  /** The instance fields of the class and its superclasses, as {@code Class.field}. */
  static List<Field> fields(Class<?> type) {
    List<Field> fields = new ArrayList<>();
    for (Class<?> c = type; c != Object.class; c = c.getSuperclass()) {
      for (Field field : c.getDeclaredFields()) {
        if (!Modifier.isStatic(field.getModifiers())) {
          fields.add(field);
        }
      }
    }
    Collections.reverse(fields);
    return fields;
  }

  static String name(Field field) {
    return field.getDeclaringClass().getSimpleName() + "." + field.getName();
  }
}
