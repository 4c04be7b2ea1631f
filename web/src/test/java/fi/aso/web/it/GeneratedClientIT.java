package fi.aso.web.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import fi.aso.client.ApiClient;
import fi.aso.client.ApiException;
import fi.aso.client.api.AuthApi;
import fi.aso.client.api.CasesApi;
import fi.aso.client.api.ConsentApi;
import fi.aso.client.api.MeetingsApi;
import fi.aso.client.model.CaseView;
import fi.aso.client.model.ClientKind;
import fi.aso.client.model.ConsentSummary;
import fi.aso.client.model.Created;
import fi.aso.client.model.Grant;
import fi.aso.client.model.InformationCategory;
import fi.aso.client.model.MeetingDetails;
import fi.aso.client.model.MeetingTime;
import fi.aso.client.model.NewCase;
import fi.aso.client.model.NewSlot;
import fi.aso.client.model.PaperConsent;
import fi.aso.client.model.Token;
import java.net.URL;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The Java client that openapi-generator makes at build time from the checked-in document
 * (docs/openapi.yaml, kept equal to the served one by OpenApiDocumentIT) talks to the real WAR as
 * an integrator's system would: a token, a referral, a paper consent, a meeting with the client's
 * slot, read back as typed objects; and a refusal arrives as the documented problem.
 */
@ExtendWith(ArquillianExtension.class)
class GeneratedClientIT {

  @ArquillianResource URL deployed;

  private ApiClient signedIn(String user) throws ApiException {
    ApiClient client = new ApiClient();
    client.updateBaseUri(Platform.base(deployed).toString().replaceAll("/$", ""));
    Token token = new AuthApi(client).issueToken(user, fi.aso.config.DemoAccounts.PASSWORD);
    assertThat(token.getTokenType()).isEqualTo("Bearer");
    client.setRequestInterceptor(
        request -> request.header("Authorization", "Bearer " + token.getAccessToken()));
    return client;
  }

  @Test
  void anIntegratorsGeneratedClientRefersAClientRecordsConsentAndBooksASlot() throws Exception {
    ApiClient caseWorker = signedIn("caseworker");
    ApiClient chair = signedIn("chair");
    long prison = World.organisation(World.PRISON);
    long kodit = World.organisation(World.KODIT);

    CaseView referred =
        new CasesApi(caseWorker)
            .referCase(
                new NewCase()
                    .fullName("Generoitu Asiakas")
                    .dateOfBirth(LocalDate.of(1985, 3, 14))
                    .kind(ClientKind.PRISONER)
                    .institutionId(prison)
                    .expectedReleaseDate(LocalDate.now(World.HELSINKI).plusMonths(2))
                    .referral(Map.of("WISHES", "Oma vuokra-asunto")));
    assertThat(referred.getId()).isPositive();
    assertThat(referred.getFullName()).isEqualTo("Generoitu Asiakas");

    ConsentSummary consent =
        new ConsentApi(caseWorker)
            .recordPaperConsent(
                referred.getId(),
                new PaperConsent()
                    .validUntil(LocalDate.now(World.HELSINKI).plusYears(1))
                    .textVersion("fi-2026-1")
                    .grants(
                        List.of(
                            new Grant()
                                .organisationId(kodit)
                                .categories(Set.of(InformationCategory.IDENTITY_AND_RELEASE)))));
    assertThat(consent).isNotNull();

    OffsetDateTime start =
        OffsetDateTime.now(World.HELSINKI)
            .plusDays(20)
            .withHour(9)
            .withMinute(0)
            .withSecond(0)
            .withNano(0);
    MeetingsApi meetings = new MeetingsApi(chair);
    Created meeting =
        meetings.createMeeting(
            new MeetingTime().start(start).end(start.plusHours(3)).place("Generoitu"));
    MeetingDetails before = meetings.getMeeting(meeting.getId());
    Created slot =
        meetings.addSlot(
            meeting.getId(),
            new NewSlot()
                .version(before.getVersion())
                .caseId(referred.getId())
                .start(start)
                .lengthMinutes(30),
            null);

    MeetingDetails after = meetings.getMeeting(meeting.getId());
    assertThat(after.getSlots()).isNotEmpty();
    assertThat(after.getVersion()).isGreaterThan(before.getVersion());
    assertThat(slot.getId()).isPositive();

    ApiException stale =
        catchThrowableOfType(
            ApiException.class,
            () ->
                meetings.addSlot(
                    meeting.getId(),
                    new NewSlot()
                        .version(before.getVersion())
                        .caseId(referred.getId())
                        .start(start.plusHours(1))
                        .lengthMinutes(30),
                    null));
    assertThat(stale.getCode()).isEqualTo(409);
    assertThat(stale.getResponseBody()).contains("\"code\"");

    // the same with the version as an entity tag: the old one is a failed precondition
    String etag = "\"" + before.getVersion() + "\"";
    ApiException staleTag =
        catchThrowableOfType(
            ApiException.class,
            () ->
                meetings.addSlot(
                    meeting.getId(),
                    new NewSlot()
                        .caseId(referred.getId())
                        .start(start.plusHours(1))
                        .lengthMinutes(30),
                    etag));
    assertThat(staleTag.getCode()).isEqualTo(412);
    assertThat(staleTag.getResponseBody()).contains("conflict.changed");
    assertThat(meetings.getMeeting(meeting.getId()).getSlots()).hasSize(1);
  }
}
