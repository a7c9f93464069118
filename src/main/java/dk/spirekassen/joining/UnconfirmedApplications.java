package dk.spirekassen.joining;

import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import java.time.Instant;

import dk.spirekassen.accounts.AccountManagement;

/**
 * Every night, on one node: applications and staff requests whose address was never confirmed, once their link has expired, are deleted
 * with the login they made, as they hold the personal data of someone who did not go on (or of someone whose address
 * another person typed).
 */
@Component
class UnconfirmedApplications {

	static final String JOB = "joining-unconfirmed-housekeeping";

	private static final Logger log = LoggerFactory.getLogger(UnconfirmedApplications.class);

	private final PartnerApplications applications;

	private final AccountManagement accounts;

	private final StaffAccess staff;

	UnconfirmedApplications(PartnerApplications applications, AccountManagement accounts, StaffAccess staff) {
		this.applications = applications;
		this.accounts = accounts;
		this.staff = staff;
	}

	@Scheduled(cron = "${spirekassen.joining.housekeeping-cron:0 45 3 * * *}", zone = "Europe/Copenhagen")
	@SchedulerLock(name = JOB, lockAtMostFor = "PT30M", lockAtLeastFor = "PT5M")
	@Transactional
	public void nightly() {
		forgetExpired();
	}

	/** Deletes the expired unconfirmed applications and their logins; returns how many. */
	@Transactional
	public int forgetExpired() {
		var expired = applications.findByStatusAndLinkTokenExpiresAtBefore(ApplicationStatus.UNCONFIRMED, Instant.now());
		for (var application : expired) {
			applications.delete(application);
			accounts.deleteApplicantLogin(application.getAccountId());
		}
		int requests = staff.forgetExpired();
		if (!expired.isEmpty() || requests > 0) {
			log.info("Joining housekeeping: {} unconfirmed applications and {} staff requests deleted with their logins",
					expired.size(), requests);
		}
		return expired.size() + requests;
	}
}
