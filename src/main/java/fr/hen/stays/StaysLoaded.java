package fr.hen.stays;

/**
 * Stays of an organisation were written in bulk (demo seeding, imports) without one event per movement: read models
 * of that organisation are rebuilt from {@link StayFacts#ofOrganisation}.
 */
public record StaysLoaded(long organisationId, int stays) {}
