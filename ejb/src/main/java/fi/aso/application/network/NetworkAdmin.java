package fi.aso.application.network;

import fi.aso.application.NotFound;
import fi.aso.application.audit.AuditTrail;
import fi.aso.application.clientcase.DataProtection;
import fi.aso.application.staff.AdminOnly;
import fi.aso.domain.Refusal;
import fi.aso.domain.TokenHash;
import fi.aso.domain.audit.AuditAction;
import fi.aso.domain.audit.AuditRecord;
import fi.aso.domain.organisation.ContactPerson;
import fi.aso.domain.organisation.DeliveryChannel;
import fi.aso.domain.organisation.Organisation;
import fi.aso.domain.organisation.OrganisationRepository;
import fi.aso.domain.organisation.OrganisationType;
import fi.aso.domain.organisation.ShareRequest;
import fi.aso.domain.region.Region;
import fi.aso.domain.region.RegionRepository;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Instant;
import java.util.Base64;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * The regional administrator's partner network: organisations (which can serve several regions) and
 * the contact persons each names, with deputies. No client data here; changes are audited because
 * who may be invited follows from them.
 */
@Stateless
public class NetworkAdmin {

  @Inject OrganisationRepository organisations;
  @Inject RegionRepository regions;

  @Inject AdminOnly admin;
  @Inject AuditTrail audit;
  @Inject DataProtection protection;

  Clock clock = Clock.systemUTC();

  public NetworkAdmin() {}

  /** For tests outside the container. */
  public NetworkAdmin(
      OrganisationRepository organisations,
      RegionRepository regions,
      AdminOnly admin,
      AuditTrail audit,
      DataProtection protection,
      Clock clock) {
    this.organisations = organisations;
    this.regions = regions;
    this.admin = admin;
    this.audit = audit;
    this.protection = protection;
    this.clock = clock;
  }

  /** An organisation with its contact persons. */
  public record OrganisationDetails(
      OrganisationSummary organisation, List<ContactSummary> contacts) {}

  /** The organisations of the administrator's region, with their contact persons. */
  public List<OrganisationDetails> network() {
    Region region = adminRegion();
    List<Organisation> network = organisations.ofRegion(region.id());
    // every organisation's contact persons in one read
    var contacts = organisations.activeContactsOf(network.stream().map(Organisation::id).toList());
    return network.stream()
        .map(
            o ->
                new OrganisationDetails(
                    OrganisationSummary.of(o, region.id()),
                    contacts.getOrDefault(o.id(), List.of()).stream()
                        .map(ContactSummary::of)
                        .toList()))
        .toList();
  }

  public long addOrganisation(String name, OrganisationType type, DeliveryChannel channel) {
    Region region = adminRegion();
    Organisation organisation = new Organisation(name, type, region);
    organisation.preferChannel(channel == null ? DeliveryChannel.EMAIL : channel);
    organisations.store(organisation);
    audit.record(
        AuditRecord.success(
            AuditAction.CREATE,
            "Organisation",
            String.valueOf(organisation.id()),
            "partner network"));
    return organisation.id();
  }

  /**
   * Every organisation on the platform, by name, for asking to work with an existing one (a prison
   * that releases to several regions) instead of creating a duplicate. Other regions' organisations
   * are listed by name and type only: their links are their home region's business.
   */
  public List<OrganisationSummary> allOrganisations() {
    long region = admin.regionId();
    return organisations.all().stream().map(o -> OrganisationSummary.of(o, region)).toList();
  }

  /** Where a region stands with an organisation after asking to work with it. */
  public enum Sharing {
    /** The organisation serves the region (already, or it is the region's own). */
    SERVES,
    /** The request waits for an administrator of the organisation's home region. */
    REQUESTED
  }

  /**
   * Asks to add another region's organisation to this region's network: the organisation's home
   * region decides ({@link #acceptShare}). Asking again while a request is open changes nothing.
   */
  public Sharing join(long organisationId) {
    Region region = adminRegion();
    Organisation organisation = organisations.find(organisationId).orElseThrow(NotFound::new);
    if (organisation.serves(region.id())) {
      return Sharing.SERVES;
    }
    if (organisations.openShareRequest(organisationId, region.id()).isEmpty()) {
      ShareRequest request =
          organisations.storeShareRequest(
              new ShareRequest(organisation, region, admin.administrator().username(), now()));
      audit.record(
          AuditRecord.success(
              AuditAction.CREATE,
              "ShareRequest",
              String.valueOf(request.id()),
              "region " + region.code() + " asks to work with organisation " + organisationId));
    }
    return Sharing.REQUESTED;
  }

