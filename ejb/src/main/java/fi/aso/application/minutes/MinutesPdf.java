package fi.aso.application.minutes;

import com.lowagie.text.Document;
import com.lowagie.text.DocumentException;
import com.lowagie.text.Font;
import com.lowagie.text.PageSize;
import com.lowagie.text.Paragraph;
import com.lowagie.text.pdf.PdfWriter;
import fi.aso.application.i18n.Dates;
import fi.aso.application.mail.MailTexts;
import fi.aso.application.pdf.PdfFonts;
import fi.aso.domain.consent.InformationCategory;
import java.io.ByteArrayOutputStream;
import java.util.Locale;
import java.util.ResourceBundle;

/**
 * The minutes as a PDF (OpenPDF), cut for one recipient: the group's header, date and place, and
 * for each client the recipient may see, the parts their consent allows. DejaVu Sans is embedded
 * ({@link PdfFonts}). User text is drawn as text; PDF has no markup to inject into.
 */
public final class MinutesPdf {

  private MinutesPdf() {}

  /**
   * The minutes in one language ({@code fi}, {@code sv} or {@code en}; anything else is Finnish),
   * with the words of the pages ({@code minutes.pdf.*} and the page's words for states, topics,
   * attendance, housing forms and action states) and the dates as {@link Dates} writes them.
   */
  public static byte[] render(
      MinutesContent content, MinutesCut cut, int versionNo, String state, Locale language) {
    Dates dates = Dates.in(language);
    ResourceBundle text = ResourceBundle.getBundle(MailTexts.BUNDLE, dates.locale());
    Font title = PdfFonts.bold(16);
    Font heading = PdfFonts.bold(12);
    Font body = PdfFonts.regular(10);
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    Document document = new Document(PageSize.A4, 56, 56, 56, 56);
    try {
      PdfWriter.getInstance(document, out);
      document.addTitle(text.getString("minutes.pdf.title"));
      document.open();
      document.add(new Paragraph(text.getString("minutes.pdf.title"), title));
      document.add(
          new Paragraph(
              text.getString("minutes.pdf.group")
                  + (content.group() == null ? "" : " " + content.group())
                  + " · "
                  + dates.span(content.start(), content.end())
                  + " · "
                  + content.place(),
              body));
      document.add(
          new Paragraph(
              text.getString("minutes.version")
                  + " "
                  + versionNo
                  + " ("
                  + text.getString("minutes.state." + state)
                  + ")"
                  + " · "
                  + text.getString("minutes.pdf.recipient")
                  + " "
                  + (cut.recipient() == null
                      ? text.getString("minutes.pdf.client")
                      : cut.recipient()),
              body));
      for (MinutesContent.SlotPart slot : content.slots()) {
        if (!cut.includes(slot.caseId())) {
          continue;
        }
        document.add(new Paragraph(" "));
        document.add(
            new Paragraph(
                dates.times(slot.start(), slot.end())
                    + "  "
                    + slot.reference()
                    + " "
                    + slot.clientName(),
                heading));
        document.add(new Paragraph(text.getString("day.attendance"), heading));
        for (MinutesContent.Person p : slot.attendees()) {
          String who =
              p.name() == null
                  ? text.getString("minutes.pdf.client")
                  : p.name() + (p.organisation() == null ? "" : " (" + p.organisation() + ")");
          String how =
              p.attendance() == null ? "" : ": " + text.getString("attendance." + p.attendance());
          document.add(
              new Paragraph(
                  "– " + who + how + (p.statement() == null ? "" : " – " + p.statement()), body));
        }
        slot.notes()
            .forEach(
                (topic, note) -> {
                  if (cut.allows(slot.caseId(), topic.category())) {
                    add(
                        document,
                        new Paragraph(text.getString("case.topic." + topic.name()), heading));
                    add(document, new Paragraph(note, body));
                  }
                });
        if (cut.allows(slot.caseId(), InformationCategory.HOUSING_HISTORY_AND_WISHES)
            && (slot.housingForm() != null || slot.support() != null)) {
          // the joint assessment under its own heading, not under the last topic's
          document.add(new Paragraph(text.getString("minutes.pdf.assessment"), heading));
          if (slot.housingForm() != null) {
            document.add(
                new Paragraph(
                    text.getString("day.housingForm")
                        + ": "
                        + text.getString("housingForm." + slot.housingForm()),
                    body));
          }
          if (slot.support() != null) {
            document.add(
                new Paragraph(text.getString("day.support") + ": " + slot.support(), body));
          }
        }
        if (slot.decisions() != null) {
          document.add(new Paragraph(text.getString("day.decisions"), heading));
          document.add(new Paragraph(slot.decisions(), body));
        }
        if (!slot.actions().isEmpty()) {
          document.add(new Paragraph(text.getString("day.actions"), heading));
          for (MinutesContent.Action a : slot.actions()) {
            document.add(
                new Paragraph(
                    "– "
                        + a.what()
                        + " – "
                        + owner(a, text)
                        + " – "
                        + dates.day(a.due())
                        + " ("
                        + text.getString("actionStatus." + a.status())
                        + ")",
                    body));
          }
        }
      }
      document.close();
    } catch (DocumentException e) {
      throw new IllegalStateException("the minutes could not be made", e);
    }
    return out.toByteArray();
  }

  /**
   * Who does it, in words: an organisation by its name; the client or the case worker (kept in the
   * minutes as the role's name, e.g. {@code CASE_WORKER}) as the minutes' language says them.
   */
  private static String owner(MinutesContent.Action a, ResourceBundle text) {
    if (a.organisationId() == null && text.containsKey("responsible." + a.who())) {
      return text.getString("responsible." + a.who());
    }
    return a.who();
  }

  private static void add(Document document, Paragraph paragraph) {
    try {
      document.add(paragraph);
    } catch (DocumentException e) {
      throw new IllegalStateException("the minutes could not be made", e);
    }
  }
}
