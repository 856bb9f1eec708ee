package fr.hen.stays;

/** A bed's isolation was set, changed or lifted ({@code isolation} null). */
public record BedIsolationChanged(long bedId, long organisationId, BedIsolation isolation) {}
