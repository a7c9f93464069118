/**
 * Logins, roles, password changes and resets, and the throttling of failed sign-ins.
 */
package dk.spirekassen.accounts;
