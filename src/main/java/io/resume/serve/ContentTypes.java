package io.resume.serve;

import io.resume.render.Format;

/** The media type of each format, as the server labels its files. */
final class ContentTypes {
  private ContentTypes() {}

  static String of(Format format) {
    return switch (format) {
      case PDF -> "application/pdf";
      case HTML -> "text/html;charset=utf-8";
      case DOCX -> "application/vnd.openxmlformats-officedocument.wordprocessingml.document";
      case TXT -> "text/plain;charset=utf-8";
      case MD -> "text/markdown;charset=utf-8";
    };
  }
}