  /** An open request to share an organisation, as its home region and the asking region see it. */
  public record ShareRequestView(
      long id,
      long organisationId,
      String organisation,
      String askingRegion,
      String homeRegion,
      String requestedBy,
      Instant requestedAt,
      boolean toDecide) {

    static ShareRequestView of(ShareRequest r, long viewerRegion) {
      return new ShareRequestView(
          r.id(),
          r.organisation().id(),
          r.organisation().name(),
          r.region().name(),
          r.organisation().homeRegion().name(),
          r.requestedBy(),
          r.requestedAt(),
          r.organisation().isHomeOf(viewerRegion));
    }
  }

  /**
   * The open share requests of the administrator's region: those it should decide (to its own
   * organisations) and those it waits for.
   */
  public List<ShareRequestView> shareRequests() {
    long region = admin.regionId();
    return organisations.openShareRequestsFor(region).stream()
        .map(r -> ShareRequestView.of(r, region))
        .toList();
  }

  /** The home region's administrator lets the asking region work with the organisation. */
  public void acceptShare(long organisationId, long requestId) {
    ShareRequest request = requestToDecide(organisationId, requestId);
    request.accept(admin.administrator().username(), now());
    audit.record(
        AuditRecord.success(
            AuditAction.UPDATE,
            "Organisation",
            String.valueOf(organisationId),
            "shared with region " + request.region().code()));
  }

  /** The home region's administrator says no. */
  public void refuseShare(long organisationId, long requestId) {
    ShareRequest request = requestToDecide(organisationId, requestId);
    request.refuse(admin.administrator().username(), now());
    audit.record(
        AuditRecord.success(
            AuditAction.UPDATE,
            "ShareRequest",
            String.valueOf(requestId),
            "region " + request.region().code() + " refused organisation " + organisationId));
  }

  /** Request {@code requestId} of organisation {@code organisationId}, kept by this region. */
  private ShareRequest requestToDecide(long organisationId, long requestId) {
    Organisation organisation = organisationAtHome(organisationId);
    return organisations
        .findShareRequest(requestId)
        .filter(r -> r.organisation().id().equals(organisation.id()))
        .orElseThrow(NotFound::new);
  }

  /**
   * The organisation form at once: name and type, delivery channel (null: as it is), video room
   * (null: as it is, else whether the organisation, a prison, has a bookable video room and its
   * fixed https link if any) and webhook (null: as it is, blank: stopped, else that address).
   */
  public record OrganisationForm(
      String name,
      OrganisationType type,
      DeliveryChannel channel,
      Boolean videoRoom,
      String videoRoomUrl,
      String webhookUrl) {}

  /**
   * Saves the organisation form of one of this region's organisations in one go: every field is
   * checked before anything changes, so a refused form (e.g. a bad video room link or webhook
   * address) leaves the organisation exactly as it was. A changed webhook address gets a new random
   * signing key, stored sealed and returned once for the partner to configure.
   */
  public Optional<String> saveOrganisation(long organisationId, OrganisationForm form) {
    Organisation organisation = organisationAtHome(organisationId);
    String webhookWas = organisation.webhookUrl().orElse(null);
    String webhookWanted =
        form.webhookUrl() == null
            ? webhookWas
            : Organisation.webhookAddress(form.webhookUrl()).orElse(null);
    organisation.revise(
        form.name(), form.type(), form.channel(), form.videoRoom(), form.videoRoomUrl());
    audit.record(
        AuditRecord.success(
            AuditAction.UPDATE, "Organisation", String.valueOf(organisationId), "partner network"));
    if (form.videoRoom() != null) {
      audit.record(
          AuditRecord.success(
              AuditAction.UPDATE, "Organisation", String.valueOf(organisationId), "video room"));
    }
    if (Objects.equals(webhookWas, webhookWanted)) {
      return Optional.empty();
    }
    return webhook(organisation, webhookWanted);
  }

