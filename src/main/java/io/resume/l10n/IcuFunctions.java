package io.resume.l10n;

import com.ibm.icu.text.Bidi;
import java.util.List;
import net.sf.saxon.expr.StaticProperty;
import net.sf.saxon.expr.XPathContext;
import net.sf.saxon.lib.ExtensionFunctionCall;
import net.sf.saxon.lib.ExtensionFunctionDefinition;
import net.sf.saxon.om.Item;
import net.sf.saxon.om.Sequence;
import net.sf.saxon.om.StructuredQName;
import net.sf.saxon.s9api.Processor;
import net.sf.saxon.trans.XPathException;
import net.sf.saxon.type.BuiltInAtomicType;
import net.sf.saxon.value.DateValue;
import net.sf.saxon.value.EmptySequence;
import net.sf.saxon.value.IntegerValue;
import net.sf.saxon.value.SequenceExtent;
import net.sf.saxon.value.SequenceType;
import net.sf.saxon.value.StringValue;

/**
 * ICU4J as XPath functions for the stylesheets, in the namespace {@value #NAMESPACE} (prefix {@code
 * icu}): each language's ways of writing from CLDR ({@link Cldr}), language tags ({@link
 * LanguageTag}) and the direction of a text. The prepare step keeps every decision (which
 * precision, which list, where a mark goes) and takes only the language's way of writing it:
 *
 * <pre>
 * icu:date($lang as xs:string, $skeleton as xs:string, $date as xs:date) as xs:string
 * icu:range-pattern($lang as xs:string) as xs:string                  "{0} – {1}"
 * icu:list-pattern($lang as xs:string, $width as xs:string, $count as xs:integer) as xs:string
 * icu:number($lang as xs:string, $value as xs:integer) as xs:string
 * icu:tag($text as xs:string) as xs:string?                           canonical BCP 47, or ()
 * icu:fallbacks($lang as xs:string) as xs:string+                     zh-TW → zh-TW, zh-Hant-TW, zh-Hant, zh
 * icu:direction($text as xs:string) as xs:string                      its first strong character's: ltr, rtl or ""
 * icu:language-direction($lang as xs:string) as xs:string             its script's: ltr or rtl
 * </pre>
 *
 * {@link #register} is the one place they are put on a processor (every {@code Stylesheets} does it
 * for the processor that compiles our stylesheets).
 */
public final class IcuFunctions {
  public static final String NAMESPACE = "urn:resume:icu";

  private static final SequenceType DATE =
      SequenceType.makeSequenceType(BuiltInAtomicType.DATE, StaticProperty.EXACTLY_ONE);
  private static final SequenceType STRINGS =
      SequenceType.makeSequenceType(BuiltInAtomicType.STRING, StaticProperty.ALLOWS_ONE_OR_MORE);

  private IcuFunctions() {}

  /** Makes the functions known to every stylesheet the processor compiles from now on. */
  public static void register(Processor processor) {
    for (ExtensionFunctionDefinition function :
        List.of(
            new Function(
                "date",
                List.of(SequenceType.SINGLE_STRING, SequenceType.SINGLE_STRING, DATE),
                SequenceType.SINGLE_STRING,
                args -> {
                  DateValue date = (DateValue) args[2].head();
                  return string(
                      Cldr.date(
                          tag(args[0]),
                          text(args[1]),
                          date.getYear(),
                          date.getMonth(),
                          date.getDay()));
                }),
            new Function(
                "range-pattern",
                List.of(SequenceType.SINGLE_STRING),
                SequenceType.SINGLE_STRING,
                args -> string(Cldr.rangePattern(tag(args[0])))),
            new Function(
                "list-pattern",
                List.of(
                    SequenceType.SINGLE_STRING,
                    SequenceType.SINGLE_STRING,
                    SequenceType.SINGLE_INTEGER),
                SequenceType.SINGLE_STRING,
                args ->
                    string(
                        Cldr.listPattern(
                            tag(args[0]),
                            text(args[1]),
                            (int) ((IntegerValue) args[2].head()).longValue()))),
            new Function(
                "number",
                List.of(SequenceType.SINGLE_STRING, SequenceType.SINGLE_INTEGER),
                SequenceType.SINGLE_STRING,
                args ->
                    string(Cldr.number(tag(args[0]), ((IntegerValue) args[1].head()).longValue()))),
            new Function(
                "tag",
                List.of(SequenceType.SINGLE_STRING),
                SequenceType.OPTIONAL_STRING,
                args -> {
                  LanguageTag tag = LanguageTag.parseOrNull(text(args[0]));
                  return tag == null ? EmptySequence.getInstance() : string(tag.tag());
                }),
            new Function(
                "direction",
                List.of(SequenceType.SINGLE_STRING),
                SequenceType.SINGLE_STRING,
                args ->
                    string(
                        switch (Bidi.getBaseDirection(text(args[0]))) {
                          case Bidi.LTR -> "ltr";
                          case Bidi.RTL -> "rtl";
                          default -> "";
                        })),
            new Function(
                "language-direction",
                List.of(SequenceType.SINGLE_STRING),
                SequenceType.SINGLE_STRING,
                args -> string(LanguageTag.parse(text(args[0])).rightToLeft() ? "rtl" : "ltr")),
            new Function(
                "fallbacks",
                List.of(SequenceType.SINGLE_STRING),
                STRINGS,
                args ->
                    SequenceExtent.makeSequenceExtent(
                        LanguageTag.parse(text(args[0])).fallbacks().stream()
                            .<Item>map(IcuFunctions::string)
                            .toList())))) {
      processor.registerExtensionFunction(function);
    }
  }

  private static String text(Sequence argument) throws XPathException {
    return argument.head().getStringValue();
  }

  /** A language argument, canonical; one that is no language tag is the stylesheet's error. */
  private static String tag(Sequence argument) throws XPathException {
    try {
      return LanguageTag.parse(text(argument)).tag();
    } catch (IllegalArgumentException e) {
      throw new XPathException(e.getMessage());
    }
  }

  private static StringValue string(String value) {
    return StringValue.makeStringValue(value);
  }

  @FunctionalInterface
  private interface Body {
    Sequence call(Sequence[] arguments) throws XPathException;
  }

  /** One function: its name, typed arguments and result, and what it does. */
  private static final class Function extends ExtensionFunctionDefinition {
    private final StructuredQName name;
    private final SequenceType[] arguments;
    private final SequenceType result;
    private final Body body;

    Function(String name, List<SequenceType> arguments, SequenceType result, Body body) {
      this.name = new StructuredQName("icu", NAMESPACE, name);
      this.arguments = arguments.toArray(new SequenceType[0]);
      this.result = result;
      this.body = body;
    }

    @Override
    public StructuredQName getFunctionQName() {
      return name;
    }

    @Override
    public SequenceType[] getArgumentTypes() {
      return arguments;
    }

    @Override
    public SequenceType getResultType(SequenceType[] suppliedArgumentTypes) {
      return result;
    }

    @Override
    public ExtensionFunctionCall makeCallExpression() {
      return new ExtensionFunctionCall() {
        @Override
        public Sequence call(XPathContext context, Sequence[] args) throws XPathException {
          try {
            return body.call(args);
          } catch (IllegalArgumentException e) {
            throw new XPathException(name.getLocalPart() + ": " + e.getMessage());
          } catch (RuntimeException e) {
            // ICU data missing from a repackaged jar, say: one line, not a stack trace.
            throw new XPathException("icu:" + name.getLocalPart() + " failed: " + e);
          }
        }
      };
    }
  }
}
