package io.resume.render.pdf.filters;

import com.ibm.icu.lang.UCharacter;
import com.ibm.icu.lang.UProperty;
import com.ibm.icu.text.ArabicShaping;
import com.ibm.icu.text.ArabicShapingException;
import com.ibm.icu.text.Normalizer2;
import java.util.HashMap;
import java.util.Map;

/**
 * The joined forms of the letters ICU's {@code ArabicShaping} knows how to join to but leaves as
 * they are: those beyond the Arabic alphabet proper, of Persian (پ چ ژ گ ک ی), Urdu (ٹ ڈ ڑ ں ہ ے)
 * and other languages, whose forms are in Presentation Forms-A. Without them a Persian word would
 * show a letter unjoined between neighbours joined to it. Applied to ICU's result: ICU reads a form
 * given to it beforehand as a non-joining character and would unjoin its neighbours.
 *
 * <p>Both the forms and the joining rules come from Unicode's data, as ICU has it: a form is a
 * character whose decomposition is the letter, of type initial, medial, final or isolated; a letter
 * joins its neighbour when the letter before joins on its left (dual-joining, or tatweel) and the
 * letter after on its right, vowel marks between them being transparent.
 */
final class ExtendedLetterForms {
  private static final int ISOLATED = 0;
  private static final int FINAL = 1;
  private static final int INITIAL = 2;
  private static final int MEDIAL = 3;

  /** Letter → its forms, indexed isolated, final, initial, medial; 0 where Unicode has none. */
  private static final Map<Character, char[]> FORMS;

  static {
    try {
      FORMS = forms();
    } catch (ArabicShapingException e) {
      throw new IllegalStateException("ICU cannot shape one letter", e);
    }
  }

  private ExtendedLetterForms() {}

  /**
   * ICU's shaping of {@code text} with our letters in their forms too.
   *
   * @param shapedByIcu ICU's shaping of {@code text}, in which our letters are as they were and in
   *     the same order (only a lam and an alef become one character)
   */
  static String shape(String text, String shapedByIcu) {
    char[] shaped = null;
    int from = 0;
    for (int i = 0; i < text.length(); i++) {
      char letter = text.charAt(i);
      char[] forms = FORMS.get(letter);
      if (forms == null) {
        continue;
      }
      int at = shapedByIcu.indexOf(letter, from);
      if (at < 0) {
        continue; // not left as it was, against ICU's habit: it stays as ICU made it
      }
      from = at + 1;
      // Decided on the letters as written, as ICU decides for the others.
      int type = joiningType(letter);
      boolean joinsBefore =
          (type == UCharacter.JoiningType.DUAL_JOINING
                  || type == UCharacter.JoiningType.RIGHT_JOINING)
              && joinsOnItsLeft(neighbour(text, i, -1));
      boolean joinsAfter =
          type == UCharacter.JoiningType.DUAL_JOINING && joinsOnItsRight(neighbour(text, i, +1));
      char form =
          forms[joinsBefore ? (joinsAfter ? MEDIAL : FINAL) : (joinsAfter ? INITIAL : ISOLATED)];
      if (form != 0) {
        if (shaped == null) {
          shaped = shapedByIcu.toCharArray();
        }
        shaped[at] = form;
      }
    }
    return shaped == null ? shapedByIcu : new String(shaped);
  }

  /**
   * The nearest character before (step -1) or after (+1) that is not a vowel mark; -1 at the end.
   */
  private static int neighbour(String text, int at, int step) {
    for (int i = at + step; i >= 0 && i < text.length(); i += step) {
      if (joiningType(text.charAt(i)) != UCharacter.JoiningType.TRANSPARENT) {
        return text.charAt(i);
      }
    }
    return -1;
  }

  private static boolean joinsOnItsLeft(int c) {
    int type = c < 0 ? UCharacter.JoiningType.NON_JOINING : joiningType(c);
    return type == UCharacter.JoiningType.DUAL_JOINING
        || type == UCharacter.JoiningType.JOIN_CAUSING;
  }

  private static boolean joinsOnItsRight(int c) {
    int type = c < 0 ? UCharacter.JoiningType.NON_JOINING : joiningType(c);
    return type == UCharacter.JoiningType.DUAL_JOINING
        || type == UCharacter.JoiningType.RIGHT_JOINING
        || type == UCharacter.JoiningType.JOIN_CAUSING;
  }

  private static int joiningType(int c) {
    return UCharacter.getIntPropertyValue(c, UProperty.JOINING_TYPE);
  }

  /** From Unicode's decompositions: U+FB58 is "<initial> U+067E", so it is peh's initial form. */
  private static Map<Character, char[]> forms() throws ArabicShapingException {
    Normalizer2 nfkc = Normalizer2.getNFKCInstance();
    // Only letters ICU leaves as they are: it has the forms of the others.
    ArabicShaping icu =
        new ArabicShaping(ArabicShaping.LETTERS_SHAPE | ArabicShaping.TEXT_DIRECTION_LOGICAL);
    Map<Character, char[]> forms = new HashMap<>();
    for (char c = '\uFB50'; c <= '\uFBFF'; c++) {
      String letter = nfkc.getRawDecomposition(c);
      int form =
          switch (UCharacter.getIntPropertyValue(c, UProperty.DECOMPOSITION_TYPE)) {
            case UCharacter.DecompositionType.ISOLATED -> ISOLATED;
            case UCharacter.DecompositionType.FINAL -> FINAL;
            case UCharacter.DecompositionType.INITIAL -> INITIAL;
            case UCharacter.DecompositionType.MEDIAL -> MEDIAL;
            default -> -1;
          };
      if (form < 0 || letter == null || letter.length() != 1 || !icu.shape(letter).equals(letter)) {
        continue;
      }
      char[] ofLetter = forms.computeIfAbsent(letter.charAt(0), k -> new char[4]);
      if (ofLetter[form] == 0) {
        ofLetter[form] = c; // where two characters are the same form of a letter, Unicode's first
      }
    }
    return forms;
  }
}
