package fi.aso.infrastructure.video;

import fi.aso.application.meeting.PatternVideoLinks;
import fi.aso.application.meeting.VideoLinkProvider;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.Startup;
import jakarta.inject.Inject;
import java.net.URI;
import java.time.Instant;
import java.util.Locale;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The video room provider the configuration names ({@code aso.video.provider}): {@code pattern}
 * (the default: {@link PatternVideoLinks} with {@code aso.video.link-pattern}) or {@code teams}
 * ({@link TeamsOnlineMeetings} with the {@code aso.video.teams.*} settings). Checked when the
 * application starts, so that a mistyped provider or a missing Teams setting stops the deployment
 * instead of the first meeting.
 */
@ApplicationScoped
public class ConfiguredVideoLinks implements VideoLinkProvider {

  @Inject
  @ConfigProperty(name = "aso.video.provider")
  String provider;

  @Inject
  @ConfigProperty(name = "aso.video.link-pattern")
  String pattern;

  @Inject
  @ConfigProperty(name = "aso.video.teams.authority")
  String authority;

  @Inject
  @ConfigProperty(name = "aso.video.teams.graph")
  String graph;

  @Inject
  @ConfigProperty(name = "aso.video.teams.tenant")
  Optional<String> tenant;

  @Inject
  @ConfigProperty(name = "aso.video.teams.client-id")
  Optional<String> clientId;

  @Inject
  @ConfigProperty(name = "aso.video.teams.client-secret")
  Optional<String> clientSecret;

  @Inject
  @ConfigProperty(name = "aso.video.teams.organizer")
  Optional<String> organizer;

  private VideoLinkProvider chosen;

  @PostConstruct
  void choose() {
    chosen =
        switch (provider.strip().toLowerCase(Locale.ROOT)) {
          case "pattern" -> checked(new PatternVideoLinks(pattern));
          case "teams" ->
              new TeamsOnlineMeetings(
                  new TeamsSettings(
                      URI.create(authority.strip()),
                      URI.create(graph.strip()),
                      tenant.orElse(null),
                      clientId.orElse(null),
                      clientSecret.orElse(null),
                      organizer.orElse(null)));
          default ->
              throw new IllegalStateException(
                  "aso.video.provider must be pattern or teams, not " + provider);
        };
  }

  /** The pattern is tried once at start, so that a wrong one is found then. */
  private static PatternVideoLinks checked(PatternVideoLinks links) {
    links.newLink();
    return links;
  }

  /** Made (and so checked) when the application starts. */
  void atStartup(@Observes Startup startup) {
    chosen.toString();
  }

  @Override
  public Optional<String> newMeetingLink(Instant start, Instant end) {
    return chosen.newMeetingLink(start, end);
  }
}
