package io.resume.json;

import io.resume.json.JsonValue.Kind;
import io.resume.markdown.MarkdownReader;
import io.resume.markdown.RichText.Block;
import io.resume.model.Links;
import io.resume.model.Problem;
import io.resume.model.source.Author;
import io.resume.model.source.Authors;
import io.resume.model.source.Award;
import io.resume.model.source.AwardsSection;
import io.resume.model.source.Basics;
import io.resume.model.source.Certificate;
import io.resume.model.source.CertificatesSection;
import io.resume.model.source.Courses;
import io.resume.model.source.Detail;
import io.resume.model.source.EducationSection;
import io.resume.model.source.EmailContact;
import io.resume.model.source.Extensions;
import io.resume.model.source.FirstDayMeans;
import io.resume.model.source.Highlights;
import io.resume.model.source.Inline;
import io.resume.model.source.Interest;
import io.resume.model.source.InterestsSection;
import io.resume.model.source.Keywords;
import io.resume.model.source.LangText;
import io.resume.model.source.Language;
import io.resume.model.source.LanguagesSection;
import io.resume.model.source.Location;
import io.resume.model.source.ObjectFactory;
import io.resume.model.source.OtherSection;
import io.resume.model.source.PhoneContact;
import io.resume.model.source.Position;
import io.resume.model.source.Profile;
import io.resume.model.source.Project;
import io.resume.model.source.ProjectsSection;
import io.resume.model.source.Publication;
import io.resume.model.source.PublicationsSection;
import io.resume.model.source.Reference;
import io.resume.model.source.ReferencesSection;
import io.resume.model.source.Resume;
import io.resume.model.source.Score;
import io.resume.model.source.Section;
import io.resume.model.source.Skill;
import io.resume.model.source.SkillsSection;
import io.resume.model.source.Study;
import io.resume.model.source.UrlContact;
import io.resume.model.source.WorkSection;
import jakarta.xml.bind.JAXBElement;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * Converts a JSON Resume into the JAXB model of resume.xsd, reading it as its author meant it.
 *
 * <p>Sections follow the key order of the JSON object (the author's order is the reader's order),
 * and basics' contact details follow the key order of "basics". Every JSON Resume field has a home,
 * under its current name or its name in an older schema (company, website, picture, gpa…: see the
 * maps below and docs/json-resume.md). A few members JSON Resume lacks but our schema has are read
 * as well, and {@link ResumeToJson} writes them: work/volunteer "advisors", volunteer "location"
 * and "description", education "location", "rank", "highlights", "description" (its summary) and
 * "thesis", awards "url", references "contact", projects "location" and "summary", publications
 * "authors" (strings, or {"name", "self", "equal"}). Any other member that says something becomes a
 * generic detail of its entry (or an "other" section at the top): nothing a person wrote on purpose
 * is refused or silently dropped. "$schema", "meta" and empty values are kept verbatim in the
 * extensions element.
 */
public final class JsonToResume {
  // Names in older JSON Resume schemas (before v1.0.0: company, website, picture; 2015-16:
  // languages' name and level), read as the current ones.
  private static final Map<String, List<String>> TOP_OLD = Map.of("basics", List.of("bio"));
  private static final Map<String, List<String>> BASICS_OLD =
      Map.of("image", List.of("picture"), "url", List.of("website"));
  private static final Map<String, List<String>> WORK_OLD =
      Map.of("name", List.of("company"), "url", List.of("website"));
  private static final Map<String, List<String>> VOLUNTEER_OLD = Map.of("url", List.of("website"));
  private static final Map<String, List<String>> EDUCATION_OLD =
      Map.of("url", List.of("website"), "summary", List.of("description"));
  private static final Map<String, List<String>> AWARD_OLD =
      Map.of("url", List.of("website"), "summary", List.of("description"));
  private static final Map<String, List<String>> URL_OLD = Map.of("url", List.of("website"));
  private static final Map<String, List<String>> LANGUAGE_OLD =
      Map.of("language", List.of("name"), "fluency", List.of("level"));

  /** Photos under any name a theme used: never shown, kept for export. */
  private static final List<String> PHOTOS = List.of("image", "avatar", "photo");

