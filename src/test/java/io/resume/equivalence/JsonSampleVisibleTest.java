package io.resume.equivalence;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.resume.Pipeline;
import io.resume.SharedPipeline;
import io.resume.render.Format;
import io.resume.render.PreparedResume;
import java.io.ByteArrayOutputStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * The official JSON Resume sample renders with every one of its string values visible in each
 * format. Dates may be formatted (their year must show); a URL must be a link target (in plain
 * text, shown); only what has no visible meaning ($schema, meta, an empty image) is exempt, and a
 * profile url that is only the network's home page shows as the user's page on that site.
 */
class JsonSampleVisibleTest {
  private static final Path SAMPLE =
      Path.of("src/test/resources/io/resume/json/roundtrip/jsonresume-sample.json");
  private static final Set<String> DATES = Set.of("startDate", "endDate", "date", "releaseDate");
  private static final Pipeline PIPELINE = SharedPipeline.bundled();

  @ParameterizedTest
  @EnumSource(Format.class)
  void everyStringValueIsVisible(Format format) throws Exception {
    PreparedResume resume = PIPELINE.prepare(SAMPLE, null, w -> {});
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    PIPELINE.renderer(format).render(resume, out, w -> {});
    Set<String> links = Extract.links(format, out.toByteArray());
    String text = ReaderItems.normalize(Extract.text(format, out.toByteArray(), Set.of()));
    List<String> missing = new ArrayList<>();
    for (Map.Entry<String, String> value :
        strings(new ObjectMapper().readTree(SAMPLE.toFile()), "")) {
      String pointer = value.getKey();
      String key = pointer.substring(pointer.lastIndexOf('/') + 1);
      String expected = value.getValue();
      if (pointer.startsWith("/$schema") || pointer.startsWith("/meta") || expected.isEmpty()) {
        continue;
      }
      boolean shown;
      if (DATES.contains(key)) {
        shown = text.contains(expected.substring(0, 4));
      } else if (pointer.equals("/basics/profiles/0/url")) {
        // Twitter's home page, with the user name beside it: the profile shows the user's page on
        // that site instead, as text and link (prepare.xsl, ProfileAddressesTest).
        shown =
            links.contains("https://twitter.com/neutralthoughts")
                && text.contains("twitter.com/neutralthoughts");
      } else if (key.equals("url") && format != Format.TXT) {
        shown = links.contains(expected);
      } else {
        shown = text.contains(ReaderItems.normalize(expected));
      }
      if (!shown) {
        missing.add(pointer + " = " + expected);
      }
    }
    assertEquals(List.of(), missing);
  }

  private static List<Map.Entry<String, String>> strings(JsonNode node, String pointer) {
    List<Map.Entry<String, String>> found = new ArrayList<>();
    if (node.isTextual()) {
      found.add(Map.entry(pointer, node.asText()));
    } else if (node.isObject()) {
      node.fields()
          .forEachRemaining(f -> found.addAll(strings(f.getValue(), pointer + "/" + f.getKey())));
    } else if (node.isArray()) {
      for (int i = 0; i < node.size(); i++) {
        found.addAll(strings(node.get(i), pointer + "/" + i));
      }
    }
    return found;
  }
}
