package fi.aso.domain.meeting.scheduling;

/**
 * Someone or something a slot needs: a partner's contact person, the case worker, the client, or a
 * shared resource such as the prison's video room. Rooms are participants too because they have
 * busy times exactly like people; only their {@link Kind} differs, since an idle room does not
 * count as anybody waiting.
 *
 * @param key stable identifier used by {@link SlotRequest#participantKeys()} and {@link Busy}
 * @param displayName shown in explanations, e.g. "Video room 2" or "Maija Virtanen"
 * @param kind whether waiting between this participant's slots is minimised
 */
public record Participant(String key, String displayName, Kind kind) {

  /** Persons wait between their slots; rooms only constrain when a slot can be held. */
  public enum Kind {
    PERSON,
    ROOM
  }

  public Participant {
    Require.key(key, "participant key");
    Require.key(displayName, "display name of participant " + key);
    Require.present(kind, "kind of participant " + key);
  }

  public static Participant person(String key, String displayName) {
    return new Participant(key, displayName, Kind.PERSON);
  }

  public static Participant room(String key, String displayName) {
    return new Participant(key, displayName, Kind.ROOM);
  }
}
