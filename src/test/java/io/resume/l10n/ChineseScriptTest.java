package io.resume.l10n;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class ChineseScriptTest {
  @Test
  void theCharactersTellTheScript() {
    assertEquals("Hans", ChineseScript.of("负责电商平台订单系统的设计与开发。"));
    assertEquals("Hant", ChineseScript.of("負責全台門市銷售資料的整理與分析。"));
    // Characters both forms share say nothing: simplified, China's, is the default.
    assertEquals("Hans", ChineseScript.of("大学 中文 上海"));
  }
}
