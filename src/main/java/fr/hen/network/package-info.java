/**
 * Network directory: member hospitals and partner structures, their care capabilities and declared capacity,
 * partnership status and contacts. Plugs its pages, messages and the set-up page's rule into the platform through
 * {@code platform :: spi} ({@code NetworkContributions}).
 */
@org.springframework.modulith.ApplicationModule(displayName = "Network", allowedDependencies = {"platform", "platform :: spi"})
package fr.hen.network;
