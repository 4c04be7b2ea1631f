package fi.aso.application.steering;

import fi.aso.application.network.NotPermitted;
import fi.aso.application.staff.Caller;
import fi.aso.domain.servicemap.Service;
import fi.aso.domain.servicemap.ServiceKind;
import fi.aso.domain.servicemap.ServiceNeed;
import fi.aso.domain.servicemap.ServiceReferral;
import fi.aso.domain.servicemap.ServiceRepository;
import fi.aso.domain.servicemap.SteeringRepository;
import fi.aso.domain.staff.Role;
import fi.aso.domain.staff.StaffMember;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Where the region's service map has holes: per kind of service, the needs the groups recorded, the
 * services the catalogue has, the referrals made and those the provider took on, and the needs no
 * service met (no referral of that kind for that client taken on). Only counts: no client is named,
 * so nothing here is a read of client data. The same figures are the outcomes indicators' data
 * ({@link #ofRegion}).
 */
@Stateless
public class MapHoles {

  @Inject SteeringRepository steering;
  @Inject ServiceRepository services;
  @Inject Caller caller;

  public MapHoles() {}

  /** For tests outside the container. */
  public MapHoles(SteeringRepository steering, ServiceRepository services, Caller caller) {
    this.steering = steering;
    this.services = services;
    this.caller = caller;
  }

  /**
   * One kind's figures. {@code needs}: needs recorded (one per client's slot); {@code services}:
   * services of the kind in the catalogue now; {@code referred}: referrals made; {@code takenOn}:
   * referrals the provider accepted, started or ended; {@code unmet}: needs with no referral of the
   * kind taken on for that client.
   */
  public record KindFigures(
      ServiceKind kind, int needs, int services, int referred, int takenOn, int unmet) {

    /** A need recorded and no service of the kind in the region at all. */
    public boolean noService() {
      return needs > 0 && services == 0;
    }
  }

  /**
   * The region's figures, kinds in the list's order; kinds with no need and no service left out.
   */
  public record Report(long regionId, List<KindFigures> kinds) {

    public int needs() {
      return kinds.stream().mapToInt(KindFigures::needs).sum();
    }

    public int unmet() {
      return kinds.stream().mapToInt(KindFigures::unmet).sum();
    }

    /** The kinds needed that the region has no service of. */
    public List<ServiceKind> withoutService() {
      return kinds.stream().filter(KindFigures::noService).map(KindFigures::kind).toList();
    }
  }

  /** The caller's region's figures, for its chairs and administrators. */
  public Report ofCallersRegion() {
    StaffMember reader = caller.withAny(NotPermitted::new, Role.CHAIR, Role.ADMIN);
    if (reader.region().isEmpty()) {
      throw new NotPermitted();
    }
    return ofRegion(reader.regionId());
  }

  /** The region's figures, with no check of who asks: for the outcomes indicators. */
  public Report ofRegion(long regionId) {
    List<ServiceNeed> needs = steering.needsOfRegion(regionId);
    List<ServiceReferral> referrals = steering.referralsOfRegion(regionId);
    Map<ServiceKind, Long> catalogue =
        services.ofRegion(regionId).stream()
            .collect(Collectors.groupingBy(Service::kind, Collectors.counting()));
    // the clients (and kinds) some provider took on
    Set<String> met =
        referrals.stream()
            .filter(r -> r.state().isTakenOn())
            .map(r -> r.clientCase().id() + ":" + r.kind())
            .collect(Collectors.toSet());
    Map<ServiceKind, int[]> figures = new EnumMap<>(ServiceKind.class);
    needs.forEach(
        n -> {
          int[] f = figures.computeIfAbsent(n.kind(), k -> new int[4]);
          f[0]++;
          if (!met.contains(n.clientCase().id() + ":" + n.kind())) {
            f[3]++;
          }
        });
    referrals.forEach(
        r -> {
          int[] f = figures.computeIfAbsent(r.kind(), k -> new int[4]);
          f[1]++;
          if (r.state().isTakenOn()) {
            f[2]++;
          }
        });
    catalogue.keySet().forEach(k -> figures.computeIfAbsent(k, x -> new int[4]));
    List<KindFigures> kinds =
        figures.entrySet().stream()
            .map(
                e ->
                    new KindFigures(
                        e.getKey(),
                        e.getValue()[0],
                        catalogue.getOrDefault(e.getKey(), 0L).intValue(),
                        e.getValue()[1],
                        e.getValue()[2],
                        e.getValue()[3]))
            .toList();
    return new Report(regionId, kinds);
  }
}
