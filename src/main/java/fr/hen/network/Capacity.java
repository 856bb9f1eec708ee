package fr.hen.network;

import java.time.LocalDateTime;

/** Declared capacity of one capability of an organisation: places, free places, status and time of declaration. */
public record Capacity(String code, String label, int places, int freePlaces, CapacityStatus capacityStatus,
    LocalDateTime declaredAt) {}
