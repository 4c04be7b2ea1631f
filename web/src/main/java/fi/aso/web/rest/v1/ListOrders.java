package fi.aso.web.rest.v1;

import static fi.aso.application.search.Keyset.folded;

import fi.aso.application.clientcase.CaseFile;
import fi.aso.application.clientcase.WorkListEntry;
import fi.aso.application.consent.ConsentSummary;
import fi.aso.application.invitation.InvitationView;
import fi.aso.application.invitation.Replies;
import fi.aso.application.meeting.BusyTimes;
import fi.aso.application.meeting.InvitableContact;
import fi.aso.application.meeting.MeetingSummary;
import fi.aso.application.meeting.PartnerSlot;
import fi.aso.application.meeting.SeriesSummary;
import fi.aso.application.meetingday.ActionView;
import fi.aso.application.meetingday.FollowUps;
import fi.aso.application.minutes.MinutesVersion;
import fi.aso.application.network.NetworkAdmin;
import fi.aso.application.network.OrganisationSummary;
import fi.aso.application.network.RegionSummary;
import fi.aso.application.search.Keyset;
import fi.aso.application.servicemap.ServiceView;
import fi.aso.application.staff.StaffAccounts;
import fi.aso.application.steering.ReferralView;

/**
 * The stable order of each of the API's lists, as the key its cursor holds: the order the list was
 * read in before it paged (its query's), then the id, so that no two entries tie and a walk with
 * {@code cursor} meets each once. Times are compared to the microsecond, names without regard to
 * case (a database's collation may have put accented names elsewhere before).
 */
final class ListOrders {

  private ListOrders() {}

  static final Keyset<ActionView> ACTIONS =
      Keyset.of("actions:due", a -> new Object[] {a.dueDate(), a.id()});

  static final Keyset<BusyTimes.Entry> BUSY_TIMES =
      Keyset.of("busy-times", b -> new Object[] {b.start(), b.id()});

  static final Keyset<WorkListEntry> CASES = CaseFile.BY_RELEASE;

  static final Keyset<ConsentSummary> CONSENTS =
      Keyset.of("consents", c -> new Object[] {c.version()});

  static final Keyset<Replies.KeptReply> KEPT_REPLIES =
      Keyset.of("replies", r -> new Object[] {r.receivedAt(), r.id()});

  static final Keyset<FollowUps.PointView> FOLLOW_UP =
      Keyset.of("follow-up", p -> new Object[] {p.dueDate(), p.id()});

  static final Keyset<SeriesSummary> SERIES = Keyset.of("series", s -> new Object[] {s.id()});

  static final Keyset<MeetingSummary> MEETINGS =
      Keyset.of("meetings:date", m -> new Object[] {m.start(), m.id()});

  static final Keyset<InvitableContact> INVITABLE =
      Keyset.of(
          "invitable",
          c -> new Object[] {folded(c.organisation()), folded(c.name()), c.contactPersonId()});

  static final Keyset<InvitationView> INVITATIONS =
      Keyset.of("invitations", i -> new Object[] {i.id()});

  static final Keyset<MinutesVersion> MINUTES =
      Keyset.of("minutes", m -> new Object[] {m.versionNo(), m.id()});

  static final Keyset<MinutesResource.MinutesCopySent> MINUTES_COPIES =
      Keyset.of("minutes-copies", c -> new Object[] {c.id()});

  static final Keyset<PartnerSlot> MY_SLOTS =
      Keyset.of("my-slots", s -> new Object[] {s.start(), s.slotId()});

  static final Keyset<NetworkAdmin.OrganisationDetails> NETWORK =
      Keyset.of(
          "network", o -> new Object[] {folded(o.organisation().name()), o.organisation().id()});

  static final Keyset<OrganisationSummary> ORGANISATIONS =
      Keyset.of("organisations", o -> new Object[] {folded(o.name()), o.id()});

  static final Keyset<NetworkAdmin.ShareRequestView> SHARE_REQUESTS =
      Keyset.of("share-requests", r -> new Object[] {r.requestedAt(), r.id()});

  static final Keyset<ReferralView> REFERRALS = Keyset.of("referrals", r -> new Object[] {r.id()});

  static final Keyset<RegionSummary> REGIONS =
      Keyset.of("regions", r -> new Object[] {folded(r.name()), r.id()});

  /** By kind in the kinds' own order, then by Finnish name. */
  static final Keyset<ServiceView> SERVICES =
      Keyset.of("services", s -> new Object[] {s.kind().ordinal(), folded(s.nameFi()), s.id()});

  static final Keyset<StaffAccounts.Account> STAFF =
      Keyset.of("staff", a -> new Object[] {folded(a.displayName()), a.id()});
}
