package fr.hen.planning.pas;

import java.util.Set;

/**
 * A department (a hospital unit): its age limits ({@code null} = none) and the specialisms it treats. Identity
 * equality: one instance per department.
 */
public final class Department {

  private final long id;
  private final String name;
  private final Integer minimumAge;
  private final Integer maximumAge;
  private final Set<Specialism> specialisms;

  public Department(long id, String name, Integer minimumAge, Integer maximumAge, Set<Specialism> specialisms) {
    this.id = id;
    this.name = name;
    this.minimumAge = minimumAge;
    this.maximumAge = maximumAge;
    this.specialisms = Set.copyOf(specialisms);
  }

  public long id() {
    return id;
  }

  public String name() {
    return name;
  }

  public Integer minimumAge() {
    return minimumAge;
  }

  public Integer maximumAge() {
    return maximumAge;
  }

  public Set<Specialism> specialisms() {
    return specialisms;
  }

  public boolean isTooYoung(int age) {
    return minimumAge != null && age < minimumAge;
  }

  public boolean isTooOld(int age) {
    return maximumAge != null && age > maximumAge;
  }

  @Override
  public String toString() {
    return name;
  }
}
