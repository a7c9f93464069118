package dk.spirekassen.accounts;

import org.springframework.data.jpa.repository.JpaRepository;

import java.util.List;
import java.util.Optional;

interface Accounts extends JpaRepository<Account, Long> {

	Optional<Account> findByEmail(String email);

	boolean existsByEmail(String email);

	long countByRoleAndEnabledTrue(Role role);

	List<Account> findByRoleAndEnabledTrue(Role role);

	List<Account> findByRoleAndOrganisationIdAndEnabledTrue(Role role, Long organisationId);

	List<Account> findByRoleAndPartnerIdAndEnabledTrue(Role role, Long partnerId);

	List<Account> findByRoleAndOrganisationIdInAndEnabledTrue(Role role, java.util.Collection<Long> organisationIds);

	List<Account> findByRoleAndPartnerIdInAndEnabledTrue(Role role, java.util.Collection<Long> partnerIds);

	@org.springframework.data.jpa.repository.Query("select a.id from Account a where a.enabled = true and a.role in ?1")
	List<Long> findIdsByEnabledTrueAndRoleIn(java.util.Collection<Role> roles);

	java.util.List<Account> findByEmailIn(java.util.Collection<String> emails);
}
