package dk.spirekassen.actors;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.JpaSpecificationExecutor;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

import java.util.Collection;
import java.util.List;
import java.util.Optional;

interface Organisations extends JpaRepository<Organisation, Long>, JpaSpecificationExecutor<Organisation> {

	Optional<Organisation> findByCvr(String cvr);

	List<Organisation> findByCvrIn(Collection<String> cvrs);

	List<Organisation> findByKindOrderByName(OrganisationKind kind);

	List<Organisation> findByAdministeredByIdOrderByName(Long administeredById);

	long countByMemberSinceIsNotNull();

	@Query("select coalesce(sum(d.homes), 0) from Department d where d.organisation.memberSince is not null")
	long sumMemberHomes();

	@Query("select coalesce(sum(d.homes), 0) from Department d")
	long sumAllHomes();

	@Query("""
			select d.organisation.id, count(d), coalesce(sum(d.homes), 0) from Department d
			where d.organisation.id in :ids group by d.organisation.id""")
	List<Object[]> departmentTotals(@Param("ids") Collection<Long> ids);
}

interface Departments extends JpaRepository<Department, Long>, JpaSpecificationExecutor<Department> {

	List<Department> findByOrganisation_IdOrderByNumber(Long organisationId);

	List<Department> findByOrganisation_IdIn(Collection<Long> organisationIds);

	boolean existsByOrganisation_IdAndNumberAndIdNot(Long organisationId, String number, Long id);

	boolean existsByOrganisation_IdAndNumber(Long organisationId, String number);

	@Query("""
			select d.municipalityCode, count(d), coalesce(sum(d.homes), 0),
			coalesce(sum(case when o.memberSince is not null then d.homes else 0 end), 0)
			from Department d join d.organisation o group by d.municipalityCode""")
	List<Object[]> totalsByMunicipality();
}

interface Partners extends JpaRepository<Partner, Long>, JpaSpecificationExecutor<Partner> {

	@Query("select p.kind, count(p) from Partner p group by p.kind")
	List<Object[]> countByKind();
}

interface People extends JpaRepository<Person, Long> {

	List<Person> findByOrganisation_IdOrderByName(Long organisationId);

	List<Person> findByPartner_IdOrderByName(Long partnerId);

	List<Person> findByAssociationRoleIsNotNullOrderByName();
}

interface Themes extends JpaRepository<Theme, Long> {

	List<Theme> findAllByOrderByName();

	boolean existsByNameIgnoreCase(String name);

	boolean existsByNameIgnoreCaseAndIdNot(String name, Long id);
}

interface Municipalities extends JpaRepository<Municipality, Integer> {
}
