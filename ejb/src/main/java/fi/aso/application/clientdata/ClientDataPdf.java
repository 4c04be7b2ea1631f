package fi.aso.application.clientdata;

import com.lowagie.text.Document;
import com.lowagie.text.DocumentException;
import com.lowagie.text.Font;
import com.lowagie.text.Paragraph;
import com.lowagie.text.Phrase;
import fi.aso.application.audit.AccessReportGroup;
import fi.aso.application.audit.AccessReportWords;
import fi.aso.application.minutes.MinutesContent;
import fi.aso.application.pdf.PdfDocument;
import fi.aso.application.pdf.PdfFonts;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The client's own data as a PDF in the client's language: the same parts as the JSON, each code
 * said in words of the message bundles (the pages' words for states, categories, forms of housing)
 * and each date the language's way. Free text is printed as it was written.
 */
public final class ClientDataPdf {

  private ClientDataPdf() {}

  public static byte[] render(ClientData data, Instant made, Locale language) {
    AccessReportWords words = new AccessReportWords(language);
    Writer w = new Writer(words);
    return PdfDocument.write(
        words.text("export.pdf.title"),
        document -> {
          w.document = document;
          document.add(new Paragraph(words.text("export.pdf.title"), PdfFonts.bold(16)));
          document.add(new Paragraph(words.text("app.name"), w.body));
          w.line("export.pdf.made", words.dateTime(made));
          w.paragraph(words.text("export.pdf.intro"));
          client(w, data.client());
          w.heading("export.section.stateHistory");
          w.noneIf(data.stateHistory());
          for (ClientData.StateChange c : data.stateHistory()) {
            w.line(
                words.dateTime(c.at()),
                w.code("case.state.", c.to()) + (c.reason() == null ? "" : " – " + c.reason()));
          }
          consents(w, data.consents());
          meetings(w, data.meetings());
          minutes(w, data.minutes());
          actions(w, data.actions());
          followUp(w, data.followUp());
          w.heading("export.section.accessReport");
          w.noneIf(data.accessReport());
          for (AccessReportGroup g : data.accessReport()) {
            w.line(
                g.who() + (g.organisation() == null ? "" : ", " + g.organisation()),
                g.what() + " – " + g.when());
          }
        });
  }

  private static void client(Writer w, ClientData.Client c) throws DocumentException {
    w.heading("export.section.client");
    w.line("export.field.name", c.name());
    w.line("export.field.reference", c.reference());
    w.line("export.field.dateOfBirth", w.date(c.dateOfBirth()));
    w.line("export.field.kind", w.code("case.kind.", c.kind()));
    w.line("export.field.institution", c.institution());
    w.line("export.field.release", w.date(c.expectedRelease()));
    w.line("export.field.state", w.code("case.state.", c.state()));
    w.line("export.field.referredAt", w.words.dateTime(c.referredAt()));
    w.topics(c.referral());
    if (c.outcome() != null) {
      w.line("export.field.outcome", w.code("export.outcome.", c.outcome()));
    }
    if (c.outcomeNote() != null) {
      w.line("export.field.outcomeNote", c.outcomeNote());
    }
  }

  private static void consents(Writer w, List<ClientData.ConsentVersion> consents)
      throws DocumentException {
    w.heading("export.section.consents");
    w.noneIf(consents);
    for (ClientData.ConsentVersion v : consents) {
      w.subheading(w.words.text("export.consent.version", v.version()));
      w.line("export.consent.given", w.words.dateTime(v.givenAt()));
      w.line("export.consent.method", w.code("consent.method.", v.method()));
      w.line("export.consent.validUntil", w.date(v.validUntil()));
      if (v.supersededAt() != null) {
        w.line("export.consent.superseded", w.words.dateTime(v.supersededAt()));
      }
      if (v.withdrawnAt() != null) {
        w.line("export.consent.withdrawn", w.words.dateTime(v.withdrawnAt()));
      }
      for (ClientData.Recipient r : v.recipients()) {
        StringBuilder categories = new StringBuilder();
        for (String c : r.categories()) {
          categories
              .append(categories.isEmpty() ? "" : ", ")
              .append(w.code("consent.category.", c));
        }
        w.line(
            r.organisation(),
            categories
                + (r.withdrawnAt() == null
                    ? ""
                    : " – "
                        + w.words.text(
                            "export.consent.withdrawnOn", w.words.dateTime(r.withdrawnAt()))));
      }
      if (v.scan() != null) {
        w.line(
            "export.consent.scan",
            v.scan().fileName() + " (" + w.words.dateTime(v.scan().uploadedAt()) + ")");
      }
    }
  }

  private static void meetings(Writer w, List<ClientData.Meeting> meetings)
      throws DocumentException {
    w.heading("export.section.meetings");
    w.noneIf(meetings);
    for (ClientData.Meeting m : meetings) {
      w.subheading(w.words.dateTime(m.start()) + ", " + m.place());
      w.line("export.meeting.status", w.code("meeting.status.", m.status()));
      w.line("export.meeting.attendance", w.code("clientAttendance.", m.clientAttendance()));
      if (m.agenda() != null) {
        w.line("export.meeting.agenda", m.agenda());
      }
      for (ClientData.Invitee i : m.invitees()) {
        w.line(
            i.organisation(),
            w.code("invitationAnswer.", i.answer())
                + (i.attendance() == null ? "" : ", " + w.code("attendance.", i.attendance())));
      }
      w.topics(m.notes());
      if (m.housingForm() != null) {
        w.line("export.meeting.housingForm", w.code("housingForm.", m.housingForm()));
      }
      if (m.supportNeeded() != null) {
        w.line("export.meeting.support", m.supportNeeded());
      }
      if (m.decisions() != null) {
        w.line("export.meeting.decisions", m.decisions());
      }
    }
  }

  private static void minutes(Writer w, List<ClientData.MinutesPart> minutes)
      throws DocumentException {
    w.heading("export.section.minutes");
    w.noneIf(minutes);
    for (ClientData.MinutesPart p : minutes) {
      MinutesContent.SlotPart part = p.part();
      w.subheading(
          w.words.text(
              "export.minutes.version",
              w.words.dateTime(p.meetingStart()),
              p.version(),
              w.code("export.minutesState.", p.state())));
      Map<String, String> notes = new java.util.LinkedHashMap<>();
      if (part.notes() != null) {
        part.notes().forEach((topic, note) -> notes.put(topic.name(), note));
      }
      w.topics(notes);
      if (part.housingForm() != null) {
        w.line("export.meeting.housingForm", w.code("housingForm.", part.housingForm()));
      }
      if (part.support() != null) {
        w.line("export.meeting.support", part.support());
      }
      if (part.decisions() != null) {
        w.line("export.meeting.decisions", part.decisions());
      }
    }
  }

  private static void actions(Writer w, List<ClientData.Action> actions) throws DocumentException {
    w.heading("export.section.actions");
    w.noneIf(actions);
    for (ClientData.Action a : actions) {
      String who =
          a.organisation() != null ? a.organisation() : w.code("responsible.", a.responsible());
      w.line(
          w.date(a.due()) + ", " + who,
          a.what()
              + " – "
              + w.code("actionStatus.", a.status())
              + (a.note() == null ? "" : " – " + a.note()));
    }
  }

  private static void followUp(Writer w, List<ClientData.FollowUp> points)
      throws DocumentException {
    w.heading("export.section.followUp");
    w.noneIf(points);
    for (ClientData.FollowUp f : points) {
      StringBuilder text = new StringBuilder(w.date(f.due()));
      if (f.housingForm() != null) {
        text.append(" – ").append(w.code("housingForm.", f.housingForm()));
      }
      if (f.howHoused() != null) {
        text.append(" – ").append(f.howHoused());
      }
      if (f.note() != null) {
        text.append(" – ").append(f.note());
      }
      w.line(w.code("followUp.label.", f.label()), text.toString());
    }
  }

  /** Writes labelled lines in the document's fonts and the reader's words. */
  private static final class Writer {
    final AccessReportWords words;
    final Font heading = PdfFonts.bold(13);
    final Font bold = PdfFonts.bold(10);
    final Font body = PdfFonts.regular(10);
    Document document;

    Writer(AccessReportWords words) {
      this.words = words;
    }

    String code(String prefix, String code) {
      return code == null ? words.text("case.topic.empty") : words.text(prefix + code);
    }

    String date(LocalDate date) {
      return date == null ? words.text("case.topic.empty") : words.date(date);
    }

    void heading(String key) throws DocumentException {
      Paragraph p = new Paragraph(words.text(key), heading);
      p.setSpacingBefore(12);
      document.add(p);
    }

    void subheading(String text) throws DocumentException {
      Paragraph p = new Paragraph(text, bold);
      p.setSpacingBefore(6);
      document.add(p);
    }

    void paragraph(String text) throws DocumentException {
      document.add(new Paragraph(text, body));
    }

    void noneIf(List<?> list) throws DocumentException {
      if (list.isEmpty()) {
        paragraph(words.text("export.none"));
      }
    }

    void topics(Map<String, String> topics) throws DocumentException {
      for (Map.Entry<String, String> t : topics.entrySet()) {
        line(words.text("case.topic." + t.getKey()), t.getValue());
      }
    }

    /** A label (a bundle key, or a text as it is when it is none) and its value. */
    void line(String label, String value) throws DocumentException {
      String shown = label.startsWith("export.") ? words.text(label) : label;
      Paragraph p = new Paragraph();
      p.add(new Phrase(shown + ": ", bold));
      p.add(new Phrase(value == null ? words.text("case.topic.empty") : value, body));
      document.add(p);
    }
  }
}
