package fi.aso.infrastructure.persistence;

import jakarta.persistence.EntityManager;
import java.time.Instant;
import java.util.List;

/**
 * Replaces the person of one case by a pseudonym: the case row stays (the audit trail, whose rows
 * cannot be changed, and the statistics refer to its id), its reference and name become {@code
 * ANON-<id>}, its birth date only the year (for age groups), and every text that says who the
 * client is or what was said about them goes: the identity code (hash and sealed copy), the
 * referral, notes, assessments, decisions, statements, actions' texts, follow-up notes, consent
 * scans, names typed on electronic consents, consent links, the client's part of every minutes
 * version, and the bodies of every mail about them and of the replies to those mails.
 */
final class CaseForgetting {

  private static final String SLOTS = "(select id from client_slot where case_id = ?1)";
  private static final String MESSAGES =
      "(select outbound_message_id from outbound_disclosure where case_id = ?1"
          + " union select m.id from outbound_message m join invitation i"
          + " on i.id = m.invitation_id where i.case_id = ?1)";

  /** The client's part of a minutes version, cut to what the statistics and the trail need. */
  private static final String MINUTES_PART =
      "jsonb_build_object('caseId', s->'caseId', 'reference', 'ANON-' || ?1, 'clientName', null,"
          + " 'start', s->'start', 'end', s->'end', 'notes', '{}'::jsonb,"
          + " 'housingForm', s->'housingForm', 'support', null, 'decisions', null,"
          + " 'attendees', (select coalesce(jsonb_agg(p || '{\"statement\": null}'::jsonb),"
          + " '[]'::jsonb) from jsonb_array_elements(s->'attendees') p"
          + " where p->>'organisationId' is not null), 'actions', '[]'::jsonb)";

  private static final List<String> STATEMENTS =
      List.of(
          "delete from consent_document where consent_id in"
              + " (select id from consent where case_id = ?1)",
          "update consent set confirmed_name = null where case_id = ?1",
          "delete from consent_invitation_proposal where invitation_id in"
              + " (select id from consent_invitation where case_id = ?1)",
          "delete from consent_invitation where case_id = ?1",
          "update case_state_change set reason = null where case_id = ?1",
          "delete from slot_topic_note where slot_id in " + SLOTS,
          "update slot_record set support_needed = null, decisions = null where slot_id in "
              + SLOTS,
          "update slot_invitee set statement = null where slot_id in " + SLOTS,
          "update client_slot set agenda = null, after_release_reason = null where case_id = ?1",
          "update action_item set what = '-', status_note = null where case_id = ?1",
          "update follow_up_point set how_housed = null, note = null where case_id = ?1",
          // a declined referral must keep a reason (a check constraint): a dash, not the words
          "update service_referral set reason = case when reason is null then null else '-' end"
              + " where case_id = ?1",
          "update inbound_reply set sealed_raw = null, from_address = null, message_id = null"
              + " where uid in (select uid from invitation where case_id = ?1)",
          "update outbound_message set subject = '-', body_text = '', calendar = null,"
              + " payload = null, attachment = null, attachment_name = null, last_error = null"
              + " where id in "
              + MESSAGES,
          "update minutes set content = jsonb_set(content::jsonb, '{slots}', (select"
              + " coalesce(jsonb_agg(case when (s->>'caseId')::bigint = ?1 then "
              + MINUTES_PART
              + " else s end order by o), '[]'::jsonb)"
              + " from jsonb_array_elements(content::jsonb->'slots') with ordinality a(s, o)))::text"
              + " where content::jsonb->'slots' @> jsonb_build_array(jsonb_build_object('caseId',"
              + " ?1))");

  private final EntityManager em;

  CaseForgetting(EntityManager em) {
    this.em = em;
  }

  void forget(long caseId, Instant now) {
    for (String sql : STATEMENTS) {
      em.createNativeQuery(sql).setParameter(1, caseId).executeUpdate();
    }
    em.createNativeQuery(
            "update client_case set reference = 'ANON-' || id, full_name = 'ANON-' || id,"
                + " date_of_birth = make_date(extract(year from date_of_birth)::int, 1, 1),"
                + " pic_hash = null, pic_encrypted = null, previous_housing = null, wishes = null,"
                + " housing_skills = null, rent_arrears = null, credit_record = null,"
                + " substance_use = null, other_support_needs = null, outcome_note = null,"
                + " anonymised_at = ?2, version = version + 1 where id = ?1")
        .setParameter(1, caseId)
        .setParameter(2, Utc.at(now))
        .executeUpdate();
  }
}
