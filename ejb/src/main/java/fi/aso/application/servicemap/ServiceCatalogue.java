package fi.aso.application.servicemap;

import fi.aso.application.NotFound;
import fi.aso.application.audit.AuditTrail;
import fi.aso.application.clientcase.ConcurrentEdit;
import fi.aso.application.network.NotPermitted;
import fi.aso.application.staff.Caller;
import fi.aso.domain.Refusal;
import fi.aso.domain.audit.AuditAction;
import fi.aso.domain.audit.AuditRecord;
import fi.aso.domain.organisation.Organisation;
import fi.aso.domain.organisation.OrganisationRepository;
import fi.aso.domain.region.Region;
import fi.aso.domain.region.RegionRepository;
import fi.aso.domain.servicemap.Service;
import fi.aso.domain.servicemap.ServiceDescription;
import fi.aso.domain.servicemap.ServiceKind;
import fi.aso.domain.servicemap.ServiceRepository;
import fi.aso.domain.staff.Role;
import fi.aso.domain.staff.StaffMember;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.time.Clock;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * The region's service catalogue (palvelukartta): what the organisations of its network offer and
 * how a client is steered to each. Everyone signed in reads their own region's; its administrators
 * keep it (also as a CSV file); a partner user adds and keeps their own organisation's entries
 * current, and nothing else. No client data is here, but every change is audited: the steering will
 * rest on it.
 */
@Stateless
public class ServiceCatalogue {

  @Inject ServiceRepository services;
  @Inject OrganisationRepository organisations;
  @Inject RegionRepository regions;
  @Inject Caller caller;
  @Inject AuditTrail audit;

  Clock clock = Clock.systemUTC();

  public ServiceCatalogue() {}

  /** For tests outside the container. */
  public ServiceCatalogue(
      ServiceRepository services,
      OrganisationRepository organisations,
      RegionRepository regions,
      Caller caller,
      AuditTrail audit,
      Clock clock) {
    this.services = services;
    this.organisations = organisations;
    this.regions = regions;
    this.caller = caller;
    this.audit = audit;
    this.clock = clock;
  }

  /** A filter of the catalogue: a kind and a providing organisation (null: any). */
  public record Filter(ServiceKind kind, Long organisationId) {

    public static final Filter ALL = new Filter(null, null);

    boolean admits(Service s) {
      return (kind == null || s.kind() == kind)
          && (organisationId == null || s.provider().id().equals(organisationId));
    }
  }

  /** The caller's region's services that the filter admits, by kind, then Finnish name. */
  public List<ServiceView> list(Filter filter) {
    StaffMember reader = reader();
    Filter f = filter == null ? Filter.ALL : filter;
    return services.ofRegion(reader.regionId()).stream()
        .filter(f::admits)
        .map(s -> ServiceView.of(s, mayEdit(reader, s)))
        .toList();
  }

  /** One service of the caller's region's catalogue; another region's is not found. */
  public ServiceView get(long serviceId) {
    StaffMember reader = reader();
    Service service = ofRegion(reader, serviceId);
    return ServiceView.of(service, mayEdit(reader, service));
  }

  /** The organisations of the caller's region's network, which may offer services in it. */
  public List<Organisation> providers() {
    return organisations.ofRegion(reader().regionId());
  }

  /** The organisation whose services a partner user adds and keeps; none for anyone else. */
  public Optional<Long> ownOrganisation() {
    StaffMember reader = reader();
    return reader.has(Role.PARTNER) ? reader.organisation() : Optional.empty();
  }

  /**
   * A new service of the editor's region, offered by an organisation of its network: its
   * administrators add any organisation's, a partner user only their own organisation's.
   */
  public long create(long organisationId, ServiceDescription description) {
    StaffMember editor = reader();
    boolean own =
        editor.has(Role.PARTNER)
            && editor.organisation().filter(o -> o == organisationId).isPresent();
    if (!editor.has(Role.ADMIN) && !own) {
      throw new NotPermitted();
    }
    Region region = regions.find(editor.regionId()).orElseThrow(NotPermitted::new);
    Organisation provider = provider(region.id(), organisationId);
    ServiceDescription checked = Objects.requireNonNull(description, "description").checked();
    refuseDuplicate(region.id(), provider.id(), checked.nameFi(), null);
    Service service = services.store(new Service(region, provider, checked));
    audited(AuditAction.CREATE, service, "service catalogue");
    return service.id();
  }