  /** The résumé, what stops it, what is worth a warning, and where each entry came from. */
  record Result(
      Resume resume,
      List<Problem> problems,
      List<Problem> warnings,
      Conversion conversion,
      JsonValue basics) {}

  private final ObjectFactory factory = new ObjectFactory();
  private final Conversion conversion;
  private JsonValue basicsValue;

  private JsonToResume(String file) {
    this.conversion = new Conversion(file);
  }

  static Result convert(JsonValue root, String file) {
    JsonToResume converter = new JsonToResume(file);
    Resume resume = converter.resume(new Members(root, converter.conversion, TOP_OLD));
    return new Result(
        resume,
        converter.conversion.problems(),
        converter.conversion.warnings(),
        converter.conversion,
        converter.basicsValue);
  }

  private Resume resume(Members top) {
    Resume resume = new Resume();
    // JSON Resume writes months as their first day (2017-05-01): say so to prepare.
    resume.setFirstDayMeans(FirstDayMeans.MONTH);
    // Basics first, under either name ("bio" in the first draft): it is no section, its place in
    // the file does not matter.
    JsonValue basics = top.take("basics");
    if (basics == null) {
      conversion.problem(
          top.value(),
          "has no \"basics\": the résumé needs at least a name,"
              + " as in \"basics\": {\"name\": \"Ada Lovelace\"}");
    } else if (basics.is(Kind.OBJECT)) {
      resume.setBasics(basics(new Members(basics, conversion, BASICS_OLD)));
    } else {
      conversion.problem(
          basics, "expected an object with at least a \"name\", found " + basics.describe());
    }
    var sections = resume.getSummaryOrWorkOrVolunteer();
    for (String key : top.keys()) {
      if (top.isTaken(key)) {
        continue;
      }
      if (JsonLanguage.isDeclaration(key, top.value().members().get(key))) {
        // "language": "ru" beside basics: the résumé's language (JsonLanguage), no section.
        top.mark(key);
        conversion.keep(top.value().members().get(key));
        continue;
      }
      switch (key) {
        case "$schema", "meta" -> {
          top.mark(key);
          conversion.keep(top.value().members().get(key));
        }
        case "work" -> {
          WorkSection section = new WorkSection();
          add(
              top,
              key,
              "name",
              WORK_OLD,
              m -> position(m, "name"),
              section.getPosition(),
              factory.createResumeWork(section),
              sections);
        }
        case "volunteer" -> {
          WorkSection section = new WorkSection();
          add(
              top,
              key,
              "organization",
              VOLUNTEER_OLD,
              m -> position(m, "organization"),
              section.getPosition(),
              factory.createResumeVolunteer(section),
              sections);
        }
        case "education" -> {
          EducationSection section = new EducationSection();
          add(
              top,
              key,
              "institution",
              EDUCATION_OLD,
              this::study,
              section.getStudy(),
              factory.createResumeEducation(section),
              sections);
        }
        case "awards" -> {
          AwardsSection section = new AwardsSection();
          add(
              top,
              key,
              "title",
              AWARD_OLD,
              this::award,
              section.getAward(),
              factory.createResumeAwards(section),
              sections);
        }
        case "certificates" -> {
          CertificatesSection section = new CertificatesSection();
          add(
              top,
              key,
              "name",
              URL_OLD,
              this::certificate,
              section.getCertificate(),
              factory.createResumeCertificates(section),
              sections);
        }
        case "publications" -> {
          PublicationsSection section = new PublicationsSection();
          add(
              top,
              key,
              "name",
              URL_OLD,
              this::publication,
              section.getPublication(),
              factory.createResumePublications(section),
              sections);
        }
        case "skills" -> {
          SkillsSection section = new SkillsSection();
          add(
              top,
              key,
              "name",
              Map.of(),
              this::skill,
              section.getSkill(),
              factory.createResumeSkills(section),
              sections);
        }
        case "languages" -> {
          LanguagesSection section = new LanguagesSection();
          add(
              top,
              key,
              "language",
              LANGUAGE_OLD,
              this::language,
              section.getLanguage(),
              factory.createResumeLanguages(section),
              sections);
        }
        case "interests" -> {
          InterestsSection section = new InterestsSection();
          add(
              top,
              key,
              "name",
              Map.of(),
              this::interest,
              section.getInterest(),
              factory.createResumeInterests(section),
              sections);
        }
        case "references" -> {
          ReferencesSection section = new ReferencesSection();
          add(
              top,
              key,
              "reference",
              Map.of(),
              this::reference,
              section.getReference(),
              factory.createResumeReferences(section),
              sections);
        }
        case "projects" -> {
          ProjectsSection section = new ProjectsSection();
          add(
              top,
              key,
              "name",
              URL_OLD,
              this::project,
              section.getProject(),
              factory.createResumeProjects(section),
              sections);
        }
        default -> other(top, key, sections);
      }
    }
    resume.setExtensions(extensions(conversion));
    return resume;
  }

