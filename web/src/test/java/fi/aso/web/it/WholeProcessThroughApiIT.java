package fi.aso.web.it;

import static org.assertj.core.api.Assertions.assertThat;

import com.lowagie.text.pdf.PdfReader;
import com.lowagie.text.pdf.parser.PdfTextExtractor;
import fi.aso.client.ApiClient;
import fi.aso.client.ApiException;
import fi.aso.client.ApiResponse;
import fi.aso.client.api.ActionsApi;
import fi.aso.client.api.AuthApi;
import fi.aso.client.api.CasesApi;
import fi.aso.client.api.ConsentApi;
import fi.aso.client.api.FollowUpApi;
import fi.aso.client.api.MeetingDayApi;
import fi.aso.client.api.MeetingsApi;
import fi.aso.client.api.MinutesApi;
import fi.aso.client.api.NetworkApi;
import fi.aso.client.model.ActionStatus;
import fi.aso.client.model.ActionView;
import fi.aso.client.model.Attendee;
import fi.aso.client.model.CaseOutcome;
import fi.aso.client.model.CaseState;
import fi.aso.client.model.CaseView;
import fi.aso.client.model.ClientKind;
import fi.aso.client.model.Closing;
import fi.aso.client.model.ConsentSummary;
import fi.aso.client.model.Created;
import fi.aso.client.model.Finding;
import fi.aso.client.model.Grant;
import fi.aso.client.model.HousingForm;
import fi.aso.client.model.InformationCategory;
import fi.aso.client.model.InvitableContact;
import fi.aso.client.model.InviteeAttendance;
import fi.aso.client.model.InviteeAttendanceKind;
import fi.aso.client.model.IssuedLink;
import fi.aso.client.model.LinkRequest;
import fi.aso.client.model.MeetingTime;
import fi.aso.client.model.MinutesBasis;
import fi.aso.client.model.MinutesSent;
import fi.aso.client.model.MinutesVersion;
import fi.aso.client.model.NewAction;
import fi.aso.client.model.NewCase;
import fi.aso.client.model.NewInvitee;
import fi.aso.client.model.NewSlot;
import fi.aso.client.model.OrganisationSummary;
import fi.aso.client.model.PointView;
import fi.aso.client.model.Progress;
import fi.aso.client.model.Responsible;
import fi.aso.client.model.SlotDay;
import fi.aso.client.model.SlotRecordChange;
import fi.aso.client.model.SlotRecordSaved;
import fi.aso.client.model.Token;
import java.io.File;
import java.nio.file.Files;
import java.time.Duration;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The whole ASO process driven through the API with the client openapi-generator makes from
 * docs/openapi.yaml, as a partner system would, on the real WAR: the case worker refers a client,
 * finds the organisations the consent may name and issues the client's consent link (a first one is
 * revoked and no longer opens); the client consents on a phone in Chromium; the chair plans a
 * meeting, puts the client on it and invites the partner, who accepts by the mailed link; the chair
 * records the meeting day (notes, attendance, assessment, decisions, an action), the minutes are
 * reviewed, approved and sent; the partner's system reads its copy with a bearer token and reports
 * progress on the action; the case is followed up and closed.
 */
class WholeProcessThroughApiIT extends BrowserTest {

  private WebDriver phone;

  @BeforeEach
  void phone() throws Exception {
    phone = BrowserSession.startPhone();
  }

  @AfterEach
  void closePhone() {
    if (phone != null) {
      phone.quit();
    }
  }

  private ApiClient signedIn(String user) throws ApiException {
    ApiClient client = new ApiClient();
    client.updateBaseUri(base.toString().replaceAll("/$", ""));
    Token token = new AuthApi(client).issueToken(user, fi.aso.config.DemoAccounts.PASSWORD);
    client.setRequestInterceptor(
        request -> request.header("Authorization", "Bearer " + token.getAccessToken()));
    return client;
  }

