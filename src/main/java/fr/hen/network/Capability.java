package fr.hen.network;

/** A care capability of the catalogue, with its label in the user's language. */
public record Capability(String code, String label) {}
