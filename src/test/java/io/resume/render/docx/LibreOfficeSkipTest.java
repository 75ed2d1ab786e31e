package io.resume.render.docx;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.opentest4j.TestAbortedException;

/** Without soffice the LibreOffice tests say they are skipped, except in CI, where they fail. */
class LibreOfficeSkipTest {
  @TempDir Path dir;

  @Test
  void noSofficeOnAnEmptyPath() {
    assertEquals(Optional.empty(), LibreOffice.find(dir.toString()));
  }

  @Test
  void missingSofficeSkipsWithAMessage() {
    TestAbortedException skipped =
        assertThrows(
            TestAbortedException.class, () -> LibreOffice.required(dir, Optional.empty(), false));
    assertTrue(skipped.getMessage().contains("SKIPPED: no LibreOffice"), skipped.getMessage());
  }

  @Test
  void missingSofficeFailsWhereItIsRequired() {
    IllegalStateException failed =
        assertThrows(
            IllegalStateException.class, () -> LibreOffice.required(dir, Optional.empty(), true));
    assertTrue(failed.getMessage().contains("libreoffice-writer-nogui"), failed.getMessage());
  }
}
