package io.resume.json;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import com.fasterxml.jackson.core.exc.StreamReadException;
import com.fasterxml.jackson.core.json.JsonReadFeature;
import io.resume.model.InputLimits;
import io.resume.model.InvalidResumeException;
import io.resume.model.Problem;
import io.resume.model.RefusedCharacters;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Parses a JSON file into a {@link JsonValue} tree that remembers where each value was written,
 * with Jackson's streaming parser. Written as people write their resume.json: {@code //} and {@code
 * /* *\/} comments (sites built with al-folio keep them), trailing commas, a byte order mark, and a
 * key given twice (the last one counts, as in JavaScript's JSON.parse, with a warning) are all
 * read. JSON that cannot be read at all becomes one {@link Problem} with its line and column. Only
 * the syntax is checked here; {@link JsonToResume} reads the meaning.
 */
public final class JsonResumeReader {
  private static final JsonFactory FACTORY =
      JsonFactory.builder()
          .enable(JsonReadFeature.ALLOW_JAVA_COMMENTS)
          .enable(JsonReadFeature.ALLOW_TRAILING_COMMA)
          .build();
  private static final char BYTE_ORDER_MARK = '\uFEFF';

  private JsonResumeReader() {}

  /** Warnings (a key given twice) are added to {@code warnings}, even when the file then fails. */
  public static JsonValue read(Path file, List<Problem> warnings) throws InvalidResumeException {
    String name = file.toString();
    // Decode strictly: a file that is not UTF-8 is an error, not mojibake in the résumé.
    var decoder =
        StandardCharsets.UTF_8
            .newDecoder()
            .onMalformedInput(CodingErrorAction.REPORT)
            .onUnmappableCharacter(CodingErrorAction.REPORT);
    // A folder, an unreadable file, a pipe, or one too large for a résumé is refused; no more than
    // the limit is read.
    try (Reader in = new InputStreamReader(InputLimits.open(file), decoder)) {
      return read(in, name, warnings);
    } catch (CharacterCodingException e) {
      throw new InvalidResumeException(new Problem(name, 0, 0, "is not UTF-8 text"));
    } catch (IOException e) {
      throw new InvalidResumeException(InputLimits.cannotRead(name, e));
    }
  }

  /**
   * JSON that is no file (a request's body): decoded as strictly as a file; warnings as {@link
   * #read(Path, List)}.
   */
  public static JsonValue read(byte[] json, String name, List<Problem> warnings)
      throws InvalidResumeException {
    var decoder =
        StandardCharsets.UTF_8
            .newDecoder()
            .onMalformedInput(CodingErrorAction.REPORT)
            .onUnmappableCharacter(CodingErrorAction.REPORT);
    try (Reader in = new InputStreamReader(new java.io.ByteArrayInputStream(json), decoder)) {
      return read(in, name, warnings);
    } catch (CharacterCodingException e) {
      throw new InvalidResumeException(new Problem(name, 0, 0, "is not UTF-8 text"));
    } catch (IOException e) {
      throw new InvalidResumeException(InputLimits.cannotRead(name, e));
    }
  }

  public static JsonValue read(Reader in, String name, List<Problem> warnings)
      throws InvalidResumeException, IOException {
    try (JsonParser parser = FACTORY.createParser(withoutByteOrderMark(in))) {
      JsonToken first = parser.nextToken();
      if (first == null) {
        throw new InvalidResumeException(
            new Problem(
                name,
                1,
                1,
                "the file is empty: a JSON Resume is an object such as {\"basics\": {\"name\": \"...\"}}"));
      }
      JsonValue root = value(parser, "", name, warnings);
      if (parser.nextToken() != null) {
        JsonLocation at = parser.currentTokenLocation();
        throw new InvalidResumeException(
            new Problem(
                name,
                at.getLineNr(),
                at.getColumnNr(),
                "malformed JSON: more content after the end of the résumé"));
      }
      if (!root.is(JsonValue.Kind.OBJECT)) {
        throw new InvalidResumeException(
            new Problem(
                name,
                root.line(),
                root.column(),
                "a JSON Resume is an object {...}, found " + root.describe()));
      }
      return root;
    } catch (StreamConstraintsException e) {
      // Jackson's own limits (nesting depth, number length): say which, without its class names.
      JsonLocation at = e.getLocation();
      String message =
          "too deeply nested or too long for a résumé: "
              + plain(e.getOriginalMessage()).replaceAll(",? from `[^`]*`", "");
      throw new InvalidResumeException(
          at == null
              ? new Problem(name, 0, 0, message)
              : new Problem(name, at.getLineNr(), at.getColumnNr(), message));
    } catch (StreamReadException e) {
      JsonLocation at = e.getLocation();
      JsonParser p = e.getProcessor();
      String where = p == null ? "" : p.getParsingContext().pathAsPointer().toString();
      String message =
          (where.isEmpty() ? "" : where + ": ")
              + "malformed JSON: "
              + plain(e.getOriginalMessage());
      throw new InvalidResumeException(
          at == null
              ? new Problem(name, 0, 0, message)
              : new Problem(name, at.getLineNr(), at.getColumnNr(), message));
    }
  }