  /**
   * Changes a service as the editor read it ({@code version}): its administrators may change
   * everything, a partner user only their own organisation's services and not their provider.
   * Everything is checked before anything changes.
   */
  public void update(
      long serviceId, long version, Long organisationId, ServiceDescription description) {
    StaffMember editor = reader();
    Service service = ofRegion(editor, serviceId);
    if (!mayEdit(editor, service)) {
      throw new NotPermitted();
    }
    long providerId = organisationId == null ? service.provider().id() : organisationId;
    if (!editor.has(Role.ADMIN) && providerId != service.provider().id()) {
      throw new NotPermitted();
    }
    if (service.version() != version) {
      throw new ConcurrentEdit();
    }
    ServiceDescription checked = Objects.requireNonNull(description, "description").checked();
    Organisation provider = provider(editor.regionId(), providerId);
    refuseDuplicate(editor.regionId(), provider.id(), checked.nameFi(), service.id());
    change(service, provider, checked);
  }

  /**
   * The service leaves the catalogue (referrals made to it keep it); administrators only. The
   * version read is required, and asked for after the access checks, so that a missing one tells
   * nothing about another region's service.
   */
  public void retire(long serviceId, Long version) {
    StaffMember admin = administrator();
    Service service = ofRegion(admin, serviceId);
    if (version == null) {
      throw new Refusal("request.invalid", "version is required");
    }
    if (service.version() != version) {
      throw new ConcurrentEdit();
    }
    service.retire(clock.instant());
    audited(AuditAction.DELETE, service, "retired from the service catalogue");
  }

  /** The administrator's region's catalogue as a CSV file (see {@link CatalogueCsv}). */
  public String exportCsv() {
    StaffMember admin = administrator();
    return CatalogueCsv.write(
        services.ofRegion(admin.regionId()).stream().map(s -> ServiceView.of(s, true)).toList());
  }

  /** What an import did. */
  public record ImportResult(int created, int updated, int unchanged) {}

  /**
   * Reads a catalogue file into the administrator's region: every row is checked against the
   * catalogue and the network first, and the first bad one refuses the whole file naming its line
   * ({@link CsvRowRefused}); only then is anything changed. Services the file does not name are
   * left as they are (a service is retired on its own, not by leaving it out of a file).
   */
  public ImportResult importCsv(String csv) {
    StaffMember admin = administrator();
    long regionId = admin.regionId();
    Region region = regions.find(regionId).orElseThrow(NotPermitted::new);
    List<CatalogueCsv.Row> rows = CatalogueCsv.read(csv);
    Map<String, Organisation> byName = new HashMap<>();
    organisations.ofRegion(regionId).forEach(o -> byName.putIfAbsent(key(o.name()), o));
    Map<String, Long> names = new HashMap<>();
    services
        .ofRegion(regionId)
        .forEach(s -> names.put(nameKey(s.provider().id(), s.nameFi()), s.id()));

    // first every row is checked and planned, then the plan is carried out
    List<Planned> plan = new ArrayList<>();
    for (CatalogueCsv.Row row : rows) {
      try {
        plan.add(planned(region, row, byName, names));
      } catch (NotFound | ConcurrentEdit e) {
        throw new CsvRowRefused(
            row.line(),
            e instanceof NotFound
                ? new Refusal(
                    "services.csvNoSuchService",
                    "no service of this catalogue has id " + row.id(),
                    row.id())
                : new Refusal(
                    "services.csvChanged", "the service was changed after the file was written"));
      } catch (CsvRowRefused e) {
        throw e;
      } catch (Refusal e) {
        throw new CsvRowRefused(row.line(), e);
      }
    }
    int created = 0;
    int updated = 0;
    int unchanged = 0;
    for (Planned p : plan) {
      if (p.service() == null) {
        Service service = services.store(new Service(region, p.provider(), p.description()));
        audited(AuditAction.CREATE, service, "service catalogue import");
        created++;
      } else if (p.service().provider().id().equals(p.provider().id())
          && p.service().description().checked().equals(p.description())) {
        unchanged++;
      } else {
        change(p.service(), p.provider(), p.description());
        updated++;
      }
    }
    return new ImportResult(created, updated, unchanged);
  }