  @Test
  void referralToClosingThroughTheGeneratedClientWithTheClientConsentingInTheBrowser()
      throws Exception {
    ApiClient caseWorker = signedIn("caseworker");
    ApiClient chair = signedIn("chair");
    ApiClient partner = signedIn("partner");
    LocalDate today = LocalDate.now(World.HELSINKI);

    // referral
    CaseView referred =
        new CasesApi(caseWorker)
            .referCase(
                new NewCase()
                    .fullName("Kokonainen Prosessi")
                    .dateOfBirth(LocalDate.of(1984, 6, 2))
                    .kind(ClientKind.PRISONER)
                    .institutionId(World.organisation(World.PRISON))
                    .expectedReleaseDate(today.plusMonths(2))
                    .referral(Map.of("WISHES", "Oma vuokra-asunto Joensuusta")));
    long caseId = referred.getId();

    // the organisations the consent may name, as the case worker finds them
    List<OrganisationSummary> nameable =
        new NetworkApi(caseWorker).listConsentRecipients(null, null);
    long kodit =
        nameable.stream()
            .filter(o -> o.getName().equals(World.KODIT))
            .findFirst()
            .orElseThrow()
            .getId();

    // a link handed out by mistake is revoked and no longer opens
    ConsentApi consents = new ConsentApi(caseWorker);
    LinkRequest proposal =
        new LinkRequest()
            .validUntil(today.plusYears(1))
            .language("fi")
            .grants(
                List.of(
                    new Grant()
                        .organisationId(kodit)
                        .categories(
                            Set.of(
                                InformationCategory.IDENTITY_AND_RELEASE,
                                InformationCategory.HOUSING_HISTORY_AND_WISHES))));
    IssuedLink mistaken = consents.issueConsentLink(caseId, proposal);
    consents.revokeConsentLink(caseId, mistaken.getId());
    WebDriverWait phoneWait = new WebDriverWait(phone, Duration.ofSeconds(30));
    phone.navigate().to(mistaken.getUrl().toString());
    phoneWait.until(ExpectedConditions.visibilityOfElementLocated(By.id("linkNotValid")));

    // the client consents on their phone with the link and code the case worker hands over
    IssuedLink link = consents.issueConsentLink(caseId, proposal);
    assertThat(link.getCode()).matches("\\d{6}");
    assertThat(new CasesApi(caseWorker).getCase(caseId).getState())
        .isEqualTo(CaseState.CONSENT_PENDING);
    phone.navigate().to(link.getUrl().toString());
    phoneWait.until(ExpectedConditions.visibilityOfElementLocated(By.id("entry:code")));
    phone.findElement(By.id("entry:code")).sendKeys(link.getCode());
    phone.findElement(By.id("entry:continue")).click();
    phoneWait.until(ExpectedConditions.visibilityOfElementLocated(By.id("answer:give")));
    phone.findElements(By.cssSelector(".agency")).stream()
        .filter(e -> e.getText().contains(World.KODIT))
        .findFirst()
        .orElseThrow()
        .findElement(By.cssSelector("input[type=checkbox]"))
        .click();
    phone.findElement(By.id("answer:name")).sendKeys("Kokonainen Prosessi");
    phone.findElement(By.id("answer:give")).click();
    phoneWait.until(ExpectedConditions.visibilityOfElementLocated(By.id("receipt")));
    List<ConsentSummary> given = consents.listConsents(caseId, null, null);
    assertThat(given).hasSize(1);
    assertThat(new CasesApi(caseWorker).getCase(caseId).getState())
        .isEqualTo(CaseState.READY_FOR_MEETING);

    // meeting, slot, invitation
    MeetingsApi meetings = new MeetingsApi(chair);
    OffsetDateTime start = World.at(61, 13);
    Created meeting =
        meetings.createMeeting(
            new MeetingTime().start(start).end(start.plusHours(2)).place("Koko prosessin huone"));
    long meetingId = meeting.getId();
    // the meeting's version as an entity tag: read once, then each change answers the next
    ApiResponse<Created> slot =
        meetings.addSlotWithHttpInfo(
            meetingId,
            new NewSlot().caseId(caseId).start(start).lengthMinutes(45),
            etag(meetings.getMeetingWithHttpInfo(meetingId)));
    long slotId = slot.getData().getId();
    InvitableContact kalle =
        meetings.listInvitableContacts(meetingId, slotId, null, null).stream()
            .filter(c -> World.KALLE.equals(c.getEmail()))
            .findFirst()
            .orElseThrow();
    meetings.inviteContact(
        meetingId,
        slotId,
        new NewInvitee().contactPersonId(kalle.getContactPersonId()),
        etag(slot));

    // the partner answers with the mailed link
    new World(base).acceptByMail(slotId, World.KALLE);

    // the meeting day
    MeetingDayApi day = new MeetingDayApi(chair);
    SlotDay before = day.getMeetingDay(meetingId).get(0);
    assertThat(before.getSlotId()).isEqualTo(slotId);
    assertThat(before.getRecordVersion()).isNull();
    assertThat(before.getNotes()).containsEntry("WISHES", "Oma vuokra-asunto Joensuusta");
    SlotRecordSaved saved =
        day.saveSlotRecord(
            meetingId,
            slotId,
            new SlotRecordChange()
                .notes(
                    Map.of(
                        "WISHES", "Oma vuokra-asunto Joensuusta",
                        "HOUSING_SKILLS", "Asuminen sujui ennen"))
                .housingForm(HousingForm.SUPPORTED_HOUSING)
                .supportNeeded("Asumisen tuki kolme kuukautta")
                .decisions("Kodit tarjoaa tuettua asuntoa"),
            null);
    // a second save names the version it read; the old one is refused and changes nothing
    ApiException stale =
        org.assertj.core.api.Assertions.catchThrowableOfType(
            ApiException.class,
            () ->
                day.saveSlotRecord(
                    meetingId, slotId, new SlotRecordChange().decisions("Vanha versio"), null));
    assertThat(stale.getCode()).isEqualTo(409);
    Attendee kalleThere =
        before.getAttendees().stream()
            .filter(a -> kalle.getContactPersonId().equals(a.getContactPersonId()))
            .findFirst()
            .orElseThrow();
    day.recordInviteeAttendance(
        meetingId,
        slotId,
        kalleThere.getInviteeId(),
        new InviteeAttendance().attendance(InviteeAttendanceKind.PRESENT));
    new ActionsApi(chair)
        .addAction(
            new NewAction()
                .slotId(slotId)
                .what("Asuntotarjous asiakkaalle")
                .responsible(Responsible.ORGANISATION)
                .organisationId(kodit)
                .contactPersonId(kalle.getContactPersonId())
                .due(today.plusWeeks(6)));
    SlotDay recorded = day.getMeetingDay(meetingId).get(0);
    assertThat(recorded.getRecordVersion()).isEqualTo(saved.getVersion());
    assertThat(recorded.getDecisions()).isEqualTo("Kodit tarjoaa tuettua asuntoa");
    assertThat(recorded.getHousingForm()).isEqualTo(HousingForm.SUPPORTED_HOUSING);
    assertThat(recorded.getAttendees())
        .anySatisfy(
            a -> {
              assertThat(a.getInviteeId()).isEqualTo(kalleThere.getInviteeId());
              assertThat(a.getAttendance()).isEqualTo(InviteeAttendanceKind.PRESENT);
            });

    // minutes: made, reviewed by the case worker, approved and sent
    MinutesVersion draft = new MinutesApi(chair).prepareMinutes(meetingId);
    MinutesVersion reviewed =
        new MinutesApi(caseWorker)
            .reviewMinutes(
                meetingId, draft.getId(), new MinutesBasis().version(draft.getVersion()), null);
    new MinutesApi(chair)
        .approveMinutes(
            meetingId, draft.getId(), new MinutesBasis().version(reviewed.getVersion()), null);
    MinutesSent sent = new MinutesApi(chair).sendMinutes(meetingId, draft.getId());
    assertThat(sent.getSentNow()).hasSize(1);
    assertThat(sent.getSentNow().get(0)).contains(World.KODIT);
    assertThat(new MinutesApi(chair).sendMinutes(meetingId, draft.getId()).getSentNow())
        .as("sending again sends nothing twice")
        .isEmpty();

    // the partner's system reads its copy with the id from the minutes message's link
    long copyId = copyIdInMinutesMessage(draft.getId());
    File copy = new MinutesApi(partner).getMinutesCopyPdf(copyId, "fi");
    String text;
    try (PdfReader reader = new PdfReader(Files.readAllBytes(copy.toPath()))) {
      StringBuilder all = new StringBuilder();
      for (int page = 1; page <= reader.getNumberOfPages(); page++) {
        all.append(new PdfTextExtractor(reader).getTextFromPage(page));
      }
      text = all.toString();
    }
    assertThat(text).contains(referred.getReference(), "Kodit tarjoaa tuettua asuntoa");

    // and reports progress on its action
    ActionsApi partnerActions = new ActionsApi(partner);
    ActionView action =
        partnerActions.listOrganisationActions(null, null).stream()
            .filter(a -> "Asuntotarjous asiakkaalle".equals(a.getWhat()))
            .findFirst()
            .orElseThrow();
    ActionView done =
        partnerActions.updateActionProgress(
            action.getId(),
            new Progress()
                .version(action.getVersion())
                .status(ActionStatus.DONE)
                .note("Vuokrasopimus allekirjoitettu"),
            null);
    assertThat(done.getStatus()).isEqualTo(ActionStatus.DONE);

    // follow-up and closing
    FollowUpApi followUp = new FollowUpApi(caseWorker);
    List<PointView> points = followUp.planFollowUp(caseId);
    assertThat(new CasesApi(caseWorker).getCase(caseId).getState()).isEqualTo(CaseState.FOLLOW_UP);
    PointView first = points.get(0);
    followUp.recordFollowUpFinding(
        caseId,
        first.getId(),
        new Finding()
            .version(first.getVersion())
            .housedBeforeRelease(true)
            .housingForm(HousingForm.SUPPORTED_HOUSING)
            .note("Asunto saatiin ennen vapautumista"),
        null);
    new FollowUpApi(chair)
        .closeCase(caseId, new Closing().outcome(CaseOutcome.HOUSED_WITH_SUPPORT).note("Valmis"));
    assertThat(new CasesApi(chair).getCase(caseId).getState()).isEqualTo(CaseState.CLOSED);
  }

  /**
   * The copy's id in the link of the minutes message the outbox sent the partner (by mail or
   * webhook alike: its text carries the link).
   */
  /** The entity tag an answer carries: the If-Match of the next change. */
  private static String etag(ApiResponse<?> answer) {
    return answer.getHeaders().entrySet().stream()
        .filter(h -> h.getKey().equalsIgnoreCase("ETag"))
        .map(h -> h.getValue().get(0))
        .findFirst()
        .orElseThrow(() -> new AssertionError("no ETag"));
  }

  private static long copyIdInMinutesMessage(long minutesId) throws Exception {
    String text =
        EmbeddedServices.stringValue(
            "select m.body_text from outbound_message m where m.kind = 'MINUTES'"
                + " and m.recipient = '"
                + World.KALLE
                + "' and m.idempotency_key like 'minutes:"
                + minutesId
                + ":%' order by m.id desc limit 1");
    Matcher link = Pattern.compile("/minutes/copy\\.pdf\\?id=(\\d+)").matcher(text);
    assertThat(link.find()).as("the copy's link in the minutes message: " + text).isTrue();
    return Long.parseLong(link.group(1));
  }
}
