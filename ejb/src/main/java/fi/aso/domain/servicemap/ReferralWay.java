package fi.aso.domain.servicemap;

/** How a client gets to a service (seeds 002 and 003 name each of these). */
public enum ReferralWay {
  /** A referral form or written referral (lähete, hakemus) from a professional. */
  REFERRAL_FORM,
  /** A professional or the client calls. */
  PHONE,
  /** Secure e-mail (suojattu sähköposti). */
  SECURE_EMAIL,
  /** Online: the service's web form or chat. */
  ONLINE,
  /** The client contacts the service on their own (asiakas itse). */
  SELF_REFERRAL,
  /** No appointment needed: the client just comes (e.g. Talousneuvola). */
  WALK_IN,
  /** Only through a service-needs assessment and a social worker's decision (SAS, välitystili). */
  SERVICE_NEEDS_ASSESSMENT
}
