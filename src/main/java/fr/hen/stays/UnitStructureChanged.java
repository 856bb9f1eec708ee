package fr.hen.stays;

/** A unit was created or changed, or one of its rooms (capacity, gender policy, equipment, beds added). */
public record UnitStructureChanged(long unitId, long organisationId) {}