  /**
   * Takes another region's organisation off this region's network (other regions keep it; its home
   * region cannot leave it).
   */
  public void leave(long organisationId) {
    Region region = adminRegion();
    organisationServing(organisationId).leave(region);
    audit.record(
        AuditRecord.success(
            AuditAction.UPDATE,
            "Organisation",
            String.valueOf(organisationId),
            "left region " + region.code()));
  }

  /**
   * A new contact person of one of this region's organisations, with their deputy (none: null) and
   * calendar feed (none: null or blank): everything is checked before the person is stored, so a
   * refused form adds nobody.
   */
  public long addContact(
      long organisationId,
      String name,
      String email,
      String phone,
      Long deputyId,
      String busyFeedUrl) {
    Organisation organisation = organisationAtHome(organisationId);
    ContactPerson contact = new ContactPerson(organisation, name, email, phone);
    contact.revise(name, email, phone, deputy(organisation, deputyId), busyFeedUrl);
    organisations.storeContact(contact);
    audit.record(
        AuditRecord.success(
            AuditAction.CREATE, "ContactPerson", String.valueOf(contact.id()), "partner network"));
    return contact.id();
  }

  /**
   * Changes a contact person's details, deputy (none: null) and calendar feed for the slot finder
   * (none: null or blank) in one go: everything is checked before anything changes, so a refused
   * form leaves the person exactly as they were.
   */
  public void updateContact(
      long organisationId,
      long contactId,
      String name,
      String email,
      String phone,
      Long deputyId,
      String busyFeedUrl) {
    ContactPerson contact = contactOfRegion(organisationId, contactId);
    contact.revise(name, email, phone, deputy(contact.organisation(), deputyId), busyFeedUrl);
    audit.record(
        AuditRecord.success(
            AuditAction.UPDATE, "ContactPerson", String.valueOf(contactId), "partner network"));
  }

  /** The person no longer acts for the organisation; whoever had them as deputy has none. */
  public void deactivateContact(long organisationId, long contactId) {
    ContactPerson contact = contactOfRegion(organisationId, contactId);
    contact.deactivate();
    organisations.deputisedBy(contact).forEach(c -> c.loseDeputy(contact));
    audit.record(
        AuditRecord.success(
            AuditAction.UPDATE, "ContactPerson", String.valueOf(contactId), "deactivated"));
  }

  /**
   * Sends the organisation's invitations to its own system (the WEBHOOK channel): a new random
   * signing key is made, stored sealed, and returned once for the partner to configure; null or
   * blank stops the webhook.
   */
  public Optional<String> useWebhook(long organisationId, String url) {
    return webhook(
        organisationAtHome(organisationId), Organisation.webhookAddress(url).orElse(null));
  }

  /** Points the webhook at a checked address (none: null), with a new key returned once. */
  private Optional<String> webhook(Organisation organisation, String url) {
    String organisationId = String.valueOf(organisation.id());
    if (url == null) {
      organisation.useWebhook(null, null);
      audit.record(
          AuditRecord.success(
              AuditAction.UPDATE, "Organisation", organisationId, "webhook removed"));
      return Optional.empty();
    }
    byte[] key = new byte[32];
    new SecureRandom().nextBytes(key);
    organisation.useWebhook(url, protection.seal(key));
    audit.record(
        AuditRecord.success(
            AuditAction.UPDATE, "Organisation", organisationId, "webhook set, new key"));
    return Optional.of(Base64.getEncoder().encodeToString(key));
  }

  /**
   * A new personal calendar-feed link for a contact person (their upcoming slots, no client names);
   * the previous link stops working. The token is returned once and only its hash is kept.
   */
  public String newCalendarFeed(long organisationId, long contactId) {
    ContactPerson contact = contactOfRegion(organisationId, contactId);
    byte[] random = new byte[24];
    new SecureRandom().nextBytes(random);
    String token = Base64.getUrlEncoder().withoutPadding().encodeToString(random);
    contact.useFeedToken(TokenHash.of(token));
    audit.record(
        AuditRecord.success(
            AuditAction.UPDATE,
            "ContactPerson",
            String.valueOf(contactId),
            "calendar feed link renewed"));
    return token;
  }

