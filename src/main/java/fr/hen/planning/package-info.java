/**
 * Bed planning for the bed manager (PRODUCT.md §3, §6): the placement optimiser (Timefold Solver, modelled on
 * Patient Admission Scheduling, with the public benchmark's command line) and the 7-day occupancy forecast. Reads
 * the hospital's beds, stays and planned admissions through the stays module's published API.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Bed planning",
    allowedDependencies = {"platform", "platform :: spi", "stays"})
package fr.hen.planning;
