package fr.hen.stays.networkbeds;

import fr.hen.platform.SmallCell;

/**
 * The figures of one hospital, or of the network, after small-cell suppression: beds today (total, available =
 * not blocked, occupied, free, blocked), occupancy in percent (occupied ÷ available), patients medically ready
 * still in hospital, discharges of the period, mean length of stay of its inpatient discharges (days) and the
 * share of discharges before noon (percent).
 */
public record Figures(SmallCell<Integer> beds, SmallCell<Integer> available, SmallCell<Integer> occupied, SmallCell<Integer> free,
    SmallCell<Integer> blocked, SmallCell<Double> occupancyPercent, SmallCell<Integer> medicallyReady, SmallCell<Integer> discharges,
    SmallCell<Double> meanLengthOfStayDays, SmallCell<Double> dischargedBeforeNoonPercent) {}