  /** The values kept verbatim, by JSON Pointer; null when there are none. */
  static Extensions extensions(Conversion conversion) {
    if (conversion.kept().isEmpty()) {
      return null;
    }
    Extensions extensions = new Extensions();
    for (Map.Entry<String, com.fasterxml.jackson.databind.JsonNode> kept :
        conversion.kept().entrySet()) {
      Extensions.Json json = new Extensions.Json();
      json.setPointer(kept.getKey());
      json.setValue(kept.getValue().toString());
      extensions.getJson().add(json);
    }
    return extensions;
  }

  /**
   * Converts each item of a list member into the section's live list; a section with no entry left
   * is left out (the schema wants one). Items that show nothing (empty, or only a theme's icon) are
   * kept verbatim instead. Where each entry came from is recorded.
   */
  private <T> void add(
      Members top,
      String key,
      String primary,
      Map<String, List<String>> oldNames,
      Function<Members, T> item,
      List<T> entries,
      JAXBElement<? extends Section> section,
      List<JAXBElement<? extends Section>> sections) {
    JsonValue source = top.value().members().get(key);
    List<JsonValue> from = new ArrayList<>();
    for (Members members :
        keyed(top, key, primary).orElseGet(() -> top.objects(key, primary, oldNames))) {
      if (members.showsNothing()) {
        members.rest();
        members.keepWhole();
        continue;
      }
      T value = item.apply(members);
      if (value != null) {
        entries.add(value);
        from.add(members.value());
      }
    }
    if (!entries.isEmpty()) {
      sections.add(section);
      conversion.placed(section, source, from, entries);
    }
  }

  /**
   * Skills or interests written as an object of lists, {"Languages": ["Go", "Rust"]}: an entry per
   * member, named by its key, the list its keywords.
   */
  private java.util.Optional<List<Members>> keyed(Members top, String key, String primary) {
    JsonValue value = top.value().members().get(key);
    boolean keyedByName =
        (key.equals("skills") || key.equals("interests"))
            && value != null
            && value.is(Kind.OBJECT)
            && !value.members().containsKey(primary)
            && !value.isEmpty()
            && value.members().values().stream()
                .allMatch(v -> v.is(Kind.ARRAY) || v.is(Kind.STRING));
    if (!keyedByName) {
      return java.util.Optional.empty();
    }
    top.take(key);
    List<Members> items = new ArrayList<>();
    value
        .members()
        .forEach(
            (name, list) -> {
              Map<String, JsonValue> members = new java.util.LinkedHashMap<>();
              members.put(
                  primary,
                  new JsonValue(
                      Kind.STRING, list.pointer(), list.line(), list.column(), name, null, null));
              members.put("keywords", list);
              items.add(
                  new Members(
                      new JsonValue(
                          Kind.OBJECT,
                          list.pointer(),
                          list.line(),
                          list.column(),
                          null,
                          members,
                          null),
                      conversion));
            });
    return java.util.Optional.of(items);
  }

  /**
   * A top-level member outside the schema (talks, hobbies, a statement): a section of generic
   * details under its name. What is a theme's setting is kept and reported instead.
   */
  private void other(Members top, String key, List<JAXBElement<? extends Section>> sections) {
    JsonValue value = top.take(key);
    if (value == null) {
      return;
    }
    if (Details.isPresentation(key, value)) {
      conversion.keep(value);
      conversion.notShown(value, Details.describe(key, value));
      return;
    }
    // The whole value as one detail, so that export gives back its shape (a text, a list, an
    // object).
    Detail detail = Details.of(null, value, conversion);
    if (detail == null) {
      conversion.keep(value);
      conversion.notShown(value, "\"" + key + "\" holds nothing a reader could read");
      return;
    }
    OtherSection section = new OtherSection();
    if (!key.isBlank()) {
      section.setName(key);
    }
    section.getDetail().add(detail);
    JAXBElement<OtherSection> element = factory.createResumeOther(section);
    sections.add(element);
    conversion.placed(element, value, List.of(value), section.getDetail());
  }

