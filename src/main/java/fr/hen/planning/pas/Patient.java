package fr.hen.planning.pas;

/**
 * A patient to place: age, sex, preferred maximum room capacity ({@code null} = none), required and preferred
 * equipment as bit sets (a preferred item that is also required counts only as required, as the benchmark says).
 */
public final class Patient {

  private final long id;
  private final String name;
  private final int age;
  private final Gender gender;
  private final Integer preferredMaximumRoomCapacity;
  private final int requiredEquipment;
  private final int preferredEquipment;

  public Patient(long id, String name, int age, Gender gender, Integer preferredMaximumRoomCapacity,
      int requiredEquipment, int preferredEquipment) {
    this.id = id;
    this.name = name;
    this.age = age;
    this.gender = gender;
    this.preferredMaximumRoomCapacity = preferredMaximumRoomCapacity;
    this.requiredEquipment = requiredEquipment;
    this.preferredEquipment = preferredEquipment & ~requiredEquipment;
  }

  public long id() {
    return id;
  }

  public String name() {
    return name;
  }

  public int age() {
    return age;
  }

  public Gender gender() {
    return gender;
  }

  public Integer preferredMaximumRoomCapacity() {
    return preferredMaximumRoomCapacity;
  }

  public int requiredEquipment() {
    return requiredEquipment;
  }

  public int preferredEquipment() {
    return preferredEquipment;
  }

  @Override
  public String toString() {
    return name;
  }
}
