package fi.aso.web.rest.v1;

import fi.aso.application.consent.ElectronicConsent;
import fi.aso.application.steering.Steering;
import fi.aso.application.steering.SteeringView;
import fi.aso.domain.servicemap.ServiceKind;
import fi.aso.domain.staff.Role;
import fi.aso.web.faces.PublicAddress;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.time.Instant;
import java.time.LocalDate;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * Steering in the meeting, per client's slot: the needs recorded as kinds of service, the region's
 * services proposed for them, referrals and the one-step request for a consent naming a provider.
 */
@Path("v1/slots/{id}")
@Tag(name = "steering")
@RolesAllowed({Role.CHAIR_NAME, Role.CASE_WORKER_NAME})
@Produces(MediaType.APPLICATION_JSON)
public class SteeringResource {

  @Inject Steering steering;
  @Inject PublicAddress publicAddress;

  /** The slot's needs, as the chair sets them (kinds not listed are removed). */
  public record Needs(@NotNull List<@NotNull ServiceKind> kinds) {}

  /**
   * A referral to a service for a recorded need of its kind; due: when to answer (default 14 d).
   */
  public record NewReferral(long serviceId, LocalDate due) {}

  /** A consent request for a service's provider, in the client's language (fi, sv or en). */
  public record ConsentRequest(long serviceId, String language) {}

  /** The link and the code to hand to the client (the code is shown here once). */
  public record ConsentLink(String link, String code, Instant expiresAt) {}

  @GET
  @Path("steering")
  @Operation(
      summary =
          "The slot's recorded needs, the region's services proposed for each (consented providers"
              + " first, with what a referral would carry and what it would not) and its referrals")
  public SteeringView view(@PathParam("id") long id) {
    return steering.view(id);
  }

  @PUT
  @Path("needs")
  @Consumes(MediaType.APPLICATION_JSON)
  @RolesAllowed(Role.CHAIR_NAME)
  @Operation(summary = "Set the slot's needs as kinds of service (the chair's); the referrals stay")
  public SteeringView needs(@PathParam("id") long id, @NotNull @Valid Needs body) {
    Set<ServiceKind> wanted = new LinkedHashSet<>(body.kinds());
    steering.view(id).needs().stream()
        .map(SteeringView.Need::kind)
        .filter(k -> !wanted.contains(k))
        .forEach(k -> steering.removeNeed(id, k));
    wanted.forEach(k -> steering.addNeed(id, k));
    return steering.view(id);
  }

  @POST
  @Path("referrals")
  @Consumes(MediaType.APPLICATION_JSON)
  @RolesAllowed(Role.CHAIR_NAME)
  @Operation(
      summary =
          "Refer the client to a service of a recorded need's kind: an action for its provider,"
              + " carrying what the consent allows; 403 when the consent does not name the provider")
  public Response refer(@PathParam("id") long id, @NotNull @Valid NewReferral body) {
    long referral = steering.refer(id, body.serviceId(), body.due());
    return Response.status(Response.Status.CREATED).entity(Map.of("id", referral)).build();
  }

  @POST
  @Path("consent-requests")
  @Consumes(MediaType.APPLICATION_JSON)
  @Operation(
      summary =
          "Ask the client for a consent that also names a service's provider: an electronic consent"
              + " link proposing the consent in force plus the provider; the code is shown once")
  public Response askConsent(@PathParam("id") long id, @NotNull @Valid ConsentRequest body) {
    String language = body.language() == null ? "fi" : body.language();
    ElectronicConsent.Issued issued = steering.askConsent(id, body.serviceId(), language);
    return Response.status(Response.Status.CREATED)
        .entity(
            new ConsentLink(
                publicAddress.link("/consent/start.xhtml?t=" + issued.token()),
                issued.code(),
                issued.expiresAt()))
        .build();
  }
}
