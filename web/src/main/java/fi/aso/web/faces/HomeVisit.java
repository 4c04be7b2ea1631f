package fi.aso.web.faces;

import fi.aso.application.workbench.ChairUpdates;
import jakarta.enterprise.context.SessionScoped;
import jakarta.inject.Inject;
import java.io.Serializable;
import java.time.Instant;
import java.util.Optional;

/**
 * When the signed-in person last opened their home page before this session: read (and replaced by
 * now) once per session, so that what is new stays marked new through reloads until they sign in
 * again.
 */
@SessionScoped
public class HomeVisit implements Serializable {

  @Inject ChairUpdates updates;

  private boolean read;
  private Instant before;

  Optional<Instant> previous() {
    if (!read) {
      before = updates.visitHome().orElse(null);
      read = true;
    }
    return Optional.ofNullable(before);
  }
}
