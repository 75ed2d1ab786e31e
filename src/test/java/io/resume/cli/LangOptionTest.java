package io.resume.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.resume.Seed;
import java.nio.file.Files;
import java.nio.file.Path;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * --lang of render, watch and validate: a BCP 47 tag in any case, falling back along the tag to the
 * labels there are; anything else is a usage error (exit status 2) in one line. A JSON Resume that
 * does not give its language is told which one was detected, which --strict does not fail.
 */
class LangOptionTest {
  @TempDir Path out;

  @ParameterizedTest(name = "--lang {0}")
  @CsvSource({
    "ZH, zh, 教育背景",
    "zh-hant, zh-Hant, 學歷",
    "zh-TW, zh-TW, 學歷",
    "pt-br, pt-BR, Formação acadêmica",
    "PT-pt, pt-PT, Formação académica",
    "ja, ja, 学歴"
  })
  void anyCaseAndFallbackAlongTheTag(String given, String tag, String educationHeading)
      throws Exception {
    CliRun run =
        CliRun.of(
            "render", Seed.FILE, "--lang", given, "--format", "html", "--out", out.toString());
    assertEquals(0, run.status(), run.err());
    assertFalse(run.err().contains("no labels"), run.err());
    var page = Jsoup.parse(Files.readString(out.resolve("resume.html")));
    assertEquals(tag, page.selectFirst("html").attr("lang"));
    assertTrue(page.text().contains(educationHeading), page.text());
  }

  @ParameterizedTest(name = "[{index}] {0}")
  @ValueSource(
      strings = {"\"><script>", "../themes/classic", "xsl/l10n/zh.xml", "zh_CN!", "german", "12"})
  void anythingElseIsAUsageError(String lang) {
    for (String command : new String[] {"render", "watch", "validate"}) {
      CliRun run =
          command.equals("validate")
              ? CliRun.of(command, Seed.FILE, "--lang", lang)
              : CliRun.of(command, Seed.FILE, "--lang", lang, "--out", out.toString());
      assertEquals(Main.BAD_USAGE, run.status(), command + ": " + run.err());
      assertTrue(run.err().startsWith("--lang: "), run.err());
      assertFalse(run.err().contains("Exception"), run.err());
    }
  }

  @Test
  void aDetectedLanguageIsToldAndIsNoWarning() {
    String japanese = "src/test/resources/io/resume/json/languages/ja.json";
    CliRun run =
        CliRun.of("render", japanese, "--strict", "--format", "html", "--out", out.toString());
    assertEquals(0, run.status(), run.err());
    assertEquals(japanese + ": detected Japanese; use --lang to choose", run.err().strip());
  }
}
