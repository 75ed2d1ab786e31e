package io.resume.l10n;

import com.github.pemistahl.lingua.api.IsoCode639_1;
import com.github.pemistahl.lingua.api.Language;
import com.github.pemistahl.lingua.api.LanguageDetector;
import com.github.pemistahl.lingua.api.LanguageDetectorBuilder;
import java.util.List;
import java.util.Locale;

/**
 * The language a résumé is written in, told from its text by Lingua (n-gram models), among the
 * languages the résumé can be labelled in ({@link #CANDIDATES}). Of the detectors tried on invented
 * résumés, Lingua alone told every one right, Chinese and Japanese included (optimaize, which Tika
 * uses, took both for English and traditional Chinese for Korean); see the README's "Languages".
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

  /**
   * The languages told apart: those xsl/l10n has labels for (Maltese apart, which Lingua does not
   * know). Among all 75 of Lingua's, people's names and short Latin words tipped real German,
   * French, Spanish, Portuguese and English résumés into Tswana, Swahili or Southern Sotho, which
   * then got English labels and Tswana months; a résumé in a language without labels gets the
   * nearest that has them, and the note that says what was detected. LanguageDetectionTest holds
   * the list to the label files.
   */
  static final List<IsoCode639_1> CANDIDATES =
      List.of(
          IsoCode639_1.AR,
          IsoCode639_1.BG,
          IsoCode639_1.CS,
          IsoCode639_1.DA,
          IsoCode639_1.DE,
          IsoCode639_1.EL,
          IsoCode639_1.EN,
          IsoCode639_1.ES,
          IsoCode639_1.ET,
          IsoCode639_1.FI,
          IsoCode639_1.FR,
          IsoCode639_1.GA,
          IsoCode639_1.HE,
          IsoCode639_1.HI,
          IsoCode639_1.HR,
          IsoCode639_1.HU,
          IsoCode639_1.ID,
          IsoCode639_1.IT,
          IsoCode639_1.JA,
          IsoCode639_1.KO,
          IsoCode639_1.LT,
          IsoCode639_1.LV,
          IsoCode639_1.NL,
          IsoCode639_1.PL,
          IsoCode639_1.PT,
          IsoCode639_1.RO,
          IsoCode639_1.RU,
          IsoCode639_1.SK,
          IsoCode639_1.SL,
          IsoCode639_1.SV,
          IsoCode639_1.TR,
          IsoCode639_1.UK,
          IsoCode639_1.VI,
          IsoCode639_1.ZH);

  /** Apart, so that Lingua (and Kotlin) load only when a résumé's language must be told. */
  private static final class Detector {
    private static final LanguageDetector LINGUA =
        LanguageDetectorBuilder.fromIsoCodes639_1(CANDIDATES.toArray(IsoCode639_1[]::new))
            .withLowAccuracyMode()
            .build();

    // Lingua loads its models into shared maps on first use; one detection at a time.
    static synchronized Language detect(String text) {
      return LINGUA.detectLanguageOf(text);
    }
  }
}