  /** Stops the contact person's calendar feed. */
  public void revokeCalendarFeed(long organisationId, long contactId) {
    contactOfRegion(organisationId, contactId).useFeedToken(null);
    audit.record(
        AuditRecord.success(
            AuditAction.UPDATE,
            "ContactPerson",
            String.valueOf(contactId),
            "calendar feed link revoked"));
  }

  /** The platform's regions (ASO groups), for administrators. */
  public List<RegionSummary> regions() {
    admin.administrator();
    return regions.findAll().stream().map(RegionSummary::of).toList();
  }

  /** The administrator's own region, with its settings. */
  public RegionSummary ownRegion() {
    return RegionSummary.of(adminRegion());
  }

  /**
   * Whether the minutes of region {@code regionId} need a second person: the one who made them
   * cannot review them, and they are approved only after someone else reviewed them. Only the
   * region's own administrator changes it (another region's: not permitted); the change is audited.
   */
  public RegionSummary minutesNeedSecondPerson(long regionId, boolean needed) {
    Region region = adminRegion();
    if (region.id() != regionId) {
      throw new NotPermitted();
    }
    if (region.minutesNeedSecondPerson() != needed) {
      region.minutesNeedSecondPerson(needed);
      audit.record(
          AuditRecord.success(
              AuditAction.UPDATE,
              "Region",
              String.valueOf(region.id()),
              "minutes need a second person: " + (needed ? "yes" : "no")));
    }
    return RegionSummary.of(region);
  }

  /**
   * A new regional group on the platform (its own chairs, calendar and clients). Its staff are then
   * given accounts in it; the code is short and unique, e.g. "kuopio".
   */
  public long createRegion(String code, String name) {
    admin.administrator();
    if (code == null || !code.strip().matches("[a-z0-9-]{2,40}")) {
      throw new Refusal(
          "network.regionCode", "a region code is 2-40 lower-case letters, digits or dashes");
    }
    if (name == null || name.isBlank()) {
      throw new Refusal("network.regionName", "a region needs a name");
    }
    if (regions.findByCode(code.strip()).isPresent()) {
      throw new Refusal(
          "network.regionExists",
          "a region with code " + code.strip() + " exists already",
          code.strip());
    }
    Region region = new Region(code, name, "Europe/Helsinki");
    regions.store(region);
    audit.record(
        AuditRecord.success(
            AuditAction.CREATE, "Region", String.valueOf(region.id()), "region " + region.code()));
    return region.id();
  }

  /** A deputy acts for the same organisation: a person of another one is no such deputy. */
  private ContactPerson deputy(Organisation organisation, Long deputyId) {
    if (deputyId == null) {
      return null;
    }
    return organisations
        .findContact(deputyId)
        .filter(ContactPerson::isActive)
        .filter(d -> d.organisation().id().equals(organisation.id()))
        .orElseThrow(() -> new Refusal("network.noSuchDeputy", "no such deputy"));
  }

  /**
   * Active contact person {@code contactId} of organisation {@code organisationId}, kept by this
   * region. A contact of another organisation is not found, exactly as one that does not exist or
   * no longer acts.
   */
  private ContactPerson contactOfRegion(long organisationId, long contactId) {
    Organisation organisation = organisationAtHome(organisationId);
    return organisations
        .findContact(contactId)
        .filter(ContactPerson::isActive)
        .filter(c -> c.organisation().id().equals(organisation.id()))
        .orElseThrow(NotFound::new);
  }

  /** An organisation of this region's network; any other is not found. */
  private Organisation organisationServing(long organisationId) {
    long region = admin.regionId();
    return organisations
        .find(organisationId)
        .filter(o -> o.serves(region))
        .orElseThrow(NotFound::new);
  }

  /**
   * An organisation this region keeps, for changing. One it only works with is its home region's to
   * change (not permitted); one outside its network is not found.
   */
  private Organisation organisationAtHome(long organisationId) {
    Organisation organisation = organisationServing(organisationId);
    if (!organisation.isHomeOf(admin.regionId())) {
      throw new NotPermitted();
    }
    return organisation;
  }

  private Region adminRegion() {
    return admin.region();
  }

  private Instant now() {
    return clock.instant();
  }
}