  /** One row's change: its service (null: a new one), provider and description, all checked. */
  private record Planned(Service service, Organisation provider, ServiceDescription description) {}

  private Planned planned(
      Region region,
      CatalogueCsv.Row row,
      Map<String, Organisation> byName,
      Map<String, Long> names) {
    Organisation provider = byName.get(key(row.organisation()));
    if (provider == null) {
      throw new Refusal(
          "services.csvNoSuchOrganisation",
          "the region's network has no organisation named " + row.organisation(),
          row.organisation());
    }
    Service service = null;
    if (row.id() != null) {
      service =
          services
              .find(row.id())
              .filter(s -> !s.isRetired() && s.region().id().equals(region.id()))
              .orElseThrow(NotFound::new);
      if (row.version() != null && row.version() != service.version()) {
        throw new ConcurrentEdit();
      }
    }
    // one service per provider and name, in the file and in the catalogue it lands in
    String name = nameKey(provider.id(), row.description().nameFi());
    Long holder = names.get(name);
    Long self = service == null ? Long.valueOf(-row.line()) : service.id();
    if (holder != null && !holder.equals(self)) {
      throw new Refusal(
          "services.duplicate",
          "the organisation has a service named " + row.description().nameFi() + " already",
          row.description().nameFi());
    }
    if (service != null) {
      // its old name is free for another row
      names.values().remove(service.id());
    }
    names.put(name, self);
    return new Planned(service, provider, row.description());
  }

  private void change(Service service, Organisation provider, ServiceDescription description) {
    if (!service.provider().id().equals(provider.id())) {
      service.offeredBy(provider);
    }
    service.describe(description);
    audited(AuditAction.UPDATE, service, "service catalogue");
  }

  /** Whether this person may change this service: its region's administrators, its own partner. */
  static boolean mayEdit(StaffMember person, Service service) {
    if (!person.worksIn(service.region().id())) {
      return false;
    }
    if (person.has(Role.ADMIN)) {
      return true;
    }
    return person.has(Role.PARTNER)
        && person.organisation().filter(o -> o.equals(service.provider().id())).isPresent();
  }

  private void refuseDuplicate(long regionId, long providerId, String nameFi, Long except) {
    Optional<Service> same =
        services.ofRegion(regionId).stream()
            .filter(s -> s.provider().id() == providerId)
            .filter(s -> key(s.nameFi()).equals(key(nameFi)))
            .filter(s -> !s.id().equals(except))
            .findFirst();
    if (same.isPresent()) {
      throw new Refusal(
          "services.duplicate",
          "the organisation has a service named " + nameFi + " already",
          nameFi);
    }
  }

  /** An organisation of the region's network; any other id is refused (bad input, not a 404). */
  private Organisation provider(long regionId, long organisationId) {
    return organisations
        .find(organisationId)
        .filter(o -> o.serves(regionId))
        .orElseThrow(
            () ->
                new Refusal(
                    "services.provider",
                    "the provider is not an organisation of the region's network"));
  }

  private Service ofRegion(StaffMember reader, long serviceId) {
    return services
        .find(serviceId)
        .filter(s -> !s.isRetired() && reader.worksIn(s.region().id()))
        .orElseThrow(NotFound::new);
  }

  /** Anyone signed in who works in a region reads its catalogue. */
  private StaffMember reader() {
    StaffMember reader =
        caller.withAny(NotPermitted::new, Role.ADMIN, Role.CHAIR, Role.CASE_WORKER, Role.PARTNER);
    if (reader.region().isEmpty()) {
      throw new NotPermitted();
    }
    return reader;
  }

  private StaffMember administrator() {
    StaffMember admin = reader();
    if (!admin.has(Role.ADMIN)) {
      throw new NotPermitted();
    }
    return admin;
  }

  private void audited(AuditAction action, Service service, String what) {
    audit.record(AuditRecord.success(action, "Service", String.valueOf(service.id()), what));
  }

  private static String key(String name) {
    return name == null ? "" : name.strip().toLowerCase(Locale.ROOT);
  }

  private static String nameKey(long organisationId, String name) {
    return organisationId + "/" + key(name);
  }
}
