package fr.hen.planning.pas;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * A room: its capacity, department, gender policy, the specialisms it suits with their priority (1 = best) and its
 * equipment as a bit set (bit i = the instance's i-th room property). Identity equality.
 */
public final class Room {

  private final long id;
  private final String name;
  private final int capacity;
  private final Department department;
  private final GenderPolicy genderPolicy;
  private final Map<Specialism, Integer> specialismPriorities;
  private final int equipment;
  private final List<Bed> beds = new ArrayList<>();

  public Room(long id, String name, int capacity, Department department, GenderPolicy genderPolicy,
      Map<Specialism, Integer> specialismPriorities, int equipment) {
    this.id = id;
    this.name = name;
    this.capacity = capacity;
    this.department = department;
    this.genderPolicy = genderPolicy;
    this.specialismPriorities = Map.copyOf(specialismPriorities);
    this.equipment = equipment;
  }

  public long id() {
    return id;
  }

  public String name() {
    return name;
  }

  public int capacity() {
    return capacity;
  }

  public Department department() {
    return department;
  }

  public GenderPolicy genderPolicy() {
    return genderPolicy;
  }

  public Map<Specialism, Integer> specialismPriorities() {
    return specialismPriorities;
  }

  /** The priority of this specialism in the room, or {@code null} when the room does not have it. */
  public Integer priorityOf(Specialism specialism) {
    return specialismPriorities.get(specialism);
  }

  public int equipment() {
    return equipment;
  }

  /** How many of the wanted equipment bits this room lacks. */
  public int missingEquipment(int wanted) {
    return Integer.bitCount(wanted & ~equipment);
  }

  public List<Bed> beds() {
    return beds;
  }

  @Override
  public String toString() {
    return name;
  }
}
