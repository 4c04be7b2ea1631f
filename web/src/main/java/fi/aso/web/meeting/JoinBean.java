package fi.aso.web.meeting;

import fi.aso.application.meeting.VideoJoin;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.time.Instant;

/**
 * The page of a personal join link: forwards to the video room when the link is open, else says in
 * words when the meeting is, that it is over, or that the link is not valid. The status stays what
 * it was: 410 for a genuine link that is not open now, 404 for an unknown or expired one.
 */
@Named
@RequestScoped
public class JoinBean {

  @Inject VideoJoin join;

  private String token = "";
  private VideoJoin.Result result;

  public void load() throws IOException {
    ExternalContext external = FacesContext.getCurrentInstance().getExternalContext();
    external.setResponseHeader("Referrer-Policy", "no-referrer");
    result = join.join(token);
    if (result.outcome() == VideoJoin.Outcome.JOINED && result.videoRoom().isPresent()) {
      external.redirect(result.videoRoom().get());
      return;
    }
    external.setResponseStatus(
        result.outcome() == VideoJoin.Outcome.INVALID
                || result.outcome() == VideoJoin.Outcome.EXPIRED
            ? HttpServletResponse.SC_NOT_FOUND
            : HttpServletResponse.SC_GONE);
  }

  /** The bundle key of what the page says. */
  public String getMessageKey() {
    return switch (result.outcome()) {
      case NOT_OPEN_YET -> "join.notYet.when";
      case CLOSED -> "join.closed.when";
      case NO_VIDEO -> "join.noVideo.when";
      case CANCELLED -> "join.cancelled";
      case EXPIRED -> result.start().isPresent() ? "join.closed.when" : "join.expired";
      default -> "join.invalid";
    };
  }

  public Instant getStart() {
    return result.start().orElse(null);
  }

  public Instant getEnd() {
    return result.end().orElse(null);
  }

  public String getToken() {
    return token;
  }

  public void setToken(String token) {
    this.token = clean(token);
  }

  /** A token has only these characters; anything else is dropped (it cannot be ours then). */
  static String clean(String token) {
    return token == null ? "" : token.replaceAll("[^0-9A-Za-z_.-]", "");
  }
}
