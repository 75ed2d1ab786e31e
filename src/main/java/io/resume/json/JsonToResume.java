package io.resume.json;

import com.fasterxml.jackson.databind.JsonNode;
import io.resume.markdown.MarkdownReader;
import io.resume.markdown.RichText.Block;
import io.resume.model.InvalidResumeException;
import io.resume.model.Problem;
import io.resume.model.source.Author;
import io.resume.model.source.Authors;
import io.resume.model.source.Award;
import io.resume.model.source.AwardsSection;
import io.resume.model.source.Basics;
import io.resume.model.source.Certificate;
import io.resume.model.source.CertificatesSection;
import io.resume.model.source.Courses;
import io.resume.model.source.EducationSection;
import io.resume.model.source.Extensions;
import io.resume.model.source.Highlights;
import io.resume.model.source.EmailContact;
import io.resume.model.source.Inline;
import io.resume.model.source.LangText;
import io.resume.model.source.Interest;
import io.resume.model.source.InterestsSection;
import io.resume.model.source.Keywords;
import io.resume.model.source.Language;
import io.resume.model.source.LanguagesSection;
import io.resume.model.source.Location;
import io.resume.model.source.ObjectFactory;
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
import io.resume.model.source.Skill;
import io.resume.model.source.SkillsSection;
import io.resume.model.source.Study;
import io.resume.model.source.UrlContact;
import io.resume.model.source.WorkSection;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Converts a JSON Resume v1 document into the JAXB model of resume.xsd.
 *
 * <p>Sections follow the key order of the JSON object (the author's order is the reader's
 * order), and basics' contact details follow the key order of "basics". Every JSON Resume field
 * has a home; a few members that JSON Resume lacks but our schema has are read as well, and
 * {@link ResumeToJson} writes them: work/volunteer "advisors", volunteer "location" and
 * "description", education "location", "rank" and "highlights", publications "authors" (strings,
 * or {"name", "self", "equal"} objects). Any other member is dropped with a warning.
 * "$schema", "meta" and empty values are kept verbatim in the extensions element. The members
 * JSON Resume themes read as Markdown (summaries, highlights, a project's description, a
 * reference) are read as Markdown too ({@link MarkdownReader}, {@link RichTextToSource}).
 */
public final class JsonToResume {
  /** The résumé and what was dropped on the way. */
  public record Result(Resume resume, List<Problem> warnings) {}

  private final ObjectFactory factory = new ObjectFactory();
  private final Conversion conversion;

  private JsonToResume(String file) {
    this.conversion = new Conversion(file);
  }

  public static Result convert(JsonValue root, String file) throws InvalidResumeException {
    JsonToResume converter = new JsonToResume(file);
    Resume resume = converter.resume(new Members(root, converter.conversion));
    List<Problem> problems = converter.conversion.problems();
    if (!problems.isEmpty()) {
      throw new InvalidResumeException(problems);
    }
    return new Result(resume, converter.conversion.warnings());
  }

