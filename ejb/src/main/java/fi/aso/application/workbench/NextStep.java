package fi.aso.application.workbench;

import fi.aso.domain.clientcase.CaseState;
import java.time.Instant;
import java.time.LocalDate;

/**
 * What one client's case needs next from its case worker, as the home page says it: the kind (the
 * page words it in the reader's language), the case's state (said instead when nothing more is
 * known, {@link Kind#AS_STATE}), and where the kind has them a day ({@code date}: consent and
 * follow-up dates), a moment ({@code at}: the link's end, the meeting's start) or a count ({@code
 * count}: empty topics of the mapping; otherwise 0).
 */
public record NextStep(Kind kind, CaseState state, LocalDate date, Instant at, int count) {

  public enum Kind {
    /** The mapping has {@code count} empty topics: complete it. */
    REFERRAL_INCOMPLETE,
    /** The mapping is complete: ask for consent. */
    ASK_CONSENT,
    /** The consent link waits for the client until {@code at}. */
    LINK_WAITING,
    /** The consent link ran out at {@code at} unused: make a new one. */
    LINK_EXPIRED,
    /** The consent link was locked by wrong codes: make a new one. */
    LINK_LOCKED,
    /** The consent in force ends on {@code date}, within {@link NextSteps#EXPIRY_WARNING}. */
    CONSENT_EXPIRING,
    /** The consent ended on {@code date} and none followed it. */
    CONSENT_EXPIRED,
    /** The client's next slot on a planned meeting starts at {@code at}. */
    MEETING,
    /** The next follow-up point is due on {@code date}. */
    FOLLOW_UP_DUE,
    /** The next follow-up point was due on {@code date} and is not recorded. */
    FOLLOW_UP_OVERDUE,
    /** Nothing more than the case's state to say. */
    AS_STATE
  }

  static NextStep of(Kind kind, CaseState state) {
    return new NextStep(kind, state, null, null, 0);
  }

  static NextStep on(Kind kind, CaseState state, LocalDate date) {
    return new NextStep(kind, state, date, null, 0);
  }

  static NextStep at(Kind kind, CaseState state, Instant at) {
    return new NextStep(kind, state, null, at, 0);
  }
}
