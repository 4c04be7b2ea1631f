package fi.aso.application.audit;

/**
 * Who a line of the access report is about, as the client reads it: a person by name with their
 * organisation, or a word for the platform's own work ("the platform's mail service"). The keys
 * filter the report ({@code s12}: a staff member, {@code c4}: a contact person, {@code o3}: an
 * organisation); they are not shown.
 */
public record ReportParty(String key, String name, String organisationKey, String organisation) {

  /** Name and organisation in one, as a line of the report says them. */
  public String fullName() {
    return organisation == null ? name : name + " (" + organisation + ")";
  }
}