  // ===== Basics =====

  private Basics basics(Members json) {
    basicsValue = json.value();
    Basics basics = new Basics();
    String name = json.name("name");
    if (name == null) {
      conversion.problem(
          json.value(),
          "has no \"name\": the résumé needs a name, as in \"name\": \"Ada Lovelace\"");
    }
    basics.getName().addAll(texts(name));
    basics.getLabel().addAll(texts(json.text("label")));
    photos(json, basics);
    basics.setSummary(RichTextToSource.paragraphs(markdown(json, "summary")));
    var contacts = basics.getEmailOrPhoneOrUrl();
    // Contact details in the order written.
    for (String key : json.keys()) {
      switch (key) {
        case "email" ->
            add(
                contacts,
                contact(
                    json.email(key, text -> contacts.add(detail(key, text))),
                    EmailContact::new,
                    EmailContact::setValue));
        case "phone" ->
            add(contacts, contact(json.text(key), PhoneContact::new, PhoneContact::setValue));
        case "url" ->
            add(
                contacts,
                contact(
                    json.url(key, text -> contacts.add(detail(key, text))),
                    UrlContact::new,
                    UrlContact::setValue));
        case "location" -> add(contacts, location(json, key));
        case "profiles" -> profiles(json, key, contacts);
        default -> {}
      }
    }
    contacts.addAll(json.rest());
    return basics;
  }

  /**
   * The photo, under whichever name (image, picture, avatar, photo): never shown (a résumé made
   * here carries none, for applicant-tracking systems), never a reason to refuse, kept for export.
   */
  private void photos(Members json, Basics basics) {
    for (String key : PHOTOS) {
      JsonValue value = json.take(key);
      if (value == null) {
        continue;
      }
      String text = value.is(Kind.STRING) ? value.text().strip() : null;
      conversion.notShown(
          value, "the photo: a résumé made here carries none (it is kept for export)");
      if (basics.getImage() == null
          && key.equals("image")
          && text != null
          && Links.isAllowed(text)) {
        basics.setImage(text);
      } else {
        conversion.keep(value);
      }
    }
  }

  private static void add(List<Object> contacts, Object value) {
    if (value != null) {
      contacts.add(value);
    }
  }

  /** A contact detail's value wrapped in its element type, or null when there is none. */
  private static <T> T contact(
      String value,
      java.util.function.Supplier<T> type,
      java.util.function.BiConsumer<T, String> set) {
    if (value == null) {
      return null;
    }
    T contact = type.get();
    set.accept(contact, value);
    return contact;
  }

  /** A detail of one text, shown generically: a link that is none, an address that is none. */
  private static Detail detail(String name, String text) {
    Detail detail = new Detail();
    detail.setName(name);
    detail.getContent().add(text);
    return detail;
  }

  /** An address object, or one written as a line of text ("Paris, France"). */
  private Location location(Members basics, String key) {
    String line = basics.peekText(key);
    if (line != null) {
      Location location = new Location();
      location.getAddress().addAll(texts(line));
      return location;
    }
    Members json = basics.object(key);
    if (json == null) {
      return null;
    }
    Location location = new Location();
    location.getAddress().addAll(texts(json.text("address")));
    location.setPostalCode(json.text("postalCode"));
    location.getCity().addAll(texts(json.text("city")));
    location.getRegion().addAll(texts(json.text("region")));
    location.setCountryCode(json.text("countryCode"));
    json.dropRest("an address");
    boolean empty =
        location.getAddress().isEmpty()
            && location.getPostalCode() == null
            && location.getCity().isEmpty()
            && location.getRegion().isEmpty()
            && location.getCountryCode() == null;
    return empty ? null : location;
  }

