package dk.spirekassen.mail;

/**
 * Where an email in the outbox is: waiting to be sent (or retried), accepted by the SMTP server, or given up on.
 */
public enum MailStatus {

	PENDING, SENT, FAILED
}
