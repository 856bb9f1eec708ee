package fr.hen.stays.beds;

import java.util.Arrays;
import java.util.Collection;
import java.util.EnumSet;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;

/** What a room is equipped with, a coded list; a room stores its equipment as comma-separated codes. */
public enum RoomEquipment {
  OXYGEN,
  TELEMETRY,
  ISOLATION,
  BARIATRIC;

  /** The stored form: codes in declaration order, comma-separated, empty for none. */
  static String store(Collection<RoomEquipment> equipment) {
    return equipment == null || equipment.isEmpty() ? ""
        : EnumSet.copyOf(equipment).stream().map(Enum::name).collect(Collectors.joining(","));
  }

  /** Reads the stored form; unknown codes (typed outside HEN) are left out rather than failing the page. */
  static Set<RoomEquipment> parse(String stored) {
    Set<RoomEquipment> set = EnumSet.noneOf(RoomEquipment.class);
    if (stored == null || stored.isBlank()) {
      return set;
    }
    Arrays.stream(stored.split(",")).map(s -> s.trim().toUpperCase(Locale.ROOT))
        .filter(s -> Arrays.stream(values()).anyMatch(v -> v.name().equals(s)))
        .forEach(s -> set.add(valueOf(s)));
    return set;
  }
}