  /**
   * Profiles: a list of {"network", "username", "url"}, or an object {"github": "ada"} (an older
   * form) with a network's name as each key.
   */
  private void profiles(Members basics, String key, List<Object> contacts) {
    JsonValue value = basics.value().members().get(key);
    if (value != null
        && value.is(Kind.OBJECT)
        && !value.members().containsKey("network")
        && !value.isEmpty()) {
      basics.take(key);
      value
          .members()
          .forEach(
              (network, account) -> {
                if (account.isEmpty()) {
                  conversion.keep(account);
                  return;
                }
                Map<String, JsonValue> members = new java.util.LinkedHashMap<>();
                members.put(
                    "network",
                    new JsonValue(
                        Kind.STRING,
                        account.pointer(),
                        account.line(),
                        account.column(),
                        network,
                        null,
                        null));
                if (account.is(Kind.OBJECT)) {
                  members.putAll(account.members());
                } else {
                  members.put(
                      account.is(Kind.STRING) && Links.isAllowed(account.text())
                          ? "url"
                          : "username",
                      account);
                }
                add(
                    contacts,
                    profile(
                        new Members(
                            new JsonValue(
                                Kind.OBJECT,
                                account.pointer(),
                                account.line(),
                                account.column(),
                                null,
                                members,
                                null),
                            conversion)));
              });
      return;
    }
    for (Members profile : basics.objects(key, "url", Map.of())) {
      add(contacts, profile(profile));
    }
  }

  /**
   * A profile. A link that is none (skype:name) is not made a link: the network and the username
   * still show, and the address itself stands in for a missing username.
   */
  private Profile profile(Members json) {
    if (json.showsNothing()) {
      json.rest();
      json.keepWhole();
      return null;
    }
    Profile profile = new Profile();
    profile.setNetwork(json.text("network"));
    profile.setUsername(json.text("username"));
    Members.Link link = json.link("url");
    if (link != null && link.url() != null) {
      profile.setUrl(link.url());
    } else if (link != null && profile.getUsername() == null) {
      json.unlinkedWarning("url", link.text(), "shown as text, without a link");
      profile.setUsername(link.text());
    } else if (link != null) {
      json.unlinkedWarning("url", link.text(), "not shown (the network and username are)");
    }
    if (profile.getUsername() == null && profile.getUrl() == null) {
      // A network alone (username and url left empty in a template) reaches no one; shown, it
      // read "LinkedIn LinkedIn".
      json.conversion().notShown(json.value(), "a profile with neither a username nor a url");
      json.rest();
      json.keepWhole();
      return null;
    }
    json.dropRest("a profile");
    return profile;
  }

  // ===== Items of sections =====

  /**
   * work[] (organization under "name", formerly "company") and volunteer[] (under "organization").
   */
  private Position position(Members json, String organizationKey) {
    Position position = new Position();
    List<Detail> details = new ArrayList<>();
    position.getOrganization().addAll(texts(json.text(organizationKey)));
    position.getRole().addAll(texts(json.text("position")));
    position.getAdvisor().addAll(texts(json.texts("advisors")));
    position.getLocation().addAll(texts(json.text("location")));
    position.setUrl(json.url("url", text -> details.add(detail("url", text))));
    position.getDescription().addAll(texts(json.text("description")));
    position.setStart(json.date("startDate"));
    position.setEnd(json.date("endDate"));
    json.checkOrder("startDate", position.getStart(), "endDate", position.getEnd());
    position.setSummary(RichTextToSource.paragraphs(markdown(json, "summary")));
    position.setHighlights(highlights(json, "highlights"));
    details.addAll(json.rest());
    position.getDetail().addAll(details);
    return position;
  }

  private Study study(Members json) {
    Study study = new Study();
    List<Detail> details = new ArrayList<>();
    study.getInstitution().addAll(texts(json.text("institution")));
    study.getLocation().addAll(texts(json.text("location")));
    study.setUrl(json.url("url", text -> details.add(detail("url", text))));
    study.getStudyType().addAll(texts(json.text("studyType")));
    study.getArea().addAll(texts(json.text("area")));
    study.setStart(json.date("startDate"));
    study.setEnd(json.date("endDate"));
    json.checkOrder("startDate", study.getStart(), "endDate", study.getEnd());
    score(json, study);
    study.getRank().addAll(texts(json.text("rank")));
    study.getThesis().addAll(optional(inline(json.text("thesis"))));
    List<String> courses = json.texts("courses");
    if (!courses.isEmpty()) {
      Courses list = new Courses();
      list.getCourse().addAll(texts(courses));
      study.setCourses(list);
    }
    study.setSummary(RichTextToSource.paragraphs(markdown(json, "summary")));
    study.setHighlights(highlights(json, "highlights"));
    details.addAll(json.rest());
    study.getDetail().addAll(details);
    return study;
  }

