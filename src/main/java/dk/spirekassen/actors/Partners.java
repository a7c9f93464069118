package dk.spirekassen.actors;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.JpaSpecificationExecutor;
import org.springframework.data.jpa.repository.Query;

import java.util.List;

interface Partners extends JpaRepository<Partner, Long>, JpaSpecificationExecutor<Partner> {

	@Query("select p.kind, count(p) from Partner p group by p.kind")
	List<Object[]> countByKind();
}
