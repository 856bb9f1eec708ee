package fr.hen.stays.beds;

import java.util.Collection;

/** Who a room may host: anyone, men only, women only, or patients of the same sex as those already there. */
public enum GenderPolicy {
  ANY,
  MALE,
  FEMALE,
  SAME;

  /** Whether a patient of this administrative sex (M, F, U) may join these roommates. */
  public boolean admits(String sex, Collection<String> roommates) {
    return switch (this) {
      case ANY -> true;
      case MALE -> "M".equals(sex);
      case FEMALE -> "F".equals(sex);
      case SAME -> roommates.stream().allMatch(sex::equals);
    };
  }

  /** Whether the patients now in a room could all stay in it under this policy. */
  public boolean admitsAll(Collection<String> sexes) {
    return sexes.stream().allMatch(sex -> admits(sex, sexes));
  }
}
