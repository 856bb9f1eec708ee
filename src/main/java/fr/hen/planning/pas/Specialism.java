package fr.hen.planning.pas;

/** A medical specialism (cardiology, oncology…). */
public record Specialism(long id, String name) {}
