package fi.aso.web.faces;

import fi.aso.application.staff.StaffDirectory;
import fi.aso.application.staff.StaffProfile;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.HashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Who did something, as a page says it ({@code #{people.name(actor)}}): the records keep a staff
 * member's user name, or a word the code wrote for an actor with no account ("client (electronic)",
 * "outbox"); a page shows the person's name, or that word in the user's language ({@code actor.*}),
 * never the stored text.
 */
@Named
@RequestScoped
public class People {

  /** The actors with no account the code records, and the key of their words. */
  private static final Map<String, String> NOT_A_USER =
      Map.of(
          "client", "actor.client",
          "client (electronic)", "actor.clientElectronic",
          "system", "actor.system",
          "outbox", "actor.outbox",
          "invitee", "actor.invitee",
          "join link", "actor.joinLink",
          "referral link", "actor.referralLink",
          "calendar feed", "actor.calendarFeed");

  /** The recipient of the client's own copy of the minutes: "client (via <user name>)". */
  private static final Pattern CLIENT_COPY = Pattern.compile("client \\(via (.+)\\)");

  @Inject StaffDirectory staff;
  @Inject Messages messages;

  private final Map<String, String> names = new HashMap<>();

  public String name(String actor) {
    if (actor == null) {
      return "";
    }
    return names.computeIfAbsent(actor, this::lookUp);
  }

  private String lookUp(String actor) {
    String word = NOT_A_USER.get(actor);
    if (word != null) {
      return messages.get(word);
    }
    Matcher copy = CLIENT_COPY.matcher(actor);
    if (copy.matches()) {
      return messages.get("actor.clientCopy", lookUp(copy.group(1)));
    }
    if (actor.contains("@")) {
      return actor; // an e-mail address, as the minutes' copies list keeps a recipient
    }
    return staff.profile(actor).map(StaffProfile::displayName).orElse(messages.get("actor.other"));
  }
}
