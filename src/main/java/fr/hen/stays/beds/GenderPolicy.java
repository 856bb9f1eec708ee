package fr.hen.stays.beds;

/** Who a room may host: anyone, men only, women only, or patients of the same sex as those already there. */
public enum GenderPolicy {
  ANY,
  MALE,
  FEMALE,
  SAME
}
