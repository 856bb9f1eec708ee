package fr.hen.stays.stay;

import fr.hen.stays.StayStatus;

/** Criteria of the stays list: status, unit code, name or MRN search, and admission date order. */
record StayFilter(StayStatus status, String unitCode, String query, boolean oldestFirst) {

  StayFilter {
    unitCode = unitCode == null || unitCode.isBlank() ? null : unitCode.trim();
    query = query == null || query.isBlank() ? null : query.trim();
  }
}
