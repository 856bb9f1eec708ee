/**
 * Demo network: seeds an empty database with a deterministic fictional network in the Hauts-de-France (a
 * regional cancer centre, two member hospitals, partners of every type, 12 months of stays, one user per role)
 * when the application starts with {@code --demo} or {@code hen.demo=true}.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Demo network", allowedDependencies = "platform")
package fr.hen.demo;
