package io.resume.render.docx;

import io.resume.Pipeline;
import io.resume.model.Warnings;
import io.resume.render.PreparedResume;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

/**
 * Small canonical résumés in scripts other than Latin: Arabic and Hebrew (right to left, with Latin
 * words and digits inside), and Chinese. Written to a folder and prepared as the CLI would.
 */
final class ScriptFixtures {
  static final String ARABIC =
      """
      <resume xmlns="urn:resume:1" xml:lang="ar">
        <basics><name>ليلى حسن</name><email>layla@example.org</email></basics>
        <summary><p>مهندسة برمجيات تعمل على الأنظمة الموزعة، مع خبرة في Java و XML منذ 2015.</p></summary>
        <work>
          <position>
            <organization>شركة المثال</organization>
            <role>مهندسة برمجيات</role>
            <start>2020-01</start>
            <highlights><item>بنيت خدمة تعالج مليون طلب يوميا.</item></highlights>
          </position>
        </work>
      </resume>
      """;

  static final String HEBREW =
      """
      <resume xmlns="urn:resume:1" xml:lang="he">
        <basics><name>נועה לוי</name><email>noa@example.org</email></basics>
        <summary><p>מהנדסת תוכנה שעובדת על מערכות מבוזרות, עם ניסיון ב־Java משנת 2015.</p></summary>
        <work>
          <position>
            <organization>חברת הדוגמה</organization>
            <role>מהנדסת תוכנה</role>
            <start>2020-01</start>
            <highlights><item>בניתי שירות שמטפל במיליון בקשות ביום.</item></highlights>
          </position>
        </work>
      </resume>
      """;

  static final String CHINESE =
      """
      <resume xmlns="urn:resume:1" xml:lang="zh">
        <basics><name>陈卓夫</name><email>chen@example.org</email></basics>
        <summary><p>我对构建系统基础设施有广泛的兴趣，希望为真实世界的应用带来更好的性能与可用性。</p></summary>
        <work>
          <position>
            <organization>同济大学</organization>
            <role>研究实习生</role>
            <start>2021-09</start>
            <highlights><item>设计了一个请求级调度器，SLO 达成率提高 73%。</item></highlights>
          </position>
        </work>
      </resume>
      """;

  /** Each fixture by the name of its language. */
  static final Map<String, String> ALL = Map.of("ar", ARABIC, "he", HEBREW, "zh", CHINESE);

  private ScriptFixtures() {}

  /** Writes the résumé as {@code dir/name.xml} and prepares it. */
  static PreparedResume prepare(Pipeline pipeline, Path dir, String name, String xml)
      throws Exception {
    Path file = dir.resolve(name + ".xml");
    Files.writeString(file, xml, StandardCharsets.UTF_8);
    return pipeline.prepare(file, null, Warnings.IGNORE);
  }
}
