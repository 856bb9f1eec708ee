package fr.hen.discharge;

/** The coded reasons a partner gives when it refuses a referral (PRODUCT.md §3). */
public enum RefusalReason {
  NO_CAPACITY, CARE_NOT_PROVIDED, OUTSIDE_TERRITORY, CLINICAL_PROFILE, SOCIAL_SITUATION, INCOMPLETE_FILE, OTHER
}
