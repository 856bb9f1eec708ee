/**
 * Stays and beds: units, rooms and beds of each hospital; patients; stays with their movements (admission,
 * transfer, discharge); the bed board. Plugs its pages, messages and audit types into the platform through
 * {@code platform :: spi} ({@code StaysContributions}).
 */
@org.springframework.modulith.ApplicationModule(displayName = "Stays and beds", allowedDependencies = {"platform", "platform :: spi", "network"})
package fr.hen.stays;
