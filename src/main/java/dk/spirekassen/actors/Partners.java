package dk.spirekassen.actors;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.JpaSpecificationExecutor;
import org.springframework.data.jpa.repository.Query;

import java.util.List;

import dk.spirekassen.actors.DirectoryRows.OrganisationRef;

interface Partners extends JpaRepository<Partner, Long>, JpaSpecificationExecutor<Partner> {

	/** Every partner's id and name, by name, read as such rather than as partners. */
	List<OrganisationRef> findRefsByOrderByName();

	/** The ids and names of the partners of one kind, by name. */
	List<OrganisationRef> findRefsByKindOrderByName(PartnerKind kind);

	@Query("select p.kind, count(p) from Partner p group by p.kind")
	List<Object[]> countByKind();
}