  private static JsonValue value(
      JsonParser parser, String pointer, String name, List<Problem> warnings)
      throws IOException, InvalidResumeException {
    JsonLocation at = parser.currentTokenLocation();
    int line = at.getLineNr();
    int column = at.getColumnNr();
    JsonToken token = parser.currentToken();
    return switch (token) {
      case START_OBJECT -> {
        Map<String, JsonValue> members = new LinkedHashMap<>();
        while (parser.nextToken() == JsonToken.FIELD_NAME) {
          String key = parser.currentName();
          String member = pointer + "/" + JsonValue.escape(key);
          JsonLocation again = parser.currentTokenLocation();
          parser.nextToken();
          JsonValue value = value(parser, member, name, warnings);
          JsonValue earlier = members.get(key);
          if (earlier != null && !earlier.isEmpty() && !earlier.toNode().equals(value.toNode())) {
            // JavaScript's JSON.parse, which JSON Resume's tools use, keeps the last value (in the
            // first one's place): so do we.
            warnings.add(
                new Problem(
                    name,
                    earlier.line(),
                    earlier.column(),
                    member
                        + ": not shown: \""
                        + key
                        + "\" is given again at line "
                        + again.getLineNr()
                        + ", and the last one counts"));
          }
          members.put(key, value);
        }
        yield new JsonValue(JsonValue.Kind.OBJECT, pointer, line, column, null, members, null);
      }
      case START_ARRAY -> {
        List<JsonValue> items = new ArrayList<>();
        while (parser.nextToken() != JsonToken.END_ARRAY) {
          items.add(value(parser, pointer + "/" + items.size(), name, warnings));
        }
        yield new JsonValue(JsonValue.Kind.ARRAY, pointer, line, column, null, null, items);
      }
      case VALUE_STRING ->
          checked(leaf(JsonValue.Kind.STRING, parser, pointer, line, column), name);
      case VALUE_NUMBER_INT, VALUE_NUMBER_FLOAT ->
          leaf(JsonValue.Kind.NUMBER, parser, pointer, line, column);
      case VALUE_TRUE, VALUE_FALSE -> leaf(JsonValue.Kind.BOOLEAN, parser, pointer, line, column);
      case VALUE_NULL -> leaf(JsonValue.Kind.NULL, parser, pointer, line, column);
      default ->
          throw new com.fasterxml.jackson.core.JsonParseException(parser, "unexpected " + token);
    };
  }

  /**
   * A string no longer than a text may be, with no character a résumé refuses (a control character,
   * an unpaired surrogate such as "\ud800", which would otherwise become "?"), told here, at its
   * place in the JSON.
   */
  private static JsonValue checked(JsonValue string, String name) throws InvalidResumeException {
    String text = string.text();
    String where = string.pointer().isEmpty() ? "" : string.pointer() + ": ";
    if (text.length() > InputLimits.MAX_TEXT && !isPicture(string.pointer())) {
      // Refused here, before any pattern is matched against it (which takes the square of its
      // length).
      throw new InvalidResumeException(
          new Problem(
              name,
              string.line(),
              string.column(),
              String.format(
                  java.util.Locale.ROOT,
                  "%sholds %,d characters, more than the %,d one text of a résumé may have: shorten or split it",
                  where,
                  text.length(),
                  InputLimits.MAX_TEXT)));
    }
    int at = RefusedCharacters.indexIn(text);
    if (at >= 0) {
      throw new InvalidResumeException(
          new Problem(
              name, string.line(), string.column(), where + RefusedCharacters.explain(text, at)));
    }
    return string;
  }

  /**
   * A picture (a photo given as a data: URI is long) is never shown, only kept for export: it is
   * not a text, and the file's own limit is enough for it.
   */
  private static boolean isPicture(String pointer) {
    String key = pointer.substring(pointer.lastIndexOf('/') + 1).toLowerCase(java.util.Locale.ROOT);
    return Details.PICTURES.contains(key);
  }

  private static JsonValue leaf(
      JsonValue.Kind kind, JsonParser parser, String pointer, int line, int column)
      throws IOException {
    return new JsonValue(kind, pointer, line, column, parser.getText(), null, null);
  }

  /** Notepad and other editors start UTF-8 files with U+FEFF, which is no part of the JSON. */
  private static Reader withoutByteOrderMark(Reader in) throws IOException {
    java.io.PushbackReader reader = new java.io.PushbackReader(in, 1);
    int first = reader.read();
    if (first >= 0 && first != BYTE_ORDER_MARK) {
      reader.unread(first);
    }
    return reader;
  }

  // Jackson explains for programmers ("(code 125)", "(for Object starting at ...)"); keep the gist.
  private static String plain(String message) {
    if (message == null) {
      return "unreadable";
    }
    if (message.startsWith("Illegal unquoted character ((CTRL-CHAR")) {
      return "a line break or other control character inside a string: write it escaped, as \\n or \\t";
    }
    String gist =
        message
            .replaceAll(" \\(code \\d+\\)", "")
            .replaceAll("\\s*\\(for [^)]*\\)", "")
            .replaceAll("\\s*at \\[Source.*", "");
    int newline = gist.indexOf('\n');
    return (newline > 0 ? gist.substring(0, newline) : gist).strip();
  }
}
