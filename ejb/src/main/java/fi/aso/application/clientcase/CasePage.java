package fi.aso.application.clientcase;

import java.util.List;

/** One page of a case search: its entries, and how many matched in all. */
public record CasePage(List<WorkListEntry> entries, int total, int offset, int limit) {}
