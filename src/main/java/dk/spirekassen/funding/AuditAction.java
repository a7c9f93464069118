package dk.spirekassen.funding;

/** A step in the seed fund's audit log. */
public enum AuditAction {
	CALL_CREATED, APPLIED, WITHDRAWN, REVIEWER_ASSIGNED, REVIEWER_REMOVED, CONFLICT_DECLARED, SCORED, GRANTED,
	REJECTED, PAYOUT_PLANNED, PAYOUT_PAID
}