  /**
   * The score, without a label (prepare shows a neutral one, or none when the score says what it
   * is); the older schema's "gpa" is a score labelled GPA, as its name says.
   */
  private void score(Members json, Study study) {
    JsonValue gpaValue = json.value().members().get("gpa");
    String score = json.text("score");
    String gpa = json.text("gpa");
    if (score != null) {
      Score value = new Score();
      value.setValue(score);
      study.getScore().add(value);
      if (gpa != null && gpa.strip().equals(score.strip())) {
        value.setLabel("GPA"); // the score says it is a GPA (export writes a GPA so)
      } else if (gpa != null) {
        conversion.keep(gpaValue);
        conversion.notShown(
            gpaValue, "\"gpa\" is the older name of \"score\", which is given too and shown");
      }
    } else if (gpa != null) {
      Score value = new Score();
      value.setValue(gpa);
      value.setLabel("GPA");
      study.getScore().add(value);
    }
  }

  private Award award(Members json) {
    Award award = new Award();
    List<Detail> details = new ArrayList<>();
    award.getTitle().addAll(optional(inline(json.text("title"))));
    award.getAwarder().addAll(texts(json.text("awarder")));
    award.setDate(json.date("date"));
    award.setUrl(json.url("url", text -> details.add(detail("url", text))));
    award.setSummary(RichTextToSource.paragraphs(markdown(json, "summary")));
    details.addAll(json.rest());
    award.getDetail().addAll(details);
    return award;
  }

  private Certificate certificate(Members json) {
    Certificate certificate = new Certificate();
    List<Detail> details = new ArrayList<>();
    certificate.getName().addAll(texts(json.text("name")));
    certificate.getIssuer().addAll(texts(json.text("issuer")));
    certificate.setDate(json.date("date"));
    certificate.setUrl(json.url("url", text -> details.add(detail("url", text))));
    details.addAll(json.rest());
    certificate.getDetail().addAll(details);
    return certificate;
  }

  private Publication publication(Members json) {
    Publication publication = new Publication();
    List<Detail> details = new ArrayList<>();
    List<Author> authors = new ArrayList<>();
    for (String name : List.of("authors")) {
      JsonValue list = json.take(name);
      for (JsonValue item :
          list == null
              ? List.<JsonValue>of()
              : list.is(Kind.ARRAY) ? list.items() : List.of(list)) {
        Author author = author(item);
        if (author != null) {
          authors.add(author);
        }
      }
    }
    if (!authors.isEmpty()) {
      Authors list = new Authors();
      list.getAuthor().addAll(authors);
      publication.setAuthors(list);
    }
    publication.getTitle().addAll(optional(inline(json.text("name"))));
    publication.getPublisher().addAll(texts(json.text("publisher")));
    publication.setDate(json.date("releaseDate"));
    publication.setUrl(json.url("url", text -> details.add(detail("url", text))));
    publication.setSummary(RichTextToSource.paragraphs(markdown(json, "summary")));
    details.addAll(json.rest());
    publication.getDetail().addAll(details);
    return publication;
  }

  /** "Name", or {"name": "Name", "self": true, "equal": true}; an empty one is kept verbatim. */
  private Author author(JsonValue item) {
    if (item.isEmpty()) {
      conversion.keep(item);
      return null;
    }
    Author author = new Author();
    if (!item.is(Kind.OBJECT)) {
      author.setValue(Members.flatten(item));
      return author.getValue().isEmpty() ? null : author;
    }
    Members json = new Members(item, conversion);
    author.setValue(json.name("name"));
    author.setSelf(json.bool("self"));
    author.setEqual(json.bool("equal"));
    json.dropRest("an author");
    if (author.getValue() == null) {
      json.keepWhole();
      return null;
    }
    return author;
  }

