package fr.hen.stays.networkbeds;

/**
 * The figures of one hospital, or of the network, after small-cell suppression: beds today (total, available =
 * not blocked, occupied, free, blocked), occupancy in percent (occupied ÷ available), patients medically ready
 * still in hospital, discharges of the period, mean length of stay of its inpatient discharges (days) and the
 * share of discharges before noon (percent).
 */
public record Figures(Cell<Integer> beds, Cell<Integer> available, Cell<Integer> occupied, Cell<Integer> free,
    Cell<Integer> blocked, Cell<Double> occupancyPercent, Cell<Integer> medicallyReady, Cell<Integer> discharges,
    Cell<Double> meanLengthOfStayDays, Cell<Double> dischargedBeforeNoonPercent) {}
