package dk.spirekassen.joining;

import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

import dk.spirekassen.accounts.AccountLeft;

/** When someone deletes their login, their applications to become a partner go with it. */
@Component
class LeavingApplicants {

	private final PartnerApplications applications;

	LeavingApplicants(PartnerApplications applications) {
		this.applications = applications;
	}

	@EventListener
	void on(AccountLeft left) {
		applications.deleteAll(applications.findByAccountId(left.accountId()));
	}
}
