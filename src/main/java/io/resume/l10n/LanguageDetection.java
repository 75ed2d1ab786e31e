package io.resume.l10n;

import com.github.pemistahl.lingua.api.IsoCode639_1;
import com.github.pemistahl.lingua.api.Language;
import com.github.pemistahl.lingua.api.LanguageDetector;
import com.github.pemistahl.lingua.api.LanguageDetectorBuilder;
import java.util.Locale;

/**
 * The language a résumé is written in, told from its text by Lingua (n-gram models of 74 spoken
 * languages). Of the detectors tried on invented résumés, Lingua alone told every one right,
 * Chinese and Japanese included (optimaize, which Tika uses, took both for English and traditional
 * Chinese for Korean); see the README's "Languages".
 *
 * <p>Low accuracy mode: trigram models only, the only ones the jar carries. Lingua itself uses no
 * others for texts of 120 characters or more, which a résumé's text is; a shorter text is told less
 * surely, and one it cannot tell apart gives no language. The script alone decides only where it is
 * unambiguous (kana is Japanese, hangul Korean); Han may be Chinese or Japanese, and Cyrillic
 * Russian, Ukrainian, Bulgarian…, which the models tell apart. The models are read on first use (a
 * second or so for Latin-script texts, which have the most candidates), and only when a résumé does
 * not say its language.
 */
public final class LanguageDetection {
  private LanguageDetection() {}

  /** The language of the text, or null when it has none Lingua can name (no letters, too mixed). */
  public static LanguageTag detect(String text) {
    Language language = Detector.detect(text);
    if (language == Language.UNKNOWN || language.getIsoCode639_1() == IsoCode639_1.NONE) {
      return null;
    }
    String code = language.getIsoCode639_1().name().toLowerCase(Locale.ROOT);
    if (code.equals("zh")) {
      return LanguageTag.parse(ChineseScript.of(text).equals("Hant") ? "zh-Hant" : "zh");
    }
    return LanguageTag.parse(code);
  }

  /** Apart, so that Lingua (and Kotlin) load only when a résumé's language must be told. */
  private static final class Detector {
    private static final LanguageDetector LINGUA =
        LanguageDetectorBuilder.fromAllSpokenLanguages().withLowAccuracyMode().build();

    // Lingua loads its models into shared maps on first use; one detection at a time.
    static synchronized Language detect(String text) {
      return LINGUA.detectLanguageOf(text);
    }
  }
}
