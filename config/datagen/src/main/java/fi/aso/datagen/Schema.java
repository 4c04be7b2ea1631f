package fi.aso.datagen;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;

/**
 * The tables the generator writes, with the columns it fills, in the order their rows must reach
 * the database (parents first).
 */
final class Schema {

  final Table region = new Table("region", "id", "code", "name", "time_zone", "created_at");
  final Table organisation =
      new Table(
          "organisation",
          "id",
          "name",
          "org_type",
          "preferred_channel",
          "home_region_id",
          "created_at");
  final Table regionOrganisation =
      new Table("region_organisation", false, "region_id", "organisation_id");
  final Table contact =
      new Table("contact_person", "id", "organisation_id", "name", "email", "phone", "deputy_id");
  final Table staff =
      new Table(
          "staff_user",
          "id",
          "username",
          "display_name",
          "email",
          "region_id",
          "organisation_id",
          "contact_person_id",
          "created_at");
  final Table staffRole = new Table("staff_user_role", false, "staff_user_id", "role");
  final Table clientCase =
      new Table(
          "client_case",
          "id",
          "region_id",
          "reference",
          "full_name",
          "date_of_birth",
          "pic_hash",
          "pic_encrypted",
          "client_kind",
          "institution_id",
          "expected_release_date",
          "case_worker_id",
          "chair_id",
          "state",
          "previous_housing",
          "wishes",
          "housing_skills",
          "rent_arrears",
          "other_support_needs",
          "referred_at",
          "outcome");
  final Table stateChange =
      new Table(
          "case_state_change",
          "id",
          "case_id",
          "from_state",
          "to_state",
          "changed_at",
          "changed_by");
  final Table consent =
      new Table(
          "consent",
          "id",
          "case_id",
          "version_no",
          "method",
          "text_version",
          "given_at",
          "valid_until",
          "recorded_by",
          "superseded_at",
          "withdrawn_at",
          "withdrawn_by",
          "confirmed_name");
  final Table recipient =
      new Table(
          "consent_recipient",
          "id",
          "consent_id",
          "organisation_id",
          "withdrawn_at",
          "withdrawn_by");
  final Table category = new Table("consent_recipient_category", false, "recipient_id", "category");
  final Table meeting =
      new Table(
          "meeting",
          "id",
          "region_id",
          "starts_at",
          "ends_at",
          "place",
          "status",
          "created_by",
          "created_at");
  final Table slot =
      new Table(
          "client_slot",
          "id",
          "meeting_id",
          "case_id",
          "starts_at",
          "ends_at",
          "client_attendance",
          "created_by",
          "created_at");
  final Table invitee =
      new Table(
          "slot_invitee",
          "id",
          "slot_id",
          "kind",
          "contact_person_id",
          "organisation_id",
          "staff_user_id",
          "answer",
          "answered_at",
          "attendance",
          "created_at");
  final Table slotRecord =
      new Table("slot_record", false, "slot_id", "housing_form", "updated_by", "updated_at");
  final Table invitation =
      new Table(
          "invitation",
          "id",
          "invitee_id",
          "slot_id",
          "case_id",
          "organisation_id",
          "region_id",
          "uid",
          "sequence_no",
          "attendee_email",
          "attendee_name",
          "channel",
          "sent_start",
          "sent_end",
          "sent_place",
          "state",
          "created_at");
  final Table outbound =
      new Table(
          "outbound_message",
          "id",
          "idempotency_key",
          "message_id",
          "invitation_id",
          "kind",
          "channel",
          "recipient",
          "subject",
          "body_text",
          "status",
          "attempts",
          "next_attempt_at",
          "created_at",
          "sent_at",
          "organisation_id",
          "region_id");
  final Table disclosure =
      new Table("outbound_disclosure", false, "outbound_message_id", "case_id", "categories");
  final Table minutes =
      new Table(
          "minutes",
          "id",
          "meeting_id",
          "version_no",
          "state",
          "content",
          "created_by",
          "created_at",
          "prepared_by",
          "prepared_at",
          "reviewed_by",
          "reviewed_at",
          "approved_by",
          "approved_at");
  final Table minutesCopy =
      new Table(
          "minutes_copy",
          "id",
          "minutes_id",
          "recipient",
          "organisation_id",
          "contact_person_id",
          "case_ids",
          "categories",
          "outbound_message_id",
          "created_at");
  final Table action =
      new Table(
          "action_item",
          "id",
          "slot_id",
          "case_id",
          "what",
          "responsible",
          "organisation_id",
          "due_date",
          "status",
          "created_by",
          "created_at",
          "updated_by",
          "updated_at");
  final Table followUp =
      new Table(
          "follow_up_point",
          "id",
          "case_id",
          "label",
          "due_date",
          "housed_before_release",
          "housing_form",
          "still_housed",
          "recorded_by",
          "recorded_at");
  final Table auditIds = new Table("audit_event", "id");
  final AuditLog audit = new AuditLog();

  /** Parents before children. */
  List<Table> inOrder() {
    return List.of(
        region,
        organisation,
        regionOrganisation,
        contact,
        staff,
        staffRole,
        clientCase,
        stateChange,
        consent,
        recipient,
        category,
        meeting,
        slot,
        invitee,
        slotRecord,
        invitation,
        outbound,
        disclosure,
        minutes,
        minutesCopy,
        action,
        followUp);
  }

  /** Sends everything made so far; says how many rows. */
  long flush(Connection c) throws SQLException {
    long n = 0;
    for (Table t : inOrder()) {
      n += t.flush(c);
    }
    return n + audit.flush(c, auditIds);
  }

  long written() {
    return inOrder().stream().mapToLong(Table::written).sum() + audit.written();
  }
}
