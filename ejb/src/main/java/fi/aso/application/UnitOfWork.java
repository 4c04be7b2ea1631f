package fi.aso.application;

/**
 * The transaction's pending changes, written to the database now (the transaction stays open): new
 * rows get their ids, changed rows their new versions, and a conflicting change fails here, inside
 * the service, rather than at commit. Services call it where they return an id or a version, or
 * where a check must see the change.
 */
public interface UnitOfWork {

  void flush();
}
