/**
 * Quality indicators: read models built from the events of other modules and their read APIs, never from their
 * tables. Today the daily census of occupied beds per unit (occupancy in bed-days). Depended on by no module.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Quality", allowedDependencies = {"platform", "stays"})
package fr.hen.quality;