  private Resume resume(Members top) {
    Resume resume = new Resume();
    if (!top.keys().contains("basics")) {
      conversion.problem(top.value(), "has no \"basics\": the résumé needs at least basics.name");
    }
    var sections = resume.getSummaryOrWorkOrVolunteer();
    for (String key : top.keys()) {
      switch (key) {
        case "$schema", "meta" -> {
          top.take(key);
          conversion.keep(top.value().members().get(key));
        }
        case "basics" -> {
          JsonValue basics = top.value().members().get(key);
          top.mark(key);
          if (basics.is(JsonValue.Kind.OBJECT)) {
            resume.setBasics(basics(new Members(basics, conversion)));
          } else {
            conversion.problem(basics, "expected an object with at least a \"name\", found " + basics.describe());
          }
        }
        case "work" -> section(top.objects(key), m -> position(m, "name"), s -> sections.add(factory.createResumeWork(work(s))));
        case "volunteer" -> section(top.objects(key), m -> position(m, "organization"), s -> sections.add(factory.createResumeVolunteer(work(s))));
        case "education" -> section(top.objects(key), this::study, s -> {
          EducationSection section = new EducationSection();
          section.getStudy().addAll(s);
          sections.add(factory.createResumeEducation(section));
        });
        case "awards" -> section(top.objects(key), this::award, s -> {
          AwardsSection section = new AwardsSection();
          section.getAward().addAll(s);
          sections.add(factory.createResumeAwards(section));
        });
        case "certificates" -> section(top.objects(key), this::certificate, s -> {
          CertificatesSection section = new CertificatesSection();
          section.getCertificate().addAll(s);
          sections.add(factory.createResumeCertificates(section));
        });
        case "publications" -> section(top.objects(key), this::publication, s -> {
          PublicationsSection section = new PublicationsSection();
          section.getPublication().addAll(s);
          sections.add(factory.createResumePublications(section));
        });
        case "skills" -> section(top.objects(key), this::skill, s -> {
          SkillsSection section = new SkillsSection();
          section.getSkill().addAll(s);
          sections.add(factory.createResumeSkills(section));
        });
        case "languages" -> section(top.objects(key), this::language, s -> {
          LanguagesSection section = new LanguagesSection();
          section.getLanguage().addAll(s);
          sections.add(factory.createResumeLanguages(section));
        });
        case "interests" -> section(top.objects(key), this::interest, s -> {
          InterestsSection section = new InterestsSection();
          section.getInterest().addAll(s);
          sections.add(factory.createResumeInterests(section));
        });
        case "references" -> section(top.objects(key), this::reference, s -> {
          ReferencesSection section = new ReferencesSection();
          section.getReference().addAll(s);
          sections.add(factory.createResumeReferences(section));
        });
        case "projects" -> section(top.objects(key), this::project, s -> {
          ProjectsSection section = new ProjectsSection();
          section.getProject().addAll(s);
          sections.add(factory.createResumeProjects(section));
        });
        default -> { }
      }
    }
    top.finish();
    if (!conversion.kept().isEmpty()) {
      Extensions extensions = new Extensions();
      for (Map.Entry<String, JsonNode> kept : conversion.kept().entrySet()) {
        Extensions.Json json = new Extensions.Json();
        json.setPointer(kept.getKey());
        json.setValue(kept.getValue().toString());
        extensions.getJson().add(json);
      }
      resume.setExtensions(extensions);
    }
    return resume;
  }

  /** Converts each item; a section with no item left is left out (the schema wants one). */
  private <T> void section(List<Members> items, java.util.function.Function<Members, T> item,
      java.util.function.Consumer<List<T>> add) {
    List<T> converted = new ArrayList<>();
    for (Members members : items) {
      T value = item.apply(members);
      members.finish();
      if (value != null) {
        converted.add(value);
      }
    }
    if (!converted.isEmpty()) {
      add.accept(converted);
    }
  }

  private static WorkSection work(List<Position> positions) {
    WorkSection section = new WorkSection();
    section.getPosition().addAll(positions);
    return section;
  }

  // ===== Basics =====

  private Basics basics(Members json) {
    Basics basics = new Basics();
    if (json == null) {
      return basics;
    }
    basics.getName().addAll(texts(json.requiredText("name", "the résumé needs a name")));
    basics.getLabel().addAll(texts(json.text("label")));
    basics.setImage(json.url("image"));
    basics.setSummary(RichTextToSource.paragraphs(markdown(json, "summary")));
    var contacts = basics.getEmailOrPhoneOrUrl();
    // Contact details in the order written.
    for (String key : json.keys()) {
      switch (key) {
        case "email" -> add(contacts, contact(json.email(key), EmailContact::new, EmailContact::setValue));
        case "phone" -> add(contacts, contact(json.text(key), PhoneContact::new, PhoneContact::setValue));
        case "url" -> add(contacts, contact(json.url(key), UrlContact::new, UrlContact::setValue));
        case "location" -> add(contacts, location(json.object(key)));
        case "profiles" -> {
          for (Members profile : json.objects(key)) {
            add(contacts, profile(profile));
            profile.finish();
          }
        }
        default -> { }
      }
    }
    json.finish();
    return basics;
  }

