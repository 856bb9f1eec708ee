/**
 * Network directory: member hospitals and partner structures, their care capabilities and declared capacity,
 * partnership status and contacts.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Network", allowedDependencies = {"platform", "platform :: spi"})
package fr.hen.network;
