import java.nio.file.*;
import java.util.*;

/**
 * Accuracy and cost of the language detectors on the invented résumés (texts.tsv, made by
 * texts.py).
 */
public class Measure {
  interface Detector {
    String detect(String text);
  }

  public static void main(String[] args) throws Exception {
    String mode = args[0];
    long t0 = System.nanoTime();
    Detector d =
        switch (mode) {
          case "lingua-high" -> lingua(false);
          case "lingua-low" -> lingua(true);
          case "optimaize-short" -> optimaize(true);
          case "optimaize-large" -> optimaize(false);
          default -> throw new IllegalArgumentException(mode);
        };
    List<String[]> rows = new ArrayList<>();
    for (String line : Files.readAllLines(Path.of("texts.tsv"))) rows.add(line.split("\t", 3));
    String first = d.detect(rows.get(0)[2]);
    long t1 = System.nanoTime();
    Map<String, int[]> score = new TreeMap<>();
    List<String> wrongWhole = new ArrayList<>();
    long t2 = System.nanoTime();
    for (String[] r : rows) {
      String got = d.detect(r[2]);
      String want = r[0];
      boolean ok =
          want.equals(got)
              || (want.equals("zh-Hant") && mode.startsWith("lingua") && got.equals("zh"));
      int[] s = score.computeIfAbsent(r[1], k -> new int[2]);
      s[0] += ok ? 1 : 0;
      s[1]++;
      if (!ok && r[1].equals("whole")) wrongWhole.add(want + "→" + got);
      if (!ok && r[1].equals("short") && args.length > 1)
        System.out.println("  short " + want + "→" + got + ": " + r[2]);
    }
    long t3 = System.nanoTime();
    Runtime rt = Runtime.getRuntime();
    System.gc();
    System.out.printf(
        "%s: start-up+first %.0f ms; %d texts in %.0f ms; heap used %d MB%n",
        mode,
        (t1 - t0) / 1e6,
        rows.size(),
        (t3 - t2) / 1e6,
        (rt.totalMemory() - rt.freeMemory()) >> 20);
    score.forEach((k, s) -> System.out.printf("  %s: %d/%d correct%n", k, s[0], s[1]));
    System.out.println("  wrong whole: " + wrongWhole);
  }

  static Detector lingua(boolean low) {
    var b = com.github.pemistahl.lingua.api.LanguageDetectorBuilder.fromAllLanguages();
    if (low) b = b.withLowAccuracyMode();
    var det = b.build();
    return text -> {
      var l = det.detectLanguageOf(text);
      return l.getIsoCode639_1().toString().toLowerCase();
    };
  }

  static Detector optimaize(boolean shortText) throws Exception {
    var profiles = new com.optimaize.langdetect.profiles.LanguageProfileReader().readAllBuiltIn();
    var det =
        com.optimaize.langdetect.LanguageDetectorBuilder.create(
                com.optimaize.langdetect.ngram.NgramExtractors.standard())
            .withProfiles(profiles)
            .build();
    var tf =
        shortText
            ? com.optimaize.langdetect.text.CommonTextObjectFactories.forDetectingShortCleanText()
            : com.optimaize.langdetect.text.CommonTextObjectFactories.forDetectingOnLargeText();
    return text -> {
      var p = det.getProbabilities(tf.forText(text));
      if (p.isEmpty()) return "?";
      var loc = p.get(0).getLocale();
      String lang = loc.getLanguage();
      if (lang.equals("zh"))
        return loc.getRegion().orNull() != null && loc.getRegion().get().equals("TW")
            ? "zh-Hant"
            : "zh";
      return lang;
    };
  }
}
