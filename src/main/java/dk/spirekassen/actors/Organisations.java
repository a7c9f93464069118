package dk.spirekassen.actors;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.JpaSpecificationExecutor;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

import java.util.Collection;
import java.util.List;
import java.util.Optional;

import dk.spirekassen.actors.DirectoryRows.OrganisationIdentity;
import dk.spirekassen.actors.DirectoryRows.OrganisationRef;

interface Organisations extends JpaRepository<Organisation, Long>, JpaSpecificationExecutor<Organisation> {

	Optional<Organisation> findByCvr(String cvr);

	Optional<Organisation> findFirstByNameIgnoreCaseOrderById(String name);

	List<Organisation> findByCvrIn(Collection<String> cvrs);

	List<Organisation> findByKindOrderByName(OrganisationKind kind);

	/** Every organisation's id and name, by name, read as such rather than as organisations. */
	List<OrganisationRef> findRefsByOrderByName();

	/** The member organisations' ids and names, by name. */
	List<OrganisationRef> findRefsByMemberSinceIsNotNullOrderByName();

	/** The ids and names of the given organisations. */
	List<OrganisationRef> findRefsByIdIn(Collection<Long> ids);

	/** The ids, names and CVR numbers of the given organisations. */
	List<OrganisationIdentity> findIdentitiesByIdIn(Collection<Long> ids);

	/** The ids and names of those of the given organisations that are members. */
	List<OrganisationRef> findRefsByIdInAndMemberSinceIsNotNull(Collection<Long> ids);

	List<Organisation> findByAdministeredByIdOrderByName(Long administeredById);

	long countByMemberSinceIsNotNull();

	@Query("select coalesce(sum(d.homes), 0) from Department d where d.organisation.memberSince is not null")
	long sumMemberHomes();

	@Query("select coalesce(sum(d.homes), 0) from Department d")
	long sumAllHomes();

	/**
	 * Per organisation of the ids: its id, its departments and their homes. The ids are one array parameter, so the
	 * statement is prepared once (a query with {@code in :ids} is translated anew on every call).
	 */
	@Query(nativeQuery = true, value = """
			select organisation_id, count(*), coalesce(sum(homes), 0) from department
			where organisation_id = any(:ids) group by organisation_id""")
	List<Object[]> departmentTotals(@Param("ids") Long[] ids);
}
