package dk.spirekassen.actors;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.JpaSpecificationExecutor;
import org.springframework.data.jpa.repository.Query;

import java.util.Collection;
import java.util.List;

interface Departments extends JpaRepository<Department, Long>, JpaSpecificationExecutor<Department> {

	List<Department> findByOrganisation_IdOrderByNumber(Long organisationId);

	/** The departments of the given organisations whose keys ("organisation id/number") are among the given. */
	@Query("""
			select d from Department d where d.organisation.id in :organisationIds
			and concat(cast(d.organisation.id as String), '/', d.number) in :keys""")
	List<Department> findByKeys(Collection<Long> organisationIds, Collection<String> keys);

	boolean existsByOrganisation_IdAndNumberAndIdNot(Long organisationId, String number, Long id);

	boolean existsByOrganisation_IdAndNumber(Long organisationId, String number);

	@Query("""
			select d.municipalityCode, count(d), coalesce(sum(d.homes), 0),
			coalesce(sum(case when o.memberSince is not null then d.homes else 0 end), 0)
			from Department d join d.organisation o group by d.municipalityCode""")
	List<Object[]> totalsByMunicipality();
}
