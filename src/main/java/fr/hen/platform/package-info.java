/**
 * Platform: security (accounts, roles, sign-in), the audit log of patient data, i18n, error handling and the
 * shared web layout. Depends on no other module; other modules use the types of this package, and plug their pages,
 * messages, audit types and URL rules in through the contracts of the named interface {@code spi}.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Platform", allowedDependencies = {})
package fr.hen.platform;
