package fr.hen.stays.networkbeds;

/**
 * The raw counts of one hospital (or of the network) before small-cell suppression: beds by status today,
 * patients medically ready still in hospital, and the discharges of the period with their length of stay.
 */
record Tally(int beds, int blocked, int occupied, int free, int medicallyReady, int discharges,
    int dischargesBeforeNoon, int inpatientDischarges, long inpatientDays) {

  static final Tally ZERO = new Tally(0, 0, 0, 0, 0, 0, 0, 0, 0);

  /** Beds that can take a patient today: every bed but the blocked ones. */
  int available() {
    return beds - blocked;
  }

  Tally withBeds(int beds, int blocked, int occupied, int free, int medicallyReady) {
    return new Tally(beds, blocked, occupied, free, medicallyReady, discharges, dischargesBeforeNoon,
        inpatientDischarges, inpatientDays);
  }

  Tally withDischarges(int discharges, int beforeNoon, int inpatient, long days) {
    return new Tally(beds, blocked, occupied, free, medicallyReady, this.discharges + discharges,
        dischargesBeforeNoon + beforeNoon, inpatientDischarges + inpatient, inpatientDays + days);
  }

  Tally plus(Tally o) {
    return new Tally(beds + o.beds, blocked + o.blocked, occupied + o.occupied, free + o.free,
        medicallyReady + o.medicallyReady, discharges + o.discharges, dischargesBeforeNoon + o.dischargesBeforeNoon,
        inpatientDischarges + o.inpatientDischarges, inpatientDays + o.inpatientDays);
  }
}
