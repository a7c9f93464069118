/**
 * Outgoing email, sent through Spring Mail and kept in an outbox the secretariat can read.
 */
package dk.spirekassen.mail;
