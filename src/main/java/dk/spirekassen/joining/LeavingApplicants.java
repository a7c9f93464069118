package dk.spirekassen.joining;

import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

import dk.spirekassen.accounts.AccountLeft;

/** When someone deletes their login, their applications to become a partner and to join staff go with it. */
@Component
class LeavingApplicants {

	private final PartnerApplications applications;

	private final StaffAccess staff;

	LeavingApplicants(PartnerApplications applications, StaffAccess staff) {
		this.applications = applications;
		this.staff = staff;
	}

	@EventListener
	void on(AccountLeft left) {
		applications.deleteAll(applications.findByAccountId(left.accountId()));
		staff.forget(left.accountId());
	}
}
