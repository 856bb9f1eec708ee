package fr.hen.network;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * What a write changed in an organisation, as the short detail of its audit entry: enumerated and short values
 * with their old and new value ({@code city=Lille→Lens}), free text by its field name only, capacity line by line
 * ({@code DIALYSIS 1/3 AVAILABLE→2/3 AVAILABLE}: free/places status), contacts by their number, never a name.
 */
final class OrganisationChanges {

  /** The audit resource type of organisations (administration); the resource id is the organisation's code. */
  static final String RESOURCE = "Organisation";

  private OrganisationChanges() {}

  static String created(OrganisationProfile o) {
    return "type=" + o.type() + "; name=" + o.name() + "; city=" + o.city() + "; partnership_status="
        + o.partnershipStatus() + "; capacity: " + (o.capabilities().isEmpty() ? "none" : o.capabilities().stream()
            .map(c -> c.code() + " " + figures(c)).collect(Collectors.joining(", "))) + "; contacts="
        + o.contacts().size();
  }

  static String updated(OrganisationProfile before, OrganisationProfile after) {
    List<String> parts = new ArrayList<>();
    valueChange(parts, "code", before.code(), after.code());
    valueChange(parts, "type", before.type(), after.type());
    fieldChange(parts, "name", before.name(), after.name());
    fieldChange(parts, "finess", before.finess(), after.finess());
    fieldChange(parts, "address", before.address(), after.address());
    valueChange(parts, "postcode", before.postcode(), after.postcode());
    valueChange(parts, "city", before.city(), after.city());
    if (!Objects.equals(before.latitude(), after.latitude())
        || !Objects.equals(before.longitude(), after.longitude())) {
      parts.add("coordinates");
    }
    fieldChange(parts, "phone", before.phone(), after.phone());
    fieldChange(parts, "email", before.email(), after.email());
    valueChange(parts, "partnership_status", before.partnershipStatus(), after.partnershipStatus());
    valueChange(parts, "answer_delay_hours", before.answerDelayHours(), after.answerDelayHours());
    valueChange(parts, "service_radius_km", before.serviceRadiusKm(), after.serviceRadiusKm());
    String capacity = capacityChanges(before.capabilities(), after.capabilities());
    if (!capacity.isEmpty()) {
      parts.add(capacity);
    }
    String contacts = contacts(before.contacts(), after.contacts());
    if (!contacts.isEmpty()) {
      parts.add(contacts);
    }
    return parts.isEmpty() ? "no change" : String.join("; ", parts);
  }

  /** The capacity as declared again: lines changed, new and removed, or "confirmed" when every figure is the same. */
  static String capacity(List<Capacity> before, List<Capacity> after) {
    String changes = capacityChanges(before, after);
    return changes.isEmpty() ? "capacity confirmed" : changes;
  }

  static String contacts(List<Contact> before, List<Contact> after) {
    return before.equals(after) ? "" : "contacts=" + before.size() + "→" + after.size();
  }

  static String deactivated(boolean wasActive) {
    return wasActive ? "active=false" : "active=false (already inactive)";
  }

  private static String capacityChanges(List<Capacity> before, List<Capacity> after) {
    Map<String, Capacity> old = before.stream().collect(Collectors.toMap(Capacity::code, Function.identity()));
    List<String> lines = new ArrayList<>();
    for (Capacity c : after) {
      Capacity previous = old.remove(c.code());
      if (previous == null) {
        lines.add(c.code() + " " + figures(c) + " (new)");
      } else if (!figures(previous).equals(figures(c))) {
        lines.add(c.code() + " " + figures(previous) + "→" + figures(c));
      }
    }
    old.keySet().stream().sorted().forEach(code -> lines.add(code + " removed"));
    return lines.isEmpty() ? "" : "capacity: " + String.join(", ", lines);
  }

  private static String figures(Capacity c) {
    return c.freePlaces() + "/" + c.places() + " " + c.capacityStatus();
  }

  private static void valueChange(List<String> parts, String field, Object before, Object after) {
    if (!Objects.equals(before, after)) {
      parts.add(field + "=" + (before == null ? "" : before) + "→" + (after == null ? "" : after));
    }
  }

  private static void fieldChange(List<String> parts, String field, String before, String after) {
    if (!Objects.equals(before, after)) {
      parts.add(field);
    }
  }
}