  private static void add(List<Object> contacts, Object value) {
    if (value != null) {
      contacts.add(value);
    }
  }

  /** A contact detail's value wrapped in its element type, or null when there is none. */
  private static <T> T contact(String value, java.util.function.Supplier<T> type,
      java.util.function.BiConsumer<T, String> set) {
    if (value == null) {
      return null;
    }
    T contact = type.get();
    set.accept(contact, value);
    return contact;
  }

  private Location location(Members json) {
    if (json == null) {
      return null;
    }
    Location location = new Location();
    location.getAddress().addAll(texts(json.text("address")));
    location.setPostalCode(json.text("postalCode"));
    location.getCity().addAll(texts(json.text("city")));
    location.getRegion().addAll(texts(json.text("region")));
    location.setCountryCode(json.text("countryCode"));
    json.finish();
    return location;
  }

  private Profile profile(Members json) {
    Profile profile = new Profile();
    profile.setNetwork(json.requiredText("network", "the résumé names the network of each profile"));
    profile.setUsername(json.text("username"));
    profile.setUrl(json.url("url"));
    return profile;
  }

  // ===== Items of sections =====

  /** work[] (organization under "name") and volunteer[] (under "organization"). */
  private Position position(Members json, String organizationKey) {
    Position position = new Position();
    position.getOrganization().addAll(texts(json.requiredText(organizationKey, "the résumé needs the organization")));
    position.getRole().addAll(texts(json.text("position")));
    position.getAdvisor().addAll(texts(json.texts("advisors")));
    position.getLocation().addAll(texts(json.text("location")));
    position.setUrl(json.url("url"));
    position.getDescription().addAll(texts(json.text("description")));
    position.setStart(json.date("startDate"));
    position.setEnd(json.date("endDate"));
    position.setSummary(RichTextToSource.paragraphs(markdown(json, "summary")));
    position.setHighlights(highlights(json, "highlights"));
    return position;
  }

  private Study study(Members json) {
    Study study = new Study();
    study.getInstitution().addAll(texts(json.requiredText("institution", "the résumé needs the institution")));
    study.getLocation().addAll(texts(json.text("location")));
    study.setUrl(json.url("url"));
    study.getStudyType().addAll(texts(json.text("studyType")));
    study.getArea().addAll(texts(json.text("area")));
    study.setStart(json.date("startDate"));
    study.setEnd(json.date("endDate"));
    String score = json.text("score");
    if (score != null) {
      // No label: the renderers show the default one ("GPA").
      Score value = new Score();
      value.setValue(score);
      study.getScore().add(value);
    }
    study.getRank().addAll(texts(json.text("rank")));
    List<String> courses = json.texts("courses");
    if (!courses.isEmpty()) {
      Courses list = new Courses();
      list.getCourse().addAll(texts(courses));
      study.setCourses(list);
    }
    study.setHighlights(highlights(json, "highlights"));
    return study;
  }

  private Award award(Members json) {
    Award award = new Award();
    award.getTitle().addAll(optional(inline(json.requiredText("title", "the résumé needs the award's title"))));
    award.getAwarder().addAll(texts(json.text("awarder")));
    award.setDate(json.date("date"));
    award.setSummary(RichTextToSource.paragraphs(markdown(json, "summary")));
    return award;
  }

  private Certificate certificate(Members json) {
    Certificate certificate = new Certificate();
    certificate.getName().addAll(texts(json.requiredText("name", "the résumé needs the certificate's name")));
    certificate.getIssuer().addAll(texts(json.text("issuer")));
    certificate.setDate(json.date("date"));
    certificate.setUrl(json.url("url"));
    return certificate;
  }

