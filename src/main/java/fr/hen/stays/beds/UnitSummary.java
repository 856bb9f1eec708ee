package fr.hen.stays.beds;

/** A unit of a hospital with its bed counts by status (no patient data). */
public record UnitSummary(long id, String code, String name, String specialism, int beds, int free, int occupied,
    int reserved, int cleaning, int cleaned, int blocked) {}