  private Skill skill(Members json) {
    Skill skill = new Skill();
    skill.getName().addAll(texts(json.text("name")));
    skill.getLevel().addAll(texts(json.text("level")));
    skill.setKeywords(keywords(json.texts("keywords")));
    skill.getDetail().addAll(json.rest());
    return skill;
  }

  private Language language(Members json) {
    Language language = new Language();
    language.getName().addAll(texts(json.text("language")));
    language.getFluency().addAll(texts(json.text("fluency")));
    language.getDetail().addAll(json.rest());
    return language;
  }

  private Interest interest(Members json) {
    Interest interest = new Interest();
    interest.getName().addAll(texts(json.text("name")));
    interest.setKeywords(keywords(json.texts("keywords")));
    interest.getDetail().addAll(json.rest());
    return interest;
  }

  private Reference reference(Members json) {
    Reference reference = new Reference();
    reference.getName().addAll(texts(json.text("name")));
    reference.getContact().addAll(texts(json.text("contact")));
    reference.getText().addAll(optional(RichTextToSource.inline(markdown(json, "reference"))));
    reference.getDetail().addAll(json.rest());
    return reference;
  }

  private Project project(Members json) {
    Project project = new Project();
    List<Detail> details = new ArrayList<>();
    project.getName().addAll(texts(json.text("name")));
    project.getRole().addAll(texts(json.texts("roles")));
    project.getEntity().addAll(texts(json.text("entity")));
    project.getType().addAll(texts(json.text("type")));
    project.getLocation().addAll(texts(json.text("location")));
    project.setUrl(json.url("url", text -> details.add(detail("url", text))));
    project.setStart(json.date("startDate"));
    project.setEnd(json.date("endDate"));
    json.checkOrder("startDate", project.getStart(), "endDate", project.getEnd());
    project
        .getDescription()
        .addAll(optional(RichTextToSource.inline(markdown(json, "description"))));
    project.setSummary(RichTextToSource.paragraphs(markdown(json, "summary")));
    project.setHighlights(highlights(json, "highlights"));
    project.setKeywords(keywords(json.texts("keywords")));
    details.addAll(json.rest());
    project.getDetail().addAll(details);
    return project;
  }

  // ===== Text =====

  private static Inline inline(String text) {
    if (text == null) {
      return null;
    }
    Inline inline = new Inline();
    inline.getContent().add(text);
    return inline;
  }

  /** One text in the résumé's language (JSON Resume has one), or none. */
  private static List<LangText> texts(String text) {
    return text == null ? List.of() : texts(List.of(text));
  }

  private static List<LangText> texts(List<String> texts) {
    List<LangText> list = new ArrayList<>();
    for (String text : texts) {
      LangText value = new LangText();
      value.setValue(text);
      list.add(value);
    }
    return list;
  }

  private static List<Inline> optional(Inline inline) {
    return inline == null ? List.of() : List.of(inline);
  }

  /**
   * A member written in Markdown, as JSON Resume themes read it (summaries, highlights, a project's
   * description, a reference): its blocks; what Markdown could not keep as written (a link to a
   * page of the author's own site) is a warning at the member. None when absent.
   */
  private List<Block> markdown(Members json, String key) {
    JsonValue at = json.at(key);
    String text = json.paragraphs(key); // a list of texts: a paragraph each
    return text == null ? List.of() : markdown(text, at);
  }

  private List<Block> markdown(String text, JsonValue at) {
    MarkdownReader.Result read = MarkdownReader.read(text);
    read.notes().forEach(note -> conversion.warn(at, note));
    return read.blocks();
  }

  /** Each highlight in Markdown (see {@link RichTextToSource#bullets}). */
  private Highlights highlights(Members json, String key) {
    List<Members.Placed> texts = json.placedTexts(key);
    if (texts.isEmpty()) {
      return null;
    }
    Highlights highlights = new Highlights();
    for (Members.Placed text : texts) {
      highlights.getItem().addAll(RichTextToSource.bullets(markdown(text.text(), text.at())));
    }
    return highlights.getItem().isEmpty() ? null : highlights;
  }

  private static Keywords keywords(List<String> items) {
    if (items.isEmpty()) {
      return null;
    }
    Keywords keywords = new Keywords();
    keywords.getKeyword().addAll(texts(items));
    return keywords;
  }
}
