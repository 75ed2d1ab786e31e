package io.resume.render.pdf;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.resume.Pipeline;
import io.resume.SharedPipeline;
import io.resume.equivalence.Extract;
import io.resume.equivalence.ReaderItems;
import io.resume.model.Warnings;
import io.resume.render.PreparedResume;
import io.resume.render.pdf.filters.ArabicShaper;
import io.resume.render.pdf.font.ToUnicodeMap;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.MatchResult;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Arabic-script text (Arabic, Persian) read back from the PDF as an applicant-tracking system reads
 * it: the ordinary letters (U+062D, not the joined form U+FEA3 that is drawn), and each word whole,
 * through PDFBox and poppler's pdftotext in its three modes. The words of every text of the
 * prepared résumé must be found as words of the extracted text, not as fragments.
 *
 * <p>PDFBox maps presentation forms back to letters itself (NFKC), so its check holds with FOP's
 * own ToUnicode map too; poppler takes the map as it is, and fails with FOP's (seen).
 *
 * <p>Two things poppler does with any PDF of Arabic, LibreOffice's too, are left out of its checks
 * (PDFBox reads them right): it reverses the two letters a lam-alef ligature stands for, and its
 * {@code -raw} mode breaks a word at a vowel mark (tanween, shadda), which sits on its letter with
 * no width. Words with either are still checked letter by letter.
 */
class ArabicExtractionTest {
  private static final Path FIXTURES = Path.of("src/test/resources/io/resume");

  /** A word: letters with their marks, or a number. */
  private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{M}]+|\\p{N}+");

  /**
   * Not part of what is compared: the bidirectional controls poppler adds, and the zero-width
   * (non-)joiners of Persian, which no extractor gives back (they are drawn as nothing).
   */
  private static final Pattern INVISIBLE =
      Pattern.compile("[\u200C\u200D\u200E\u200F\u202A-\u202E]");

  private static final Pattern LAM_ALEF = Pattern.compile("\u0644[\u0622\u0623\u0625\u0627]");
  private static final Pattern VOWEL_MARK = Pattern.compile("[\u064B-\u065F\u0670]");
  private static Pipeline pipeline;

  @BeforeAll
  static void setUp() {
    pipeline = SharedPipeline.bundled();
  }

  @ParameterizedTest
  @ValueSource(strings = {"scripts/arabic.xml", "scripts/arabic-2.xml", "scripts/persian.xml"})
  void pdfBoxReadsLettersAndWholeWords(String fixture) throws Exception {
    PreparedResume resume = pipeline.prepare(FIXTURES.resolve(fixture), null, Warnings.IGNORE);
    String text = Extract.pdfText(render(resume));
    assertEquals("", presentationForms(text), text);
    assertEquals(List.of(), missingWords(resume, text, false), text);
  }

  @ParameterizedTest
  @ValueSource(strings = {"scripts/arabic.xml", "scripts/arabic-2.xml", "scripts/persian.xml"})
  void pdftotextReadsLettersAndWholeWords(String fixture) throws Exception {
    Poppler poppler = Poppler.required();
    PreparedResume resume = pipeline.prepare(FIXTURES.resolve(fixture), null, Warnings.IGNORE);
    byte[] pdf = render(resume);
    for (Poppler.Mode mode : Poppler.Mode.values()) {
      String text = poppler.text(pdf, mode);
      assertEquals("", presentationForms(text), mode + ": " + text);
      assertEquals(List.of(), missingWords(resume, text, true), mode + ": " + text);
      String letters = lettersOf(text);
      for (String word : words(resume)) {
        if (LAM_ALEF.matcher(word).find()) {
          // Every letter there, in whatever order poppler puts the ligature's two.
          assertTrue(
              containsAnagram(letters, lettersOf(word)),
              () -> mode + ": letters of " + word + " missing in " + text);
        }
      }
    }
  }

  /**
   * The broken case: FOP's own ToUnicode map, which names the joined forms drawn, fails both
   * checks.
   */
  @Test
  void presentationFormsInTheTextLayerAreCaught() throws Exception {
    PreparedResume resume =
        pipeline.prepare(FIXTURES.resolve("scripts/arabic.xml"), null, Warnings.IGNORE);
    String asDrawn = ArabicShaper.shape(String.join("\n", ReaderItems.textItems(resume.view())));
    assertFalse(presentationForms(asDrawn).isEmpty());
    assertFalse(missingWords(resume, asDrawn, false).isEmpty());
  }

  /** The broken case of whole words: a word cut in two is caught. */
  @Test
  void aWordInFragmentsIsCaught() throws Exception {
    PreparedResume resume =
        pipeline.prepare(FIXTURES.resolve("scripts/arabic.xml"), null, Warnings.IGNORE);
    String text = String.join("\n", ReaderItems.textItems(resume.view())).replace("حداد", "حد اد");
    assertEquals(List.of("حداد"), missingWords(resume, text, false));
  }

  private static byte[] render(PreparedResume resume) throws Exception {
    return PdfRenders.render(pipeline, resume, PdfRenders.fixed(), Warnings.IGNORE);
  }

  /** The presentation forms in the text, as code points. */
  private static String presentationForms(String text) {
    return text.codePoints()
        .filter(ToUnicodeMap::isPresentationForm)
        .mapToObj(c -> String.format("U+%04X", c))
        .distinct()
        .collect(Collectors.joining(" "));
  }

  /** Each word (letters, marks, digits) of the résumé's texts. */
  private static Set<String> words(PreparedResume resume) {
    Set<String> words = new HashSet<>();
    for (String item : ReaderItems.textItems(resume.view())) {
      words.addAll(wordsOf(item));
    }
    return words;
  }

  /** The résumé's Arabic-script words that are not a word of the extracted text. */
  private static List<String> missingWords(PreparedResume resume, String text, boolean byPoppler) {
    Set<String> extracted = new HashSet<>(wordsOf(text));
    List<String> missing = new ArrayList<>();
    for (String word : words(resume)) {
      boolean arabicScript =
          word.codePoints()
              .anyMatch(c -> Character.UnicodeScript.of(c) == Character.UnicodeScript.ARABIC);
      boolean popplerCase = LAM_ALEF.matcher(word).find() || VOWEL_MARK.matcher(word).find();
      if (arabicScript && !(byPoppler && popplerCase) && !extracted.contains(word)) {
        missing.add(word);
      }
    }
    return missing;
  }

  private static List<String> wordsOf(String text) {
    return WORD.matcher(INVISIBLE.matcher(text).replaceAll(""))
        .results()
        .map(MatchResult::group)
        .toList();
  }

  private static String lettersOf(String text) {
    return text.replaceAll("[^\\p{L}]+", "");
  }

  private static String sortedLetters(String text) {
    return text.codePoints()
        .sorted()
        .collect(StringBuilder::new, StringBuilder::appendCodePoint, StringBuilder::append)
        .toString();
  }

  /** Whether some stretch of the text has exactly the word's letters, in any order. */
  private static boolean containsAnagram(String text, String word) {
    String sorted = sortedLetters(word);
    for (int i = 0; i + word.length() <= text.length(); i++) {
      if (sortedLetters(text.substring(i, i + word.length())).equals(sorted)) {
        return true;
      }
    }
    return false;
  }
}
