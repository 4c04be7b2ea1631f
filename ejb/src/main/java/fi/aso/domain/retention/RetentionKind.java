package fi.aso.domain.retention;

/**
 * The kinds of client data that have a retention period of their own, each with its default in days
 * and when it starts. The defaults and their legal basis are written down in the README
 * ("Retention"); several are proposals for the controller (Rise) to confirm, which a region changes
 * on the administrator's retention page without a release.
 */
public enum RetentionKind {
  /** A closed case: counted from closing; the person is then replaced by a pseudonym. */
  CLOSED_CASE(730),
  /** A referral the client refused or withdrew consent to: counted from the refusal. */
  REFUSED_REFERRAL(90),
  /** A scanned paper consent form: counted from the end of its consent version. */
  CONSENT_SCAN(730),
  /** A mail kept for a human, and the bodies of mails sent: counted from arrival or writing. */
  KEPT_MAIL(180),
  /**
   * Who did what on a case, kept outside the audit trail with the pseudonymous case (state history
   * with reasons, who recorded or withdrew consents): counted from closing.
   */
  AUDIT_DETAILS(3650);

  private final int defaultDays;

  RetentionKind(int defaultDays) {
    this.defaultDays = defaultDays;
  }

  public int defaultDays() {
    return defaultDays;
  }
}