  private Publication publication(Members json) {
    Publication publication = new Publication();
    List<Author> authors = new ArrayList<>();
    for (JsonValue item : json.items("authors", "names")) {
      Author author = author(item);
      if (author != null) {
        authors.add(author);
      }
    }
    if (!authors.isEmpty()) {
      Authors list = new Authors();
      list.getAuthor().addAll(authors);
      publication.setAuthors(list);
    }
    publication.getTitle().addAll(optional(inline(json.requiredText("name", "the résumé needs the publication's title"))));
    publication.getPublisher().addAll(texts(json.text("publisher")));
    publication.setDate(json.date("releaseDate"));
    publication.setUrl(json.url("url"));
    publication.setSummary(RichTextToSource.paragraphs(markdown(json, "summary")));
    return publication;
  }

  /** "Name", or {"name": "Name", "self": true, "equal": true}. */
  private Author author(JsonValue item) {
    Author author = new Author();
    if (item.is(JsonValue.Kind.STRING)) {
      author.setValue(item.text());
      return author;
    }
    if (!item.is(JsonValue.Kind.OBJECT)) {
      conversion.problem(item, "expected a name or an object {\"name\": ...}, found " + item.describe());
      return null;
    }
    Members json = new Members(item, conversion);
    author.setValue(json.requiredText("name", "each author needs a name"));
    author.setSelf(json.bool("self"));
    author.setEqual(json.bool("equal"));
    json.finish();
    return author;
  }

  private Skill skill(Members json) {
    Skill skill = new Skill();
    skill.getName().addAll(texts(json.requiredText("name", "the résumé needs the skill's name")));
    skill.getLevel().addAll(texts(json.text("level")));
    skill.setKeywords(keywords(json.texts("keywords")));
    return skill;
  }

  private Language language(Members json) {
    Language language = new Language();
    language.getName().addAll(texts(json.requiredText("language", "the résumé needs the language's name")));
    language.getFluency().addAll(texts(json.text("fluency")));
    return language;
  }

  private Interest interest(Members json) {
    Interest interest = new Interest();
    interest.getName().addAll(texts(json.requiredText("name", "the résumé needs the interest's name")));
    interest.setKeywords(keywords(json.texts("keywords")));
    return interest;
  }

  private Reference reference(Members json) {
    Reference reference = new Reference();
    reference.getName().addAll(texts(json.requiredText("name", "the résumé needs the referee's name")));
    reference.getText().addAll(optional(RichTextToSource.inline(markdown(json, "reference"))));
    return reference;
  }

  private Project project(Members json) {
    Project project = new Project();
    project.getName().addAll(texts(json.requiredText("name", "the résumé needs the project's name")));
    project.getRole().addAll(texts(json.texts("roles")));
    project.getEntity().addAll(texts(json.text("entity")));
    project.getType().addAll(texts(json.text("type")));
    project.setUrl(json.url("url"));
    project.setStart(json.date("startDate"));
    project.setEnd(json.date("endDate"));
    project.getDescription().addAll(optional(RichTextToSource.inline(markdown(json, "description"))));
    project.setHighlights(highlights(json, "highlights"));
    project.setKeywords(keywords(json.texts("keywords")));
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
   * A member written in Markdown, as JSON Resume themes read it (summaries, highlights, a
   * project's description, a reference): its blocks; what Markdown could not keep as written (a
   * link to a page of the author's own site) is a warning at the member. None when absent.
   */
  private List<Block> markdown(Members json, String key) {
    String text = json.text(key);
    return text == null ? List.of() : markdown(text, json.value().members().get(key));
  }

  private List<Block> markdown(String text, JsonValue at) {
    MarkdownReader.Result read = MarkdownReader.read(text);
    read.notes().forEach(note -> conversion.warn(at, note));
    return read.blocks();
  }

  /** Each highlight in Markdown (see {@link RichTextToSource#bullets}). */
  private Highlights highlights(Members json, String key) {
    List<String> texts = json.texts(key);
    if (texts.isEmpty()) {
      return null;
    }
    // The items texts() read: the strings that say something, in order.
    List<JsonValue> places = json.value().members().get(key).items().stream()
        .filter(item -> item.is(JsonValue.Kind.STRING) && !item.isEmpty())
        .toList();
    Highlights highlights = new Highlights();
    for (int i = 0; i < texts.size(); i++) {
      highlights.getItem().addAll(RichTextToSource.bullets(markdown(texts.get(i), places.get(i))));
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
